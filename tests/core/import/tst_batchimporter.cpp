// Tests for BatchImporter: folders of mixed documents imported file by file, duplicates, progress and
// cancel, and hostile or broken files refused with the project left exactly as it was.

#include "import/batchimporter.h"
#include "officebuilder.h"
#include "pdfbuilder.h"
#include "store/project.h"
#include "testsupport.h"
#include "zipbuilder.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using Marginalia::Test::fileDigest;
using Marginalia::Test::writeFile;

class TestBatchImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void folder_importsEveryDocumentRecursivelyInNaturalOrder();
    void pdf_keepsItsPagesAndType_data();
    void pdf_keepsItsPagesAndType();
    void sameFileAgain_isRefusedUnlessAllowedOrConfirmed();
    void progress_isReportedAndCancelStopsBetweenFiles();
    void hostileOrBrokenFile_isRefusedAndProjectUnchanged_data();
    void hostileOrBrokenFile_isRefusedAndProjectUnchanged();

private:
    QString write(const QString &relative, const QByteArray &bytes);
    QString folder() const { return m_dir->filePath(QStringLiteral("sources")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestBatchImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBatchImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto project = Project::create(m_dir->filePath(QStringLiteral("study.marginalia")));
    QVERIFY2(project, qPrintable(project.error()));
    m_project = std::move(*project);
}

void TestBatchImporter::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QString TestBatchImporter::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = folder() + u'/' + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestBatchImporter::folder_importsEveryDocumentRecursivelyInNaturalOrder()
{
    write(QStringLiteral("doc10.txt"), "ten\n");
    write(QStringLiteral("doc2.txt"), "two\n");
    write(QStringLiteral("notes.md"), "# Notes\n");
    write(QStringLiteral("page.html"), "<!DOCTYPE html><p>A web page.</p>");
    write(QStringLiteral("photo.jpg"), "\xFF\xD8\xFF\xE0 not a document");
    write(QStringLiteral(".hidden.txt"), "hidden\n");
    write(QStringLiteral(".git/config.txt"), "hidden folder\n");
    write(QStringLiteral("~$report.docx"), "a Word lock file");
    Marginalia::Test::DocxParts docx;
    docx.body = Marginalia::Test::wordParagraph(QStringLiteral("A Word document."));
    QDir().mkpath(folder() + QStringLiteral("/sub"));
    QVERIFY(Marginalia::Test::writeDocx(folder() + QStringLiteral("/sub/report.docx"), docx));
    Marginalia::Test::OdtParts odt;
    odt.body = Marginalia::Test::odfParagraph(QStringLiteral("An OpenDocument text."));
    QVERIFY(Marginalia::Test::writeOdt(folder() + QStringLiteral("/sub/memo.odt"), odt));

    BatchImporter importer(*m_project);
    const BatchImportSummary summary = importer.run({folder()});
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.total, 6);
    QCOMPARE(summary.importedCount(), 6);
    QCOMPARE(summary.refusedCount(), 0);
    QCOMPARE(summary.skipped.size(), 1);
    QVERIFY(summary.skipped.first().endsWith(QStringLiteral("photo.jpg")));

    QStringList names;
    QStringList types;
    for (const BatchImportFile &file : summary.files) {
        names.append(file.document.name);
        types.append(file.fileType);
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("doc2"), QStringLiteral("doc10"), QStringLiteral("notes"),
                          QStringLiteral("page"), QStringLiteral("memo"), QStringLiteral("report")}));
    QCOMPARE(types.at(2), QStringLiteral("text/markdown"));
    QCOMPARE(types.at(3), QStringLiteral("text/html"));
    QCOMPARE(types.at(4), QStringLiteral("application/vnd.oasis.opendocument.text"));

    const QList<Document> documents = m_project->documents();
    QCOMPARE(documents.size(), 6);
    const auto report = m_project->documentByName(QStringLiteral("report"));
    QVERIFY(report);
    QCOMPARE(report->fileType,
             QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    QCOMPARE(*m_project->documentText(report->id), QStringLiteral("A Word document."));
    QCOMPARE(report->originalFileName, QStringLiteral("report.docx"));
}

