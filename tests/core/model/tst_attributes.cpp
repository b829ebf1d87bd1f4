#include "analysis/documentcondition.h"
#include "export/attributecsv.h"
#include "model/attributes.h"
#include "projecttestsupport.h"
#include "store/project.h"
#include "text/csvreader.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

/// Attributes of documents: their types and canonical values, the store (values, sets, undo of a removed
/// document), conditions on them, and the attribute CSV with its bad rows.
class TestAttributes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void canonical_readsEachTypesSpellings_data();
    void canonical_readsEachTypesSpellings();
    void infer_picksTheNarrowestType();
    void store_keepsValuesAndSets_andARemovedDocumentsComeBack();
    void condition_selectsDocuments_data();
    void condition_selectsDocuments();
    void condition_errorsNameTheAttributeOrValue_data();
    void condition_errorsNameTheAttributeOrValue();
    void csvReader_readsWhatSpreadsheetsWrite();
    void csvImport_addsTypedAttributesAndValues_andExportRoundTrips();
    void csvImport_badRowsAreAllListed_andNothingIsApplied();
    void cases_holdDocumentsAndPassages_andComeBackWithTheirDocument();
    void caseAttributes_areKeptApartFromTheDocuments_andChecked();
    void documentSets_listedByHand_canBeChanged_conditionSetsCannot();
    void codeSets_holdCodes_andComeBackWithARemovedCode();

private:
    qint64 addDocument(const QString &name);
    QSet<qint64> meeting(const QString &condition);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_a = 0, m_b = 0, m_c = 0;
};

void TestAttributes::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(storeLocation(m_dir->filePath(QStringLiteral("attributes.marginalia"))));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(*project);
    m_a = addDocument(QStringLiteral("A/RES/72/179"));
    m_b = addDocument(QStringLiteral("Vienna summary"));
    m_c = addDocument(QStringLiteral("NGO report"));
}

void TestAttributes::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

qint64 TestAttributes::addDocument(const QString &name)
{
    NewDocument document;
    document.name = name;
    document.text = QStringLiteral("Text of ") + name;
    auto added = m_project->addDocument(document);
    return added ? added->id : 0;
}

QSet<qint64> TestAttributes::meeting(const QString &condition)
{
    auto documents = DocumentCondition::documentsMeeting(*m_project, condition);
    if (!documents) {
        qWarning("%s", qPrintable(documents.error()));
        return {-1};
    }
    return *documents;
}

void TestAttributes::canonical_readsEachTypesSpellings_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: refused
    const int number = int(AttributeType::Number);
    const int date = int(AttributeType::Date);
    const int yesNo = int(AttributeType::Boolean);
    const int list = int(AttributeType::List);
    QTest::newRow("integer") << number << " 2017 "
                             << "2017";
    QTest::newRow("decimal comma") << number << "3,5"
                                   << "3.5";
    QTest::newRow("thousands") << number << "1,000.5"
                               << "1000.5";
    QTest::newRow("not a number") << number << "twenty"
                                  << "";
    QTest::newRow("iso date") << date << "2017-05-04"
                              << "2017-05-04";
    QTest::newRow("year-month") << date << "2017-05"
                                << "2017-05-01";
    QTest::newRow("year") << date << "2017"
                          << "2017-01-01";
    QTest::newRow("date and time") << date << "2017-05-04T10:00:00Z"
                                   << "2017-05-04";
    QTest::newRow("no such day") << date << "2017-02-30"
                                 << "";
    QTest::newRow("american") << date << "05/04/2017"
                              << "";
    QTest::newRow("yes") << yesNo << "TRUE"
                         << "yes";
    QTest::newRow("no") << yesNo << "0"
                        << "no";
    QTest::newRow("maybe") << yesNo << "maybe"
                           << "";
    QTest::newRow("list any case") << list << "RESOLUTION"
                                   << "resolution";
    QTest::newRow("not in list") << list << "treaty"
                                 << "";
}

void TestAttributes::canonical_readsEachTypesSpellings()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    Attribute attribute{0, {}, QStringLiteral("year"), AttributeType(type), {}, 0};
    if (attribute.type == AttributeType::List)
        attribute.allowedValues = {QStringLiteral("resolution"), QStringLiteral("report")};
    const auto read = AttributeTypes::canonical(attribute, text);
    if (canonical.isEmpty()) {
        QVERIFY(!read);
        QVERIFY2(read.error().contains(text.trimmed()) && read.error().contains(QStringLiteral("year")),
                 qPrintable(read.error()));
    } else {
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(*read, canonical);
    }
}

