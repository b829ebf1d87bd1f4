#include "store/storeconnection_p.h"

namespace Marginalia::Core {

StoreConnection::StoreConnection() = default;

StoreConnection::~StoreConnection()
{
    close();
}

void StoreConnection::usePostgres(std::unique_ptr<PostgresConnection> connection)
{
    m_postgres = std::move(connection);
}

void StoreConnection::close()
{
    if (m_postgres)
        m_postgres->close();
    m_sqlite.close();
}

bool StoreConnection::exec(const QString &sql)
{
    return m_postgres ? m_postgres->exec(sql) : m_sqlite.exec(sql);
}

QString StoreConnection::lastError() const
{
    return m_postgres ? m_postgres->lastError() : m_sqlite.lastError();
}

int StoreConnection::lastErrorCode() const
{
    return m_postgres ? m_postgres->lastErrorCode() : m_sqlite.lastErrorCode();
}

bool StoreConnection::begin()
{
    return m_postgres ? m_postgres->begin() : m_sqlite.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool StoreConnection::commit()
{
    return m_postgres ? m_postgres->commit() : m_sqlite.exec(QStringLiteral("COMMIT"));
}

bool StoreConnection::rollback()
{
    return m_postgres ? m_postgres->rollback() : m_sqlite.exec(QStringLiteral("ROLLBACK"));
}

bool StoreConnection::savepoint()
{
    return exec(QStringLiteral("SAVEPOINT nested"));
}

bool StoreConnection::releaseSavepoint()
{
    return exec(QStringLiteral("RELEASE SAVEPOINT nested"));
}

bool StoreConnection::rollbackToSavepoint()
{
    return exec(QStringLiteral("ROLLBACK TO SAVEPOINT nested"));
}

QString StoreConnection::nocase(const QString &expr) const
{
    // On the server, ascii_lower() (made with the project's schema) folds A-Z only, as NOCASE does; the
    // text columns there compare bytes (COLLATE "C"), as SQLite's default BINARY does.
    return m_postgres ? QStringLiteral("ascii_lower(%1)").arg(expr) : expr + QStringLiteral(" COLLATE NOCASE");
}

} // namespace Marginalia::Core
