// A project on a PostgreSQL server as a team uses it: two processes coding it at once and seeing each
// other's codings, the roles the database enforces (owner, coder, viewer), changes announced to the other
// programs, copying a file onto the server and back, and the refusals a user may meet.

#include "postgresqlcluster.h"
#include "store/project.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

class TestServerProject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void twoProcesses_codeTheSameProjectAtOnce_andSeeEachOther();
    void changes_reachTheOtherProgramsAsSignals_notTheirOwnTwice();
    void roles_owner_doesEverything();
    void roles_coder_codesAndChangesOnlyTheirOwnCodings();
    void roles_viewer_readsAndIsRefused_alsoByTheDatabaseItself();
    void roles_noRole_isToldToAskTheOwner();
    void copyInto_fileToServerAndBack_keepsEverything();
    void open_newerFormatOrMissingProject_isRefusedAndNothingChanges();
    void open_format8Project_isUpgradedByAnOwner_othersAreToldToAskOne();
    void twoPeopleEditTheSameMemo_theSecondIsToldNotOverwriting();
    void removeFromServer_byAnOwner_leavesNothing_byOthersIsRefused();
    void lostConnection_isOpenedAgain_andListensAgain();

private:
    /// The URL of project @p name on the cluster, as @p user (the cluster's superuser when empty).
    QString url(const QString &name, const QString &user = {}) const;
    bool sql(const QString &statement);
    /// A project owned by "ana" with a document, two codes and ben as coder, cleo as viewer.
    std::unique_ptr<Project> makeTeamProject(const QString &name);

    std::unique_ptr<PostgresqlCluster> m_cluster;
    QSqlDatabase m_admin;
};

void TestServerProject::initTestCase()
{
    m_cluster = std::make_unique<PostgresqlCluster>();
    if (!m_cluster->isAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    m_cluster->setSetting(QStringLiteral("max_connections"), QStringLiteral("50"));
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->errorString()));
    m_admin = m_cluster->connection();
    QVERIFY2(m_admin.isOpen(), qPrintable(m_cluster->errorString()));
    const Status initialized = Project::initializeServer(m_cluster->url().toString());
    QVERIFY2(initialized, qPrintable(initialized.error()));
    QVERIFY2(Project::initializeServer(m_cluster->url().toString()), "server-init is not repeatable");
    // The team's logins. ana may create projects (roles and schemas), as a department's lead would; the
    // others get roles on her projects only.
    QVERIFY(sql(QStringLiteral("CREATE ROLE ana LOGIN CREATEROLE")));
    QVERIFY(sql(QStringLiteral("GRANT CREATE ON DATABASE %1 TO ana").arg(m_cluster->databaseName())));
    for (const char *login : {"ben", "cleo", "dan"})
        QVERIFY(sql(QStringLiteral("CREATE ROLE %1 LOGIN").arg(QLatin1String(login))));
}

void TestServerProject::cleanupTestCase()
{
    m_admin = QSqlDatabase();
    m_cluster.reset();
}

QString TestServerProject::url(const QString &name, const QString &user) const
{
    QUrl url = m_cluster->url();
    QUrlQuery query(url);
    if (!user.isEmpty()) {
        query.removeQueryItem(QStringLiteral("user"));
        query.addQueryItem(QStringLiteral("user"), user);
    }
    query.addQueryItem(QStringLiteral("project"), name);
    url.setQuery(query);
    return url.toString();
}

