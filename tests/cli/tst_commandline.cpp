#include "base/translations.h"
#include "clitestsupport.h"
#include "officebuilder.h"
#include "pdfbuilder.h"
#include "store/project.h"
#include "store/projectbackups.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Marginalia::Cli::CommandLine;
using namespace Marginalia::Test;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void noArguments_printsUsageAndFails();
    void unknownCommand_isAUsageError();
    void init_refusesAnExistingFileAndLeavesIt();
    void import_printsWhatItImportedAndListsDocuments();
    void import_refusesBinaryFileNamingItAndKeepsTheRest();
    void import_onlyBadFiles_leavesProjectUnchanged();
    void import_folder_importsItsDocumentsAndSummarises();
    void import_sameFileTwice_isRefusedUnlessAllowDuplicates();
    void import_pdf_excerptsSayWhichPages();
    void documents_showEachSourceFormat();
    void codeAdd_createsParentsAndCodesPrintsTree();
    void codeAdd_badColourOrExistingCode_failsAndLeavesProjectUnchanged();
    void apply_range_match_regex_countCodings();
    void apply_badInputs_failAndLeaveProjectUnchanged_data();
    void apply_badInputs_failAndLeaveProjectUnchanged();
    void frequencies_csvColumnsAreTheContract_data();
    void frequencies_csvColumnsAreTheContract();
    void frequencies_outputFile_isWrittenWhole();
    void matrix_csvXlsxAndUnknownColumnKind();
    void agreement_csvColumnsAreTheContractAndUndefinedCellsAreEmpty();
    void disagreements_listEachStretchAndNeedTwoCoders();
    void seminar_handoutMergeAndScore();
    void search_listsHitsInContextAndAutoCodes();
    void excerpts_csvHasExactTextAndGuardsFormulas();
    void excerpts_filtersByCodeSubcodesCoderAndDocument();
    void report_writesThePageWithTheChosenCodesExcerpts();
    void codebookEdits_renameMoveMergeDelete();
    void memo_setAndShowOnEachTarget();
    void check_reportsOkAndProblems();
    void backupBackupsRestore_bringADamagedProjectBack();
    void writingCommands_backUpWhenTheNewestBackupIsOld();
    void newerProject_isRefusedAndUnchanged();
    void corpus_identificationIsCodedTwentyThreeTimes();
    void executable_writesCsvToStdoutAndErrorsToStderr();
    void attributes_importExportWhereSetAndMatrixColumns();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString m_project;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MARGINALIA_CODER", "tester");
    Marginalia::Core::installTranslations(); // the counts in their English singular and plural, as the executable has
                                             // them
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = path(QStringLiteral("p.marginalia"));
    QVERIFY_RUN(cli({QStringLiteral("init"), m_project}), 0);
    QVERIFY(writeFile(path(QStringLiteral("report.txt")),
                      QStringLiteral("Early identification of victims.\nScreening at borders: identification "
                                     "and referral.\n=cmd|' /C calc'!A0 is not a formula here.\n")
                          .toUtf8()));
    QVERIFY(writeFile(
        path(QStringLiteral("notes.md")),
        QByteArray("# Notes\n\nAn Arabic phrase: \xd9\x85\xd8\xa8\xd8\xaf\xd8\xa3 and an emoji \xf0\x9f\x8c\x8d.\n")));
}

void TestCommandLine::noArguments_printsUsageAndFails()
{
    const Run run = cli({});
    QCOMPARE(run.exitCode, CommandLine::UsageError);
    QVERIFY(run.out.contains(QStringLiteral("excerpts")));
}

void TestCommandLine::unknownCommand_isAUsageError()
{
    const Run run = cli({QStringLiteral("frobnicate"), m_project});
    QCOMPARE(run.exitCode, CommandLine::UsageError);
    QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
}

void TestCommandLine::init_refusesAnExistingFileAndLeavesIt()
{
    const QByteArray before = fileDigest(m_project);
    const Run run = cli({QStringLiteral("init"), m_project});
    QVERIFY_RUN(run, CommandLine::Failure);
    QVERIFY(run.err.contains(m_project));
    QCOMPARE(fileDigest(m_project), before);
}

void TestCommandLine::import_printsWhatItImportedAndListsDocuments()
{
    const Run run = cli(
        {QStringLiteral("import"), m_project, path(QStringLiteral("report.txt")), path(QStringLiteral("notes.md"))});
    QVERIFY_RUN(run, 0);
    QVERIFY(run.out.contains(QStringLiteral("imported \"report\"")));
    QVERIFY(run.out.contains(QStringLiteral("markdown")));
    QVERIFY(run.out.contains(QStringLiteral("2 of 2 files imported")));

    const Run documents = cli({QStringLiteral("documents"), m_project});
    QVERIFY_RUN(documents, 0);
    QVERIFY(documents.out.contains(QStringLiteral("report")));
    QVERIFY(documents.out.contains(QStringLiteral("notes")));

    const Run csv = cli({QStringLiteral("documents"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(csv, 0);
    QVERIFY(csv.out.startsWith(QStringLiteral("name,characters,codings,")));
    // The Markdown file has an Arabic word and an emoji: 48 code points, not its 49 UTF-16 units.
    QVERIFY2(csv.out.contains(QStringLiteral("notes,48,0,markdown,UTF-8,notes.md,")), qPrintable(csv.out));
}

void TestCommandLine::import_refusesBinaryFileNamingItAndKeepsTheRest()
{
    QVERIFY(writeFile(path(QStringLiteral("image.txt")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    QVERIFY(writeFile(path(QStringLiteral("blob.txt")), QByteArray("ab\0cd\0\0\x01\x02", 9)));
    const Run run = cli({QStringLiteral("import"), m_project, path(QStringLiteral("image.txt")),
                         path(QStringLiteral("report.txt")), path(QStringLiteral("blob.txt"))});
    QCOMPARE(run.exitCode, CommandLine::Failure);
    QVERIFY(run.err.contains(QStringLiteral("image.txt")));
    QVERIFY(run.err.contains(QStringLiteral("PNG")));
    QVERIFY(run.err.contains(QStringLiteral("blob.txt")));
    QVERIFY(run.err.contains(QStringLiteral("binary")));
    QVERIFY(run.out.contains(QStringLiteral("1 of 3 files imported")));
    QVERIFY(cli({QStringLiteral("documents"), m_project}).out.contains(QStringLiteral("documents: 1")));
}

void TestCommandLine::import_onlyBadFiles_leavesProjectUnchanged()
{
    const QByteArray before = fileDigest(m_project);
    QVERIFY(writeFile(path(QStringLiteral("fake.pdf")), QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")));
    const Run run = cli(
        {QStringLiteral("import"), m_project, path(QStringLiteral("fake.pdf")), path(QStringLiteral("missing.txt"))});
    QCOMPARE(run.exitCode, CommandLine::Failure);
    QVERIFY(run.err.contains(QStringLiteral("fake.pdf")));
    QVERIFY(run.err.contains(QStringLiteral("missing.txt")));
    QCOMPARE(fileDigest(m_project), before);
}

void TestCommandLine::import_folder_importsItsDocumentsAndSummarises()
{
    const QString folder = path(QStringLiteral("sources"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/2018")));
    QVERIFY(writeFile(folder + QStringLiteral("/statement.html"),
                      "<!DOCTYPE html><h1>Statement</h1><p>By the Special Rapporteur.</p>"));
    QVERIFY(writeFile(folder + QStringLiteral("/photo.png"), "\x89PNG\r\n\x1a\n not imported"));
    QVERIFY(writeFile(folder + QStringLiteral("/.DS_Store"), "hidden"));
    DocxParts docx;
    docx.body = wordParagraph(QStringLiteral("23. The Committee notes."));
    QVERIFY(writeDocx(folder + QStringLiteral("/2018/submission.docx"), docx));
    PdfBuilder pdf;
    pdf.addPage({QStringLiteral("Page one.")});
    pdf.addPage({QStringLiteral("Page two.")});
    QVERIFY(writeFile(folder + QStringLiteral("/2018/report.pdf"), pdf.build()));

    const Run run = cli({QStringLiteral("import"), m_project, folder});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.contains(QStringLiteral("imported \"submission\"")) && run.out.contains(QStringLiteral("Word")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("imported \"report\"")) && run.out.contains(QStringLiteral("PDF")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("imported \"statement\"")) && run.out.contains(QStringLiteral("HTML")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("3 of 3 files imported.")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("photo.png")), qPrintable(run.out)); // named as skipped
    QVERIFY2(!run.out.contains(QStringLiteral("DS_Store")), qPrintable(run.out));
    // Not a terminal: no progress line, nothing on stderr.
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(cli({QStringLiteral("documents"), m_project}).out.contains(QStringLiteral("documents: 3")));
}

void TestCommandLine::import_sameFileTwice_isRefusedUnlessAllowDuplicates()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    const QByteArray before = fileDigest(m_project);
    QVERIFY(QFile::copy(path(QStringLiteral("report.txt")), path(QStringLiteral("report copy.txt"))));
    Run run = cli({QStringLiteral("import"), m_project, path(QStringLiteral("report copy.txt"))});
    QCOMPARE(run.exitCode, CommandLine::Failure);
    QVERIFY2(run.err.contains(QStringLiteral("report copy.txt")) && run.err.contains(QStringLiteral("\"report\""))
                 && run.err.contains(QStringLiteral("--allow-duplicates")),
             qPrintable(run.err));
    QCOMPARE(fileDigest(m_project), before);

    run = cli({QStringLiteral("import"), m_project, path(QStringLiteral("report copy.txt")),
               QStringLiteral("--allow-duplicates")});
    QVERIFY_RUN(run, 0);
    QVERIFY(cli({QStringLiteral("documents"), m_project}).out.contains(QStringLiteral("documents: 2")));
}

void TestCommandLine::import_pdf_excerptsSayWhichPages()
{
    PdfBuilder pdf;
    pdf.addPage({QStringLiteral("1. Early identification of victims.")});
    pdf.addPage({QStringLiteral("2. Screening and identification at borders.")});
    QVERIFY(writeFile(path(QStringLiteral("A-HRC-35-25.pdf")), pdf.build()));
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("A-HRC-35-25.pdf"))}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Identification")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("A-HRC-35-25"),
                     QStringLiteral("--code"), QStringLiteral("Identification"), QStringLiteral("--match"),
                     QStringLiteral("identification")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("A-HRC-35-25"),
                     QStringLiteral("--code"), QStringLiteral("Identification"), QStringLiteral("--regex"),
                     QStringLiteral("victims\\.\\s+2")}),
                0);

    const Run csv = cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(csv, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).endsWith(QStringLiteral(",coding_guid,pages,paragraph")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).section(u',', -2, -2) == QStringLiteral("1"), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).section(u',', -2, -2) == QStringLiteral("1-2"), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).section(u',', -2, -2) == QStringLiteral("2"), qPrintable(lines.at(3)));

    const Run table = cli({QStringLiteral("excerpts"), m_project});
    QVERIFY_RUN(table, 0);
    QVERIFY2(table.out.contains(QStringLiteral("p. 1  Identification"))
                 && table.out.contains(QStringLiteral("pp. 1-2  Identification")),
             qPrintable(table.out));
}