void TestAttributes::infer_picksTheNarrowestType()
{
    QCOMPARE(AttributeTypes::infer({QStringLiteral("2017"), QString(), QStringLiteral("2018")}), AttributeType::Number);
    QCOMPARE(AttributeTypes::infer({QStringLiteral("2017-05-04"), QStringLiteral("2018-01")}), AttributeType::Date);
    QCOMPARE(AttributeTypes::infer({QStringLiteral("yes"), QStringLiteral("No")}), AttributeType::Boolean);
    QCOMPARE(AttributeTypes::infer({QStringLiteral("2017"), QStringLiteral("n/a")}), AttributeType::Text);
    QCOMPARE(AttributeTypes::infer({}), AttributeType::Text);
}

void TestAttributes::store_keepsValuesAndSets_andARemovedDocumentsComeBack()
{
    const auto year = m_project->addAttribute(QStringLiteral("year"), AttributeType::Number);
    QVERIFY2(year, qPrintable(year.error()));
    QVERIFY(!m_project->addAttribute(QStringLiteral("YEAR"), AttributeType::Text)); // names in any case
    QVERIFY(!m_project->addAttribute(QStringLiteral("type"), AttributeType::List)); // a list needs values
    const auto type = m_project->addAttribute(QStringLiteral("type"), AttributeType::List,
                                              {QStringLiteral("resolution"), QStringLiteral("report")});
    QVERIFY(type);
    QCOMPARE(m_project->attributes().size(), 2);
    QCOMPARE(m_project->attributeByName(QStringLiteral("Type"))->allowedValues.size(), 2);

    QVERIFY(m_project->setAttributeValues({{m_a, year->id, QStringLiteral("2017")},
                                           {m_a, type->id, QStringLiteral("Resolution")},
                                           {m_b, year->id, QStringLiteral("2,017")}}));
    QCOMPARE(m_project->attributeValues(type->id).constFirst().value, QStringLiteral("resolution"));
    // A bad value anywhere: nothing of the batch is written, and the error names the document.
    const Status bad = m_project->setAttributeValues(
        {{m_c, year->id, QStringLiteral("2019")}, {m_b, type->id, QStringLiteral("treaty")}});
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(QStringLiteral("Vienna summary")) && bad.error().contains(QStringLiteral("treaty")),
             qPrintable(bad.error()));
    QCOMPARE(m_project->attributeValues(year->id).size(), 2);
    // An empty value removes it.
    QVERIFY(m_project->setAttributeValues({{m_b, year->id, QString()}}));
    QCOMPARE(m_project->attributeValues(year->id).size(), 1);

    const auto listed = m_project->addDocumentSet(QStringLiteral("Core texts"), {m_a, m_c});
    QVERIFY(listed);
    QVERIFY(m_project->addDocumentSet(QStringLiteral("Recent"), {}, QStringLiteral("year >= 2017")));
    QVERIFY(!m_project->addDocumentSet(QStringLiteral("core TEXTS"), {m_b}));
    auto core = DocumentCondition::documentsOfSet(*m_project, QStringLiteral("core texts"));
    QVERIFY(core);
    QCOMPARE(*core, (QSet<qint64>{m_a, m_c}));
    auto recent = DocumentCondition::documentsOfSet(*m_project, QStringLiteral("Recent"));
    QVERIFY(recent);
    QCOMPARE(*recent, (QSet<qint64>{m_a}));
    const auto missing = DocumentCondition::documentsOfSet(*m_project, QStringLiteral("Old"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("Core texts")), qPrintable(missing.error()));

    // Removing a document takes its values and memberships; restoring it (undo) brings them back.
    auto snapshot = m_project->snapshotDocument(m_a);
    QVERIFY(snapshot);
    QVERIFY(m_project->removeDocument(m_a));
    QCOMPARE(m_project->attributeValues().size(), 0);
    QVERIFY(m_project->restoreDocument(*snapshot));
    QCOMPARE(m_project->attributeValues().size(), 2);
    core = DocumentCondition::documentsOfSet(*m_project, QStringLiteral("core texts"));
    QCOMPARE(*core, (QSet<qint64>{m_a, m_c}));
    QVERIFY(m_project->check().isEmpty());

    // Removing an attribute removes its values.
    QVERIFY(m_project->removeAttribute(type->id));
    QCOMPARE(m_project->attributeValues().size(), 1);
}

