#include "base/translations.h"
#include "exchange/refiqdacodebook.h"
#include "model/codetree.h"
#include "store/project.h"
#include "tst_refiqdasupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

namespace {

QByteArray codebook(const QByteArray &codes)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                             "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"test\"><Codes>")
        + codes + QByteArrayLiteral("</Codes></CodeBook>\n");
}

} // namespace

class TestRefiQdaCodebook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void export_writesNestedCodesWithGuidsColoursAndDescriptions();
    void export_validatesAgainstCodebookXsd();
    void export_reportsCodeMemosAsNotMapped();
    void export_emptyCodebook_isRefusedAndWritesNothing();
    void export_replacesAnExistingFileWhole();
    void roundTrip_intoEmptyProject_givesTheSameCodebook();
    void import_sharedCorpusCodebook();
    void import_matchesByGuidThenByPath_andReportsWhatChanged();
    void import_sameFileTwice_changesNothingTheSecondTime();
    void import_isLenientWithRealExports();
    void import_badInput_isRefusedAndProjectUnchanged_data();
    void import_badInput_isRefusedAndProjectUnchanged();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Project> newProject(const QString &name);
    /// Codes as "path|guid|colour|description" lines, for whole-codebook comparisons.
    static QStringList describe(const Project &project);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_counter = 0;
};

std::unique_ptr<Project> TestRefiQdaCodebook::newProject(const QString &name)
{
    auto project = Project::create(path(name + QString::number(++m_counter) + QStringLiteral(".marginalia")));
    if (!project)
        qFatal("%s", qPrintable(project.error()));
    return std::move(*project);
}

QStringList TestRefiQdaCodebook::describe(const Project &project)
{
    const CodeTree tree(project.codes());
    QStringList lines;
    for (const Code &code : tree.codes())
        lines.append(QStringList{tree.path(code.id), code.guid, code.color, code.description}.join(u'|'));
    lines.sort();
    return lines;
}

void TestRefiQdaCodebook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    installTranslations(); // the report's counts in their English singular and plural
}

void TestRefiQdaCodebook::init()
{
    // A codebook with every feature: nesting three deep, colours, descriptions with markup characters and
    // text outside the BMP, a name with a slash, and a code memo.
    m_project = newProject(QStringLiteral("source"));
    auto protection = m_project->addCode(QStringLiteral("Protection"), 0, QStringLiteral("#E15759"),
                                         QStringLiteral("Measures that <protect> & assist"));
    QVERIFY(protection);
    auto children = m_project->addCode(QStringLiteral("Children"), protection->id, QStringLiteral("#B22222"),
                                       QStringLiteral("Unaccompanied minors 🧒, القاصرين"));
    QVERIFY(children);
    QVERIFY(m_project->addCode(QStringLiteral("Guardianship"), children->id, QStringLiteral("#F4A6A6")));
    QVERIFY(m_project->addCode(QStringLiteral("Smuggling/trafficking"), 0, QStringLiteral("#59A14F")));
    auto memo = m_project->setCodeMemo(children->id, QStringLiteral("Check against the 2017 summary."));
    QVERIFY(memo);
}

void TestRefiQdaCodebook::export_writesNestedCodesWithGuidsColoursAndDescriptions()
{
    auto report = RefiQdaCodebook::exportTo(*m_project, path(QStringLiteral("nested.qdc")));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->codes, 4);

    const QString xml = QString::fromUtf8(readFile(path(QStringLiteral("nested.qdc"))));
    QVERIFY(xml.contains(QLatin1String("xmlns=\"urn:QDA-XML:codebook:1.0\"")));
    const CodeTree tree(m_project->codes());
    const Code *children = tree.findByPath(QStringLiteral("Protection/Children"));
    QVERIFY(children);
    QVERIFY(xml.contains(
        QStringLiteral("guid=\"%1\" name=\"Children\" isCodable=\"true\" color=\"#B22222\"").arg(children->guid)));
    QVERIFY(xml.contains(QLatin1String("Measures that &lt;protect&gt; &amp; assist")));
    QVERIFY(xml.contains(QStringLiteral("Unaccompanied minors 🧒, القاصرين")));
    // Nesting: Guardianship's element sits inside Children's, which sits inside Protection's.
    const qsizetype protection = xml.indexOf(QLatin1String("name=\"Protection\""));
    const qsizetype child = xml.indexOf(QLatin1String("name=\"Children\""));
    const qsizetype grandchild = xml.indexOf(QLatin1String("name=\"Guardianship\""));
    QVERIFY(protection < child && child < grandchild);
    QVERIFY(xml.indexOf(QLatin1String("</Code>"), grandchild)
            < xml.indexOf(QLatin1String("name=\"Smuggling/trafficking\"")));
}

