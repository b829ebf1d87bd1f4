// Importing documents from the window (DocumentImport through MainWindow::importFiles): a folder of mixed
// files, each added in its own transaction with the refused ones named; the whole import one undo step that
// puts back the same documents; the same file twice asked about in a real message box; cancel keeping what
// was imported. The project is checked on disk through a second connection.

#include "base/translations.h"
#include "documentimport.h"
#include "documentlistmodel.h"
#include "mainwindow.h"
#include "pdfbuilder.h"
#include "store/project.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Marginalia;

namespace {

/// Answers every message box that comes up while it lives, as a user would: ticks the "for all" box when
/// told to, clicks the button with the given text, and remembers what each box said.
class MessageBoxAnswerer final : public QObject
{
public:
    explicit MessageBoxAnswerer(QString button, bool forAll = false)
        : m_button(std::move(button))
        , m_forAll(forAll)
    {
        connect(&m_poll, &QTimer::timeout, this, &MessageBoxAnswerer::answer);
        m_poll.start(20);
    }

    QStringList texts;

private:
    void answer()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        texts.append(box->text());
        // MARGINALIA_SCREENSHOT_DIR=dir keeps a picture of each box, to look at it as a user would.
        if (const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR"); !dir.isEmpty())
            box->grab().save(QDir(dir).filePath(QStringLiteral("message-box-%1.png").arg(texts.size())));
        if (m_forAll && box->checkBox())
            box->checkBox()->setChecked(true);
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == m_button) {
                button->click();
                return;
            }
        }
        box->reject();
    }

    QString m_button;
    bool m_forAll;
    QTimer m_poll;
};

} // namespace

class TestDocumentImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void folder_importsEachDocumentAndNamesTheRefused();
    void undoRedo_removeAndPutBackTheSameDocuments();
    void sameFileAgain_isAskedAboutAndImportedOnlyWhenTold_data();
    void sameFileAgain_isAskedAboutAndImportedOnlyWhenTold();
    void duplicateAnswerForAll_isNotAskedAgain();
    void cancel_keepsWhatWasImportedBefore();
    void summary_saysWhatHappened();

private:
    QString write(const QString &relative, const QByteArray &bytes);
    /// Documents on disk, read through a fresh connection.
    QList<Core::Document> documentsOnDisk() const;
    QString folder() const { return m_dir->filePath(QStringLiteral("sources")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestDocumentImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MARGINALIA_CODER", "tester");
    Core::installTranslations(); // the summary's counts in their English singular and plural
}

void TestDocumentImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("study.marginalia"));
    QVERIFY(Core::Project::create(m_path));
    m_window = std::make_unique<Ui::MainWindow>();
    QVERIFY(m_window->openProject(m_path));
}

void TestDocumentImport::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestDocumentImport::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = QDir(folder()).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!Test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<Core::Document> TestDocumentImport::documentsOnDisk() const
{
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    if (!project)
        return {};
    return (*project)->documents();
}

