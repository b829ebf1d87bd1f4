// Renaming and removing documents from the window's Documents panel: each an undoable step committed in
// one transaction, undo putting back the very same document and codings. Checked on disk through a second
// connection.

#include "documentlistmodel.h"
#include "mainwindow.h"
#include "store/project.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Marginalia;

class TestDocumentCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rename_byEditingTheName_isOneUndoableStep();
    void rename_toATakenName_isRefusedAndChangesNothing();
    void remove_takesTheCodingsAndUndoPutsBackTheSame();

private:
    std::unique_ptr<Core::Project> onDisk() const;

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_report = 0;
    qint64 m_notes = 0;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestDocumentCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDocumentCommands::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("d%1.marginalia").arg(++counter));
    {
        auto project = Core::Project::create(m_path);
        QVERIFY(project);
        Core::NewDocument report;
        report.name = QStringLiteral("report");
        report.text = QStringLiteral("Page one: identification.\n\nPage two: 🌍 protection of victims.");
        report.fileType = QStringLiteral("application/pdf");
        report.pageCount = 2;
        report.pageStarts = {27};
        report.memo = QStringLiteral("Scanned copy from the archive.");
        m_report = (*project)->addDocument(report)->id;
        Core::NewDocument notes;
        notes.name = QStringLiteral("notes");
        notes.text = QStringLiteral("Field notes.");
        m_notes = (*project)->addDocument(notes)->id;
        const qint64 code = (*project)->addCode(QStringLiteral("Protection"))->id;
        const qint64 coder = (*project)->ensureCoder(QStringLiteral("alice"))->id;
        QVERIFY((*project)->addCoding({m_report, code, coder, 11, 25, QStringLiteral("why"), {}, {}}));
        QVERIFY((*project)->addCoding({m_report, code, coder, 40, 50, {}, {}, {}}));
        QVERIFY((*project)->addCoding({m_notes, code, coder, 0, 5, {}, {}, {}}));
    }
    m_window = std::make_unique<Ui::MainWindow>();
    QVERIFY(m_window->openProject(m_path));
}

void TestDocumentCommands::cleanup()
{
    m_window.reset();
}

std::unique_ptr<Core::Project> TestDocumentCommands::onDisk() const
{
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    return project ? std::move(*project) : nullptr;
}

void TestDocumentCommands::rename_byEditingTheName_isOneUndoableStep()
{
    // As the user does: edit the name in the Documents panel.
    QAbstractItemModel *model = m_window->documentsView()->model();
    QModelIndex index;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Ui::DocumentListModel::DocumentIdRole).toLongLong() == m_report)
            index = model->index(row, Ui::DocumentListModel::NameColumn);
    }
    QVERIFY(index.isValid());
    QVERIFY(index.flags() & Qt::ItemIsEditable);
    model->setData(index, QStringLiteral("  Annual report 2017 "));
    QCOMPARE(onDisk()->document(m_report)->name, QStringLiteral("Annual report 2017"));
    QCOMPARE(m_window->undoStack()->count(), 1);

    m_window->undoStack()->undo();
    QCOMPARE(onDisk()->document(m_report)->name, QStringLiteral("report"));
    m_window->undoStack()->redo();
    QCOMPARE(onDisk()->document(m_report)->name, QStringLiteral("Annual report 2017"));
}

void TestDocumentCommands::rename_toATakenName_isRefusedAndChangesNothing()
{
    QVERIFY(!m_window->renameDocument(m_report, QStringLiteral("notes")));
    QCOMPARE(onDisk()->document(m_report)->name, QStringLiteral("report"));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!m_window->renameDocument(m_report, QStringLiteral("   ")));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestDocumentCommands::remove_takesTheCodingsAndUndoPutsBackTheSame()
{
    const auto project = onDisk();
    const Core::Document before = *project->document(m_report);
    Core::CodingFilter filter;
    filter.documentId = m_report;
    const QList<Core::Coding> codingsBefore = project->codings(filter);
    QCOMPARE(codingsBefore.size(), 2);
    const QList<qint64> pagesBefore = project->pageStarts(m_report);
    QCOMPARE(pagesBefore, (QList<qint64>{0, 27}));

    QVERIFY(m_window->removeDocument(m_report, /*confirm=*/false));
    {
        const auto after = onDisk();
        QVERIFY(!after->document(m_report));
        QVERIFY(after->codings(filter).isEmpty());
        QCOMPARE(after->codings().size(), 1); // the other document's coding stays
        QCOMPARE(after->documents().size(), 1);
    }

    m_window->undoStack()->undo();
    {
        const auto after = onDisk();
        const auto restored = after->document(m_report);
        QVERIFY(restored);
        QCOMPARE(restored->guid, before.guid);
        QCOMPARE(restored->name, before.name);
        QCOMPARE(restored->textSha256, before.textSha256);
        QCOMPARE(restored->memo, before.memo);
        QCOMPARE(restored->imported, before.imported);
        QCOMPARE(restored->fileType, before.fileType);
        QCOMPARE(after->pageStarts(m_report), pagesBefore);
        const QList<Core::Coding> codingsAfter = after->codings(filter);
        QCOMPARE(codingsAfter.size(), codingsBefore.size());
        for (qsizetype i = 0; i < codingsAfter.size(); ++i) {
            QCOMPARE(codingsAfter.at(i).id, codingsBefore.at(i).id);
            QCOMPARE(codingsAfter.at(i).guid, codingsBefore.at(i).guid);
            QCOMPARE(codingsAfter.at(i).start, codingsBefore.at(i).start);
            QCOMPARE(codingsAfter.at(i).end, codingsBefore.at(i).end);
            QCOMPARE(codingsAfter.at(i).memo, codingsBefore.at(i).memo);
            QCOMPARE(codingsAfter.at(i).created, codingsBefore.at(i).created);
        }
        QVERIFY(after->check().isEmpty());
    }

    m_window->undoStack()->redo();
    QVERIFY(!onDisk()->document(m_report));
}

QTEST_MAIN(TestDocumentCommands)
#include "tst_documentcommands.moc"
