// The throwaway PostgreSQL cluster the server tests start for themselves (tests/support/postgresqlcluster.h):
// it listens only on its own socket, keeps UTF-8 text as code points, has transactions, lets two
// connections see each other's commits and pass LISTEN/NOTIFY (issue 16's live updates), reports why it
// did not start, and leaves no server and no folder behind. Skipped only where PostgreSQL or the QPSQL
// driver is not installed.

#include "postgresqlcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using Marginalia::Test::PostgresqlCluster;

namespace {

// A zombie still answers kill(pid, 0); /proc tells it apart from a running process.
bool processIsRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName >= 0 && line.size() > afterName + 2 && line.at(afterName + 2) != 'Z';
}

QVariant queryValue(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

int rowCount(QSqlDatabase db, const QString &table)
{
    return queryValue(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

// A folder posing as PG_BINDIR, with scripts in place of the server's tools; readable by the server's user
// when the test runs as root.
bool writeScript(const QString &path, const QByteArray &body)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#!/bin/sh\n" + body);
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                               | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

} // namespace

class TestPostgresqlCluster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void cluster_listensOnlyOnItsOwnSocket();
    void text_emojiAndArabic_roundTripWithCodePointLengths();
    void transaction_rolledBack_leavesNoRow();
    void twoConnections_seeEachOthersCommittedRowsOnly();
    void notify_reachesTheOtherConnectionWithItsPayload();
    void url_opensTheSameDatabaseWithPsql();
    void twoClusters_inOneProcess_doNotClash();
    void destruction_stopsTheServerAndRemovesTheFolder();
    void start_whenInitdbFails_reportsItsOutput();
    void start_whenTheServerRefusesItsSettings_reportsTheLogTail();
    void start_withABinDirLackingTheServer_failsRatherThanSkips();
    void staleCluster_ofAKilledTest_isStoppedAndRemovedByTheNext();

private:
    PostgresqlCluster m_cluster;
};

void TestPostgresqlCluster::initTestCase()
{
    if (!m_cluster.isAvailable())
        QSKIP(qPrintable(m_cluster.unavailableReason()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    qInfo("PostgreSQL %d from %s started in %lld ms at %s", m_cluster.majorVersion(), qPrintable(m_cluster.binDir()),
          timer.elapsed(), qPrintable(m_cluster.url().toString()));
}

void TestPostgresqlCluster::cluster_listensOnlyOnItsOwnSocket()
{
    QSqlDatabase db = m_cluster.connection();
    QVERIFY2(db.isOpen(), qPrintable(m_cluster.errorString()));
    QCOMPARE(queryValue(db, QStringLiteral("SHOW listen_addresses")).toString(), QString());
    QCOMPARE(queryValue(db, QStringLiteral("SHOW unix_socket_directories")).toString(), m_cluster.socketDirectory());
    QCOMPARE(queryValue(db, QStringLiteral("SHOW port")).toInt(), m_cluster.port());
    QVERIFY(QFileInfo::exists(m_cluster.socketDirectory() + QStringLiteral("/.s.PGSQL.")
                              + QString::number(m_cluster.port())));
    QCOMPARE(queryValue(db, QStringLiteral("SHOW server_encoding")).toString(), QStringLiteral("UTF8"));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT current_database()")).toString(), m_cluster.databaseName());
    QCOMPARE(queryValue(db, QStringLiteral("SELECT current_user")).toString(), m_cluster.userName());
    // Under /tmp (or TMPDIR), never in the test's working folder.
    QVERIFY(m_cluster.directory().startsWith(QStringLiteral("/tmp/"))
            || m_cluster.directory().startsWith(QDir::tempPath()));
}

void TestPostgresqlCluster::text_emojiAndArabic_roundTripWithCodePointLengths()
{
    QSqlDatabase db = m_cluster.connection();
    QVERIFY2(db.isOpen(), qPrintable(m_cluster.errorString()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE passages (id serial PRIMARY KEY, body text NOT NULL)")),
             qPrintable(query.lastError().text()));

    // An emoji outside the BMP (two UTF-16 units, one code point), Arabic (right to left, combining
    // harakat), and a German sharp s.
    const QString text
        = QStringLiteral("Interview 3 \U0001F600: \u0645\u064E\u0631\u0652\u062D\u064E\u0628\u064B\u0627 "
                         "\u0628\u0627\u0644\u0639\u0627\u0644\u0645, Stra\u00DFe");
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO passages (body) VALUES (:body) RETURNING id")));
    query.bindValue(QStringLiteral(":body"), text);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    const int id = query.value(0).toInt();

    QVERIFY(query.prepare(QStringLiteral("SELECT body, char_length(body), octet_length(body) FROM passages "
                                         "WHERE id = :id")));
    query.bindValue(QStringLiteral(":id"), id);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(), text);
    // The store's offsets count code points (issue 16): PostgreSQL's text functions must count the same.
    QCOMPARE(query.value(1).toInt(), text.toUcs4().size());
    QCOMPARE(query.value(2).toInt(), text.toUtf8().size());

    // Found again by a bound parameter, through the server's own comparison of the bytes.
    QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM passages WHERE body LIKE :pattern")));
    query.bindValue(QStringLiteral(":pattern"), QStringLiteral("%\U0001F600%"));
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestPostgresqlCluster::transaction_rolledBack_leavesNoRow()
{
    QSqlDatabase db = m_cluster.connection();
    QVERIFY2(db.isOpen(), qPrintable(m_cluster.errorString()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE codes (name text PRIMARY KEY)")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO codes VALUES ('kept')")));

    QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO codes VALUES ('undone')")));
    QCOMPARE(rowCount(db, QStringLiteral("codes")), 2);
    QVERIFY2(db.rollback(), qPrintable(db.lastError().text()));
    QCOMPARE(rowCount(db, QStringLiteral("codes")), 1);

    // A failed statement spoils the whole transaction, as the store will have to expect.
    QVERIFY(db.transaction());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO codes VALUES ('kept')")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO codes VALUES ('after the error')")));
    QVERIFY(db.rollback());
    QCOMPARE(rowCount(db, QStringLiteral("codes")), 1);
}

