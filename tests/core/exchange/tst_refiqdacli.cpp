#include "base/translations.h"
#include "clitestsupport.h"
#include "store/project.h"
#include "tst_refiqdasupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

class TestRefiQdaCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void importQdpx_printsTheReportAndTheProjectWorks();
    void importQdpx_existingProject_failsNamingItAndLeavesIt();
    void importQdpx_hostileArchive_failsNamingIt();
    void importQdpx_missingArgument_isAUsageError();
    void exportQdpx_thenImportQdpx_roundTrips();
    void exportQdc_thenImportQdc_mergesAndReports();
    void importQdc_badFile_failsAndLeavesTheProject();
    void apply_codeFolder_isRefusedAndCodesShowIt();
    void importQdpx_positions_autoOrAsAsked();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestRefiQdaCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    installTranslations(); // the counts in their English singular and plural, as the executable has
    const QString project = path(QStringLiteral("study.marginalia"));
    QVERIFY_RUN(cli({QStringLiteral("init"), project}), 0);
    const QString text = path(QStringLiteral("summary.txt"));
    QVERIFY(writeFile(text, "Identification of victims 🌍 and non-refoulement.\n"));
    QVERIFY_RUN(cli({QStringLiteral("import"), project, text}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), project, QStringLiteral("Protection/Children"),
                     QStringLiteral("--color"), QStringLiteral("#B22222")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), project, QStringLiteral("Identification")}), 0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), project, QStringLiteral("--document"), QStringLiteral("summary"),
                     QStringLiteral("--code"), QStringLiteral("Identification"), QStringLiteral("--match"),
                     QStringLiteral("Identification"), QStringLiteral("--coder"), QStringLiteral("alice"),
                     QStringLiteral("--memo"), QStringLiteral("first pass")}),
                0);
    QVERIFY_RUN(cli({QStringLiteral("apply"), project, QStringLiteral("--document"), QStringLiteral("summary"),
                     QStringLiteral("--code"), QStringLiteral("Protection/Children"), QStringLiteral("--range"),
                     QStringLiteral("15:35"), QStringLiteral("--coder"), QStringLiteral("bob")}),
                0);
}

void TestRefiQdaCli::importQdpx_printsTheReportAndTheProjectWorks()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    const QString project = path(QStringLiteral("demo.marginalia"));
    const Run run = cli(
        {QStringLiteral("import-qdpx"), refiQdaPath(QStringLiteral("samples/qualitative-coding-demo.qdpx")), project});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.contains(QLatin1String("codes: 262")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("codings: 205")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("internal://")), qPrintable(run.out));

    const Run check = cli({QStringLiteral("check"), project});
    QVERIFY_RUN(check, 0);
    const Run excerpts = cli({QStringLiteral("excerpts"), project, QStringLiteral("--code"),
                              QStringLiteral("rq2_curriculum_and_instruction/pedagogy/fun")});
    QVERIFY_RUN(excerpts, 0);
    QVERIFY2(excerpts.out.contains(QLatin1String("This district goal is engage every student")),
             qPrintable(excerpts.out));
}

void TestRefiQdaCli::importQdpx_existingProject_failsNamingItAndLeavesIt()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    const QString project = path(QStringLiteral("study.marginalia"));
    const QByteArray before = fileDigest(project);
    const Run run = cli(
        {QStringLiteral("import-qdpx"), refiQdaPath(QStringLiteral("samples/qualitative-coding-demo.qdpx")), project});
    QVERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains(project), qPrintable(run.err));
    QCOMPARE(fileDigest(project), before);
}

void TestRefiQdaCli::importQdpx_hostileArchive_failsNamingIt()
{
    const QString archive = path(QStringLiteral("not-a-zip.qdpx"));
    QVERIFY(writeFile(archive, "this is not a ZIP archive at all"));
    const QString project = path(QStringLiteral("never.marginalia"));
    const Run run = cli({QStringLiteral("import-qdpx"), archive, project});
    QVERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains(archive), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(project));
}

