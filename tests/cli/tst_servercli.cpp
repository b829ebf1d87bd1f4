// marginalia-cli on projects on a PostgreSQL server (issue 16): every command takes a server location as
// PROJECT, and server-init, push, pull, member-add and connection-file move projects between files and a
// server and share them. One throwaway cluster (tests/support/postgresqlcluster.h) for the whole run; each
// test names projects of its own on it. Skipped only where PostgreSQL or the QPSQL driver is not installed.

#include "analysis/documentcondition.h"
#include "base/translations.h"
#include "clitestsupport.h"
#include "postgresqlcluster.h"
#include "projecttestsupport.h"
#include "store/project.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using Marginalia::Cli::CommandLine;
using namespace Marginalia::Core;
using namespace Marginalia::Test;

namespace {

/// Texts with what offsets get wrong: Arabic (right to left), an emoji outside the BMP, a combining mark.
const QString arabicText = QString::fromUtf16(u"\u0627\u0644\u062A\u0639\u0631\u0641 \u0639\u0644\u0649 "
                                              u"\u0627\u0644\u0636\u062D\u0627\u064A\u0627 early identification "
                                              u"\U0001F30D of victims at borders, cafe\u0301 and shelters.\n");
const QString englishText = QStringLiteral("Screening at borders: identification and referral of victims.\n"
                                           "Shelters offer protection; identification comes first.\n");

/// Every row a project holds, one line each, in a stable order: two projects that print the same lines hold
/// the same documents (with texts), codes, coders, codings (with GUIDs), memos, attributes, sets and cases.
QStringList dump(const Project &project)
{
    QStringList lines;
    lines << QStringLiteral("project %1 %2 memo=%3").arg(project.guid(), project.name(), project.projectMemo());
    for (const Coder &coder : project.coders())
        lines << QStringLiteral("coder %1 %2 %3").arg(coder.id).arg(coder.guid, coder.name);
    for (const Document &document : project.documents()) {
        lines << QStringLiteral("document %1 %2 %3 memo=%4 text=%5")
                     .arg(document.id)
                     .arg(document.guid, document.name, document.memo, project.documentText(document.id).value());
    }
    for (const Code &code : project.codes()) {
        lines << QStringLiteral("code %1 %2 parent=%3 %4 %5 %6 memo=%7 codable=%8")
                     .arg(code.id)
                     .arg(code.guid)
                     .arg(code.parentId)
                     .arg(code.name, code.color, code.description, code.memo)
                     .arg(code.codable);
    }
    QStringList codings;
    for (const Coding &coding : project.codings()) {
        codings << QStringLiteral("coding %1 doc=%2 code=%3 coder=%4 %5:%6 memo=%7")
                       .arg(coding.guid)
                       .arg(coding.documentId)
                       .arg(coding.codeId)
                       .arg(coding.coderId)
                       .arg(coding.start)
                       .arg(coding.end)
                       .arg(coding.memo);
    }
    codings.sort();
    lines << codings;
    for (const AttributeTarget target : {AttributeTarget::Document, AttributeTarget::Case}) {
        for (const Attribute &attribute : project.attributes(target))
            lines << QStringLiteral("attribute %1 %2 %3 type=%4")
                         .arg(attribute.id)
                         .arg(attribute.guid, attribute.name)
                         .arg(int(attribute.type));
    }
    for (const AttributeValue &value : project.attributeValues())
        lines << QStringLiteral("value doc=%1 attribute=%2 %3")
                     .arg(value.documentId)
                     .arg(value.attributeId)
                     .arg(value.value);
    for (const CaseAttributeValue &value : project.caseAttributeValues())
        lines << QStringLiteral("case value %1 attribute=%2 %3")
                     .arg(value.caseId)
                     .arg(value.attributeId)
                     .arg(value.value);
    for (const DocumentSet &set : project.documentSets()) {
        auto members = DocumentCondition::documentsOfSet(project, set.name);
        QList<qint64> sorted = members ? members->values() : QList<qint64>{-1};
        std::sort(sorted.begin(), sorted.end());
        QStringList ids;
        for (qint64 id : std::as_const(sorted))
            ids << QString::number(id);
        lines << QStringLiteral("set %1 %2 memo=%3 members=%4").arg(set.guid, set.name, set.memo, ids.join(u','));
    }
    for (const Case &item : project.cases())
        lines << QStringLiteral("case %1 %2 %3 memo=%4").arg(item.id).arg(item.guid, item.name, item.memo);
    for (const CaseMember &member : project.caseMembers())
        lines << QStringLiteral("member case=%1 doc=%2 %3:%4")
                     .arg(member.caseId)
                     .arg(member.documentId)
                     .arg(member.start)
                     .arg(member.end);
    return lines;
}

/// Fails the calling test (and returns from it) when @p status failed, showing why.
#define QVERIFY_OK(status)                                                                                             \
    do {                                                                                                               \
        const auto &s_ = (status);                                                                                     \
        QVERIFY2(bool(s_), qPrintable(s_ ? QString() : s_.error()));                                                   \
    } while (false)

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void serverInit_twice_isHarmless();
    void init_byUrl_createsTheProjectAndNamesItsLocation();
    void pushThenPull_keepsEverythingAndThePulledFileChecksOk();
    void readingCommands_printTheSameOnTheServerAsOnTheFile_data();
    void readingCommands_printTheSameOnTheServerAsOnTheFile();
    void report_isTheSameOnTheServerAsOnTheFile();
    void writingCommands_workOnTheServer();
    void push_ontoAnExistingProject_isRefusedAndTheServerUnchanged();
    void pull_ontoAnExistingFile_isRefusedAndTheFileUnchanged();
    void badLocations_failNamingTheUrl_data();
    void badLocations_failNamingTheUrl();
    void password_inTheUrl_isNeverShown();
    void password_missing_saysWhereToPutIt();
    void memberAdd_badRole_isAUsageError();
    void viewer_readsButIsRefusedWritesNamingTheRole();
    void members_listsEveryRoleInOrder_toAnyMember_andAsCsv();
    void members_ofAFileOrNoProject_isRefusedNamingTheLocation();
    void memberRemove_takesTheRoleBack_butNeverFromTheLastOwner();
    void connectionFile_opensTheProjectAndHoldsNoPassword();
    void backupCommands_onTheServer_pointToPull();
    void merge_aServerProjectIntoAFile();

private:
    /// The cluster's URL with ?project=NAME (and user=LOGIN when given).
    QString serverUrl(const QString &project, const QString &login = {}) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A project file with two documents (Arabic and an emoji), a code tree, codings by two coders, memos on
    /// everything, document and case attributes, a set and a case.
    bool buildSample(const QString &file);
    /// Builds the sample at @p file and pushes it to the project @p project; the URL.
    QString pushSample(const QString &file, const QString &project);
    bool exec(const QString &sql);