void TestDocumentImport::folder_importsEachDocumentAndNamesTheRefused()
{
    Test::PdfBuilder pdf;
    pdf.addPage({QStringLiteral("Only page of the resolution.")});
    const QByteArray pdfBytes = pdf.build();
    write(QStringLiteral("1 notes.txt"), "Interview notes: identification at the border.\n");
    write(QStringLiteral("2 page.html"),
          "<html><head><meta charset=\"utf-8\"><style>p{}</style></head><body><p>Ḥimāya – حماية</p></body></html>");
    write(QStringLiteral("3 resolution.pdf"), pdfBytes);
    write(QStringLiteral("4 truncated.pdf"), pdfBytes.left(pdfBytes.size() / 3));
    write(QStringLiteral("5 binary.txt"),
          QByteArray("\x7F"
                     "ELF\0\0\0\x01\x02",
                     10));
    write(QStringLiteral("picture.xyz"), "not a document");

    const Core::BatchImportSummary summary = m_window->importFiles({folder()});
    QCOMPARE(summary.total, 5);
    QCOMPARE(summary.importedCount(), 3);
    QCOMPARE(summary.refusedCount(), 2);
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.skipped.size(), 1);
    QVERIFY(summary.skipped.first().endsWith(QLatin1String("picture.xyz")));
    // Every refusal names its file.
    QVERIFY2(summary.files.at(3).error.contains(QLatin1String("4 truncated.pdf")),
             qPrintable(summary.files.at(3).error));
    QVERIFY2(summary.files.at(4).error.contains(QLatin1String("5 binary.txt")), qPrintable(summary.files.at(4).error));

    const QList<Core::Document> documents = documentsOnDisk();
    QCOMPARE(documents.size(), 3);
    QStringList names;
    for (const Core::Document &document : documents)
        names.append(document.name);
    QCOMPARE(names, (QStringList{QStringLiteral("1 notes"), QStringLiteral("2 page"), QStringLiteral("3 resolution")}));
    QCOMPARE(documents.at(2).fileType, QStringLiteral("application/pdf"));
    QCOMPARE(documents.at(2).pageCount, 1);
    QCOMPARE(documents.at(1).fileType, QStringLiteral("text/html"));
    // The documents panel tells where each came from.
    const QString toolTip = Ui::DocumentListModel::toolTip(documents.at(2));
    QVERIFY2(toolTip.contains(QLatin1String("File: 3 resolution.pdf (PDF, 1 page, ")), qPrintable(toolTip));
    QVERIFY2(toolTip.contains(QLatin1String("SHA-256: ") + documents.at(2).fileSha256), qPrintable(toolTip));

    // The whole import is one step in the undo history.
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void TestDocumentImport::undoRedo_removeAndPutBackTheSameDocuments()
{
    Test::PdfBuilder pdf;
    pdf.addPage({QStringLiteral("Page one.")});
    pdf.addPage({QStringLiteral("Page two.")});
    write(QStringLiteral("a.txt"), "Alpha text.\n");
    write(QStringLiteral("b.pdf"), pdf.build());
    QCOMPARE(m_window->importFiles({folder()}).importedCount(), 2);
    const QList<Core::Document> before = documentsOnDisk();
    QCOMPARE(before.size(), 2);
    QList<qint64> pagesBefore;
    {
        auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
        QVERIFY(project);
        pagesBefore = (*project)->pageStarts(before.at(1).id);
    }
    QCOMPARE(pagesBefore, (QList<qint64>{0, 11}));

    m_window->undoStack()->undo();
    QVERIFY(documentsOnDisk().isEmpty());

    m_window->undoStack()->redo();
    const QList<Core::Document> after = documentsOnDisk();
    QCOMPARE(after.size(), 2);
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).guid, before.at(i).guid);
        QCOMPARE(after.at(i).name, before.at(i).name);
        QCOMPARE(after.at(i).textSha256, before.at(i).textSha256);
        QCOMPARE(after.at(i).fileSha256, before.at(i).fileSha256);
        QCOMPARE(after.at(i).imported, before.at(i).imported);
        QCOMPARE(after.at(i).pageCount, before.at(i).pageCount);
    }
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QVERIFY(project);
    QCOMPARE((*project)->pageStarts(after.at(1).id), pagesBefore);
}

void TestDocumentImport::sameFileAgain_isAskedAboutAndImportedOnlyWhenTold_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("namesAfter");
    QTest::newRow("skip") << QStringLiteral("Skip") << QStringList{QStringLiteral("report")};
    QTest::newRow("import again") << QStringLiteral("Import Again")
                                  << QStringList{QStringLiteral("report"), QStringLiteral("report (2)")};
}

void TestDocumentImport::sameFileAgain_isAskedAboutAndImportedOnlyWhenTold()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, namesAfter);
    const QString path = write(QStringLiteral("report.txt"), "The same bytes twice.\n");
    QCOMPARE(m_window->importFiles({path}).importedCount(), 1);

    MessageBoxAnswerer answerer(answer);
    const Core::BatchImportSummary again = m_window->importFiles({path});
    QCOMPARE(answerer.texts.size(), 1);
    QVERIFY2(answerer.texts.first().contains(QLatin1String("report.txt")), qPrintable(answerer.texts.first()));
    QVERIFY2(answerer.texts.first().contains(QLatin1String("\"report\"")), qPrintable(answerer.texts.first()));
    QCOMPARE(again.files.size(), 1);
    QCOMPARE(again.files.first().duplicate, answer == QLatin1String("Skip"));

    QStringList names;
    for (const Core::Document &document : documentsOnDisk())
        names.append(document.name);
    QCOMPARE(names, namesAfter);
}