bool TestServerProject::sql(const QString &statement)
{
    QSqlQuery query(m_admin);
    if (!query.exec(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

std::unique_ptr<Project> TestServerProject::makeTeamProject(const QString &name)
{
    auto created = Project::create(url(name, QStringLiteral("ana")));
    if (!created) {
        qWarning("%s", qPrintable(created.error()));
        return nullptr;
    }
    std::unique_ptr<Project> project = std::move(*created);
    NewDocument document;
    document.name = QStringLiteral("Global Compact");
    document.text = QString(400, u'x') + QString::fromUtf16(u" \u0645\u0631\u062D\u0628\u0627 \U0001F30D");
    document.originalFileName = QStringLiteral("compact.txt");
    if (!project->addDocument(document) || !project->addCode(QStringLiteral("identification"))
        || !project->addCode(QStringLiteral("non-refoulement")) || !project->ensureCoder(QStringLiteral("ana"))
        || !project->setMemberRole(QStringLiteral("ben"), QStringLiteral("coder"))
        || !project->setMemberRole(QStringLiteral("cleo"), QStringLiteral("viewer"))) {
        qWarning("the team project could not be filled");
        return nullptr;
    }
    return project;
}

void TestServerProject::twoProcesses_codeTheSameProjectAtOnce_andSeeEachOther()
{
    auto project = makeTeamProject(QStringLiteral("two processes"));
    QVERIFY(project);
    const int count = 60;
    QProcess first, second;
    for (auto [process, coder, other] : {std::tuple{&first, "ana", "ben"}, std::tuple{&second, "ben", "ana"}}) {
        process->setProgram(QStringLiteral(MARGINALIA_SERVERCODER_PATH));
        process->setArguments({url(QStringLiteral("two processes"), QLatin1String(coder)), QLatin1String(coder),
                               QString::number(count), QLatin1String(other), QStringLiteral("30")});
        process->start();
    }
    QVERIFY(first.waitForFinished(60000));
    QVERIFY(second.waitForFinished(60000));
    for (QProcess *process : {&first, &second}) {
        const QString output = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
        const QString errors = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(errors));
        // Each coded all of its passages and, before it ended, had been told of and read all of the other's.
        const QStringList words = output.split(u' ');
        QCOMPARE(words.size(), 6);
        QCOMPARE(words.at(1).toInt(), count);
        QCOMPARE(words.at(3).toInt(), count);
        QVERIFY2(words.at(5).toInt() > 0, qPrintable(output)); // the other's codings arrived as notifications
        qInfo("%s", qPrintable(output));
    }
    // Every reported coding is there, once.
    CodingFilter byAna, byBen;
    byAna.coderId = project->coderByName(QStringLiteral("ana"))->id;
    byBen.coderId = project->coderByName(QStringLiteral("ben"))->id;
    QCOMPARE(project->codings(byAna).size(), count);
    QCOMPARE(project->codings(byBen).size(), count);
    QCOMPARE(project->check(), QStringList());
}

void TestServerProject::changes_reachTheOtherProgramsAsSignals_notTheirOwnTwice()
{
    auto mine = makeTeamProject(QStringLiteral("signals"));
    QVERIFY(mine);
    auto opened = Project::open(url(QStringLiteral("signals"), QStringLiteral("ben")));
    QVERIFY2(opened, qPrintable(opened.error()));
    Project &theirs = **opened;
    QCOMPARE(theirs.serverRole(), QStringLiteral("coder"));
    const qint64 document = mine->documentNames().first().id;

    QSignalSpy myCodings(mine.get(), &Project::codingsChanged);
    QSignalSpy theirCodings(&theirs, &Project::codingsChanged);
    QSignalSpy theirCodebook(&theirs, &Project::codebookChanged);
    auto ben = theirs.ensureCoder(QStringLiteral("ben"));
    QVERIFY(ben);
    NewCoding coding;
    coding.documentId = document;
    coding.codeId = theirs.codes().first().id;
    coding.coderId = ben->id;
    coding.start = 3;
    coding.end = 9;
    QVERIFY(theirs.addCoding(coding));
    QCOMPARE(theirCodings.count(), 1); // its own signal, at its commit
    QTRY_COMPARE_WITH_TIMEOUT(myCodings.count(), 1, 2000);
    QCOMPARE(myCodings.first().first().toLongLong(), document);
    QCOMPARE(mine->codings().size(), 1);
    QTest::qWait(300);
    QCOMPARE(theirCodings.count(), 1); // its own notification is not a second change

    QVERIFY(mine->addCode(QStringLiteral("family unity")));
    QTRY_COMPARE_WITH_TIMEOUT(theirCodebook.count(), 1, 2000);
    QCOMPARE(theirs.codes().size(), 3);
}

void TestServerProject::roles_owner_doesEverything()
{
    auto project = makeTeamProject(QStringLiteral("owner"));
    QVERIFY(project);
    QCOMPARE(project->serverRole(), QStringLiteral("owner"));
    QVERIFY(!project->isReadOnly());
    const qint64 code = project->codes().first().id;
    QVERIFY(project->renameCode(code, QStringLiteral("identity")));
    QVERIFY(project->setCodeMemo(code, QStringLiteral("who they are")));
    QVERIFY(project->addAttribute(QStringLiteral("year"), AttributeType::Number));
    QVERIFY(project->deleteCode(code));
    QCOMPARE(project->check(), QStringList());
}

void TestServerProject::roles_coder_codesAndChangesOnlyTheirOwnCodings()
{
    auto owner = makeTeamProject(QStringLiteral("coder"));
    QVERIFY(owner);
    const qint64 document = owner->documentNames().first().id;
    const qint64 code = owner->codes().first().id;
    auto anaCoding
        = owner->addCoding({document, code, owner->coderByName(QStringLiteral("ana"))->id, 0, 5, {}, {}, {}});
    QVERIFY(anaCoding && anaCoding->has_value());

    auto opened = Project::open(url(QStringLiteral("coder"), QStringLiteral("ben")));
    QVERIFY2(opened, qPrintable(opened.error()));
    Project &ben = **opened;
    QCOMPARE(ben.serverRole(), QStringLiteral("coder"));
    QVERIFY(!ben.isReadOnly());
    auto me = ben.ensureCoder(QStringLiteral("ben"));
    QVERIFY2(me, qPrintable(me.error()));
    auto mine = ben.addCoding({document, code, me->id, 10, 20, {}, {}, {}});
    QVERIFY2(mine && mine->has_value(), qPrintable(mine ? QString() : mine.error()));
    QVERIFY(ben.setCodingMemo((*mine)->id, QStringLiteral("clear case")));
    QVERIFY(ben.setCodingRange((*mine)->id, 11, 20));
    auto inVivo = ben.addCode(QStringLiteral("\"we had no papers\""));
    QVERIFY2(inVivo, qPrintable(inVivo.error()));
    QVERIFY(ben.setCodeMemo(inVivo->id, QStringLiteral("said by a woman from Eritrea")));
    QVERIFY(ben.removeCoding((*mine)->id));

    // Not as another coder, not another's coding, not the owner's work.
    auto asAna = ben.addCoding({document, code, owner->coderByName(QStringLiteral("ana"))->id, 30, 40, {}, {}, {}});
    QVERIFY(!asAna);
    QVERIFY2(asAna.error().contains(QStringLiteral("coder")), qPrintable(asAna.error()));
    const Status removeAnas = ben.removeCoding((*anaCoding)->id);
    QVERIFY(!removeAnas);
    QVERIFY2(removeAnas.error().contains(QStringLiteral("ana's")), qPrintable(removeAnas.error()));
    const Status delete_ = ben.deleteCode(code).ok() ? Status(success()) : Status(Error{QStringLiteral("refused")});
    QVERIFY(!delete_);
    NewDocument document2;
    document2.name = QStringLiteral("Ben's upload");
    document2.text = QStringLiteral("text");
    auto imported = ben.addDocument(document2);
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(QStringLiteral("role on this project is coder")), qPrintable(imported.error()));
    QVERIFY(!ben.setMemberRole(QStringLiteral("dan"), QStringLiteral("owner")));

    // Nothing of that reached the project.
    QCOMPARE(owner->codings().size(), 1);
    QCOMPARE(owner->documents().size(), 1);
    QVERIFY(owner->code(code));
}

void TestServerProject::roles_viewer_readsAndIsRefused_alsoByTheDatabaseItself()
{
    auto owner = makeTeamProject(QStringLiteral("viewer"));
    QVERIFY(owner);
    auto opened = Project::open(url(QStringLiteral("viewer"), QStringLiteral("cleo")));
    QVERIFY2(opened, qPrintable(opened.error()));
    Project &cleo = **opened;
    QCOMPARE(cleo.serverRole(), QStringLiteral("viewer"));
    QVERIFY(cleo.isReadOnly());
    QCOMPARE(cleo.codes().size(), 2);
    QCOMPARE(cleo.documents().size(), 1);
    auto coder = cleo.ensureCoder(QStringLiteral("cleo"));
    QVERIFY(!coder);
    QVERIFY2(coder.error().contains(QStringLiteral("viewer")), qPrintable(coder.error()));

    // The database refuses too, whatever a program does: a viewer's own SQL.
    QSqlDatabase raw = m_cluster->connection();
    QVERIFY(raw.isOpen());
    const QString schemaOf = QStringLiteral("SELECT schema_name FROM marginalia.projects WHERE name = 'viewer'");
    QSqlQuery lookup(raw);
    QVERIFY(lookup.exec(schemaOf) && lookup.next());
    const QString schema = lookup.value(0).toString();
    QSqlQuery asCleo(raw);
    QVERIFY(asCleo.exec(QStringLiteral("SET ROLE cleo")));
    QVERIFY(asCleo.exec(QStringLiteral("SELECT COUNT(*) FROM %1.codes").arg(schema)));
    QVERIFY(!asCleo.exec(
        QStringLiteral("INSERT INTO %1.coders (guid, name, created) VALUES ('g', 'cleo', 'now')").arg(schema)));
    QCOMPARE(asCleo.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!asCleo.exec(QStringLiteral("UPDATE %1.codes SET name = 'x'").arg(schema)));
    QCOMPARE(asCleo.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(asCleo.exec(QStringLiteral("RESET ROLE")));
}

void TestServerProject::roles_noRole_isToldToAskTheOwner()
{
    QVERIFY(makeTeamProject(QStringLiteral("no role")));
    auto opened = Project::open(url(QStringLiteral("no role"), QStringLiteral("dan")));
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("dan")) && opened.error().contains(QStringLiteral("no role")),
             qPrintable(opened.error()));
}