void TestAttributes::condition_selectsDocuments_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QList<int>>("documents"); // indexes: 0 = A/RES, 1 = Vienna, 2 = NGO report
    QTest::newRow("number") << "year >= 2017" << QList<int>{0, 1};
    QTest::newRow("and") << "year>=2017 and type=resolution" << QList<int>{0};
    QTest::newRow("or binds looser") << "type = report or year < 2017 and binding = yes" << QList<int>{1, 2};
    QTest::newRow("parentheses") << "(type = report or year < 2017) and binding = yes" << QList<int>{2};
    QTest::newRow("not") << "not type = resolution" << QList<int>{1, 2};
    QTest::newRow("missing value meets !=") << "country != Austria" << QList<int>{0, 2};
    QTest::newRow("missing value meets no =") << "country = Austria" << QList<int>{1};
    QTest::newRow("quoted name and value") << "\"adopted on\" < 2018-01-01" << QList<int>{0};
    QTest::newRow("date from a year") << "'adopted on' >= 2017" << QList<int>{0, 1};
    QTest::newRow("contains any case") << "country contains STRI" << QList<int>{1};
    QTest::newRow("document name") << "document contains report" << QList<int>{2};
    QTest::newRow("value with spaces") << "country = \"South Sudan\"" << QList<int>{2};
}

void TestAttributes::condition_selectsDocuments()
{
    QFETCH(QString, condition);
    QFETCH(QList<int>, documents);
    const QString csv = QStringLiteral("document,year,type:list,binding,country,adopted on:date\n"
                                       "A/RES/72/179,2017,resolution,no,,2017-12-19\n"
                                       "Vienna summary,2018,report,no,Austria,2018-05-01\n"
                                       "NGO report,2015,report,yes,South Sudan,\n");
    const auto imported = AttributeCsv::import(*m_project, csv.toUtf8(), QStringLiteral("a.csv"));
    QVERIFY2(imported, qPrintable(imported.error()));
    const QList<qint64> ids{m_a, m_b, m_c};
    QSet<qint64> expected;
    for (int index : documents)
        expected.insert(ids.at(index));
    QCOMPARE(meeting(condition), expected);
}

void TestAttributes::condition_errorsNameTheAttributeOrValue_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown attribute") << "yaer >= 2017"
                                       << "yaer";
    QTest::newRow("bad number") << "year >= twenty"
                                << "twenty";
    QTest::newRow("not in list") << "type = treaty"
                                 << "treaty";
    QTest::newRow("missing value") << "year >="
                                   << "ends";
    QTest::newRow("unquoted spaces") << "type = General Assembly"
                                     << "quotes";
    QTest::newRow("unclosed quote") << "type = \"report"
                                    << "not closed";
    QTest::newRow("unclosed parenthesis") << "(year > 1"
                                          << "\")\"";
    QTest::newRow("empty") << "  "
                           << "empty";
}

void TestAttributes::condition_errorsNameTheAttributeOrValue()
{
    QFETCH(QString, condition);
    QFETCH(QString, named);
    QVERIFY(m_project->addAttribute(QStringLiteral("year"), AttributeType::Number));
    QVERIFY(m_project->addAttribute(QStringLiteral("type"), AttributeType::List, {QStringLiteral("report")}));
    const auto parsed = DocumentCondition::parse(condition, m_project->attributes());
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(named), qPrintable(parsed.error()));
}

void TestAttributes::csvReader_readsWhatSpreadsheetsWrite()
{
    // A byte order mark, CRLF, quotes, a comma and a line break inside a field, UTF-8.
    auto rows = CsvReader::rows("\xEF\xBB\xBF"
                                "document,note\r\n\"A, B\",\"said \"\"no\"\"\r\nthen left\"\r\n"
                                "C,caf\xC3\xA9\r\n,\r\n");
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows->size(), 3); // the empty row is dropped
    QCOMPARE(rows->at(1), (QStringList{QStringLiteral("A, B"), QStringLiteral("said \"no\"\r\nthen left")}));
    QCOMPARE(rows->at(2).at(1), QStringLiteral("café"));
    // Semicolons, as Excel writes CSV in much of Europe.
    rows = CsvReader::rows("document;year\nA;2017\n");
    QVERIFY(rows);
    QCOMPARE(rows->at(1), (QStringList{QStringLiteral("A"), QStringLiteral("2017")}));
    // A quote not closed; and Latin-1 bytes.
    QVERIFY(!CsvReader::rows("document,note\nA,\"open\n"));
    const auto latin1 = CsvReader::rows("document\ncaf\xE9\n");
    QVERIFY(!latin1);
    QVERIFY2(latin1.error().contains(QStringLiteral("UTF-8")), qPrintable(latin1.error()));
}