void TestRefiQdaCli::importQdpx_missingArgument_isAUsageError()
{
    QVERIFY_RUN(cli({QStringLiteral("import-qdpx"), path(QStringLiteral("x.qdpx"))}), 2);
    QVERIFY_RUN(cli({QStringLiteral("export-qdpx"), path(QStringLiteral("study.marginalia"))}), 2);
}

void TestRefiQdaCli::exportQdpx_thenImportQdpx_roundTrips()
{
    const QString archive = path(QStringLiteral("study.qdpx"));
    const Run exported = cli({QStringLiteral("export-qdpx"), path(QStringLiteral("study.marginalia")), archive});
    QVERIFY_RUN(exported, 0);
    QVERIFY2(exported.out.contains(QLatin1String("coders: 2, documents: 1, codes: 3, codings: 2, memos: 1")),
             qPrintable(exported.out));
    QVERIFY(QFile::exists(archive));

    const QString copy = path(QStringLiteral("copy.marginalia"));
    QVERIFY_RUN(cli({QStringLiteral("import-qdpx"), archive, copy}), 0);
    const auto excerpts = [](const QString &project) {
        return cli({QStringLiteral("excerpts"), project, QStringLiteral("--format"), QStringLiteral("csv")}).out;
    };
    const QString original = excerpts(path(QStringLiteral("study.marginalia")));
    QVERIFY(original.contains(QLatin1String("first pass")));
    QCOMPARE(excerpts(copy), original);
}

void TestRefiQdaCli::exportQdc_thenImportQdc_mergesAndReports()
{
    const QString codebook = path(QStringLiteral("study.qdc"));
    const Run exported = cli({QStringLiteral("export-qdc"), path(QStringLiteral("study.marginalia")), codebook});
    QVERIFY_RUN(exported, 0);
    QVERIFY2(exported.out.contains(QLatin1String("3 codes")), qPrintable(exported.out));

    const QString other = path(QStringLiteral("other.marginalia"));
    QVERIFY_RUN(cli({QStringLiteral("init"), other}), 0);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), other, QStringLiteral("Identification"), QStringLiteral("--color"),
                     QStringLiteral("#000000")}),
                0);
    const Run merged = cli({QStringLiteral("import-qdc"), other, codebook});
    QVERIFY_RUN(merged, 0);
    QVERIFY2(merged.out.contains(QLatin1String("2 codes added, 1 matched (0 by GUID, 1 by path), 1 of them updated")),
             qPrintable(merged.out));
    const Run codes = cli({QStringLiteral("codes"), other});
    QVERIFY2(codes.out.contains(QLatin1String("Children  #B22222")), qPrintable(codes.out));
}