void TestServerProject::copyInto_fileToServerAndBack_keepsEverything()
{
    QTemporaryDir dir;
    auto file = Project::create(dir.filePath(QStringLiteral("study.marginalia")));
    QVERIFY(file);
    Project &source = **file;
    NewDocument document;
    document.name = QStringLiteral("Resolution 73/195");
    document.text
        = QString::fromUtf16(u"Identification \U0001F30D of victims \u0645\u0631\u062D\u0628\u0627 cafe\u0301");
    document.originalFileName = QStringLiteral("res.txt");
    document.pageCount = 2;
    document.pageStarts = {10};
    document.headings = {{0, 14, 1}, {20, 27, 3}};
    auto added = source.addDocument(document);
    QVERIFY(added);
    auto parent = source.addCode(QStringLiteral("Protection"));
    QVERIFY(parent);
    auto child = source.addCode(QStringLiteral("Children"), parent->id);
    QVERIFY(child);
    auto amina = source.ensureCoder(QStringLiteral("amina"));
    QVERIFY(amina);
    QVERIFY(source.addCoding({added->id, child->id, amina->id, 0, 14, QStringLiteral("memo \u00e9"), {}, {}}));
    QVERIFY(source.addCoding({added->id, parent->id, amina->id, 15, 16, {}, {}, {}}));
    QVERIFY(source.setProjectMemo(QStringLiteral("Seminar, week 3")));
    QVERIFY(source.addAttribute(QStringLiteral("year"), AttributeType::Number));
    QVERIFY(source.addDocumentSet(QStringLiteral("Resolutions"), {added->id}));
    QVERIFY(source.addCase(QStringLiteral("Eritrea")));

    auto server = Project::create(url(QStringLiteral("pushed")));
    QVERIFY2(server, qPrintable(server.error()));
    QVERIFY2(source.copyInto(**server), "push failed");
    const QString pulledPath = dir.filePath(QStringLiteral("pulled.marginalia"));
    QVERIFY((*server)->saveCopy(pulledPath));
    auto pulled = Project::open(pulledPath, Project::Access::ReadOnly);
    QVERIFY(pulled);
    for (Project *copy : {server->get(), pulled->get()}) {
        QCOMPARE(copy->guid(), source.guid());
        QCOMPARE(copy->projectMemo(), source.projectMemo());
        QCOMPARE(copy->documents().size(), 1);
        QCOMPARE(copy->documents().first().guid, added->guid);
        QCOMPARE(*copy->documentText(added->id), document.text);
        QCOMPARE(copy->pageStarts(added->id), source.pageStarts(added->id));
        QCOMPARE(copy->headings(added->id), document.headings);
        QCOMPARE(copy->codes().size(), 2);
        QCOMPARE(copy->codes().last().parentId, parent->id);
        QCOMPARE(copy->codings().size(), 2);
        for (const Coding &coding : copy->codings())
            QVERIFY(source.codingByGuid(coding.guid));
        QCOMPARE(copy->attributes(AttributeTarget::Document).size(), 1);
        QCOMPARE(copy->documentSets().size(), 1);
        QCOMPARE(copy->cases().size(), 1);
        QCOMPARE(copy->check(), QStringList());
        SearchQuery query;
        query.text = QStringLiteral("victims");
        QCOMPARE(*copy->searchCandidates(query), QList<qint64>{added->id});
    }
    // Substrings are searched through a trigram index where pg_trgm is installed (it is, with Debian's server).
    QSqlQuery indexes(m_admin);
    QVERIFY(indexes.exec(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'document_search_folded'"))
            && indexes.next());
    QVERIFY(indexes.value(0).toInt() > 0);
    SearchQuery substring;
    substring.kind = SearchQuery::Kind::Substring;
    substring.text = QStringLiteral("ICTIMS");
    QCOMPARE(*(*server)->searchCandidates(substring), QList<qint64>{added->id});

    // New rows after a copy get new ids: the server's counters moved past the copied ones.
    QVERIFY((*server)->addCode(QStringLiteral("Family unity")));
    QVERIFY(!source.copyInto(**server)); // only into an empty project
}

void TestServerProject::open_newerFormatOrMissingProject_isRefusedAndNothingChanges()
{
    QVERIFY(makeTeamProject(QStringLiteral("newer")));
    QSqlQuery lookup(m_admin);
    QVERIFY(lookup.exec(QStringLiteral("SELECT schema_name FROM marginalia.projects WHERE name = 'newer'"))
            && lookup.next());
    const QString schema = lookup.value(0).toString();
    QVERIFY(sql(QStringLiteral("UPDATE %1.schema_info SET version = 99").arg(schema)));
    auto opened = Project::open(url(QStringLiteral("newer")));
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("newer version of Marginalia")), qPrintable(opened.error()));

    auto missing = Project::open(url(QStringLiteral("no such project")));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("no project named")), qPrintable(missing.error()));
    QVERIFY2(missing.error().contains(QStringLiteral("two processes"))
                 || missing.error().contains(QStringLiteral("owner")),
             qPrintable(missing.error())); // it lists the projects there are

    auto duplicate = Project::create(url(QStringLiteral("newer")));
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().contains(QStringLiteral("already")), qPrintable(duplicate.error()));
}