void TestAttributes::csvImport_addsTypedAttributesAndValues_andExportRoundTrips()
{
    const QByteArray table = "document,year,type:list,adopted:date,binding\n"
                             "A/RES/72/179,2017,resolution,2017-12-19,yes\n"
                             "\"Vienna summary\",2018,report,,no\n";
    auto report = AttributeCsv::import(*m_project, table, QStringLiteral("attributes.csv"));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->documents, 2);
    QCOMPARE(report->attributesAdded,
             (QStringList{QStringLiteral("year (number)"), QStringLiteral("type (list)"),
                          QStringLiteral("adopted (date)"), QStringLiteral("binding (yes/no)")}));
    QCOMPARE(report->valuesSet, 7);
    QCOMPARE(m_project->attributeByName(QStringLiteral("type"))->allowedValues,
             (QStringList{QStringLiteral("resolution"), QStringLiteral("report")}));

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(AttributeCsv::write(*m_project, &out, {}));
    const QByteArray written = out.data();
    QCOMPARE(written,
             QByteArray("document,year,type,adopted,binding\r\n"
                        "A/RES/72/179,2017,resolution,2017-12-19,yes\r\n"
                        "NGO report,,,,\r\n"
                        "Vienna summary,2018,report,,no\r\n"));
    // Imported again unchanged: nothing to do. With one cell emptied: that value goes.
    report = AttributeCsv::import(*m_project, written, QStringLiteral("again.csv"));
    QVERIFY(report);
    QCOMPARE(report->valuesSet, 0);
    QCOMPARE(report->valuesCleared, 0);
    report = AttributeCsv::import(*m_project, "document,binding\nVienna summary,\n", QStringLiteral("clear.csv"));
    QVERIFY(report);
    QCOMPARE(report->valuesCleared, 1);
}

void TestAttributes::csvImport_badRowsAreAllListed_andNothingIsApplied()
{
    QVERIFY(m_project->addAttribute(QStringLiteral("year"), AttributeType::Number));
    const QByteArray table = "document,year,region\n"
                             "A/RES/72/179,2017,Africa\n"
                             "Unknown report,2018,Europe\n"
                             "Vienna summary,twenty,Europe\n"
                             "A/RES/72/179,2019,Asia\n";
    const auto report = AttributeCsv::import(*m_project, table, QStringLiteral("bad.csv"));
    QVERIFY(!report);
    const QString error = report.error();
    QVERIFY2(error.contains(QStringLiteral("bad.csv")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("row 3")) && error.contains(QStringLiteral("Unknown report")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("row 4, column year")) && error.contains(QStringLiteral("twenty")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("row 5")), qPrintable(error));
    // Nothing applied: no new attribute, no value.
    QCOMPARE(m_project->attributes().size(), 1);
    QVERIFY(m_project->attributeValues().isEmpty());
    // A header without "document", a type that contradicts the project's.
    QVERIFY(!AttributeCsv::import(*m_project, "name,year\nA,1\n", QStringLiteral("h.csv")));
    const auto contradiction = AttributeCsv::import(*m_project, "document,year:text\n", QStringLiteral("t.csv"));
    QVERIFY(!contradiction);
    QVERIFY2(contradiction.error().contains(QStringLiteral("number")), qPrintable(contradiction.error()));
    QVERIFY(!AttributeCsv::importFile(*m_project, m_dir->filePath(QStringLiteral("missing.csv"))));
}