void TestDocumentImport::duplicateAnswerForAll_isNotAskedAgain()
{
    write(QStringLiteral("a.txt"), "first\n");
    write(QStringLiteral("b.txt"), "second\n");
    write(QStringLiteral("c.txt"), "third\n");
    QCOMPARE(m_window->importFiles({folder()}).importedCount(), 3);

    write(QStringLiteral("d.txt"), "fourth, new\n");
    MessageBoxAnswerer answerer(QStringLiteral("Skip"), /*forAll=*/true);
    const Core::BatchImportSummary again = m_window->importFiles({folder()});
    QCOMPARE(answerer.texts.size(), 1); // asked about a.txt only; b and c took the same answer
    QCOMPARE(again.importedCount(), 1);
    QCOMPARE(again.refusedCount(), 3);
    QCOMPARE(documentsOnDisk().size(), 4);
}

void TestDocumentImport::cancel_keepsWhatWasImportedBefore()
{
    for (int i = 1; i <= 6; ++i)
        write(QStringLiteral("doc%1.txt").arg(i), QStringLiteral("Document number %1.\n").arg(i).toUtf8());
    // The import runs on a project of its own here: the window, which would hold the writer lock, goes.
    m_window.reset();
    auto project = Core::Project::open(m_path);
    QVERIFY(project);
    Ui::DocumentImport import(**project, nullptr);
    // The user presses Cancel while the second file is being added.
    connect(&import, &Ui::DocumentImport::fileFinished, &import, [&import](int done) {
        if (done == 2)
            import.cancel();
    });
    const Core::BatchImportSummary summary = import.run({folder()});
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.total, 6);
    QCOMPARE(summary.files.size(), 2);
    QCOMPARE(import.importedDocuments().size(), 2);
    project->reset();
    QCOMPARE(documentsOnDisk().size(), 2);

    // The next import is not confused by what the cancelled one left queued.
    auto reopened = Core::Project::open(m_path);
    QVERIFY(reopened);
    Ui::DocumentImport next(**reopened, nullptr);
    int asked = 0;
    next.setDuplicateQuestion([&asked](const QString &, const Core::Document &) {
        ++asked;
        return false;
    });
    const Core::BatchImportSummary rest = next.run({folder()});
    QVERIFY(!rest.cancelled);
    QCOMPARE(asked, 2);
    QCOMPARE(rest.importedCount(), 4); // the two already in are skipped
    QCOMPARE(rest.refusedCount(), 2);
}

void TestDocumentImport::summary_saysWhatHappened()
{
    Core::BatchImportSummary summary;
    summary.total = 3;
    Core::BatchImportFile ok;
    ok.imported = true;
    ok.warnings = {QStringLiteral("/x/scan.pdf: 2 pages without text (3-4)")};
    Core::BatchImportFile refused;
    refused.error = QStringLiteral("/x/broken.pdf: the PDF is damaged");
    summary.files = {ok, ok, refused};
    summary.skipped = {QStringLiteral("/x/photo.jpg")};
    QCOMPARE(Ui::DocumentImport::summaryText(summary),
             QStringLiteral("2 of 3 files imported. 1 file refused. 1 file in the folders is not a document and "
                            "was left out."));
    // Refusals first, then warnings, then the files left out: a line each.
    const QStringList details = Ui::DocumentImport::summaryDetails(summary);
    QCOMPARE(details.size(), 4);
    QCOMPARE(details.at(0), refused.error);
    QCOMPARE(details.at(1), ok.warnings.first());
    QVERIFY(details.at(3).startsWith(QLatin1String("/x/photo.jpg")));

    summary.total = 1;
    summary.files = {refused};
    summary.skipped.append(QStringLiteral("/x/song.mp3"));
    QCOMPARE(Ui::DocumentImport::summaryText(summary),
             QStringLiteral("0 of 1 file imported. 1 file refused. 2 files in the folders are not documents and "
                            "were left out."));
}

QTEST_MAIN(TestDocumentImport)
#include "tst_documentimport.moc"