    std::unique_ptr<PostgresqlCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QString TestServerCli::serverUrl(const QString &project, const QString &login) const
{
    QUrl url = m_cluster->url();
    QUrlQuery query(url);
    if (!login.isEmpty()) {
        query.removeAllQueryItems(QStringLiteral("user"));
        query.addQueryItem(QStringLiteral("user"), login);
    }
    if (!project.isEmpty())
        query.addQueryItem(QStringLiteral("project"), project);
    url.setQuery(query);
    return url.toString();
}

bool TestServerCli::exec(const QString &sql)
{
    QSqlDatabase db = m_cluster->connection();
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

void TestServerCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MARGINALIA_CODER", "tester");
    qputenv("MARGINALIA_BACKUP_INTERVAL", "off");
    // Whatever the machine has must not answer for the test's logins.
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    qunsetenv("PGPASSWORD");
    qunsetenv("PGSERVICE");
    Marginalia::Core::installTranslations();
    m_cluster = std::make_unique<PostgresqlCluster>();
    if (!m_cluster->isAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->errorString()));
    QVERIFY_RUN(cli({QStringLiteral("server-init"), serverUrl({})}), CommandLine::Success);
}

void TestServerCli::cleanupTestCase()
{
    m_cluster.reset();
}

void TestServerCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestServerCli::buildSample(const QString &file)
{
    auto created = Project::create(file);
    if (!created) {
        qWarning("%s", qPrintable(created.error()));
        return false;
    }
    Project &p = **created;
    const auto ok = [](const auto &result) {
        if (!result)
            qWarning("%s", qPrintable(result.error()));
        return bool(result);
    };
    NewDocument arabic;
    arabic.name = QString::fromUtf16(u"\u062A\u0642\u0631\u064A\u0631 report");
    arabic.originalFileName = QStringLiteral("arabic.txt");
    arabic.text = arabicText;
    arabic.memo = QStringLiteral("Field notes \U0001F4DD");
    NewDocument english;
    english.name = QStringLiteral("screening");
    english.originalFileName = QStringLiteral("screening.txt");
    english.text = englishText;
    auto first = p.addDocument(arabic);
    auto second = p.addDocument(english);
    auto alice = p.ensureCoder(QStringLiteral("alice"));
    auto bob = p.ensureCoder(QStringLiteral("bob"));
    auto identification = p.ensureCodePath({QStringLiteral("Protection"), QStringLiteral("Identification")},
                                           QStringLiteral("#336699"), QStringLiteral("Recognising a victim"));
    auto shelter = p.addCode(QStringLiteral("Shelter"));
    if (!ok(first) || !ok(second) || !ok(alice) || !ok(bob) || !ok(identification) || !ok(shelter))
        return false;
    // "identification" in the Arabic text: after Arabic (16 code points) and "early " (6).
    const qint64 arabicStart = arabicText.indexOf(QStringLiteral("identification"));
    const qint64 cp = arabicStart; // no surrogate pairs before it
    const qint64 shelterStart
        = TextOffsets::codePointLength(QStringView(arabicText).left(arabicText.indexOf(QStringLiteral("shelters"))));
    QList<NewCoding> codings{
        newCoding(first->id, identification->id, alice->id, cp, cp + 14),
        newCoding(first->id, identification->id, bob->id, cp, cp + 14),
        newCoding(first->id, shelter->id, bob->id, shelterStart, shelterStart + 8),
        newCoding(second->id, identification->id, alice->id, 22, 36),
        newCoding(second->id, identification->id, bob->id, 22, 50),
    };
    codings[0].memo = QStringLiteral("clear case");
    if (!ok(p.addCodings(codings)) || !ok(p.setProjectMemo(QStringLiteral("A seminar's project")))
        || !ok(p.setCodeMemo(shelter->id, QStringLiteral("Where victims stay"))))
        return false;
    auto year = p.addAttribute(QStringLiteral("year"), AttributeType::Number);
    auto region = p.addAttribute(QStringLiteral("region"), AttributeType::Text, {}, AttributeTarget::Case);
    if (!ok(year) || !ok(region))
        return false;
    if (!ok(p.setAttributeValues(
            {{first->id, year->id, QStringLiteral("2017")}, {second->id, year->id, QStringLiteral("2019")}})))
        return false;
    auto recent = p.addDocumentSet(QStringLiteral("recent"), {second->id});
    auto north = p.addCase(QStringLiteral("North"));
    if (!ok(recent) || !ok(north))
        return false;
    CaseMember member;
    member.caseId = north->id;
    member.documentId = first->id;
    return ok(p.addCaseMember(member))
        && ok(p.setCaseAttributeValues({{north->id, region->id, QStringLiteral("Nord")}}))
        && ok(p.setCaseMemo(north->id, QStringLiteral("interviews")));
}