void TestCommandLine::documents_showEachSourceFormat()
{
    // Every document's text is stored as text or Markdown; the listing says what the source was.
    QVERIFY(writeFile(path(QStringLiteral("statement.html")), "<!DOCTYPE html><p>By the Special Rapporteur.</p>"));
    DocxParts docx;
    docx.body = wordParagraph(QStringLiteral("23. The Committee notes."));
    QVERIFY(writeDocx(path(QStringLiteral("submission.docx")), docx));
    OdtParts odt;
    odt.body = odfParagraph(QStringLiteral("A national action plan."));
    QVERIFY(writeOdt(path(QStringLiteral("plan.odt")), odt));
    PdfBuilder pdf;
    pdf.addPage({QStringLiteral("Page one.")});
    QVERIFY(writeFile(path(QStringLiteral("resolution.pdf")), pdf.build()));
    QVERIFY_RUN(
        cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt")), path(QStringLiteral("notes.md")),
             path(QStringLiteral("statement.html")), path(QStringLiteral("submission.docx")),
             path(QStringLiteral("plan.odt")), path(QStringLiteral("resolution.pdf"))}),
        0);

    const Run table = cli({QStringLiteral("documents"), m_project});
    QVERIFY_RUN(table, 0);
    const QStringList rows = table.out.split(u'\n');
    const auto formatOf = [&](const QString &name) {
        for (const QString &row : rows) {
            const QStringList cells = row.split(QRegularExpression(QStringLiteral("\\s{2,}")), Qt::SkipEmptyParts);
            if (cells.size() >= 4 && cells.at(0) == name)
                return cells.at(3);
        }
        return QString();
    };
    QCOMPARE(formatOf(QStringLiteral("report")), QStringLiteral("text"));
    QCOMPARE(formatOf(QStringLiteral("notes")), QStringLiteral("markdown"));
    QCOMPARE(formatOf(QStringLiteral("statement")), QStringLiteral("html"));
    QCOMPARE(formatOf(QStringLiteral("submission")), QStringLiteral("docx"));
    QCOMPARE(formatOf(QStringLiteral("plan")), QStringLiteral("odt"));
    QCOMPARE(formatOf(QStringLiteral("resolution")), QStringLiteral("pdf"));

    // The CSV keeps its columns (a contract) and adds the source's format at the end.
    const Run csv = cli({QStringLiteral("documents"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(csv, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("name,characters,codings,format,encoding,original_file_name,imported,"
                            "text_sha256,guid,source_format"));
    QCOMPARE(lines.size(), 7);
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u',');
        const QString name = cells.first();
        QCOMPARE(cells.last(), formatOf(name));
        // "format" still says how the text is stored.
        QCOMPARE(cells.at(3), name == QLatin1String("notes") ? QStringLiteral("markdown") : QStringLiteral("text"));
    }
}

void TestCommandLine::codeAdd_createsParentsAndCodesPrintsTree()
{
    QVERIFY_RUN(
        cli({QStringLiteral("code-add"), m_project, QStringLiteral("Protection/Children"), QStringLiteral("--color"),
             QStringLiteral("#b22222"), QStringLiteral("--description"), QStringLiteral("Minors")}),
        0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Protection/Gender")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Identification")}), 0);
    const Run codes = cli({QStringLiteral("codes"), m_project});
    QVERIFY_RUN(codes, 0);
    QVERIFY2(codes.out.contains(QStringLiteral("Protection")), qPrintable(codes.out));
    QVERIFY(codes.out.contains(QStringLiteral("├── Children  #B22222")));
    QVERIFY(codes.out.contains(QStringLiteral("└── Gender")));
    QVERIFY(codes.out.indexOf(QStringLiteral("Protection")) < codes.out.indexOf(QStringLiteral("Identification")));
}

void TestCommandLine::codeAdd_badColourOrExistingCode_failsAndLeavesProjectUnchanged()
{
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("A/B")}), 0);
    const QByteArray before = fileDigest(m_project);
    Run run = cli({QStringLiteral("code-add"), m_project, QStringLiteral("A/C"), QStringLiteral("--color"),
                   QStringLiteral("red")});
    QCOMPARE(run.exitCode, CommandLine::Failure);
    QVERIFY(run.err.contains(QStringLiteral("#RRGGBB")));
    run = cli({QStringLiteral("code-add"), m_project, QStringLiteral("A/B")});
    QCOMPARE(run.exitCode, CommandLine::Failure);
    QVERIFY(run.err.contains(QStringLiteral("exists")));
    run = cli({QStringLiteral("code-add"), m_project, QStringLiteral("A//B")});
    QCOMPARE(run.exitCode, CommandLine::UsageError);
    QCOMPARE(fileDigest(m_project), before);
}

