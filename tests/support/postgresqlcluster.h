#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Marginalia::Test {

/**
 * A throwaway PostgreSQL cluster for one test: made with initdb in a new temporary folder, started with
 * pg_ctl on a Unix socket in that folder only (no TCP), stopped and removed when the object is destroyed,
 * also when the test failed.
 *
 * The server binaries are found in PG_BINDIR when it is set, else in the newest /usr/lib/postgresql/N/bin
 * (Debian), else on PATH. As the server refuses to run as root, a test run by root runs initdb and pg_ctl
 * as the unprivileged "postgres" user that Debian's package makes, and gives it the folder.
 *
 * A test skips only where PostgreSQL or Qt's QPSQL driver is not installed; where they are, a cluster that
 * does not start is a failure:
 *
 *     PostgresqlCluster cluster;
 *     if (!cluster.isAvailable())
 *         QSKIP(qPrintable(cluster.unavailableReason()));
 *     QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
 *     QSqlDatabase db = cluster.connection();
 */
class PostgresqlCluster final
{
public:
    /// binDir overrides where initdb, pg_ctl and postgres are looked for (tests of the fixture itself);
    /// empty means PG_BINDIR or the search above.
    explicit PostgresqlCluster(const QString &binDir = {});
    /// Closes the connections this cluster made, stops the server (fast, then immediate) and removes the
    /// folder.
    ~PostgresqlCluster();
    Q_DISABLE_COPY_MOVE(PostgresqlCluster)

    /// False only when PostgreSQL's server binaries or the QPSQL driver are not installed: the one case a
    /// test may skip.
    bool isAvailable() const;
    QString unavailableReason() const;

    /// Makes the cluster, starts it and creates databaseName(). On failure errorString() says why, with
    /// initdb's output or the tail of the server's log.
    bool start();
    /// A postgresql.conf setting for start() to add after the fixture's own (which it overrides), e.g.
    /// setSetting("max_connections", "200"); value is written as given, so strings need their quotes.
    void setSetting(const QString &name, const QString &value);
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    QString binDir() const { return m_binDir; }
    /// The server's major version, from the folder name or `postgres --version` (0 when unknown).
    int majorVersion() const;

    /// The folder that holds the data directory, the server's log and its socket.
    QString directory() const;
    QString dataDirectory() const;
    QString socketDirectory() const { return directory(); }
    int port() const { return m_port; }
    QString userName() const;
    QString databaseName() const;
    /// postgresql:///marginalia_test?host=/tmp/...&port=N&user=postgres: the socket folder goes in the query,
    /// as libpq reads it, since a path cannot be a URL's host.
    QUrl url() const;

    /// A new open QPSQL connection to databaseName() (or to another database of the cluster), registered
    /// under a unique connection name that the cluster removes when it is destroyed. Invalid, with
    /// errorString() set, when it could not open.
    QSqlDatabase connection(const QString &database = {});

    /// The postmaster's process id, from postmaster.pid (0 when not running).
    qint64 serverProcessId() const;
    /// The last lines of the server's log, for failure messages.
    QString serverLogTail(int lines = 30) const;

private:
    bool findBinaries();
    bool runTool(const QString &tool, const QStringList &arguments, QString *output, int timeoutMs);
    QStringList commandFor(const QString &tool, const QStringList &arguments) const;
    bool prepareDirectory();
    void removeStaleClusters(const QString &base);
    bool writeSettings();
    bool createDatabase();
    void stop();
    bool fail(const QString &message);

    QString m_binDir;
    bool m_binDirGiven = false;
    QString m_unavailable;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_directory;
    int m_port = 0;
    bool m_running = false;
    // When the test runs as root: the unprivileged user initdb and pg_ctl run as.
    bool m_asRoot = false;
    unsigned m_serverUid = 0;
    unsigned m_serverGid = 0;
    QStringList m_dropPrivileges;
    QStringList m_connectionNames;
    QStringList m_extraSettings;
};

} // namespace Marginalia::Test