QString TestServerCli::pushSample(const QString &file, const QString &project)
{
    if (!buildSample(file))
        return {};
    const QString url = serverUrl(project);
    const Run run = cli({QStringLiteral("push"), file, url});
    if (run.exitCode != CommandLine::Success) {
        qWarning("push: %s %s", qPrintable(run.out), qPrintable(run.err));
        return {};
    }
    return url;
}

void TestServerCli::serverInit_twice_isHarmless()
{
    const Run first = cli({QStringLiteral("server-init"), serverUrl({})});
    QVERIFY_RUN(first, CommandLine::Success);
    QVERIFY2(first.out.contains(QStringLiteral("ready for Marginalia projects")), qPrintable(first.out));
    QVERIFY(first.out.contains(m_cluster->databaseName()));
    // A URL that names a project is taken too: the project part is ignored.
    QVERIFY_RUN(cli({QStringLiteral("server-init"), serverUrl(QStringLiteral("whatever"))}), CommandLine::Success);
    // And a project made in between survives another server-init.
    QVERIFY_RUN(cli({QStringLiteral("init"), serverUrl(QStringLiteral("survivor"))}), CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("server-init"), serverUrl({})}), CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("documents"), serverUrl(QStringLiteral("survivor"))}), CommandLine::Success);
}

void TestServerCli::init_byUrl_createsTheProjectAndNamesItsLocation()
{
    const QString url = serverUrl(QStringLiteral("fresh"));
    const Run created = cli({QStringLiteral("init"), url});
    QVERIFY_RUN(created, CommandLine::Success);
    QVERIFY2(created.out.startsWith(QStringLiteral("Created project postgresql://")), qPrintable(created.out));
    QVERIFY(created.out.contains(QStringLiteral("project=fresh")));
    // It is on the server, empty and writable by its creator.
    QVERIFY_RUN(cli({QStringLiteral("code-add"), url, QStringLiteral("Protection/Children")}), CommandLine::Success);
    const Run codes = cli({QStringLiteral("codes"), url});
    QVERIFY_RUN(codes, CommandLine::Success);
    QVERIFY2(codes.out.contains(QStringLiteral("Children")), qPrintable(codes.out));
    // A second init of the same name is refused, naming it, and the project keeps its code.
    const Run again = cli({QStringLiteral("init"), url});
    QVERIFY_RUN(again, CommandLine::Failure);
    QVERIFY2(again.err.contains(QStringLiteral("\"fresh\"")), qPrintable(again.err));
    QCOMPARE(cli({QStringLiteral("codes"), url}).out, codes.out);
    // No writer lock and no backups appear beside a URL (the working folder stays clean).
    QVERIFY(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestServerCli::pushThenPull_keepsEverythingAndThePulledFileChecksOk()
{
    const QString file = path(QStringLiteral("seminar.marginalia"));
    QVERIFY(buildSample(file));
    const QString url = serverUrl(QStringLiteral("seminar"));
    const Run pushed = cli({QStringLiteral("push"), file, url});
    QVERIFY_RUN(pushed, CommandLine::Success);
    QVERIFY2(pushed.out.contains(QStringLiteral("2 documents, 3 codes, 2 coders, 5 codings")), qPrintable(pushed.out));
    QVERIFY(pushed.out.contains(QStringLiteral(" s\n")));

    const QString pulledFile = path(QStringLiteral("pulled.marginalia"));
    const Run pulled = cli({QStringLiteral("pull"), url, pulledFile});
    QVERIFY_RUN(pulled, CommandLine::Success);
    QVERIFY2(pulled.out.contains(QStringLiteral("2 documents, 3 codes, 2 coders, 5 codings")), qPrintable(pulled.out));

    QStringList original;
    QStringList onServer;
    QStringList copy;
    {
        auto a = Project::open(file, Project::Access::ReadOnly);
        auto b = Project::open(url, Project::Access::ReadOnly);
        auto c = Project::open(pulledFile, Project::Access::ReadOnly);
        QVERIFY_OK(a);
        QVERIFY_OK(b);
        QVERIFY_OK(c);
        original = dump(**a);
        onServer = dump(**b);
        copy = dump(**c);
    }
    QVERIFY(original.size() > 20);
    QVERIFY(original.join(u'\n').contains(arabicText));
    QCOMPARE(onServer, original);
    QCOMPARE(copy, original);

    const Run checked = cli({QStringLiteral("check"), pulledFile});
    QVERIFY_RUN(checked, CommandLine::Success);
    QVERIFY2(checked.out.contains(QStringLiteral("OK (2 documents, 3 codes, 5 codings")), qPrintable(checked.out));
    QVERIFY_RUN(cli({QStringLiteral("check"), url}), CommandLine::Success);
}

void TestServerCli::readingCommands_printTheSameOnTheServerAsOnTheFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("codes") << QStringList{QStringLiteral("codes")};
    QTest::newRow("documents") << QStringList{QStringLiteral("documents")};
    QTest::newRow("coders") << QStringList{QStringLiteral("coders")};
    QTest::newRow("frequencies") << QStringList{QStringLiteral("frequencies")};
    QTest::newRow("frequencies by document csv")
        << QStringList{QStringLiteral("frequencies"), QStringLiteral("--by"), QStringLiteral("document"),
                       QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("search word") << QStringList{QStringLiteral("search"), QStringLiteral("identification")};
    QTest::newRow("search arabic") << QStringList{QStringLiteral("search"),
                                                  QString::fromUtf16(u"\u0627\u0644\u0636\u062D\u0627\u064A\u0627")};
    QTest::newRow("search substring") << QStringList{QStringLiteral("search"), QStringLiteral("--substring"),
                                                     QStringLiteral("helter")};
    QTest::newRow("excerpts") << QStringList{QStringLiteral("excerpts")};
    QTest::newRow("agreement") << QStringList{QStringLiteral("agreement")};
    QTest::newRow("matrix") << QStringList{QStringLiteral("matrix")};
    QTest::newRow("attributes") << QStringList{QStringLiteral("attributes")};
    QTest::newRow("sets") << QStringList{QStringLiteral("sets")};
    QTest::newRow("cases") << QStringList{QStringLiteral("cases")};
    QTest::newRow("frequencies --where") << QStringList{QStringLiteral("frequencies"), QStringLiteral("--where"),
                                                        QStringLiteral("year>=2018")};
}

void TestServerCli::readingCommands_printTheSameOnTheServerAsOnTheFile()
{
    QFETCH(QStringList, arguments);
    const QString file = path(QStringLiteral("same.marginalia"));
    const QString project = QStringLiteral("same-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString url = pushSample(file, project);
    QVERIFY(!url.isEmpty());
    QStringList onFile = arguments;
    onFile.insert(1, file);
    QStringList onServer = arguments;
    onServer.insert(1, url);
    const Run fromFile = cli(onFile);
    const Run fromServer = cli(onServer);
    QVERIFY_RUN(fromFile, CommandLine::Success);
    QVERIFY_RUN(fromServer, CommandLine::Success);
    QVERIFY(!fromFile.out.isEmpty());
    QCOMPARE(fromServer.out, fromFile.out);
    QCOMPARE(fromServer.err, fromFile.err);
}

void TestServerCli::report_isTheSameOnTheServerAsOnTheFile()
{
    const QString file = path(QStringLiteral("report.marginalia"));
    const QString url = pushSample(file, QStringLiteral("report"));
    QVERIFY(!url.isEmpty());
    const QString fromFile = path(QStringLiteral("file.html"));
    const QString fromServer = path(QStringLiteral("server.html"));
    QVERIFY_RUN(cli({QStringLiteral("report"), file, fromFile, QStringLiteral("--code"), QStringLiteral("Shelter")}),
                CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("report"), url, fromServer, QStringLiteral("--code"), QStringLiteral("Shelter")}),
                CommandLine::Success);
    // The same page but for the project's name in its title (a file's, a server project's).
    const auto body = [](const QString &html) {
        return html.mid(html.indexOf(QLatin1String("<p class=\"meta\">")));
    };
    const QString onFile = QString::fromUtf8(readFile(fromFile));
    QVERIFY(onFile.contains(QStringLiteral("<blockquote dir=\"auto\">")));
    QCOMPARE(body(QString::fromUtf8(readFile(fromServer))), body(onFile));
    // The report is a file: a server location as OUT is a usage error.
    QCOMPARE(cli({QStringLiteral("report"), file, url}).exitCode, CommandLine::UsageError);
}

void TestServerCli::writingCommands_workOnTheServer()
{
    const QString url = pushSample(path(QStringLiteral("w.marginalia")), QStringLiteral("writes"));
    QVERIFY(!url.isEmpty());
    QVERIFY(writeFile(path(QStringLiteral("more.txt")), QByteArray("Children need protection \xf0\x9f\x8c\x8d.\n")));
    QVERIFY_RUN(cli({QStringLiteral("import"), url, path(QStringLiteral("more.txt"))}), CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("apply"), url, QStringLiteral("--document"), QStringLiteral("more"),
                     QStringLiteral("--code"), QStringLiteral("Shelter"), QStringLiteral("--match"),
                     QStringLiteral("protection")}),
                CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("memo"), url, QStringLiteral("--code"), QStringLiteral("Shelter"),
                     QStringLiteral("Renamed soon")}),
                CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("code-rename"), url, QStringLiteral("Shelter"), QStringLiteral("Housing")}),
                CommandLine::Success);
    const Run codes = cli({QStringLiteral("codes"), url});
    QVERIFY(codes.out.contains(QStringLiteral("Housing")));
    const Run coders = cli({QStringLiteral("coders"), url});
    QVERIFY2(coders.out.contains(QStringLiteral("tester")), qPrintable(coders.out));
    // A writing command on a server leaves no backup files behind in the data folder.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(
        !QDir(data).exists(QStringLiteral("backups"))
            || QDir(data + QStringLiteral("/backups")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty(),
        qPrintable(data));
}