void TestCommandLine::apply_range_match_regex_countCodings()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Identification")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Borders")}), 0);

    Run run = cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                   QStringLiteral("--code"), QStringLiteral("Identification"), QStringLiteral("--match"),
                   QStringLiteral("identification")});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("2 codings made")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("by tester")));

    // The same again: nothing new, and it says so.
    run = cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
               QStringLiteral("--code"), QStringLiteral("Identification"), QStringLiteral("--match"),
               QStringLiteral("identification")});
    QVERIFY_RUN(run, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("0 codings made")));
    QVERIFY(run.out.contains(QStringLiteral("2 existed already")));

    run = cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
               QStringLiteral("--code"), QStringLiteral("Borders"), QStringLiteral("--regex"),
               QStringLiteral("Screening at \\w+"), QStringLiteral("--coder"), QStringLiteral("alice"),
               QStringLiteral("--memo"), QStringLiteral("first pass")});
    QVERIFY_RUN(run, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("1 coding made")));

    run = cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
               QStringLiteral("--code"), QStringLiteral("Borders"), QStringLiteral("--range"), QStringLiteral("0:5")});
    QVERIFY_RUN(run, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("1 coding made")));

    run = cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
               QStringLiteral("--code"), QStringLiteral("Borders"), QStringLiteral("--match"),
               QStringLiteral("SCREENING"), QStringLiteral("--ignore-case")});
    QVERIFY_RUN(run, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("1 coding made")));

    const Run excerpts = cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--code"),
                              QStringLiteral("Borders"), QStringLiteral("--coder"), QStringLiteral("alice")});
    QVERIFY_RUN(excerpts, 0);
    QVERIFY(excerpts.out.contains(QStringLiteral("Screening at borders")));
    QVERIFY(excerpts.out.contains(QStringLiteral("memo: first pass")));
}

void TestCommandLine::apply_badInputs_failAndLeaveProjectUnchanged_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString doc = QStringLiteral("--document");
    const QString code = QStringLiteral("--code");
    QTest::newRow("range past end") << QStringList{doc,
                                                   QStringLiteral("report"),
                                                   code,
                                                   QStringLiteral("Identification"),
                                                   QStringLiteral("--range"),
                                                   QStringLiteral("10:100000")}
                                    << 1 << QStringLiteral("not inside");
    QTest::newRow("reversed range") << QStringList{doc,
                                                   QStringLiteral("report"),
                                                   code,
                                                   QStringLiteral("Identification"),
                                                   QStringLiteral("--range"),
                                                   QStringLiteral("9:3")}
                                    << 1 << QStringLiteral("not inside");
    QTest::newRow("malformed range") << QStringList{doc,
                                                    QStringLiteral("report"),
                                                    code,
                                                    QStringLiteral("Identification"),
                                                    QStringLiteral("--range"),
                                                    QStringLiteral("abc")}
                                     << 2 << QStringLiteral("START:END");
    QTest::newRow("unknown document") << QStringList{doc,
                                                     QStringLiteral("nope"),
                                                     code,
                                                     QStringLiteral("Identification"),
                                                     QStringLiteral("--match"),
                                                     QStringLiteral("x")}
                                      << 1 << QStringLiteral("no document named \"nope\"");
    QTest::newRow("unknown code") << QStringList{doc,
                                                 QStringLiteral("report"),
                                                 code,
                                                 QStringLiteral("Nope/Nada"),
                                                 QStringLiteral("--match"),
                                                 QStringLiteral("x")}
                                  << 1 << QStringLiteral("no code \"Nope/Nada\"");
    QTest::newRow("bad regex") << QStringList{doc,
                                              QStringLiteral("report"),
                                              code,
                                              QStringLiteral("Identification"),
                                              QStringLiteral("--regex"),
                                              QStringLiteral("(unclosed")}
                               << 2 << QStringLiteral("invalid");
    QTest::newRow("two selectors") << QStringList{doc,
                                                  QStringLiteral("report"),
                                                  code,
                                                  QStringLiteral("Identification"),
                                                  QStringLiteral("--match"),
                                                  QStringLiteral("x"),
                                                  QStringLiteral("--range"),
                                                  QStringLiteral("0:1")}
                                   << 2 << QStringLiteral("exactly one");
    QTest::newRow("no document option") << QStringList{code, QStringLiteral("Identification"),
                                                       QStringLiteral("--match"), QStringLiteral("x")}
                                        << 2 << QStringLiteral("--document");
}

void TestCommandLine::apply_badInputs_failAndLeaveProjectUnchanged()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Identification")}), 0);
    const QByteArray before = fileDigest(m_project);
    const Run run = cli(QStringList{QStringLiteral("apply"), m_project} + options);
    QVERIFY_RUN(run, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(fileDigest(m_project), before);
}

void TestCommandLine::frequencies_csvColumnsAreTheContract_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::newRow("code") << QStringLiteral("code")
                          << QStringLiteral(
                                 "code_path,codings,documents,characters,codings_incl_subcodes,documents_incl_subcodes")
                          << QStringLiteral("Protection,0,0,0,2,1");
    QTest::newRow("document") << QStringLiteral("document") << QStringLiteral("document,code_path,codings,characters")
                              << QStringLiteral("report,Protection/Identification,2,14");
    QTest::newRow("coder") << QStringLiteral("coder") << QStringLiteral("coder,code_path,codings,documents,characters")
                           << QStringLiteral("tester,Protection/Identification,2,1,14");
}

void TestCommandLine::frequencies_csvColumnsAreTheContract()
{
    QFETCH(QString, by);
    QFETCH(QString, header);
    QFETCH(QString, row);
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Protection/Identification")}), 0);
    // Two overlapping codings: 14 distinct characters, not 21.
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("Protection/Identification"), QStringLiteral("--range"),
                     QStringLiteral("0:10")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("Protection/Identification"), QStringLiteral("--range"),
                     QStringLiteral("3:14")}),
                0);
    const Run run = cli({QStringLiteral("frequencies"), m_project, QStringLiteral("--by"), by,
                         QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(run, 0);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.first(), header);
    QVERIFY2(lines.contains(row), qPrintable(run.out));

    const Run table = cli({QStringLiteral("frequencies"), m_project, QStringLiteral("--by"), by});
    QVERIFY_RUN(table, 0);
    QVERIFY(table.out.contains(QStringLiteral("Protection/Identification")));
    QVERIFY(table.out.contains(QStringLiteral("---")));
}

void TestCommandLine::matrix_csvXlsxAndUnknownColumnKind()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt")),
                     path(QStringLiteral("notes.md"))}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("A")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("B")}), 0);
    auto apply = [&](const char *document, const char *code, const char *range) {
        return cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QString::fromUtf8(document),
                    QStringLiteral("--code"), QString::fromUtf8(code), QStringLiteral("--range"),
                    QString::fromUtf8(range)});
    };
    QVERIFY_RUN(apply("report", "A", "0:10"), 0);
    QVERIFY_RUN(apply("report", "B", "5:20"), 0);
    QVERIFY_RUN(apply("notes", "A", "0:5"), 0);

    const Run documents = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(documents, 0);
    QCOMPARE(documents.out, QStringLiteral("code_path,notes,report,total\r\nA,1,1,2\r\nB,0,1,1\r\ntotal,1,2,3\r\n"));
    const Run codes = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--columns"), QStringLiteral("codes"),
                           QStringLiteral("--cooccurrence"), QStringLiteral("overlap"), QStringLiteral("--cell"),
                           QStringLiteral("characters"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(codes, 0);
    QCOMPARE(codes.out, QStringLiteral("code_path,A,B,total\r\nA,0,5,5\r\nB,5,0,5\r\ntotal,5,5,5\r\n"));

    // A column kind that does not exist is a usage error; a project without cases says it has none.
    const Run unknown
        = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--columns"), QStringLiteral("years")});
    QCOMPARE(unknown.exitCode, CommandLine::UsageError);
    QVERIFY2(unknown.err.contains(QStringLiteral("unknown column kind")), qPrintable(unknown.err));
    const Run cases = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--columns"), QStringLiteral("cases")});
    QCOMPARE(cases.exitCode, CommandLine::Failure);
    QVERIFY2(cases.err.contains(QStringLiteral("no cases")), qPrintable(cases.err));

    const Run noOutput = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--format"), QStringLiteral("xlsx")});
    QCOMPARE(noOutput.exitCode, CommandLine::UsageError);
    const QString workbook = path(QStringLiteral("matrix.xlsx"));
    QVERIFY_RUN(cli({QStringLiteral("matrix"), m_project, QStringLiteral("--format"), QStringLiteral("xlsx"),
                     QStringLiteral("--output"), workbook}),
                0);
    QVERIFY(readFile(workbook).startsWith("PK\x03\x04"));
}