void TestRefiQdaCodebook::export_validatesAgainstCodebookXsd()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    auto report = RefiQdaCodebook::exportTo(*m_project, path(QStringLiteral("valid.qdc")));
    QVERIFY2(report, qPrintable(report.error()));
    MARGINALIA_VALIDATE_XSD(refiQdaPath(QStringLiteral("Codebook.xsd")), path(QStringLiteral("valid.qdc")));
}

void TestRefiQdaCodebook::export_reportsCodeMemosAsNotMapped()
{
    auto report = RefiQdaCodebook::exportTo(*m_project, path(QStringLiteral("memo.qdc")));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->notMappedCount(QStringLiteral("code-memo")), 1);
    QVERIFY(!report->isComplete());
    QVERIFY(report->lines().join(u'\n').contains(QLatin1String("Protection/Children")));
}

void TestRefiQdaCodebook::export_emptyCodebook_isRefusedAndWritesNothing()
{
    auto empty = newProject(QStringLiteral("empty"));
    const QString file = path(QStringLiteral("empty.qdc"));
    auto report = RefiQdaCodebook::exportTo(*empty, file);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(QLatin1String("empty")), qPrintable(report.error()));
    QVERIFY(report.error().contains(file));
    QVERIFY(!QFile::exists(file));
}

void TestRefiQdaCodebook::export_replacesAnExistingFileWhole()
{
    const QString file = path(QStringLiteral("existing.qdc"));
    QVERIFY(writeFile(file, QByteArray(100000, 'x')));
    auto report = RefiQdaCodebook::exportTo(*m_project, file);
    QVERIFY2(report, qPrintable(report.error()));
    const QByteArray bytes = readFile(file);
    QVERIFY(bytes.startsWith("<?xml"));
    QVERIFY(!bytes.contains("xxxx"));
}

void TestRefiQdaCodebook::roundTrip_intoEmptyProject_givesTheSameCodebook()
{
    const QString file = path(QStringLiteral("roundtrip.qdc"));
    QVERIFY(RefiQdaCodebook::exportTo(*m_project, file));
    auto target = newProject(QStringLiteral("target"));
    auto report = RefiQdaCodebook::importInto(*target, file);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->codesAdded, 4);
    QCOMPARE(report->codesMatchedByGuid + report->codesMatchedByPath, 0);
    QCOMPARE(describe(*target), describe(*m_project));
    // Said plainly, and without a bare "codes: 4" before it.
    const QStringList lines = report->lines();
    QVERIFY2(!lines.isEmpty() && lines.first() == QLatin1String("4 codes added, none matched"),
             qPrintable(lines.join(u'\n')));
}

void TestRefiQdaCodebook::import_sharedCorpusCodebook()
{
    MARGINALIA_SKIP_WITHOUT_CORPUS();
    const QString file = corpusPath(QStringLiteral("codebook.qdc"));
    if (!QFile::exists(file))
        QSKIP("the shared corpus has no codebook.qdc");
    auto target = newProject(QStringLiteral("corpus"));
    auto report = RefiQdaCodebook::importInto(*target, file);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->codesAdded, 13);
    QVERIFY(report->isComplete());

    const CodeTree tree(target->codes());
    QCOMPARE(tree.children(0).size(), 8);
    const Code *refoulement = tree.findByPath(QStringLiteral("Overarching frameworks and principles/Non-refoulement"));
    QVERIFY(refoulement);
    QCOMPARE(refoulement->guid, QStringLiteral("ce155c42-8bbb-56ff-be06-2ac81ae49192"));
    QCOMPARE(refoulement->color, QStringLiteral("#1F4E79"));
    QVERIFY(refoulement->description.startsWith(QLatin1String("The principle that no one is returned")));
    const Code *children = tree.findByPath(QStringLiteral("Protection and assistance/Children"));
    QVERIFY(children);
    QCOMPARE(children->color, QStringLiteral("#B22222"));
    QVERIFY(tree.findByPath(QStringLiteral("Identification")));

    // And out again: the export of the imported codebook is valid and names the same GUIDs.
    const QString again = path(QStringLiteral("corpus-again.qdc"));
    QVERIFY(RefiQdaCodebook::exportTo(*target, again));
    const QByteArray exported = readFile(again);
    QVERIFY(exported.contains("ce155c42-8bbb-56ff-be06-2ac81ae49192"));
    if (hasRefiQda())
        MARGINALIA_VALIDATE_XSD(refiQdaPath(QStringLiteral("Codebook.xsd")), again);
}