void TestPostgresqlCluster::twoConnections_seeEachOthersCommittedRowsOnly()
{
    QSqlDatabase writer = m_cluster.connection();
    QSqlDatabase reader = m_cluster.connection();
    QVERIFY2(writer.isOpen() && reader.isOpen(), qPrintable(m_cluster.errorString()));
    QVERIFY(writer.connectionName() != reader.connectionName());
    QSqlQuery query(writer);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE codings (coder text, code text)")),
             qPrintable(query.lastError().text()));

    QVERIFY(writer.transaction());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO codings VALUES ('ana', 'trust')")));
    QCOMPARE(rowCount(reader, QStringLiteral("codings")), 0);
    QVERIFY(writer.commit());
    QCOMPARE(rowCount(reader, QStringLiteral("codings")), 1);

    // And the other way round.
    QSqlQuery readerQuery(reader);
    QVERIFY(readerQuery.exec(QStringLiteral("INSERT INTO codings VALUES ('ben', 'doubt')")));
    QCOMPARE(rowCount(writer, QStringLiteral("codings")), 2);
}

void TestPostgresqlCluster::notify_reachesTheOtherConnectionWithItsPayload()
{
    QSqlDatabase listener = m_cluster.connection();
    QSqlDatabase notifier = m_cluster.connection();
    QVERIFY2(listener.isOpen() && notifier.isOpen(), qPrintable(m_cluster.errorString()));
    QVERIFY(listener.driver()->hasFeature(QSqlDriver::EventNotifications));
    const QString channel = QStringLiteral("project_changed");
    QVERIFY2(listener.driver()->subscribeToNotification(channel), qPrintable(listener.lastError().text()));
    QCOMPARE(listener.driver()->subscribedToNotifications(), QStringList{channel});

    QSignalSpy spy(listener.driver(), &QSqlDriver::notification);
    QSqlQuery query(notifier);
    QVERIFY(query.prepare(QStringLiteral("SELECT pg_notify(:channel, :payload)")));
    query.bindValue(QStringLiteral(":channel"), channel);
    query.bindValue(QStringLiteral(":payload"), QStringLiteral("coding 42 \u2713"));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    // Delivered through the listener's socket notifier, so only while the event loop runs.
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    QCOMPARE(spy.at(0).at(0).toString(), channel);
    QCOMPARE(spy.at(0).at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("coding 42 \u2713"));

    // A notification inside a transaction arrives only when it commits, and never when it rolls back.
    QVERIFY(notifier.transaction());
    QVERIFY(query.exec(QStringLiteral("NOTIFY project_changed, 'rolled back'")));
    QVERIFY(notifier.rollback());
    QVERIFY(notifier.transaction());
    QVERIFY(query.exec(QStringLiteral("NOTIFY project_changed, 'committed'")));
    QTest::qWait(200);
    QCOMPARE(spy.size(), 1);
    QVERIFY(notifier.commit());
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
    QCOMPARE(spy.at(1).at(2).toString(), QStringLiteral("committed"));

    QVERIFY(listener.driver()->unsubscribeFromNotification(channel));
}

