#pragma once

// The store's connection, whichever backend is under it: a project file (SQLite) or a project on a
// PostgreSQL server. The store's files speak portable SQL through Statement over this; the few places where
// the two dialects differ ask dialect helpers here instead of spelling either in the caller.

#include "store/postgresconnection_p.h"
#include "store/sqliteconnection_p.h"

#include <QString>

#include <memory>

namespace Marginalia::Core {

class StoreConnection final
{
public:
    StoreConnection();
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    /// True for a project on a server.
    bool isServer() const { return m_postgres != nullptr; }
    /// The file's connection; open only for a file project.
    SqliteConnection &sqlite() { return m_sqlite; }
    /// The server's connection; null for a file project.
    PostgresConnection *postgres() const { return m_postgres.get(); }
    void usePostgres(std::unique_ptr<PostgresConnection> connection);
    void close();

    bool exec(const QString &sql);
    QString lastError() const;
    int lastErrorCode() const;

    /// Transaction control. A file's writer takes SQLite's write lock when it begins (IMMEDIATE), so that
    /// it waits for another writer there rather than failing at its first write; a server's writers run
    /// side by side, and PostgreSQL's row locks order them.
    bool begin();
    bool commit();
    bool rollback();
    bool savepoint();
    bool releaseSavepoint();
    bool rollbackToSavepoint();

    /// `expr` compared as SQLite's NOCASE collation compares (ASCII letters folded, nothing else): the
    /// expression to put on both sides of an = or in an ORDER BY.
    QString nocase(const QString &expr) const;

private:
    SqliteConnection m_sqlite;
    std::unique_ptr<PostgresConnection> m_postgres;
};

} // namespace Marginalia::Core
