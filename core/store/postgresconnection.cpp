#include "store/postgresconnection_p.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <unordered_map>
#include <unordered_set>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::Project)
};

/// The SQLite result code the store understands for a PostgreSQL SQLSTATE (Appendix A of its manual).
int sqliteCodeFor(const QString &sqlState, QSqlError::ErrorType type)
{
    if (sqlState == QLatin1String("23505"))
        return SQLITE_CONSTRAINT_UNIQUE;
    if (sqlState == QLatin1String("23503"))
        return SQLITE_CONSTRAINT_FOREIGNKEY;
    if (sqlState == QLatin1String("23514"))
        return SQLITE_CONSTRAINT_CHECK;
    if (sqlState == QLatin1String("23502"))
        return SQLITE_CONSTRAINT_NOTNULL;
    if (sqlState.startsWith(QLatin1String("23")))
        return SQLITE_CONSTRAINT;
    if (sqlState == QLatin1String("42501"))
        return SQLITE_PERM;
    if (sqlState == QLatin1String("25006"))
        return SQLITE_READONLY;
    if (sqlState == QLatin1String("53100"))
        return SQLITE_FULL;
    if (sqlState == QLatin1String("53200"))
        return SQLITE_NOMEM;
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") || sqlState == QLatin1String("55P03"))
        return SQLITE_BUSY;
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P"))
        || sqlState == QLatin1String("58030") || sqlState == QLatin1String("XX001"))
        return SQLITE_IOERR;
    if (type == QSqlError::ConnectionError)
        return SQLITE_IOERR;
    return SQLITE_ERROR;
}

} // namespace

struct PostgresConnection::Cache
{
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> bySql;
    std::unordered_set<QSqlQuery *> inUse;
    /// Queries prepared while the cached one for the same text was in use (a statement run inside the
    /// loop over another's rows): deleted when released.
    std::unordered_map<QSqlQuery *, std::unique_ptr<QSqlQuery>> oneOff;
};

PostgresConnection::PostgresConnection()
    : m_cache(std::make_unique<Cache>())
{
}

PostgresConnection::~PostgresConnection()
{
    close();
}

Status PostgresConnection::open(QSqlDatabase database)
{
    m_database = std::move(database);
    m_connectionName = m_database.connectionName();
    if (!m_database.open()) {
        fail(m_database.lastError());
        return Error{m_error};
    }
    return success();
}

bool PostgresConnection::isOpen() const
{
    return m_database.isOpen();
}

void PostgresConnection::close()
{
    // The prepared queries belong to the connection: gone before it closes.
    m_cache = std::make_unique<Cache>();
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
}

bool PostgresConnection::exec(const QString &sql)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        fail(query.lastError());
        return false;
    }
    return true;
}

bool PostgresConnection::begin()
{
    if (!m_database.transaction()) {
        fail(m_database.lastError());
        // The first statement of a write after a lost connection: the write can run on a new one.
        if (!lostConnection() || !reconnect() || !m_database.transaction())
            return false;
    }
    m_inTransaction = true;
    return true;
}

bool PostgresConnection::lostConnection() const
{
    return m_lostConnection;
}

bool PostgresConnection::reconnect()
{
    if (m_inTransaction)
        return false;
    // Queries in use (a loop over rows around the statement that found the connection gone) stay valid
    // objects, failing from now on, until their statements let go of them; the others go now.
    for (auto it = m_cache->bySql.begin(); it != m_cache->bySql.end();) {
        QSqlQuery *query = it->second.get();
        if (m_cache->inUse.erase(query) > 0)
            m_cache->oneOff.emplace(query, std::move(it->second));
        it = m_cache->bySql.erase(it);
    }
    m_database.close();
    if (!m_database.open()) {
        fail(m_database.lastError());
        return false;
    }
    m_lostConnection = false;
    if (m_setUpSession)
        m_setUpSession();
    return true;
}

bool PostgresConnection::commit()
{
    m_inTransaction = false;
    // Through the driver, not exec("COMMIT"): a COMMIT of a transaction that an error had aborted answers
    // ROLLBACK without an error, which only the driver's commit notices.
    if (!m_database.commit()) {
        fail(m_database.lastError());
        return false;
    }
    return true;
}

bool PostgresConnection::rollback()
{
    m_inTransaction = false;
    if (!m_database.rollback()) {
        fail(m_database.lastError());
        return false;
    }
    return true;
}

QSqlQuery *PostgresConnection::acquire(const QString &sql)
{
    auto prepare = [this, &sql]() -> std::unique_ptr<QSqlQuery> {
        auto query = std::make_unique<QSqlQuery>(m_database);
        if (!query->prepare(sql)) {
            fail(query->lastError());
            return nullptr;
        }
        return query;
    };
    const auto cached = m_cache->bySql.find(sql);
    if (cached != m_cache->bySql.end()) {
        QSqlQuery *query = cached->second.get();
        if (m_cache->inUse.insert(query).second)
            return query;
        auto oneOff = prepare();
        if (!oneOff)
            return nullptr;
        QSqlQuery *raw = oneOff.get();
        m_cache->oneOff.emplace(raw, std::move(oneOff));
        return raw;
    }
    auto query = prepare();
    if (!query)
        return nullptr;
    QSqlQuery *raw = query.get();
    m_cache->bySql.emplace(sql, std::move(query));
    m_cache->inUse.insert(raw);
    return raw;
}

void PostgresConnection::release(QSqlQuery *query)
{
    if (!query)
        return;
    // finish() lets go of the result (the rows a SELECT left unread) but keeps the prepared statement.
    query->finish();
    if (m_cache->oneOff.erase(query) == 0)
        m_cache->inUse.erase(query);
}

void PostgresConnection::fail(const QSqlError &error)
{
    m_sqlState = error.nativeErrorCode();
    // libpq's own words when the socket is gone, which come without an SQLSTATE.
    const QString text = error.text();
    m_lostConnection = m_sqlState.startsWith(QLatin1String("08")) || m_sqlState.startsWith(QLatin1String("57P"))
        || (m_sqlState.isEmpty()
            && (text.contains(QLatin1String("closed the connection")) || text.contains(QLatin1String("no connection"))
                || text.contains(QLatin1String("terminating connection"))
                || text.contains(QLatin1String("could not send data")) || error.type() == QSqlError::ConnectionError));
    m_errorCode = m_lostConnection ? SQLITE_IOERR : sqliteCodeFor(m_sqlState, error.type());
    // QPSQL gives the server's message as "ERROR:  text\n(SQLSTATE)": the text is what a user reads.
    m_error = error.databaseText().trimmed();
    for (const char *severity : {"ERROR:", "FATAL:", "PANIC:"}) {
        if (m_error.startsWith(QLatin1String(severity)))
            m_error = m_error.mid(int(qstrlen(severity))).trimmed();
    }
    if (!m_sqlState.isEmpty() && m_error.endsWith(u'(' + m_sqlState + u')'))
        m_error = m_error.chopped(m_sqlState.size() + 2).trimmed();
    if (m_error.isEmpty())
        m_error = error.driverText().trimmed();
    if (m_error.isEmpty())
        m_error = Tr::tr("the server reported an error");
}

} // namespace Marginalia::Core