void TestServerCli::push_ontoAnExistingProject_isRefusedAndTheServerUnchanged()
{
    const QString url = pushSample(path(QStringLiteral("a.marginalia")), QStringLiteral("taken"));
    QVERIFY(!url.isEmpty());
    QStringList before;
    {
        auto onServer = Project::open(url, Project::Access::ReadOnly);
        QVERIFY_OK(onServer);
        before = dump(**onServer);
    }
    const QString other = path(QStringLiteral("other.marginalia"));
    QVERIFY_RUN(cli({QStringLiteral("init"), other}), CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), other, QStringLiteral("Elsewhere")}), CommandLine::Success);
    const Run refused = cli({QStringLiteral("push"), other, url});
    QVERIFY_RUN(refused, CommandLine::Failure);
    QVERIFY2(refused.err.contains(QStringLiteral("\"taken\" already")), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    auto after = Project::open(url, Project::Access::ReadOnly);
    QVERIFY_OK(after);
    QCOMPARE(dump(**after), before);
    // The arguments the wrong way round are a usage error, not a copy.
    QCOMPARE(cli({QStringLiteral("push"), url, other}).exitCode, CommandLine::UsageError);
    QCOMPARE(cli({QStringLiteral("push"), other, path(QStringLiteral("x.marginalia"))}).exitCode,
             CommandLine::UsageError);
}