void TestRefiQdaCli::importQdc_badFile_failsAndLeavesTheProject()
{
    const QString project = path(QStringLiteral("study.marginalia"));
    const QString bad = path(QStringLiteral("bad.qdc"));
    QVERIFY(
        writeFile(bad, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CodeBook/>"));
    const QByteArray before = fileDigest(project);
    const Run run = cli({QStringLiteral("import-qdc"), project, bad});
    QVERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains(bad), qPrintable(run.err));
    QCOMPARE(fileDigest(project), before);
    QVERIFY_RUN(cli({QStringLiteral("import-qdc"), project, path(QStringLiteral("missing.qdc"))}), 1);
}

void TestRefiQdaCli::apply_codeFolder_isRefusedAndCodesShowIt()
{
    // A folder of codes from another tool (isCodable="false") groups codes and is not applied to text.
    const QString project = path(QStringLiteral("folders.marginalia"));
    QVERIFY_RUN(cli({QStringLiteral("init"), project}), 0);
    const QString text = path(QStringLiteral("talk.txt"));
    QVERIFY(writeFile(text, "We trust them."));
    QVERIFY_RUN(cli({QStringLiteral("import"), project, text}), 0);
    const QString qdc = path(QStringLiteral("folders.qdc"));
    QVERIFY(writeFile(qdc,
                      "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                      "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                      "<Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"Themes\" isCodable=\"false\">"
                      "<Code guid=\"20000000-0000-0000-0000-000000000002\" name=\"Trust\" isCodable=\"true\" "
                      "color=\"#1A2B3C\"/></Code></Codes></CodeBook>"));
    QVERIFY_RUN(cli({QStringLiteral("import-qdc"), project, qdc}), 0);
    const QByteArray before = fileDigest(project);
    const Run refused
        = cli({QStringLiteral("apply"), project, QStringLiteral("--document"), QStringLiteral("talk"),
               QStringLiteral("--code"), QStringLiteral("Themes"), QStringLiteral("--match"), QStringLiteral("trust")});
    QVERIFY_RUN(refused, 1);
    QVERIFY2(refused.err.contains(QLatin1String("\"Themes\" is a folder")), qPrintable(refused.err));
    QCOMPARE(fileDigest(project), before);
    QVERIFY_RUN(cli({QStringLiteral("apply"), project, QStringLiteral("--document"), QStringLiteral("talk"),
                     QStringLiteral("--code"), QStringLiteral("Themes/Trust"), QStringLiteral("--match"),
                     QStringLiteral("trust")}),
                0);
    const Run codes = cli({QStringLiteral("codes"), project});
    QVERIFY2(codes.out.contains(QLatin1String("Themes  no colour  codings: 0 (1 with subcodes)  (folder)")),
             qPrintable(codes.out));
    QVERIFY2(codes.out.contains(QLatin1String("Trust  #1A2B3C  codings: 1")), qPrintable(codes.out));
}

void TestRefiQdaCli::importQdpx_positions_autoOrAsAsked()
{
    // An NVivo-style project, positions in UTF-16 units: auto tells from the text; --positions overrides.
    const QList<HandBuiltSource> sources = positionTestSources();
    const QString archive = path(QStringLiteral("nvivo-style.qdpx"));
    QVERIFY(writePositionsProject(archive, sources, true, QStringLiteral("NVivo 14")));
    const QString phrase = QString::fromUtf16(u"My daughter \U0001F467 cried");

    const QString automatic = path(QStringLiteral("nvivo-auto.marginalia"));
    const Run run = cli({QStringLiteral("import-qdpx"), archive, automatic});
    QVERIFY_RUN(run, 0);
    QVERIFY2(run.out.contains(QLatin1String("Positions: 2 of 3 sources")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("read as UTF-16 units")), qPrintable(run.out));
    QVERIFY2(cli({QStringLiteral("excerpts"), automatic}).out.contains(phrase), qPrintable(phrase));

    const QString asked = path(QStringLiteral("nvivo-code-points.marginalia"));
    const Run forced = cli(
        {QStringLiteral("import-qdpx"), archive, asked, QStringLiteral("--positions"), QStringLiteral("code-points")});
    QVERIFY_RUN(forced, 0);
    QVERIFY2(forced.out.contains(QLatin1String("read as code points, as asked")), qPrintable(forced.out));
    // Read as code points, the UTF-16 positions land later in the text than the phrase.
    const QString excerpts = cli({QStringLiteral("excerpts"), asked}).out;
    QVERIFY2(!excerpts.contains(phrase), qPrintable(excerpts));

    const QString utf16 = path(QStringLiteral("nvivo-utf16.marginalia"));
    QVERIFY_RUN(
        cli({QStringLiteral("import-qdpx"), archive, utf16, QStringLiteral("--positions"), QStringLiteral("utf16")}),
        0);
    QVERIFY(cli({QStringLiteral("excerpts"), utf16}).out.contains(phrase));

    const Run bad = cli({QStringLiteral("import-qdpx"), archive, path(QStringLiteral("never.marginalia")),
                         QStringLiteral("--positions"), QStringLiteral("bytes")});
    QVERIFY_RUN(bad, 2);
    QVERIFY2(bad.err.contains(QLatin1String("auto, code-points or utf16")), qPrintable(bad.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.marginalia"))));
}

QTEST_GUILESS_MAIN(TestRefiQdaCli)
#include "tst_refiqdacli.moc"