void TestBatchImporter::pdf_keepsItsPagesAndType_data()
{
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QList<qint64>>("pageStarts");
    QTest::addColumn<QString>("text");
    // One page is still a page: an excerpt from it says "1", not nothing.
    QTest::newRow("one page") << QStringList{QStringLiteral("Only page.")} << QList<qint64>{0}
                              << QStringLiteral("Only page.");
    QTest::newRow("three pages") << QStringList{QStringLiteral("Page one."), QStringLiteral("Page two."),
                                                QStringLiteral("Page three.")}
                                 << QList<qint64>{0, 11, 22} << QStringLiteral("Page one.\n\nPage two.\n\nPage three.");
}

void TestBatchImporter::pdf_keepsItsPagesAndType()
{
    QFETCH(QStringList, pages);
    QFETCH(QList<qint64>, pageStarts);
    QFETCH(QString, text);
    Marginalia::Test::PdfBuilder pdf;
    for (const QString &page : std::as_const(pages))
        pdf.addPage({page});
    const QString path = write(QStringLiteral("paged.pdf"), pdf.build());
    BatchImporter importer(*m_project);
    const BatchImportFile outcome = importer.importFile(path);
    QVERIFY2(outcome.imported, qPrintable(outcome.error));
    QCOMPARE(outcome.pageCount, int(pages.size()));
    QCOMPARE(outcome.document.fileType, QStringLiteral("application/pdf"));
    QCOMPARE(outcome.document.pageCount, int(pages.size()));
    QCOMPARE(m_project->pageStarts(outcome.document.id), pageStarts);
    QCOMPARE(*m_project->documentText(outcome.document.id), text);
}

void TestBatchImporter::sameFileAgain_isRefusedUnlessAllowedOrConfirmed()
{
    const QString first = write(QStringLiteral("a.txt"), "same bytes\n");
    const QString copy = write(QStringLiteral("copy of a.txt"), "same bytes\n");
    BatchImporter importer(*m_project);
    QVERIFY(importer.importFile(first).imported);

    const QByteArray before = fileDigest(m_project->filePath());
    const BatchImportFile again = importer.importFile(copy);
    QVERIFY(!again.imported);
    QVERIFY(again.duplicate);
    QCOMPARE(again.document.name, QStringLiteral("a"));
    QVERIFY2(again.error.contains(QStringLiteral("copy of a.txt")) && again.error.contains(QStringLiteral("\"a\"")),
             qPrintable(again.error));
    QCOMPARE(m_project->documents().size(), 1);
    QCOMPARE(fileDigest(m_project->filePath()), before);

    QStringList asked;
    BatchImporter::Options confirming;
    confirming.confirmDuplicate = [&asked](const QString &path, const Document &existing) {
        asked.append(QFileInfo(path).fileName() + QStringLiteral(" = ") + existing.name);
        return true;
    };
    QVERIFY(BatchImporter(*m_project, confirming).importFile(copy).imported);
    QCOMPARE(asked, QStringList{QStringLiteral("copy of a.txt = a")});

    BatchImporter::Options allowing;
    allowing.allowDuplicates = true;
    const BatchImportFile third = BatchImporter(*m_project, allowing).importFile(first);
    QVERIFY(third.imported);
    QCOMPARE(third.document.name, QStringLiteral("a (2)"));
    QCOMPARE(m_project->documents().size(), 3);
}

void TestBatchImporter::progress_isReportedAndCancelStopsBetweenFiles()
{
    for (int i = 1; i <= 4; ++i)
        write(QStringLiteral("file%1.txt").arg(i), QByteArray("text ") + QByteArray::number(i));
    QList<std::pair<int, int>> calls;
    QStringList files;
    BatchImporter importer(*m_project);
    const BatchImportSummary summary = importer.run({folder()}, [&](int done, int total, const QString &file) {
        calls.append({done, total});
        files.append(QFileInfo(file).fileName());
        return done < 2; // stop before the third file
    });
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.total, 4);
    QCOMPARE(summary.files.size(), 2);
    QCOMPARE(calls, (QList<std::pair<int, int>>{{0, 4}, {1, 4}, {2, 4}}));
    QCOMPARE(files,
             (QStringList{QStringLiteral("file1.txt"), QStringLiteral("file2.txt"), QStringLiteral("file3.txt")}));
    QCOMPARE(m_project->documents().size(), 2); // what was imported before the cancel stays

    calls.clear();
    const BatchImportSummary rest
        = BatchImporter(*m_project).run({folder()}, [&](int done, int total, const QString &file) {
              calls.append({done, total});
              Q_UNUSED(file);
              return true;
          });
    QVERIFY(!rest.cancelled);
    QCOMPARE(rest.importedCount(), 2); // the other two; the first two are duplicates now
    QCOMPARE(rest.refusedCount(), 2);
    QCOMPARE(calls.last(), (std::pair<int, int>{4, 4}));
}