void TestServerCli::pull_ontoAnExistingFile_isRefusedAndTheFileUnchanged()
{
    const QString url = pushSample(path(QStringLiteral("b.marginalia")), QStringLiteral("pulled-twice"));
    QVERIFY(!url.isEmpty());
    const QString target = path(QStringLiteral("copy.marginalia"));
    QVERIFY_RUN(cli({QStringLiteral("pull"), url, target}), CommandLine::Success);
    const QByteArray digest = fileDigest(target);
    const Run refused = cli({QStringLiteral("pull"), url, target});
    QVERIFY_RUN(refused, CommandLine::Failure);
    QVERIFY2(refused.err.contains(target) && refused.err.contains(QStringLiteral("exists already")),
             qPrintable(refused.err));
    QCOMPARE(fileDigest(target), digest);
    // Some other file is not a project but is not replaced either.
    const QString notes = path(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(notes, "keep me"));
    QVERIFY_RUN(cli({QStringLiteral("pull"), url, notes}), CommandLine::Failure);
    QCOMPARE(readFile(notes), QByteArray("keep me"));
}

void TestServerCli::badLocations_failNamingTheUrl_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("named");
    QUrl noProject = m_cluster ? m_cluster->url() : QUrl();
    QUrl badPort = noProject;
    QUrlQuery query(badPort);
    query.removeAllQueryItems(QStringLiteral("port"));
    query.addQueryItem(QStringLiteral("port"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("project"), QStringLiteral("seminar"));
    badPort.setQuery(query);
    QTest::newRow("no project") << QStringLiteral("codes") << noProject.toString() << QStringLiteral("?project=");
    QTest::newRow("bad port") << QStringLiteral("codes") << badPort.toString() << QString();
    QTest::newRow("bad port, writing") << QStringLiteral("code-add") << badPort.toString() << QString();
    QTest::newRow("no such project") << QStringLiteral("documents") << QStringLiteral("") << QStringLiteral("nosuch");
    QTest::newRow("bad port, pull") << QStringLiteral("pull") << badPort.toString() << QString();
}

void TestServerCli::badLocations_failNamingTheUrl()
{
    QFETCH(QString, command);
    QFETCH(QString, location);
    QFETCH(QString, named);
    if (location.isEmpty())
        location = serverUrl(QStringLiteral("nosuch"));
    QStringList arguments{command, location};
    if (command == QLatin1String("code-add"))
        arguments << QStringLiteral("X");
    if (command == QLatin1String("pull"))
        arguments << path(QStringLiteral("never.marginalia"));
    const Run run = cli(arguments);
    QVERIFY(run.exitCode != CommandLine::Success);
    QVERIFY2(run.err.contains(QStringLiteral("postgresql://")) && run.err.contains(m_cluster->databaseName())
                 && run.err.contains(named),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.marginalia"))));
}

void TestServerCli::password_inTheUrl_isNeverShown()
{
    const QString secret = QStringLiteral("Sekr3t-pw");
    QVERIFY(exec(QStringLiteral("CREATE ROLE carol LOGIN PASSWORD '%1'").arg(secret)));
    const QString url = pushSample(path(QStringLiteral("c.marginalia")), QStringLiteral("with-password"));
    QVERIFY(!url.isEmpty());
    QVERIFY_RUN(cli({QStringLiteral("member-add"), url, QStringLiteral("carol"), QStringLiteral("coder")}),
                CommandLine::Success);
    // The password in the URL's authority; trust authentication lets it through, but every message names
    // the location.
    const auto withPassword = [&](const QString &project) {
        QUrl url = QUrl(serverUrl(project, QStringLiteral("carol")));
        url.setPassword(secret);
        return url.toString();
    };
    const QList<QStringList> runs{
        {QStringLiteral("codes"), withPassword(QStringLiteral("with-password"))},
        {QStringLiteral("check"), withPassword(QStringLiteral("with-password"))},
        {QStringLiteral("code-add"), withPassword(QStringLiteral("with-password")), QStringLiteral("Carol's")},
        {QStringLiteral("code-add"), withPassword(QStringLiteral("with-password")), QStringLiteral("Carol's")},
        {QStringLiteral("documents"), withPassword(QStringLiteral("nosuch"))},
        {QStringLiteral("init"), withPassword(QStringLiteral("carols-own"))},
        {QStringLiteral("push"), path(QStringLiteral("c.marginalia")), withPassword(QStringLiteral("with-password"))},
        {QStringLiteral("pull"), withPassword(QStringLiteral("with-password")), path(QStringLiteral("c.marginalia"))},
        {QStringLiteral("pull"), withPassword(QStringLiteral("with-password")), path(QStringLiteral("c2.marginalia"))},
        {QStringLiteral("export-qdc"), withPassword(QStringLiteral("with-password")), path(QStringLiteral("c.qdc"))},
        {QStringLiteral("merge"), withPassword(QStringLiteral("with-password")), path(QStringLiteral("nothere"))},
        {QStringLiteral("backup"), withPassword(QStringLiteral("with-password"))},
        {QStringLiteral("codes"), withPassword(QStringLiteral("with-password")), QStringLiteral("extra")},
        {QStringLiteral("connection-file"), withPassword(QStringLiteral("with-password")), path(QStringLiteral("c"))},
        {QStringLiteral("server-init"), withPassword({})},
    };
    int succeeded = 0;
    for (const QStringList &arguments : runs) {
        const Run run = cli(arguments);
        succeeded += run.exitCode == CommandLine::Success;
        QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret),
                 qPrintable(arguments.first() + QStringLiteral(": ") + run.out + run.err));
    }
    QVERIFY(succeeded >= 5); // codes, check, the first code-add, a pull, export-qdc, connection-file
    QVERIFY(!readFile(path(QStringLiteral("c.marginalia-server"))).contains(secret.toUtf8()));
    QVERIFY(readFile(path(QStringLiteral("c.marginalia-server"))).contains("with-password"));
}