void TestPostgresqlCluster::url_opensTheSameDatabaseWithPsql()
{
    const QUrl url = m_cluster.url();
    QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
    QVERIFY(url.toString().contains(QStringLiteral("/") + m_cluster.databaseName()));
    const QString psql = m_cluster.binDir() + QStringLiteral("/psql");
    if (!QFileInfo(psql).isExecutable())
        QSKIP("no psql beside the server binaries to open the URL with");

    QSqlDatabase db = m_cluster.connection();
    QVERIFY2(db.isOpen(), qPrintable(m_cluster.errorString()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE marker (word text)")), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO marker VALUES ('seen through the URL')")));

    // libpq's own reading of the URL (psql is a libpq program, as issue 16's URLs will be read by libpq).
    QProcess process;
    process.start(psql,
                  {QStringLiteral("--no-psqlrc"), QStringLiteral("--tuples-only"), QStringLiteral("--no-align"),
                   QStringLiteral("--command=SELECT word FROM marker"), url.toString(QUrl::FullyEncoded)});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("seen through the URL"));
}

void TestPostgresqlCluster::twoClusters_inOneProcess_doNotClash()
{
    PostgresqlCluster other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    QVERIFY(other.socketDirectory() != m_cluster.socketDirectory());
    QVERIFY(other.serverProcessId() != m_cluster.serverProcessId());

    QSqlDatabase mine = m_cluster.connection();
    QSqlDatabase theirs = other.connection();
    QVERIFY2(mine.isOpen() && theirs.isOpen(), qPrintable(m_cluster.errorString() + other.errorString()));
    QSqlQuery query(theirs);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE only_here (x int)")));
    QCOMPARE(queryValue(mine, QStringLiteral("SELECT to_regclass('only_here') IS NULL")).toBool(), true);
    QCOMPARE(queryValue(theirs, QStringLiteral("SELECT to_regclass('only_here') IS NULL")).toBool(), false);
}

void TestPostgresqlCluster::destruction_stopsTheServerAndRemovesTheFolder()
{
    QString folder;
    qint64 pid = 0;
    QElapsedTimer timer;
    {
        PostgresqlCluster cluster;
        timer.start();
        QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
        const qint64 started = timer.restart();
        folder = cluster.directory();
        pid = cluster.serverProcessId();
        QVERIFY(pid > 0);
        QVERIFY(processIsRunning(pid));
        // A connection still open when the cluster goes must not keep the server up.
        QSqlDatabase db = cluster.connection();
        QVERIFY2(db.isOpen(), qPrintable(cluster.errorString()));
        qInfo("a cluster started in %lld ms", started);
        timer.restart();
    }
    qInfo("and stopped and was removed in %lld ms", timer.elapsed());
    QVERIFY(!QFileInfo::exists(folder));
    // pg_ctl stop waits for the postmaster to remove its pid file, a moment before it has exited.
    QTRY_VERIFY_WITH_TIMEOUT(!processIsRunning(pid), 10000);
}