void TestServerProject::open_format8Project_isUpgradedByAnOwner_othersAreToldToAskOne()
{
    // A project the release before headings made: its schema without the table, at format 8.
    auto made = makeTeamProject(QStringLiteral("format 8"));
    QVERIFY(made);
    const qint64 documentId = made->documents().first().id;
    made.reset();
    QSqlQuery lookup(m_admin);
    QVERIFY(lookup.exec(QStringLiteral("SELECT schema_name FROM marginalia.projects WHERE name = 'format 8'"))
            && lookup.next());
    const QString schema = lookup.value(0).toString();
    QVERIFY(sql(QStringLiteral("DROP TABLE %1.headings").arg(schema)));
    QVERIFY(sql(QStringLiteral("UPDATE %1.schema_info SET version = 8").arg(schema)));

    // A coder cannot change the schema: told who can, and nothing changes.
    auto coder = Project::open(url(QStringLiteral("format 8"), QStringLiteral("ben")));
    QVERIFY(!coder);
    QVERIFY2(coder.error().contains(QStringLiteral("owners")), qPrintable(coder.error()));
    QSqlQuery version(m_admin);
    QVERIFY(version.exec(QStringLiteral("SELECT version FROM %1.schema_info").arg(schema)) && version.next());
    QCOMPARE(version.value(0).toInt(), 8);

    // The owner's opening upgrades it, in one transaction; then everyone reads the headings.
    auto owner = Project::open(url(QStringLiteral("format 8"), QStringLiteral("ana")));
    QVERIFY2(owner, qPrintable(owner.error()));
    QVERIFY(version.exec(QStringLiteral("SELECT version FROM %1.schema_info").arg(schema)) && version.next());
    QCOMPARE(version.value(0).toInt(), Project::SchemaVersion);
    QVERIFY((*owner)->headings(documentId).isEmpty());
    NewDocument word;
    word.name = QStringLiteral("Word report");
    word.text = QStringLiteral("Title\n\nBody.");
    word.headings = {{0, 5, 1}};
    auto added = (*owner)->addDocument(word);
    QVERIFY2(added, qPrintable(added.error()));
    for (const char *login : {"ben", "cleo"}) {
        auto member = Project::open(url(QStringLiteral("format 8"), QLatin1String(login)));
        QVERIFY2(member, qPrintable(member.error()));
        QCOMPARE((*member)->headings(added->id), word.headings);
    }
    // Removing the document removes its headings (the cascade is on the server too).
    QVERIFY((*owner)->removeDocument(added->id));
    QVERIFY(version.exec(QStringLiteral("SELECT COUNT(*) FROM %1.headings").arg(schema)) && version.next());
    QCOMPARE(version.value(0).toInt(), 0);
}