void TestRefiQdaCodebook::import_matchesByGuidThenByPath_andReportsWhatChanged()
{
    const CodeTree tree(m_project->codes());
    const Code *protection = tree.findByPath(QStringLiteral("Protection"));
    const Code *children = tree.findByPath(QStringLiteral("Protection/Children"));
    QVERIFY(protection && children);

    // Protection by GUID, renamed and recoloured; Children by path (another GUID), new description;
    // Guardianship by path, unchanged; Gender new under Protection; Data new at the top.
    const QByteArray xml = codebook(
        QStringLiteral(
            "<Code guid=\"%1\" name=\"Protection and assistance\" isCodable=\"true\" color=\"#ff0000\">"
            "<Code guid=\"aaaaaaaa-0000-0000-0000-000000000001\" name=\"Children\" isCodable=\"true\">"
            "<Description>Best interests of the child.</Description>"
            "<Code guid=\"aaaaaaaa-0000-0000-0000-000000000002\" name=\"Guardianship\" isCodable=\"true\" "
            "color=\"#F4A6A6\"/>"
            "</Code>"
            "<Code guid=\"aaaaaaaa-0000-0000-0000-000000000003\" name=\"Gender\" isCodable=\"true\" color=\"#123456\"/>"
            "</Code>"
            "<Code guid=\"aaaaaaaa-0000-0000-0000-000000000004\" name=\"Data\" isCodable=\"true\"/>")
            .arg(protection->guid.toUpper())
            .toUtf8());
    auto report = RefiQdaCodebook::importXml(*m_project, xml, QStringLiteral("merge.qdc"));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->codesMatchedByGuid, 1);
    QCOMPARE(report->codesMatchedByPath, 2);
    QCOMPARE(report->codesAdded, 2);
    QCOMPARE(report->codesUpdated, 2);
    QCOMPARE(report->mergedCount(QStringLiteral("added")), 2);
    QCOMPARE(report->mergedCount(QStringLiteral("updated")), 2);
    QCOMPARE(report->mergedCount(QStringLiteral("unchanged")), 1);

    const CodeTree after(m_project->codes());
    QCOMPARE(after.codes().size(), 6);
    const Code *renamed = after.find(protection->id);
    QCOMPARE(renamed->name, QStringLiteral("Protection and assistance"));
    QCOMPARE(renamed->color, QStringLiteral("#FF0000"));
    const Code *matched = after.find(children->id);
    QCOMPARE(matched->guid, children->guid); // a path match keeps the project's GUID
    QCOMPARE(matched->description, QStringLiteral("Best interests of the child."));
    const Code *gender = after.findByPath(QStringLiteral("Protection and assistance/Gender"));
    QVERIFY(gender);
    QCOMPARE(gender->guid, QStringLiteral("aaaaaaaa-0000-0000-0000-000000000003"));
    QVERIFY(after.findByPath(QStringLiteral("Data")));
    const QString text = report->lines().join(u'\n');
    QVERIFY2(text.contains(QLatin1String("renamed from \"Protection\"")), qPrintable(text));
}

void TestRefiQdaCodebook::import_sameFileTwice_changesNothingTheSecondTime()
{
    const QString file = path(QStringLiteral("twice.qdc"));
    QVERIFY(RefiQdaCodebook::exportTo(*m_project, file));
    const QStringList before = describe(*m_project);
    auto report = RefiQdaCodebook::importInto(*m_project, file);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->codesMatchedByGuid, 4);
    QCOMPARE(report->codesAdded, 0);
    QCOMPARE(report->codesUpdated, 0);
    QVERIFY2(report->lines().contains(QLatin1String("0 codes added, 4 matched (4 by GUID, 0 by path)")),
             qPrintable(report->lines().join(u'\n')));
    QCOMPARE(describe(*m_project), before);
}