void TestPostgresqlCluster::start_whenInitdbFails_reportsItsOutput()
{
    QTemporaryDir fakeBin;
    QVERIFY(fakeBin.isValid());
    QVERIFY(QFile::setPermissions(
        fakeBin.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(writeScript(fakeBin.filePath(QStringLiteral("initdb")),
                        "echo 'initdb: error: pretend the disk is full' >&2\nexit 1\n"));
    QVERIFY(writeScript(fakeBin.filePath(QStringLiteral("pg_ctl")), "exit 0\n"));
    QVERIFY(writeScript(fakeBin.filePath(QStringLiteral("postgres")), "exit 0\n"));

    PostgresqlCluster cluster(fakeBin.path());
    QVERIFY(cluster.isAvailable());
    QVERIFY(!cluster.start());
    QVERIFY2(cluster.errorString().contains(QStringLiteral("initdb failed")), qPrintable(cluster.errorString()));
    QVERIFY2(cluster.errorString().contains(QStringLiteral("pretend the disk is full")),
             qPrintable(cluster.errorString()));
    QVERIFY(!cluster.isRunning());
}

void TestPostgresqlCluster::start_whenTheServerRefusesItsSettings_reportsTheLogTail()
{
    PostgresqlCluster cluster;
    cluster.setSetting(QStringLiteral("shared_buffers"), QStringLiteral("'plenty'"));
    QVERIFY(!cluster.start());
    QVERIFY2(cluster.errorString().contains(QStringLiteral("pg_ctl start failed")), qPrintable(cluster.errorString()));
    // The server's own words, from its log, not only pg_ctl's "could not start server".
    QVERIFY2(cluster.errorString().contains(QStringLiteral("shared_buffers")), qPrintable(cluster.errorString()));
    QVERIFY(!cluster.isRunning());
    QCOMPARE(cluster.serverProcessId(), 0);
}

void TestPostgresqlCluster::start_withABinDirLackingTheServer_failsRatherThanSkips()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    PostgresqlCluster cluster(empty.path());
    // Named on purpose, the folder is a broken setup to report, not an absent PostgreSQL to skip.
    QVERIFY(cluster.isAvailable());
    QVERIFY(!cluster.start());
    QVERIFY2(cluster.errorString().contains(empty.path()), qPrintable(cluster.errorString()));
    QVERIFY(cluster.directory().isEmpty());
}

void TestPostgresqlCluster::staleCluster_ofAKilledTest_isStoppedAndRemovedByTheNext()
{
    // This program again, as a test that holds a cluster and is then killed as ctest's timeout kills.
    QProcess holder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MARGINALIA_PGCLUSTER_HOLD"), QStringLiteral("1"));
    holder.setProcessEnvironment(environment);
    holder.start(QCoreApplication::applicationFilePath(), QStringList());
    QByteArray line;
    while (!line.endsWith('\n') && holder.waitForReadyRead(60000))
        line += holder.readAllStandardOutput();
    const QList<QByteArray> fields = line.trimmed().split(' ');
    QVERIFY2(fields.size() == 2, holder.readAllStandardError().constData());
    const QString folder = QString::fromLocal8Bit(fields.at(0));
    const qint64 serverPid = fields.at(1).toLongLong();
    QVERIFY(processIsRunning(serverPid));
    holder.kill();
    QVERIFY(holder.waitForFinished(10000));

    // (A cluster started by a test running beside this one may have come first; either way it is gone.)
    PostgresqlCluster next;
    QVERIFY2(next.start(), qPrintable(next.errorString()));
    QVERIFY(!QFileInfo::exists(folder));
    QTRY_VERIFY_WITH_TIMEOUT(!processIsRunning(serverPid), 10000);
}

// With MARGINALIA_PGCLUSTER_HOLD set, for the test above: start a cluster, say where it is and which server
// runs it, and wait to be killed.
static int holdClusterUntilKilled()
{
    PostgresqlCluster cluster;
    if (!cluster.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.errorString()));
        return 1;
    }
    std::printf("%s %lld\n", qPrintable(cluster.directory()), cluster.serverProcessId());
    std::fflush(stdout);
    QThread::sleep(120);
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("MARGINALIA_PGCLUSTER_HOLD"))
        return holdClusterUntilKilled();
    TestPostgresqlCluster test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_postgresqlcluster.moc"