void TestServerCli::password_missing_saysWhereToPutIt()
{
    const QString secret = QStringLiteral("d4ve-pw");
    QVERIFY(exec(QStringLiteral("CREATE ROLE dave LOGIN PASSWORD '%1'").arg(secret)));
    const QString url = pushSample(path(QStringLiteral("d.marginalia")), QStringLiteral("needs-password"));
    QVERIFY(!url.isEmpty());
    QVERIFY_RUN(cli({QStringLiteral("member-add"), url, QStringLiteral("dave"), QStringLiteral("viewer")}),
                CommandLine::Success);
    // dave, and only dave, must give a password on the socket.
    const QString hba = m_cluster->dataDirectory() + QStringLiteral("/pg_hba.conf");
    const QByteArray rules = readFile(hba);
    QVERIFY(!rules.isEmpty());
    QVERIFY(writeFile(hba, "local all dave scram-sha-256\n" + rules));
    QVERIFY(exec(QStringLiteral("SELECT pg_reload_conf()")));
    QTest::qWait(300);

    const QString asDave = serverUrl(QStringLiteral("needs-password"), QStringLiteral("dave"));
    const Run refused = cli({QStringLiteral("codes"), asDave});
    QVERIFY_RUN(refused, CommandLine::Failure);
    QVERIFY2(refused.err.contains(QStringLiteral("no password supplied")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("~/.pgpass")) && refused.err.contains(QStringLiteral("PGPASSFILE")),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("project=needs-password")));

    // What the hint says works: a password file named by PGPASSFILE (host: the socket folder).
    const QString passFile = path(QStringLiteral("pgpass"));
    QVERIFY(writeFile(passFile,
                      QStringLiteral("%1:%2:*:dave:%3\n")
                          .arg(m_cluster->socketDirectory())
                          .arg(m_cluster->port())
                          .arg(secret)
                          .toUtf8()));
    QVERIFY(QFile::setPermissions(passFile, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray previous = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", passFile.toLocal8Bit());
    const Run withFile = cli({QStringLiteral("codes"), asDave});
    qputenv("PGPASSFILE", previous);
    QVERIFY(writeFile(hba, rules));
    QVERIFY(exec(QStringLiteral("SELECT pg_reload_conf()")));
    QVERIFY_RUN(withFile, CommandLine::Success);
    QVERIFY(withFile.out.contains(QStringLiteral("Identification")));
}

void TestServerCli::memberAdd_badRole_isAUsageError()
{
    const QString url = pushSample(path(QStringLiteral("e.marginalia")), QStringLiteral("roles"));
    QVERIFY(!url.isEmpty());
    const Run bad = cli({QStringLiteral("member-add"), url, QStringLiteral("erin"), QStringLiteral("admin")});
    QCOMPARE(bad.exitCode, CommandLine::UsageError);
    QVERIFY2(bad.err.contains(QStringLiteral("\"admin\" is not a role")) && bad.err.contains(QStringLiteral("viewer")),
             qPrintable(bad.err));
    // A login the server does not know: the server's refusal, naming the login.
    const Run unknown = cli({QStringLiteral("member-add"), url, QStringLiteral("nobody"), QStringLiteral("coder")});
    QVERIFY_RUN(unknown, CommandLine::Failure);
    QVERIFY2(unknown.err.contains(QStringLiteral("nobody")), qPrintable(unknown.err));
    // On a file there are no members.
    const Run onFile = cli({QStringLiteral("member-add"), path(QStringLiteral("e.marginalia")), QStringLiteral("erin"),
                            QStringLiteral("coder")});
    QCOMPARE(onFile.exitCode, CommandLine::UsageError);
}

void TestServerCli::viewer_readsButIsRefusedWritesNamingTheRole()
{
    QVERIFY(exec(QStringLiteral("CREATE ROLE bob LOGIN")));
    const QString url = pushSample(path(QStringLiteral("f.marginalia")), QStringLiteral("viewed"));
    QVERIFY(!url.isEmpty());
    const QString asBob = serverUrl(QStringLiteral("viewed"), QStringLiteral("bob"));
    // Not yet a member: told to ask the owner.
    const Run stranger = cli({QStringLiteral("codes"), asBob});
    QVERIFY_RUN(stranger, CommandLine::Failure);
    QVERIFY2(stranger.err.contains(QStringLiteral("member-add")), qPrintable(stranger.err));

    const Run added = cli({QStringLiteral("member-add"), url, QStringLiteral("bob"), QStringLiteral("viewer")});
    QVERIFY_RUN(added, CommandLine::Success);
    QVERIFY2(added.out.contains(QStringLiteral("bob is now a viewer")), qPrintable(added.out));

    const Run codesAsOwner = cli({QStringLiteral("codes"), url});
    const Run codesAsBob = cli({QStringLiteral("codes"), asBob});
    QVERIFY_RUN(codesAsBob, CommandLine::Success);
    QCOMPARE(codesAsBob.out, codesAsOwner.out);
    QVERIFY_RUN(cli({QStringLiteral("frequencies"), asBob}), CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("search"), asBob, QStringLiteral("identification")}), CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("pull"), asBob, path(QStringLiteral("bobs.marginalia"))}), CommandLine::Success);

    const Run write = cli({QStringLiteral("code-add"), asBob, QStringLiteral("Bob's code")});
    QVERIFY_RUN(write, CommandLine::Failure);
    QVERIFY2(write.err.contains(QStringLiteral("viewer")), qPrintable(write.err));
    const Run memberAdd = cli({QStringLiteral("member-add"), asBob, QStringLiteral("bob"), QStringLiteral("owner")});
    QVERIFY_RUN(memberAdd, CommandLine::Failure);
    QVERIFY2(memberAdd.err.contains(QStringLiteral("viewer")), qPrintable(memberAdd.err));
    QCOMPARE(cli({QStringLiteral("codes"), url}).out, codesAsOwner.out);

    // Made a coder, bob codes as himself.
    QVERIFY_RUN(cli({QStringLiteral("member-add"), url, QStringLiteral("bob"), QStringLiteral("coder")}),
                CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("apply"), asBob, QStringLiteral("--document"), QStringLiteral("screening"),
                     QStringLiteral("--code"), QStringLiteral("Shelter"), QStringLiteral("--match"),
                     QStringLiteral("Shelters"), QStringLiteral("--coder"), QStringLiteral("bob-the-coder")}),
                CommandLine::Success);
}