void TestBatchImporter::hostileOrBrokenFile_isRefusedAndProjectUnchanged_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    Marginalia::Test::PdfBuilder pdf;
    pdf.addPage({QStringLiteral("Some text.")});
    const QByteArray whole = pdf.build();
    QTest::newRow("truncated PDF") << QStringLiteral("cut.pdf") << whole.left(whole.size() * 2 / 3)
                                   << QStringLiteral("incomplete");
    Marginalia::Test::PdfBuilder locked;
    locked.setEncryption("secret", "owner");
    locked.addPage({QStringLiteral("Secret.")});
    QTest::newRow("encrypted PDF") << QStringLiteral("locked.pdf") << locked.build() << QStringLiteral("password");
    Marginalia::Test::PdfBuilder scan;
    scan.addImagePage();
    QTest::newRow("image-only PDF") << QStringLiteral("scan.pdf") << scan.build() << QStringLiteral("OCR");
    QTest::newRow("ZIP bomb") << QStringLiteral("bomb.docx")
                              << Marginalia::Test::buildZip({{"[Content_Types].xml", "<Types/>"},
                                                             {"word/document.xml", QByteArray(64 * 1024 * 1024, ' ')}})
                              << QStringLiteral("ZIP bomb");
    QTest::newRow("path traversal entry") << QStringLiteral("traversal.docx")
                                          << Marginalia::Test::buildZip({{"[Content_Types].xml", "<Types/>"},
                                                                         {"word/document.xml", "<x/>"},
                                                                         {"../../.ssh/authorized_keys", "key"}})
                                          << QStringLiteral("..");
    const QByteArray ns = Marginalia::Test::wordNamespaces();
    QTest::newRow("malformed XML") << QStringLiteral("malformed.docx")
                                   << Marginalia::Test::buildZip(
                                          {{"[Content_Types].xml", "<Types/>"},
                                           {"word/document.xml", "<w:document" + ns + "><w:body><w:p></w:body>"}})
                                   << QStringLiteral("malformed");
    QTest::newRow("entity expansion XML")
        << QStringLiteral("laughs.docx")
        << Marginalia::Test::buildZip(
               {{"[Content_Types].xml", "<Types/>"},
                {"word/document.xml",
                 "<!DOCTYPE d [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><w:document" + ns
                     + "><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"}})
        << QStringLiteral("DTD");
    QTest::newRow("binary file with a .txt name")
        << QStringLiteral("data.txt") << QByteArray("\x01\x02\x00\x03\xFF\xFE\x00\x07", 8).repeated(64)
        << QStringLiteral("binary");
    QTest::newRow("empty file") << QStringLiteral("empty.md") << QByteArray() << QStringLiteral("no text");
    QTest::newRow(".pdf that is text") << QStringLiteral("fake.pdf") << QByteArray("just text\n")
                                       << QStringLiteral("not one");
    QTest::newRow("spreadsheet named .docx")
        << QStringLiteral("sheet.docx")
        << Marginalia::Test::buildZip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<x/>"}})
        << QStringLiteral("Excel");
}

void TestBatchImporter::hostileOrBrokenFile_isRefusedAndProjectUnchanged()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    write(QStringLiteral("fine.txt"), "A fine document.\n");
    BatchImporter importer(*m_project);
    QVERIFY(importer.importFile(folder() + QStringLiteral("/fine.txt")).imported);
    const QByteArray before = fileDigest(m_project->filePath());

    const QString path = write(fileName, bytes);
    const BatchImportSummary summary = importer.run({path});
    QCOMPARE(summary.refusedCount(), 1);
    const QString error = summary.files.first().error;
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(m_project->documents().size(), 1);
    QCOMPARE(fileDigest(m_project->filePath()), before);
}

QTEST_GUILESS_MAIN(TestBatchImporter)
#include "tst_batchimporter.moc"