void TestAttributes::cases_holdDocumentsAndPassages_andComeBackWithTheirDocument()
{
    const auto austria = m_project->addCase(QStringLiteral("Austria"));
    QVERIFY2(austria, qPrintable(austria.error()));
    QVERIFY(!m_project->addCase(QStringLiteral("austria")));
    const auto eu = m_project->addCase(QStringLiteral("EU"));
    QVERIFY(eu);
    QVERIFY(m_project->addCaseMember({0, austria->id, m_b, 0, 0}));
    QVERIFY(m_project->addCaseMember({0, austria->id, m_b, 0, 0})); // again: the same member, not a second
    QVERIFY(m_project->addCaseMember({0, eu->id, m_b, 2, 6}));
    QVERIFY(!m_project->addCaseMember({0, eu->id, m_b, 2, 600})); // beyond the document
    QVERIFY(!m_project->addCaseMember({0, 999, m_b, 0, 0})); // no such case
    QCOMPARE(m_project->caseMembers().size(), 2);
    QCOMPARE(m_project->caseMembers(eu->id).constFirst().end, 6);

    auto snapshot = m_project->snapshotDocument(m_b);
    QVERIFY(snapshot);
    QVERIFY(m_project->removeDocument(m_b));
    QVERIFY(m_project->caseMembers().isEmpty());
    QVERIFY(m_project->restoreDocument(*snapshot));
    QCOMPARE(m_project->caseMembers().size(), 2);
    QVERIFY(m_project->removeCase(eu->id));
    QCOMPARE(m_project->caseMembers().size(), 1);
    QCOMPARE(m_project->cases().size(), 1);
    QVERIFY(m_project->check().isEmpty());
}

void TestAttributes::caseAttributes_areKeptApartFromTheDocuments_andChecked()
{
    QVERIFY(m_project->addAttribute(QStringLiteral("region"), AttributeType::Text));
    // The same name among the cases' attributes: they are a separate list.
    const auto region
        = m_project->addAttribute(QStringLiteral("Region"), AttributeType::List,
                                  {QStringLiteral("Europe"), QStringLiteral("Africa")}, AttributeTarget::Case);
    QVERIFY2(region, qPrintable(region.error()));
    QCOMPARE(region->target, AttributeTarget::Case);
    QVERIFY(!m_project->addAttribute(QStringLiteral("region"), AttributeType::Text, {}, AttributeTarget::Case));
    const auto members = m_project->addAttribute(QStringLiteral("members"), AttributeType::Number, {},
                                                 AttributeTarget::Case, QStringLiteral("guid-of-members"));
    QVERIFY(members);
    QCOMPARE(members->guid, QStringLiteral("guid-of-members"));
    QCOMPARE(m_project->attributes().size(), 1);
    QCOMPARE(m_project->attributes(AttributeTarget::Case).size(), 2);
    QCOMPARE(m_project->attributeByName(QStringLiteral("REGION"), AttributeTarget::Case)->id, region->id);

    const auto austria = m_project->addCase(QStringLiteral("Austria"));
    const auto eu = m_project->addCase(QStringLiteral("EU"));
    QVERIFY(austria && eu);
    QVERIFY(m_project->setCaseAttributeValues({{austria->id, region->id, QStringLiteral("europe")},
                                               {austria->id, members->id, QStringLiteral("1")},
                                               {eu->id, members->id, QStringLiteral("27")}}));
    auto values = m_project->caseAttributeValues();
    QCOMPARE(values.size(), 3);
    QCOMPARE(m_project->caseAttributeValues(region->id).constFirst().value, QStringLiteral("Europe"));

    // All or nothing: a bad value names the case and writes nothing; a document attribute is refused.
    const auto bad = m_project->setCaseAttributeValues(
        {{eu->id, region->id, QStringLiteral("Europe")}, {eu->id, members->id, QStringLiteral("many")}});
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(QStringLiteral("EU")), qPrintable(bad.error()));
    QVERIFY(
        !m_project->setCaseAttributeValues({{eu->id, m_project->attributes().constFirst().id, QStringLiteral("x")}}));
    QVERIFY(!m_project->setAttributeValues({{m_a, region->id, QStringLiteral("Europe")}}));
    QCOMPARE(m_project->caseAttributeValues().size(), 3);

    QVERIFY(m_project->renameCase(eu->id, QStringLiteral("European Union")));
    QVERIFY(!m_project->renameCase(eu->id, QStringLiteral("austria")));
    QVERIFY(m_project->setCaseMemo(eu->id, QStringLiteral("27 member states")));
    QCOMPARE(m_project->caseByName(QStringLiteral("european union"))->memo, QStringLiteral("27 member states"));
    QVERIFY(m_project->check().isEmpty());

    QVERIFY(m_project->removeCase(eu->id));
    QCOMPARE(m_project->caseAttributeValues().size(), 2);
    QVERIFY(m_project->removeAttribute(region->id));
    QCOMPARE(m_project->caseAttributeValues().size(), 1);
}