void TestRefiQdaCodebook::import_isLenientWithRealExports()
{
    // What the standard's own example and real exports do: braces and upper case in GUIDs, #RGB colours,
    // code folders, a missing namespace, an empty name, siblings sharing a name, a Set.
    const QByteArray xml = QByteArrayLiteral(
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<CodeBook origin=\"x\"><Codes>\r\n"
        "<Code guid=\"{5215CC69-B628-4E02-AFB9-9BEEAEE55808}\" name=\"Topics\" isCodable=\"false\">"
        "<Code guid=\"{D7AA29DA-519B-4946-9B90-253B6DB8FD0A}\" name=\"Economy\" isCodable=\"true\" color=\"#ff0\"/>"
        "<Code guid=\"not-a-guid\" name=\"  \" isCodable=\"true\" color=\"red\"/>"
        "</Code></Codes><Sets><Set guid=\"c0000000-0000-0000-0000-000000000001\" name=\"A set\">"
        "<MemberCode guid=\"5215cc69-b628-4e02-afb9-9beeaee55808\"/></Set></Sets></CodeBook>");
    auto target = newProject(QStringLiteral("lenient"));
    auto report = RefiQdaCodebook::importXml(*target, xml, QStringLiteral("lenient.qdc"));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->codesAdded, 3);
    const CodeTree tree(target->codes());
    const Code *economy = tree.findByPath(QStringLiteral("Topics/Economy"));
    QVERIFY(economy);
    QCOMPARE(economy->guid, QStringLiteral("d7aa29da-519b-4946-9b90-253b6db8fd0a"));
    QCOMPARE(economy->color, QStringLiteral("#FFFF00"));
    QCOMPARE(tree.findByPath(QStringLiteral("Topics"))->guid, QStringLiteral("5215cc69-b628-4e02-afb9-9beeaee55808"));
    QVERIFY(tree.findByPath(QStringLiteral("Topics/Unnamed code")));
    // The folder stays a folder; the invalid colour is dropped and the code has none (no palette colour).
    QVERIFY(!tree.findByPath(QStringLiteral("Topics"))->codable);
    QVERIFY(economy->codable);
    QCOMPARE(tree.findByPath(QStringLiteral("Topics/Unnamed code"))->color, QString());
    QCOMPARE(report->adjustedCount(QStringLiteral("guid-form")), 2);
    QCOMPARE(report->adjustedCount(QStringLiteral("code-guid")), 1);
    QCOMPARE(report->adjustedCount(QStringLiteral("color")), 1);
    QCOMPARE(report->adjustedCount(QStringLiteral("unnamed-code")), 1);
    QCOMPARE(report->notMappedCount(QStringLiteral("Set")), 1);

    // Merged again after the folder was made applicable here: the file makes it a folder again, and says so.
    const qint64 topics = tree.findByPath(QStringLiteral("Topics"))->id;
    QVERIFY(target->setCodeCodable(topics, true));
    auto again = RefiQdaCodebook::importXml(*target, xml, QStringLiteral("lenient.qdc"));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->codesUpdated, 1);
    QVERIFY(!target->code(topics)->codable);
    QVERIFY2(again->lines().join(u'\n').contains(QLatin1String("Topics: a folder")),
             qPrintable(again->lines().join(u'\n')));
}

void TestRefiQdaCodebook::import_badInput_isRefusedAndProjectUnchanged_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("billion laughs") << QByteArrayLiteral(
        "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><CodeBook><Codes><Code "
        "guid=\"5215cc69-b628-4e02-afb9-9beeaee55808\" "
        "name=\"&c;\" isCodable=\"true\"/></Codes></CodeBook>")
                                    << QStringLiteral("DTD");
    QTest::newRow("external entity") << QByteArrayLiteral(
        "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><CodeBook><Codes>"
        "<Code guid=\"5215cc69-b628-4e02-afb9-9beeaee55808\" name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>")
                                     << QStringLiteral("DTD");
    QTest::newRow("malformed") << codebook("<Code guid=\"5215cc69-b628-4e02-afb9-9beeaee55808\" name=\"A\">")
                               << QStringLiteral("malformed");
    QTest::newRow("not xml") << QByteArray("PK\x03\x04 binary", 12) << QStringLiteral("lenient.qdc");
    QTest::newRow("project instead") << QByteArrayLiteral("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>")
                                     << QStringLiteral(".qdpx");
    QTest::newRow("no codes") << codebook("") << QStringLiteral("no codes");
    QByteArray deep;
    for (int i = 0; i < 300; ++i)
        deep += QStringLiteral("<Code guid=\"5215cc69-b628-4e02-afb9-%1\" name=\"L%2\" isCodable=\"true\">")
                    .arg(i, 12, 10, QLatin1Char('0'))
                    .arg(i)
                    .toUtf8();
    for (int i = 0; i < 300; ++i)
        deep += "</Code>";
    QTest::newRow("too deep") << codebook(deep) << QStringLiteral("levels deep");
}

void TestRefiQdaCodebook::import_badInput_isRefusedAndProjectUnchanged()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const QStringList before = describe(*m_project);
    auto report = RefiQdaCodebook::importXml(*m_project, xml, QStringLiteral("lenient.qdc"));
    QVERIFY(!report);
    QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QLatin1String("lenient.qdc")), qPrintable(report.error()));
    QCOMPARE(describe(*m_project), before);
}

QTEST_GUILESS_MAIN(TestRefiQdaCodebook)
#include "tst_refiqdacodebook.moc"