void TestServerProject::twoPeopleEditTheSameMemo_theSecondIsToldNotOverwriting()
{
    auto ana = makeTeamProject(QStringLiteral("same memo"));
    QVERIFY(ana);
    auto opened = Project::open(url(QStringLiteral("same memo"), QStringLiteral("ben")));
    QVERIFY2(opened, qPrintable(opened.error()));
    Project &ben = **opened;
    const MemoTarget code{MemoTarget::Kind::Code, ana->codes().first().id};
    // Both open the code's memo; ana saves first, then ben.
    const qint64 anaBegan = ana->version(code);
    const qint64 benBegan = ben.version(code);
    QCOMPARE(anaBegan, benBegan);
    QVERIFY(ana->setMemo(code, QStringLiteral("ana's definition"), anaBegan));
    const Status bens = ben.setMemo(code, QStringLiteral("ben's definition"), benBegan);
    QVERIFY(!bens);
    QVERIFY2(bens.error().contains(QStringLiteral("changed by someone else")), qPrintable(bens.error()));
    QCOMPARE(ben.memo(code), QStringLiteral("ana's definition"));
    // Having read it, ben saves his at the version he sees now.
    QVERIFY(ben.setMemo(code, QStringLiteral("ben's, after reading ana's"), ben.version(code)));
    QCOMPARE(ana->memo(code), QStringLiteral("ben's, after reading ana's"));
}