void TestServerCli::members_listsEveryRoleInOrder_toAnyMember_andAsCsv()
{
    for (const char *login : {"otto", "ines", "hugo", "vera", "nora"})
        QVERIFY(exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(QLatin1String(login))));
    const QString url = pushSample(path(QStringLiteral("m.marginalia")), QStringLiteral("listed"));
    QVERIFY(!url.isEmpty());
    // Added out of order, and ines first as a viewer: her role is the one she has now.
    for (const auto &[login, role] :
         QList<std::pair<QString, QString>>{{QStringLiteral("vera"), QStringLiteral("viewer")},
                                            {QStringLiteral("ines"), QStringLiteral("viewer")},
                                            {QStringLiteral("ines"), QStringLiteral("coder")},
                                            {QStringLiteral("otto"), QStringLiteral("owner")},
                                            {QStringLiteral("hugo"), QStringLiteral("coder")}}) {
        QVERIFY_RUN(cli({QStringLiteral("member-add"), url, login, role}), CommandLine::Success);
    }
    // The creator (the cluster's superuser, who pushed) is an owner too; owners, coders, viewers, by login.
    QStringList owners{m_cluster->userName(), QStringLiteral("otto")};
    owners.sort();
    const QList<std::pair<QString, QString>> expected{{owners.at(0), QStringLiteral("owner")},
                                                      {owners.at(1), QStringLiteral("owner")},
                                                      {QStringLiteral("hugo"), QStringLiteral("coder")},
                                                      {QStringLiteral("ines"), QStringLiteral("coder")},
                                                      {QStringLiteral("vera"), QStringLiteral("viewer")}};

    const Run listed = cli({QStringLiteral("members"), url});
    QVERIFY_RUN(listed, CommandLine::Success);
    QStringList rows;
    for (const QString &line : listed.out.split(u'\n')) {
        const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        if (cells.size() == 2
            && (cells.at(1) == QLatin1String("owner") || cells.at(1) == QLatin1String("coder")
                || cells.at(1) == QLatin1String("viewer")))
            rows.append(cells.join(u','));
    }
    QStringList expectedRows;
    for (const auto &[login, role] : expected)
        expectedRows.append(login + u',' + role);
    QCOMPARE(rows, expectedRows);
    QVERIFY2(listed.out.contains(QStringLiteral("5 members")), qPrintable(listed.out));

    // A viewer lists them too (it only reads), and the CSV is exact, as --format csv's.
    const QString asVera = serverUrl(QStringLiteral("listed"), QStringLiteral("vera"));
    const Run csv = cli({QStringLiteral("members"), asVera, QStringLiteral("--csv")});
    QVERIFY_RUN(csv, CommandLine::Success);
    QCOMPARE(csv.out,
             QStringLiteral("login,role\r\n") + expectedRows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    QCOMPARE(cli({QStringLiteral("members"), asVera, QStringLiteral("--format"), QStringLiteral("csv")}).out, csv.out);
    QCOMPARE(cli({QStringLiteral("members"), asVera}).out, listed.out);

    // A login without a role on the project is told to ask its owner, as by every command.
    const Run stranger = cli({QStringLiteral("members"), serverUrl(QStringLiteral("listed"), QStringLiteral("nora"))});
    QVERIFY_RUN(stranger, CommandLine::Failure);
    QVERIFY2(stranger.err.contains(QStringLiteral("project=listed"))
                 && stranger.err.contains(QStringLiteral("member-add")),
             qPrintable(stranger.err));
}

void TestServerCli::members_ofAFileOrNoProject_isRefusedNamingTheLocation()
{
    const QString file = path(QStringLiteral("n.marginalia"));
    QVERIFY_RUN(cli({QStringLiteral("init"), file}), CommandLine::Success);
    const Run onFile = cli({QStringLiteral("members"), file});
    QCOMPARE(onFile.exitCode, CommandLine::UsageError);
    QVERIFY2(onFile.err.contains(file)
                 && onFile.err.contains(QStringLiteral("members lists the members of a project "
                                                       "on a server"))
                 && onFile.err.contains(QStringLiteral("push")),
             qPrintable(onFile.err));
    QVERIFY(onFile.out.isEmpty());
    // A server project that is not there: named, with the projects the server has.
    const Run missing = cli({QStringLiteral("members"), serverUrl(QStringLiteral("nosuch-members"))});
    QVERIFY_RUN(missing, CommandLine::Failure);
    QVERIFY2(missing.err.contains(QStringLiteral("project=nosuch-members"))
                 && missing.err.contains(QStringLiteral("no project named")),
             qPrintable(missing.err));
}