void TestCommandLine::frequencies_outputFile_isWrittenWhole()
{
    const QString output = path(QStringLiteral("out/freq.csv"));
    QDir().mkpath(path(QStringLiteral("out")));
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("X")}), 0);
    const Run run = cli({QStringLiteral("frequencies"), m_project, QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--output"), output, QStringLiteral("--bom")});
    QVERIFY_RUN(run, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(
        readFile(output),
        QByteArray(
            "\xEF\xBB\xBF"
            "code_path,codings,documents,characters,codings_incl_subcodes,documents_incl_subcodes\r\nX,0,0,0,0,0\r\n"));

    const Run bad = cli({QStringLiteral("frequencies"), m_project, QStringLiteral("--output"),
                         path(QStringLiteral("no/such/dir/f.csv"))});
    QCOMPARE(bad.exitCode, CommandLine::Failure);
    QVERIFY(bad.err.contains(QStringLiteral("f.csv")));
    const Run badFormat
        = cli({QStringLiteral("frequencies"), m_project, QStringLiteral("--format"), QStringLiteral("xlsx")});
    QCOMPARE(badFormat.exitCode, CommandLine::UsageError);
}

namespace {

/// Two coders on report.txt: rita codes "identification" twice, sam only the first one.
void codeTwoCoders(const QString &project, const QString &report)
{
    QVERIFY_RUN(cli({QStringLiteral("import"), project, report}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), project, QStringLiteral("Protection/Identification")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("Protection/Identification"), QStringLiteral("--match"),
                     QStringLiteral("identification"), QStringLiteral("--coder"), QStringLiteral("rita")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("Protection/Identification"), QStringLiteral("--range"),
                     QStringLiteral("6:20"), QStringLiteral("--coder"), QStringLiteral("sam")}),
                0);
}

} // namespace

void TestCommandLine::agreement_csvColumnsAreTheContractAndUndefinedCellsAreEmpty()
{
    codeTwoCoders(m_project, path(QStringLiteral("report.txt")));
    const Run run = cli({QStringLiteral("agreement"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(run, 0);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0),
             QStringLiteral("code_path,coders,documents,characters,percent_agreement,cohen_kappa,"
                            "fleiss_kappa,krippendorff_alpha,alpha_u"));
    // Nobody coded Protection itself: percent agreement is 1, the chance-corrected statistics have no value.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Protection,rita;sam,1,")), qPrintable(run.out));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",1.0000,,,,")), qPrintable(run.out));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Protection/Identification,rita;sam,1,")), qPrintable(run.out));

    const Run byDocument = cli({QStringLiteral("agreement"), m_project, QStringLiteral("--by"),
                                QStringLiteral("document"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(byDocument, 0);
    QVERIFY(byDocument.out.startsWith(QStringLiteral("document,code_path,coders,characters,percent_agreement,"
                                                     "cohen_kappa,fleiss_kappa,krippendorff_alpha,alpha_u\r\n")));

    // The table explains what n/a means.
    const Run table = cli({QStringLiteral("agreement"), m_project});
    QVERIFY_RUN(table, 0);
    QVERIFY2(table.out.contains(QStringLiteral("n/a*")) && table.out.contains(QStringLiteral("* n/a: ")),
             qPrintable(table.out));

    // One coder, an unknown coder, an unknown code: clear errors naming the problem.
    const Run one = cli({QStringLiteral("agreement"), m_project, QStringLiteral("--coders"), QStringLiteral("rita")});
    QVERIFY(one.exitCode != 0);
    const Run unknown
        = cli({QStringLiteral("agreement"), m_project, QStringLiteral("--coders"), QStringLiteral("rita,nobody")});
    QCOMPARE(unknown.exitCode, CommandLine::Failure);
    QVERIFY2(unknown.err.contains(QStringLiteral("nobody")), qPrintable(unknown.err));
    const Run code = cli({QStringLiteral("agreement"), m_project, QStringLiteral("--code"), QStringLiteral("Nope")});
    QCOMPARE(code.exitCode, CommandLine::Failure);
    QVERIFY2(code.err.contains(QStringLiteral("Nope")), qPrintable(code.err));
}

void TestCommandLine::disagreements_listEachStretchAndNeedTwoCoders()
{
    codeTwoCoders(m_project, path(QStringLiteral("report.txt")));
    const Run run = cli({QStringLiteral("disagreements"), m_project, QStringLiteral("--coders"),
                         QStringLiteral("rita,sam"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(run, 0);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), QStringLiteral("document,code_path,start,end,coded_by,text"));
    // sam coded 6..20 ("identification", 14 characters), rita both occurrences: the second is only rita's.
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("report,Protection/Identification,")), qPrintable(run.out));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",rita,identification")), qPrintable(run.out));

    const Run missing = cli({QStringLiteral("disagreements"), m_project});
    QCOMPARE(missing.exitCode, CommandLine::UsageError);
    QVERIFY(missing.err.contains(QStringLiteral("--coders")));
}

void TestCommandLine::seminar_handoutMergeAndScore()
{
    // The instructor codes the key, hands out a blind copy, two students code, the instructor merges and scores.
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Identification")}), 0);
    const auto code = [&](const QString &project, const QString &coder, const QString &range) {
        return cli({QStringLiteral("apply"), project, QStringLiteral("--document"), QStringLiteral("report"),
                    QStringLiteral("--code"), QStringLiteral("Identification"), QStringLiteral("--range"), range,
                    QStringLiteral("--coder"), coder});
    };
    QVERIFY_RUN(code(m_project, QStringLiteral("key"), QStringLiteral("6:20")), 0);
    const QString anna = path(QStringLiteral("anna.marginalia"));
    const Run handout
        = cli({QStringLiteral("handout"), m_project, anna, QStringLiteral("--without-coder"), QStringLiteral("key")});
    QVERIFY_RUN(handout, 0);
    QVERIFY2(handout.out.contains(QStringLiteral("left out: key (1 codings)")), qPrintable(handout.out));
    const QString ben = path(QStringLiteral("ben.marginalia"));
    QVERIFY(QFile::copy(anna, ben));
    QVERIFY_RUN(code(anna, QStringLiteral("anna"), QStringLiteral("6:20")), 0);
    QVERIFY_RUN(code(ben, QStringLiteral("ben"), QStringLiteral("0:20")), 0);
    // A hand-out over an existing file is refused.
    QCOMPARE(cli({QStringLiteral("handout"), m_project, anna}).exitCode, CommandLine::Failure);

    const Run merge = cli({QStringLiteral("merge"), m_project, anna, ben});
    QVERIFY_RUN(merge, 0);
    QVERIFY2(merge.out.contains(QStringLiteral("merged 2 projects")), qPrintable(merge.out));
    const Run again = cli({QStringLiteral("merge"), m_project, anna, ben});
    QVERIFY_RUN(again, 0);
    QVERIFY2(again.out.contains(QStringLiteral("codings 0 added, 1 already there")), qPrintable(again.out));
    // A source that is not there: nothing of the others is merged either.
    QCOMPARE(cli({QStringLiteral("merge"), m_project, anna, path(QStringLiteral("missing.marginalia"))}).exitCode,
             CommandLine::Failure);

    const Run score = cli({QStringLiteral("score"), m_project, QStringLiteral("--key"), QStringLiteral("key"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(score, 0);
    const QStringList lines = score.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0),
             QStringLiteral("coder,code_path,documents,characters,percent_agreement,cohen_kappa,alpha_u,"
                            "precision,recall"));
    QVERIFY2(lines.contains(QStringLiteral("anna,Identification,1,%1,1.0000,1.0000,1.0000,1.0000,1.0000")
                                .arg(lines.at(1).section(u',', 3, 3))),
             qPrintable(score.out));
    // ben coded 0..20: precision 14/20, recall 14/14.
    QVERIFY2(score.out.contains(QStringLiteral(",0.7000,1.0000\r\nben,,")), qPrintable(score.out));
    QCOMPARE(cli({QStringLiteral("score"), m_project}).exitCode, CommandLine::UsageError);

    // The class report: a page with both students; into a folder that is not there, an error and no file.
    const QString report = path(QStringLiteral("class.html"));
    QVERIFY_RUN(cli({QStringLiteral("score"), m_project, QStringLiteral("--key"), QStringLiteral("key"),
                     QStringLiteral("--report"), report}),
                0);
    QFile page(report);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());
    QVERIFY(html.contains(QStringLiteral("<td class=\"name\">anna</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"name\">ben</td>")));
    const QString nowhere = path(QStringLiteral("no-such-folder/class.html"));
    const Run failed = cli({QStringLiteral("score"), m_project, QStringLiteral("--key"), QStringLiteral("key"),
                            QStringLiteral("--report"), nowhere});
    QCOMPARE(failed.exitCode, CommandLine::Failure);
    QVERIFY2(failed.err.contains(nowhere), qPrintable(failed.err));
    QVERIFY(!QFile::exists(nowhere));
}

