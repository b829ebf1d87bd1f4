#pragma once

// PostgreSQL-only: the connection under a server project (issue 16; docs/server.md). The store's SQL runs
// here through Qt's QPSQL driver; everything only PostgreSQL has (schemas, roles, LISTEN/NOTIFY, SQLSTATE
// codes) is in the files of store/ whose names start with "postgres".

#include "base/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace Marginalia::Core {

/**
 * One QPSQL connection with a cache of prepared queries (each one a server-side PREPARE, a round trip
 * that should happen once per statement text, not once per coding).
 *
 * Errors are kept as an SQLite result code as well as a message: the store decides what to tell the user
 * by those codes (a full disk, a unique name, a read-only project), and mapping PostgreSQL's SQLSTATE onto
 * them here lets the store's logic stay one for both backends. Two codes have no SQLite counterpart with
 * the same meaning and are mapped to the nearest: a refused privilege (SQLSTATE 42501, a viewer's write)
 * to SQLITE_PERM, and a lost connection (class 08) to SQLITE_IOERR.
 */
class PostgresConnection final
{
public:
    PostgresConnection();
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    /// Takes @p database (configured, not yet open: QSqlDatabase::addDatabase("QPSQL", name)) and opens it.
    Status open(QSqlDatabase database);
    bool isOpen() const;
    void close();
    QSqlDatabase &database() { return m_database; }
    QString connectionName() const { return m_connectionName; }

    /// Runs one statement without results and without preparing it (DDL, transaction control, SET).
    bool exec(const QString &sql);
    QString lastError() const { return m_error; }
    int lastErrorCode() const { return m_errorCode; }
    /// The SQLSTATE of the last failure ("42501"), for the messages only PostgreSQL has.
    QString lastSqlState() const { return m_sqlState; }

    bool begin();
    bool commit();
    bool rollback();

    /// Whether the last failure was the connection's, not the statement's (the server restarted, the network
    /// dropped, an administrator ended the session).
    bool lostConnection() const;
    /// Opens the connection again after it was lost, outside a transaction only (a transaction's work is gone
    /// with the connection, and its outcome is the caller's to report); then runs what setUpSession() gave.
    bool reconnect();
    /// What a new session needs (its search path, its listening): run after every reconnect.
    void setUpSession(std::function<void()> setUp) { m_setUpSession = std::move(setUp); }
    bool inTransaction() const { return m_inTransaction; }

    /// A prepared query for @p sql (with ? placeholders), from the cache when it is not in use.
    QSqlQuery *acquire(const QString &sql);
    void release(QSqlQuery *query);
    /// Records a failure of @p error as this connection's last error.
    void fail(const QSqlError &error);

private:
    struct Cache;
    QSqlDatabase m_database;
    QString m_connectionName;
    std::unique_ptr<Cache> m_cache;
    QString m_error;
    QString m_sqlState;
    int m_errorCode = 0;
    bool m_inTransaction = false;
    bool m_lostConnection = false;
    std::function<void()> m_setUpSession;
};

} // namespace Marginalia::Core