void TestServerCli::memberRemove_takesTheRoleBack_butNeverFromTheLastOwner()
{
    for (const char *login : {"pia", "quinn", "rosa"})
        QVERIFY(exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(QLatin1String(login))));
    const QString url = pushSample(path(QStringLiteral("r.marginalia")), QStringLiteral("removing"));
    QVERIFY(!url.isEmpty());
    for (const auto &[login, role] :
         QList<std::pair<QString, QString>>{{QStringLiteral("pia"), QStringLiteral("owner")},
                                            {QStringLiteral("quinn"), QStringLiteral("coder")},
                                            {QStringLiteral("rosa"), QStringLiteral("viewer")}}) {
        QVERIFY_RUN(cli({QStringLiteral("member-add"), url, login, role}), CommandLine::Success);
    }
    const QString asPia = serverUrl(QStringLiteral("removing"), QStringLiteral("pia"));
    const QString asQuinn = serverUrl(QStringLiteral("removing"), QStringLiteral("quinn"));
    const QString asRosa = serverUrl(QStringLiteral("removing"), QStringLiteral("rosa"));

    // A coder may not; an owner may, and rosa then has no way in. (The creator: an owner made by member-add
    // may not change members yet, see docs/server-cli.md.)
    const Run byCoder = cli({QStringLiteral("member-remove"), asQuinn, QStringLiteral("rosa")});
    QVERIFY_RUN(byCoder, CommandLine::Failure);
    QVERIFY2(byCoder.err.contains(QStringLiteral("only the project's owners")), qPrintable(byCoder.err));
    const Run removed = cli({QStringLiteral("member-remove"), url, QStringLiteral("rosa")});
    QVERIFY_RUN(removed, CommandLine::Success);
    QVERIFY2(removed.out.contains(QStringLiteral("rosa has no role on this project any more")),
             qPrintable(removed.out));
    const Run rosaReads = cli({QStringLiteral("codes"), asRosa});
    QVERIFY_RUN(rosaReads, CommandLine::Failure);
    QVERIFY2(rosaReads.err.contains(QStringLiteral("no role")), qPrintable(rosaReads.err));
    // Not a member (any more): said so, naming the login.
    const Run again = cli({QStringLiteral("member-remove"), url, QStringLiteral("rosa")});
    QVERIFY_RUN(again, CommandLine::Failure);
    QVERIFY2(again.err.contains(QStringLiteral("rosa has no role")), qPrintable(again.err));

    // Two owners: the creator removes pia; then the creator is the last owner and stays.
    QVERIFY_RUN(cli({QStringLiteral("member-remove"), url, QStringLiteral("pia")}), CommandLine::Success);
    QVERIFY_RUN(cli({QStringLiteral("codes"), asPia}), CommandLine::Failure);
    const Run last = cli({QStringLiteral("member-remove"), url, m_cluster->userName()});
    QVERIFY_RUN(last, CommandLine::Failure);
    QVERIFY2(last.err.contains(QStringLiteral("only owner")) && last.err.contains(QStringLiteral("project=removing")),
             qPrintable(last.err));
    QCOMPARE(cli({QStringLiteral("members"), asQuinn, QStringLiteral("--csv")}).out,
             QStringLiteral("login,role\r\n%1,owner\r\nquinn,coder\r\n").arg(m_cluster->userName()));
    // A file has no members.
    QCOMPARE(
        cli({QStringLiteral("member-remove"), path(QStringLiteral("r.marginalia")), QStringLiteral("pia")}).exitCode,
        CommandLine::UsageError);
}

void TestServerCli::connectionFile_opensTheProjectAndHoldsNoPassword()
{
    const QString url = pushSample(path(QStringLiteral("g.marginalia")), QStringLiteral("by-file"));
    QVERIFY(!url.isEmpty());
    const Run written = cli({QStringLiteral("connection-file"), url, path(QStringLiteral("seminar"))});
    QVERIFY_RUN(written, CommandLine::Success);
    const QString connection = path(QStringLiteral("seminar.marginalia-server"));
    QVERIFY2(written.out.contains(connection), qPrintable(written.out));
    QCOMPARE(cli({QStringLiteral("codes"), connection}).out, cli({QStringLiteral("codes"), url}).out);
    QVERIFY_RUN(cli({QStringLiteral("code-add"), connection, QStringLiteral("Via file")}), CommandLine::Success);
    QVERIFY(cli({QStringLiteral("codes"), url}).out.contains(QStringLiteral("Via file")));
    // Not replaced; a URL without a project is refused.
    QVERIFY_RUN(cli({QStringLiteral("connection-file"), url, connection}), CommandLine::Failure);
    QVERIFY_RUN(cli({QStringLiteral("connection-file"), serverUrl({}), path(QStringLiteral("x"))}),
                CommandLine::Failure);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.marginalia-server"))));
}

void TestServerCli::backupCommands_onTheServer_pointToPull()
{
    const QString url = serverUrl(QStringLiteral("no-backups"));
    QVERIFY_RUN(cli({QStringLiteral("init"), url}), CommandLine::Success);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("backup"), url}, QStringList{QStringLiteral("backups"), url},
          QStringList{QStringLiteral("restore"), url, path(QStringLiteral("b"))}}) {
        const Run run = cli(arguments);
        QVERIFY_RUN(run, CommandLine::Failure);
        QVERIFY2(run.err.contains(QStringLiteral("marginalia-cli pull")), qPrintable(run.err));
    }
}

void TestServerCli::merge_aServerProjectIntoAFile()
{
    const QString url = pushSample(path(QStringLiteral("h.marginalia")), QStringLiteral("merged-from"));
    QVERIFY(!url.isEmpty());
    const QString target = path(QStringLiteral("target.marginalia"));
    QVERIFY_RUN(cli({QStringLiteral("init"), target}), CommandLine::Success);
    const Run merged = cli({QStringLiteral("merge"), target, url});
    QVERIFY_RUN(merged, CommandLine::Success);
    QVERIFY2(merged.out.contains(QStringLiteral("documents 2 added")), qPrintable(merged.out));
    QCOMPARE(cli({QStringLiteral("codes"), target}).out, cli({QStringLiteral("codes"), url}).out);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