void TestCommandLine::excerpts_csvHasExactTextAndGuardsFormulas()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Quote")}), 0);
    // Across a line break, with a comma, and one starting with "=".
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("Quote"), QStringLiteral("--regex"),
                     QStringLiteral("victims\\.\\nScreening")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("Quote"), QStringLiteral("--match"),
                     QStringLiteral("=cmd|' /C calc'!A0")}),
                0);
    Run run = cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(run, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("document,code_path,start,end,coder,text,memo,created,")));
    QVERIFY2(run.out.contains(QStringLiteral(",\"victims.\nScreening\",")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral(",'=cmd|' /C calc'!A0,")));

    run = cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--format"), QStringLiteral("csv"),
               QStringLiteral("--raw")});
    QVERIFY_RUN(run, 0);
    QVERIFY(run.out.contains(QStringLiteral(",=cmd|' /C calc'!A0,")));
}

void TestCommandLine::report_writesThePageWithTheChosenCodesExcerpts()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt")),
                     path(QStringLiteral("notes.md"))}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("P/C")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("P/C"), QStringLiteral("--match"),
                     QStringLiteral("identification")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("notes"),
                     QStringLiteral("--code"), QStringLiteral("P"), QStringLiteral("--match"), QStringLiteral("مبدأ"),
                     QStringLiteral("--coder"), QStringLiteral("bob")}),
                0);
    const QString page = path(QStringLiteral("report.html"));
    const Run run = cli({QStringLiteral("report"), m_project, page, QStringLiteral("--code"), QStringLiteral("P"),
                         QStringLiteral("--include-subcodes")});
    QVERIFY_RUN(run, 0);
    QCOMPARE(run.out, QStringLiteral("wrote %1: 2 codes, 3 excerpts, agreement of 2 coders\n").arg(page));
    const QString html = QString::fromUtf8(readFile(page));
    QVERIFY(html.contains(QStringLiteral("<h2 id=\"excerpts\">")));
    QVERIFY(html.contains(QStringLiteral("<blockquote dir=\"auto\">مبدأ</blockquote>")));
    QVERIFY(html.contains(QStringLiteral("<h2 id=\"agreement\">")));
    QVERIFY(html.contains(QStringLiteral("Marginalia ")));

    // Without --code: no excerpts, and the page says how to choose them; --no-agreement leaves that out.
    QVERIFY_RUN(cli({QStringLiteral("report"), m_project, page, QStringLiteral("--no-agreement")}), 0);
    const QString plain = QString::fromUtf8(readFile(page));
    QVERIFY(plain.contains(QStringLiteral("Choose codes with --code PATH")));
    QVERIFY(!plain.contains(QStringLiteral("<blockquote")));
    QVERIFY(!plain.contains(QStringLiteral("id=\"agreement\"")));

    // Mistakes name what is wrong and write nothing.
    const QString other = path(QStringLiteral("other.html"));
    Run bad = cli({QStringLiteral("report"), m_project, other, QStringLiteral("--code"), QStringLiteral("Nope")});
    QCOMPARE(bad.exitCode, CommandLine::Failure);
    QVERIFY2(bad.err.contains(QStringLiteral("there is no code \"Nope\"")), qPrintable(bad.err));
    QVERIFY(!QFile::exists(other));
    bad = cli({QStringLiteral("report"), m_project, path(QStringLiteral("missing/report.html"))});
    QCOMPARE(bad.exitCode, CommandLine::Failure);
    QVERIFY2(bad.err.contains(path(QStringLiteral("missing/report.html"))), qPrintable(bad.err));
    QCOMPARE(cli({QStringLiteral("report"), m_project}).exitCode, CommandLine::UsageError);
    QCOMPARE(cli({QStringLiteral("report"), m_project, other, QStringLiteral("--max-excerpts"), QStringLiteral("x")})
                 .exitCode,
             CommandLine::UsageError);
    QCOMPARE(cli({QStringLiteral("report"), m_project, other, QStringLiteral("--include-subcodes")}).exitCode,
             CommandLine::UsageError);
}

void TestCommandLine::excerpts_filtersByCodeSubcodesCoderAndDocument()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt")),
                     path(QStringLiteral("notes.md"))}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("P/C")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("P/C"), QStringLiteral("--match"),
                     QStringLiteral("identification")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("notes"),
                     QStringLiteral("--code"), QStringLiteral("P"), QStringLiteral("--match"), QStringLiteral("🌍"),
                     QStringLiteral("--coder"), QStringLiteral("bob")}),
                0);
    auto count = [&](const QStringList &options) {
        const Run run
            = cli(QStringList{QStringLiteral("excerpts"), m_project, QStringLiteral("--format"), QStringLiteral("csv")}
                  + options);
        return run.exitCode == 0 ? int(run.out.count(QStringLiteral("\r\n"))) - 1 : -1;
    };
    QCOMPARE(count({}), 3);
    QCOMPARE(count({QStringLiteral("--code"), QStringLiteral("P")}), 1);
    QCOMPARE(count({QStringLiteral("--code"), QStringLiteral("P"), QStringLiteral("--include-subcodes")}), 3);
    QCOMPARE(count({QStringLiteral("--coder"), QStringLiteral("bob")}), 1);
    QCOMPARE(count({QStringLiteral("--document"), QStringLiteral("report")}), 2);
    const Run emoji = cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--coder"), QStringLiteral("bob"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(emoji.out.contains(QStringLiteral("notes,P,45,46,bob,🌍,")), qPrintable(emoji.out));
    QCOMPARE(cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--coder"), QStringLiteral("nobody")}).exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--include-subcodes")}).exitCode, 2);
}