void TestAttributes::documentSets_listedByHand_canBeChanged_conditionSetsCannot()
{
    QVERIFY(m_project->addAttribute(QStringLiteral("year"), AttributeType::Number));
    const auto listed = m_project->addDocumentSet(QStringLiteral("Reading"), {m_a}, {}, QStringLiteral("set-guid"));
    QVERIFY(listed);
    QCOMPARE(listed->guid, QStringLiteral("set-guid"));
    QVERIFY(m_project->setDocumentSetMembers(listed->id, {m_b, m_c}));
    QCOMPARE(m_project->documentSetByName(QStringLiteral("reading"))->documentIds, (QList<qint64>{m_b, m_c}));
    QVERIFY(!m_project->setDocumentSetMembers(listed->id, {m_a, 999})); // no such document: nothing changes
    QCOMPARE(m_project->documentSetByName(QStringLiteral("reading"))->documentIds, (QList<qint64>{m_b, m_c}));
    const auto recent = m_project->addDocumentSet(QStringLiteral("Recent"), {}, QStringLiteral("year >= 2017"));
    QVERIFY(recent);
    const auto refused = m_project->setDocumentSetMembers(recent->id, {m_a});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("year >= 2017")), qPrintable(refused.error()));

    // A memo (REFI-QDA's description of a set), on a listed set as on a condition.
    QVERIFY(m_project->setDocumentSetMemo(listed->id, QStringLiteral("Read in week 2")));
    QCOMPARE(m_project->documentSetByName(QStringLiteral("Reading"))->memo, QStringLiteral("Read in week 2"));
    QVERIFY(m_project->setDocumentSetMemo(recent->id, QStringLiteral("Since the compacts")));
    QCOMPARE(m_project->documentSetByName(QStringLiteral("Recent"))->memo, QStringLiteral("Since the compacts"));
    QVERIFY(!m_project->setDocumentSetMemo(999, QStringLiteral("no such set")));
}

void TestAttributes::codeSets_holdCodes_andComeBackWithARemovedCode()
{
    const auto identification = m_project->addCode(QStringLiteral("identification"));
    const auto refoulement = m_project->addCode(QStringLiteral("non-refoulement"));
    QVERIFY(identification && refoulement);
    const auto set = m_project->addCodeSet(QStringLiteral("Protection"), {refoulement->id, identification->id});
    QVERIFY2(set, qPrintable(set.error()));
    QVERIFY(!m_project->addCodeSet(QStringLiteral("protection"), {}));
    QVERIFY(!m_project->addCodeSet(QStringLiteral("Nothing"), {999}));
    QVERIFY(!m_project->codeSetByName(QStringLiteral("Nothing")));
    // In the codebook's order, whatever order they were given in.
    QCOMPARE(m_project->codeSetByName(QStringLiteral("PROTECTION"))->codeIds,
             (QList<qint64>{identification->id, refoulement->id}));

    const auto snapshot = m_project->snapshotCodes({refoulement->id});
    QVERIFY(m_project->deleteCode(refoulement->id));
    QCOMPARE(m_project->codeSets().constFirst().codeIds, QList<qint64>{identification->id});
    QVERIFY(m_project->restoreSnapshot(snapshot));
    QCOMPARE(m_project->codeSets().constFirst().codeIds, (QList<qint64>{identification->id, refoulement->id}));

    QVERIFY(m_project->setCodeSetMembers(set->id, {refoulement->id}));
    QCOMPARE(m_project->codeSets().constFirst().codeIds, QList<qint64>{refoulement->id});
    QVERIFY(m_project->setCodeSetMemo(set->id, QStringLiteral("Rows of the protection matrix")));
    QCOMPARE(m_project->codeSets().constFirst().memo, QStringLiteral("Rows of the protection matrix"));
    QVERIFY(!m_project->setCodeSetMemo(999, QStringLiteral("no such set")));
    QVERIFY(m_project->removeCodeSet(set->id));
    QVERIFY(m_project->codeSets().isEmpty());
    QVERIFY(m_project->check().isEmpty());
}

void TestAttributes::initTestCase()
{
    MARGINALIA_REQUIRE_STORE_BACKEND();
}

QTEST_GUILESS_MAIN(TestAttributes)
#include "tst_attributes.moc"