void TestServerProject::removeFromServer_byAnOwner_leavesNothing_byOthersIsRefused()
{
    auto project = makeTeamProject(QStringLiteral("to remove"));
    QVERIFY(project);
    QSqlQuery lookup(m_admin);
    QVERIFY(lookup.exec(QStringLiteral("SELECT schema_name FROM marginalia.projects WHERE name = 'to remove'"))
            && lookup.next());
    const QString schema = lookup.value(0).toString();
    project.reset();

    const Status byCoder = Project::removeFromServer(url(QStringLiteral("to remove"), QStringLiteral("ben")));
    QVERIFY(!byCoder);
    QVERIFY2(byCoder.error().contains(QStringLiteral("only an owner")), qPrintable(byCoder.error()));
    QVERIFY(Project::open(url(QStringLiteral("to remove"), QStringLiteral("ben"))));

    const Status removed = Project::removeFromServer(url(QStringLiteral("to remove"), QStringLiteral("ana")));
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!Project::open(url(QStringLiteral("to remove"))));
    QSqlQuery left(m_admin);
    QVERIFY(left.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM pg_namespace WHERE nspname = '%1')"
                                     " + (SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE '%1%')")
                          .arg(schema))
            && left.next());
    QCOMPARE(left.value(0).toInt(), 0);
    QVERIFY(!Project::removeFromServer(url(QStringLiteral("to remove"), QStringLiteral("ana"))));
}

void TestServerProject::lostConnection_isOpenedAgain_andListensAgain()
{
    auto project = makeTeamProject(QStringLiteral("lost"));
    QVERIFY(project);
    const int codes = int(project->codes().size());
    // An administrator ends the session (as a server restart or a network cut would).
    QVERIFY(sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                               " WHERE usename = 'ana' AND pid <> pg_backend_pid()")));
    QTest::qWait(200);
    // The next read and the next write work, on a new connection.
    QCOMPARE(project->codes().size(), codes);
    auto code = project->addCode(QStringLiteral("after the cut"));
    QVERIFY2(code, qPrintable(code ? QString() : code.error()));
    // It listens again: another member's change arrives.
    QSignalSpy codebook(project.get(), &Project::codebookChanged);
    auto other = Project::open(url(QStringLiteral("lost")));
    QVERIFY(other);
    QVERIFY((*other)->addCode(QStringLiteral("from elsewhere")));
    QTRY_VERIFY_WITH_TIMEOUT(!codebook.isEmpty(), 2000);
    QCOMPARE(project->codes().size(), codes + 2);
}

QTEST_GUILESS_MAIN(TestServerProject)
#include "tst_serverproject.moc"