void TestCommandLine::codebookEdits_renameMoveMergeDelete()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    for (const char *code : {"A", "A/x", "B", "B/x", "C"})
        QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QString::fromUtf8(code)}), 0);
    QVERIFY_RUN(
        cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
             QStringLiteral("--code"), QStringLiteral("A/x"), QStringLiteral("--range"), QStringLiteral("0:5")}),
        0);
    QVERIFY_RUN(
        cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
             QStringLiteral("--code"), QStringLiteral("B/x"), QStringLiteral("--range"), QStringLiteral("0:5")}),
        0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("C"), QStringLiteral("--range"), QStringLiteral("6:9")}),
                0);

    Run run = cli({QStringLiteral("code-merge"), m_project, QStringLiteral("A"), QStringLiteral("B")});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.contains(QStringLiteral("1 duplicates dropped")), qPrintable(run.out));
    QVERIFY_RUN(cli({QStringLiteral("code-rename"), m_project, QStringLiteral("B/x"), QStringLiteral("y")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-move"), m_project, QStringLiteral("C"), QStringLiteral("B")}), 0);
    const QByteArray before = fileDigest(m_project);
    run = cli({QStringLiteral("code-move"), m_project, QStringLiteral("B"), QStringLiteral("B/C")});
    QCOMPARE(run.exitCode, CommandLine::Failure);
    QVERIFY(run.err.contains(QStringLiteral("subcodes")));
    QCOMPARE(fileDigest(m_project), before);

    const Run codes = cli({QStringLiteral("codes"), m_project});
    QVERIFY2(codes.out.startsWith(QStringLiteral("B  ")), qPrintable(codes.out));
    QVERIFY(codes.out.contains(QStringLiteral("├── y")));
    QVERIFY(codes.out.contains(QStringLiteral("└── C")));
    QVERIFY(!codes.out.contains(QStringLiteral("A  ")));

    run = cli({QStringLiteral("code-delete"), m_project, QStringLiteral("B")});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.contains(QStringLiteral("with 2 subcodes and 2 codings")), qPrintable(run.out));
    QVERIFY(cli({QStringLiteral("codes"), m_project}).out.contains(QStringLiteral("empty")));
}

void TestCommandLine::memo_setAndShowOnEachTarget()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("K")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("memo"), m_project, QStringLiteral("Project memo")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("memo"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("Doc memo")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("memo"), m_project, QStringLiteral("--code"), QStringLiteral("K"),
                     QStringLiteral("Code memo")}),
                0);
    QCOMPARE(cli({QStringLiteral("memo"), m_project}).out, QStringLiteral("Project memo\n"));
    QCOMPARE(cli({QStringLiteral("memo"), m_project, QStringLiteral("--document"), QStringLiteral("report")}).out,
             QStringLiteral("Doc memo\n"));
    QCOMPARE(cli({QStringLiteral("memo"), m_project, QStringLiteral("--code"), QStringLiteral("K")}).out,
             QStringLiteral("Code memo\n"));

    QVERIFY_RUN(cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("--code"), QStringLiteral("K"), QStringLiteral("--range"), QStringLiteral("0:5")}),
                0);
    auto project = Marginalia::Core::Project::open(m_project);
    QVERIFY(project);
    const QString guid = (*project)->codings().first().guid;
    project->reset();
    QVERIFY_RUN(cli({QStringLiteral("memo"), m_project, QStringLiteral("--coding"), guid.toUpper(),
                     QStringLiteral("Coding memo")}),
                0);
    QCOMPARE(cli({QStringLiteral("memo"), m_project, QStringLiteral("--coding"), guid}).out,
             QStringLiteral("Coding memo\n"));
    QCOMPARE(cli({QStringLiteral("memo"), m_project, QStringLiteral("--code"), QStringLiteral("K"),
                  QStringLiteral("--document"), QStringLiteral("report")})
                 .exitCode,
             CommandLine::UsageError);
}

void TestCommandLine::check_reportsOkAndProblems()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    Run run = cli({QStringLiteral("check"), m_project});
    QVERIFY_RUN(run, 0);
    QVERIFY(run.out.contains(QStringLiteral("OK")));

    {
        // Damage it behind the store's back, as another tool might.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(m_project);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE documents SET text = 'changed'")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    run = cli({QStringLiteral("check"), m_project});
    QCOMPARE(run.exitCode, CommandLine::Failure);
    QVERIFY2(run.out.contains(QStringLiteral("SHA-256")), qPrintable(run.out));
}

void TestCommandLine::backupBackupsRestore_bringADamagedProjectBack()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}), 0);
    Run run = cli({QStringLiteral("backup"), m_project});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.contains(QStringLiteral("check ok")), qPrintable(run.out));
    const QString folder = m_project + QStringLiteral("-backups");

    run = cli({QStringLiteral("backups"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(run, 0);
    QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // The import's own backup and the one asked for, newest first, both sound.
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), QStringLiteral("path,time,size,check"));
    QVERIFY2(lines.at(1).startsWith(folder + u'/') && lines.at(1).endsWith(QStringLiteral(",ok")),
             qPrintable(lines.at(1)));
    const QString newest = lines.at(1).section(u',', 0, 0);

    run = cli({QStringLiteral("backups"), m_project});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.contains(newest) && run.out.contains(QStringLiteral("backups: 2")), qPrintable(run.out));

    // Damage the middle of the file, past the header page.
    {
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() >= 3 * 4096);
        file.seek(4096);
        file.write(QByteArray(2 * 4096, '\xAB'));
    }
    QCOMPARE(cli({QStringLiteral("check"), m_project}).exitCode, CommandLine::Failure);
    const QByteArray damaged = fileDigest(m_project);

    QCOMPARE(cli({QStringLiteral("restore"), m_project}).exitCode, CommandLine::UsageError);
    run = cli({QStringLiteral("restore"), m_project, newest});
    QVERIFY_RUN(run, 0);
    const QStringList keptFiles = QDir(m_dir->path()).entryList({QStringLiteral("p.marginalia.damaged-*")});
    QCOMPARE(keptFiles.size(), 1);
    QCOMPARE(fileDigest(path(keptFiles.first())), damaged);
    QVERIFY2(run.out.contains(path(keptFiles.first())), qPrintable(run.out));
    run = cli({QStringLiteral("check"), m_project});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.contains(QStringLiteral("1 documents")), qPrintable(run.out));

    // A file that is no backup is refused, and the project is left as it is.
    const QByteArray before = fileDigest(m_project);
    run = cli({QStringLiteral("restore"), m_project, path(QStringLiteral("report.txt"))});
    QCOMPARE(run.exitCode, CommandLine::Failure);
    QVERIFY2(run.err.contains(path(QStringLiteral("report.txt"))), qPrintable(run.err));
    QCOMPARE(fileDigest(m_project), before);
}

void TestCommandLine::writingCommands_backUpWhenTheNewestBackupIsOld()
{
    const QString folder = m_project + QStringLiteral("-backups");
    QVERIFY_RUN(cli({QStringLiteral("codes"), m_project}), 0);
    QVERIFY2(!QFileInfo::exists(folder), "a command that only reads makes no backup");
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("A")}), 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("B")}), 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1); // the newest is not ten minutes old

    qputenv("MARGINALIA_BACKUP_INTERVAL", "0");
    auto unset = qScopeGuard([] { qunsetenv("MARGINALIA_BACKUP_INTERVAL"); });
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("C")}), 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    // A failed command changes nothing, and so backs nothing up.
    QCOMPARE(cli({QStringLiteral("code-add"), m_project, QStringLiteral("C")}).exitCode, CommandLine::Failure);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);

    // A backup that cannot be made is a warning; the command still succeeds.
    qputenv("MARGINALIA_BACKUP_INTERVAL", "0");
    QVERIFY(QDir(folder).removeRecursively());
    QVERIFY(writeFile(folder, QByteArrayLiteral("in the way")));
    const QString fallback = Marginalia::Core::ProjectBackups(m_project).fallbackFolder();
    QVERIFY(QDir().mkpath(QFileInfo(fallback).absolutePath()));
    QVERIFY(writeFile(fallback, QByteArrayLiteral("in the way too")));
    auto removeFallback = qScopeGuard([fallback] { QFile::remove(fallback); });
    const Run run = cli({QStringLiteral("code-add"), m_project, QStringLiteral("D")});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.err.contains(QStringLiteral("warning: no backup was made")), qPrintable(run.err));
}

void TestCommandLine::newerProject_isRefusedAndUnchanged()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(m_project);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray before = fileDigest(m_project);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("documents"), m_project},
          QStringList{QStringLiteral("code-add"), m_project, QStringLiteral("X")},
          QStringList{QStringLiteral("import"), m_project, path(QStringLiteral("report.txt"))}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, CommandLine::Failure);
        QVERIFY2(run.err.contains(QStringLiteral("newer version")), qPrintable(run.err));
        QVERIFY(run.err.contains(m_project));
    }
    QCOMPARE(fileDigest(m_project), before);
    QVERIFY(!QFile::exists(m_project + QStringLiteral("-wal")));
}

void TestCommandLine::corpus_identificationIsCodedTwentyThreeTimes()
{
    MARGINALIA_SKIP_WITHOUT_CORPUS();
    const QString document = corpusPath(QStringLiteral("global-compact-vienna-2017.txt"));
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, document}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Identification")}), 0);
    const Run run
        = cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"),
               QStringLiteral("global-compact-vienna-2017"), QStringLiteral("--code"), QStringLiteral("Identification"),
               QStringLiteral("--match"), QStringLiteral("identification"), QStringLiteral("--ignore-case")});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("23 codings made")), qPrintable(run.out));
    const Run csv = cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 24);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).section(u',', 5, 5).compare(QStringLiteral("identification"), Qt::CaseInsensitive) == 0,
                 qPrintable(lines.at(i)));
    const Run frequencies
        = cli({QStringLiteral("frequencies"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(frequencies.out.contains(QStringLiteral("Identification,23,1,%1,23,1").arg(23 * 14)));
}

void TestCommandLine::executable_writesCsvToStdoutAndErrorsToStderr()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("notes.md"))}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Script")}), 0);
    QVERIFY_RUN(
        cli({QStringLiteral("apply"), m_project, QStringLiteral("--document"), QStringLiteral("notes"),
             QStringLiteral("--code"), QStringLiteral("Script"), QStringLiteral("--match"), QStringLiteral("مبدأ")}),
        0);
    QProcess process;
    process.start(QStringLiteral(MARGINALIA_CLI_PATH),
                  {QStringLiteral("excerpts"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains(",Script,27,31,tester,\xD9\x85\xD8\xA8\xD8\xAF\xD8\xA3,"), out.constData());
    QVERIFY(process.readAllStandardError().isEmpty());

    process.start(QStringLiteral(MARGINALIA_CLI_PATH),
                  {QStringLiteral("documents"), path(QStringLiteral("nothing.marginalia"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("nothing.marginalia: no such file"));
}

void TestCommandLine::search_listsHitsInContextAndAutoCodes()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt")),
                     path(QStringLiteral("notes.md"))}),
                0);
    // CSV: the contract's columns; two hits in report, with their context on one line.
    const Run csv
        = cli({QStringLiteral("search"), m_project, QStringLiteral("identification"), QStringLiteral("--context"),
               QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(csv, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), QStringLiteral("document,start,end,page,paragraph,before,hit,after,source"));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QStringLiteral("report,6,20,,,Early ,identification, of victim,text"));
    QCOMPARE(lines.at(2), QStringLiteral("report,55,69,,, borders: ,identification, and refer,text"));
    // --memos: the memos' hits after the text's, saying whose memo; a document's memo names the document.
    QVERIFY_RUN(cli({QStringLiteral("memo"), m_project, QStringLiteral("--document"), QStringLiteral("report"),
                     QStringLiteral("Compare the Identification wording with notes.")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("memo"), m_project, QStringLiteral("Identifications differ by State.")}), 0);
    const Run withMemos
        = cli({QStringLiteral("search"), m_project, QStringLiteral("identification*"), QStringLiteral("--memos"),
               QStringLiteral("--context"), QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(withMemos, 0);
    const QStringList memoLines = withMemos.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(memoLines.size(), 5);
    QCOMPARE(memoLines.at(3), QStringLiteral("p,0,15,,,,Identifications, diff,project memo"));
    QCOMPARE(memoLines.at(4), QStringLiteral("report,12,26,,, the ,Identification, word,document memo"));
    const Run memoTable = cli({QStringLiteral("search"), m_project, QStringLiteral("identification*"),
                               QStringLiteral("--memos"), QStringLiteral("--document"), QStringLiteral("report")});
    QVERIFY_RUN(memoTable, 0);
    QVERIFY2(memoTable.out.contains(QStringLiteral("hits: 2 in 1 documents; 1 in memos")), qPrintable(memoTable.out));
    QCOMPARE(cli({QStringLiteral("search"), m_project, QStringLiteral("x"), QStringLiteral("--memos"),
                  QStringLiteral("--code"), QStringLiteral("Identification")})
                 .exitCode,
             CommandLine::UsageError);
    // The table, with a summary line; a word in the Arabic of notes.md.
    const Run table = cli({QStringLiteral("search"), m_project, QString::fromUtf8("\xd9\x85\xd8\xa8\xd8\xaf\xd8\xa3")});
    QVERIFY_RUN(table, 0);
    QVERIFY2(table.out.contains(QStringLiteral("hits: 1 in 1 documents")), qPrintable(table.out));
    // A query FTS5 cannot read: an error naming it, exit status 1.
    const Run bad = cli({QStringLiteral("search"), m_project, QStringLiteral("victims AND")});
    QCOMPARE(bad.exitCode, CommandLine::Failure);
    QVERIFY2(bad.err.contains(QStringLiteral("victims AND")), qPrintable(bad.err));
    QCOMPARE(cli({QStringLiteral("search"), m_project, QStringLiteral("x"), QStringLiteral("--context"),
                  QStringLiteral("lots")})
                 .exitCode,
             CommandLine::UsageError);
    QCOMPARE(cli({QStringLiteral("search"), m_project, QStringLiteral("x"), QStringLiteral("--extend"),
                  QStringLiteral("sentence")})
                 .exitCode,
             CommandLine::UsageError);

    // Auto-coding: each hit's sentence (here its line), then again: nothing new.
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Identification")}), 0);
    const QStringList autoCode{QStringLiteral("search"),
                               m_project,
                               QStringLiteral("identification"),
                               QStringLiteral("--code"),
                               QStringLiteral("Identification"),
                               QStringLiteral("--coder"),
                               QStringLiteral("ana"),
                               QStringLiteral("--extend"),
                               QStringLiteral("sentence")};
    const Run coded = cli(autoCode);
    QVERIFY_RUN(coded, 0);
    QVERIFY2(coded.out.contains(QStringLiteral("2 coding")), qPrintable(coded.out));
    const Run excerpts
        = cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(excerpts.out.contains(QStringLiteral("Early identification of victims.")), qPrintable(excerpts.out));
    QVERIFY2(excerpts.out.contains(QStringLiteral("Screening at borders: identification and referral.")),
             qPrintable(excerpts.out));
    const Run again = cli(autoCode);
    QVERIFY_RUN(again, 0);
    QVERIFY2(again.out.contains(QStringLiteral("0 coding")) && again.out.contains(QStringLiteral("2 already coded")),
             qPrintable(again.out));
}

void TestCommandLine::attributes_importExportWhereSetAndMatrixColumns()
{
    QVERIFY_RUN(cli({QStringLiteral("import"), m_project, path(QStringLiteral("report.txt")),
                     path(QStringLiteral("notes.md"))}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Identification")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("search"), m_project, QStringLiteral("identification"), QStringLiteral("--code"),
                     QStringLiteral("Identification")}),
                0);
    // A bad table: nothing applied, every problem named with its row.
    QVERIFY(writeFile(path(QStringLiteral("bad.csv")), "document,year:number\nreport,twenty\nnobody,2017\n"));
    const Run bad
        = cli({QStringLiteral("attributes"), m_project, QStringLiteral("--import"), path(QStringLiteral("bad.csv"))});
    QCOMPARE(bad.exitCode, CommandLine::Failure);
    QVERIFY2(bad.err.contains(QStringLiteral("bad.csv")) && bad.err.contains(QStringLiteral("row 2, column year"))
                 && bad.err.contains(QStringLiteral("row 3")),
             qPrintable(bad.err));
    QVERIFY_RUN(cli({QStringLiteral("attributes"), m_project}), 0);
    QVERIFY(cli({QStringLiteral("attributes"), m_project}).out.contains(QStringLiteral("attributes: 0")));

    QVERIFY(writeFile(path(QStringLiteral("attributes.csv")),
                      "document,year,type:list\r\nreport,2017,resolution\r\nnotes,2019,\"note, internal\"\r\n"));
    const Run imported = cli(
        {QStringLiteral("attributes"), m_project, QStringLiteral("--import"), path(QStringLiteral("attributes.csv"))});
    QVERIFY_RUN(imported, 0);
    QVERIFY2(imported.out.contains(QStringLiteral("2 documents read; 4 values set"))
                 && imported.out.contains(QStringLiteral("year (number), type (list)")),
             qPrintable(imported.out));
    QVERIFY_RUN(
        cli({QStringLiteral("attributes"), m_project, QStringLiteral("--export"), path(QStringLiteral("out.csv"))}), 0);
    QFile exported(path(QStringLiteral("out.csv")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(),
             QByteArray("document,year,type\r\nnotes,2019,\"note, internal\"\r\nreport,2017,resolution\r\n"));

    // --where and --set on the analyses; a misspelt attribute is an error naming it.
    const Run frequencies = cli({QStringLiteral("frequencies"), m_project, QStringLiteral("--where"),
                                 QStringLiteral("year < 2018"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(frequencies, 0);
    QVERIFY2(frequencies.out.contains(QStringLiteral("Identification,2,1,")), qPrintable(frequencies.out));
    const Run none = cli({QStringLiteral("frequencies"), m_project, QStringLiteral("--where"),
                          QStringLiteral("year >= 2018"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(none.out.contains(QStringLiteral("Identification,0,0,")), qPrintable(none.out));
    const Run misspelt
        = cli({QStringLiteral("excerpts"), m_project, QStringLiteral("--where"), QStringLiteral("yeer = 2017")});
    QCOMPARE(misspelt.exitCode, CommandLine::Failure);
    QVERIFY2(misspelt.err.contains(QStringLiteral("yeer")) && misspelt.err.contains(QStringLiteral("year")),
             qPrintable(misspelt.err));
    QVERIFY_RUN(cli({QStringLiteral("sets"), m_project, QStringLiteral("--add"), QStringLiteral("Binding"),
                     QStringLiteral("--where"), QStringLiteral("type = resolution")}),
                0);
    const Run inSet = cli({QStringLiteral("search"), m_project, QStringLiteral("identification"),
                           QStringLiteral("--set"), QStringLiteral("binding")});
    QVERIFY_RUN(inSet, 0);
    QVERIFY2(inSet.out.contains(QStringLiteral("hits: 2 in 1 documents")), qPrintable(inSet.out));
    // The report names its scope, the set as the project spells it.
    const QString scopedReport = path(QStringLiteral("scoped.html"));
    QVERIFY_RUN(cli({QStringLiteral("report"), m_project, scopedReport, QStringLiteral("--set"),
                     QStringLiteral("binding"), QStringLiteral("--where"), QStringLiteral("year >= 2017")}),
                0);
    const QString scopedPage = QString::fromUtf8(readFile(scopedReport));
    QVERIFY2(
        scopedPage.contains(QString::fromUtf8("Scope: the set \u201CBinding\u201D, documents where year &gt;= 2017; ")),
        qPrintable(scopedPage.left(2000)));
    QCOMPARE(cli({QStringLiteral("search"), m_project, QStringLiteral("x"), QStringLiteral("--set"),
                  QStringLiteral("nothing")})
                 .exitCode,
             CommandLine::Failure);

    // The matrix by an attribute's values, in the values' order; cases are not there yet.
    const Run matrix = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--columns"),
                            QStringLiteral("attribute:year"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(matrix, 0);
    const QStringList lines = matrix.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), QStringLiteral("code_path,2017,2019,total"));
    QCOMPARE(lines.at(1), QStringLiteral("Identification,2,0,2"));
    QCOMPARE(cli({QStringLiteral("matrix"), m_project, QStringLiteral("--columns"), QStringLiteral("attribute:region")})
                 .exitCode,
             CommandLine::Failure);
    QCOMPARE(cli({QStringLiteral("matrix"), m_project, QStringLiteral("--columns"), QStringLiteral("cases")}).exitCode,
             CommandLine::Failure);
    // Cases: a whole document, and a passage of one; their columns in the matrix.
    QVERIFY_RUN(cli({QStringLiteral("cases"), m_project, QStringLiteral("--add"), QStringLiteral("North")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("cases"), m_project, QStringLiteral("--add"), QStringLiteral("South")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("cases"), m_project, QStringLiteral("--assign"), QStringLiteral("North"),
                     QStringLiteral("--document"), QStringLiteral("report")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("cases"), m_project, QStringLiteral("--assign"), QStringLiteral("South"),
                     QStringLiteral("--document"), QStringLiteral("report"), QStringLiteral("--range"),
                     QStringLiteral("0:30")}),
                0);
    QCOMPARE(cli({QStringLiteral("cases"), m_project, QStringLiteral("--assign"), QStringLiteral("West"),
                  QStringLiteral("--document"), QStringLiteral("report")})
                 .exitCode,
             CommandLine::Failure);
    const Run byCase = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--columns"), QStringLiteral("cases"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(byCase, 0);
    QVERIFY2(byCase.out.startsWith(QStringLiteral("code_path,North,South,total\r\nIdentification,2,1,2\r\n")),
             qPrintable(byCase.out));

    // The cases' attributes from a table that also brings a new case; columns by a case attribute.
    QVERIFY(writeFile(path(QStringLiteral("cases.csv")), "case,region:list\nnorth,Europe\nSouth,Africa\nEast,Asia\n"));
    const Run caseTable = cli({QStringLiteral("attributes"), m_project, QStringLiteral("--cases"),
                               QStringLiteral("--import"), path(QStringLiteral("cases.csv"))});
    QVERIFY_RUN(caseTable, 0);
    QVERIFY2(caseTable.out.contains(QStringLiteral("3 cases read; 3 values set"))
                 && caseTable.out.contains(QStringLiteral("cases added: East")),
             qPrintable(caseTable.out));
    QVERIFY(cli({QStringLiteral("attributes"), m_project}).out.contains(QStringLiteral("attributes: 2")));
    const Run cases = cli({QStringLiteral("cases"), m_project});
    QVERIFY2(cases.out.contains(QStringLiteral("region=Europe")), qPrintable(cases.out));
    const Run byRegion
        = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--columns"),
               QStringLiteral("case-attribute:region"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(byRegion, 0);
    QVERIFY2(
        byRegion.out.startsWith(QStringLiteral("code_path,Europe,Africa,Asia,total\r\nIdentification,2,1,0,2\r\n")),
        qPrintable(byRegion.out));

    // A code set: the matrix's rows; an unknown one is named.
    QVERIFY_RUN(cli({QStringLiteral("code-add"), m_project, QStringLiteral("Other")}), 0);
    const Run codeSet = cli({QStringLiteral("sets"), m_project, QStringLiteral("--add"), QStringLiteral("Core"),
                             QStringLiteral("--code"), QStringLiteral("Identification")});
    QVERIFY_RUN(codeSet, 0);
    QVERIFY2(codeSet.out.contains(QStringLiteral("code set \"Core\" added: 1 codes")), qPrintable(codeSet.out));
    QVERIFY(cli({QStringLiteral("sets"), m_project, QStringLiteral("--codes")})
                .out.contains(QStringLiteral("code sets: 1")));
    const Run rows = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--code-set"), QStringLiteral("core"),
                          QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY_RUN(rows, 0);
    QCOMPARE(rows.out.count(QStringLiteral("\r\n")), 3); // header, Identification, total
    const Run unknownSet
        = cli({QStringLiteral("matrix"), m_project, QStringLiteral("--code-set"), QStringLiteral("x")});
    QCOMPARE(unknownSet.exitCode, CommandLine::Failure);
    QVERIFY2(unknownSet.err.contains(QStringLiteral("\"x\"")), qPrintable(unknownSet.err));
    // Listings as CSV for scripts: fixed column names, one row each, no summary line.
    const Run setsCsv = cli({QStringLiteral("sets"), m_project, QStringLiteral("--codes"), QStringLiteral("--format"),
                             QStringLiteral("csv")});
    QCOMPARE(setsCsv.out, QStringLiteral("code_set,codes,code_paths\r\nCore,1,Identification\r\n"));
    const Run casesCsv = cli({QStringLiteral("cases"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(casesCsv.out.startsWith(QStringLiteral("case,members,documents_and_passages,attributes\r\nEast,0,,"
                                                    "region=Asia\r\n")),
             qPrintable(casesCsv.out));
    QVERIFY_RUN(cli({QStringLiteral("sets"), m_project, QStringLiteral("--codes"), QStringLiteral("--remove"),
                     QStringLiteral("Core")}),
                0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
