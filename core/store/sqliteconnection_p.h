#pragma once

// SQLite-only: the connection under a project file. Everything that only SQLite has (the C API, PRAGMAs,
// the WAL journal, URI options, the file locks) is in the files of store/ whose names start with "sqlite";
// the rest of the store speaks portable SQL through Statement, so that another backend can be added
// beside this one without touching what is built on the store.

#include "base/result.h"

#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Marginalia::Core {

/**
 * One SQLite connection, opened on a project file, with a cache of prepared statements (preparing costs
 * more than running most of the store's statements).
 */
class SqliteConnection final
{
public:
    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Opens @p path (which must exist unless @p create). A read-only file on a read-only medium with no
    /// journal left beside it is opened immutable, since SQLite could not create the -shm file it would
    /// otherwise need. Waits up to 5 s for another writer instead of failing at once.
    Status open(const QString &path, bool readOnly, bool create = false);
    bool isOpen() const { return m_db != nullptr; }
    void close();
    sqlite3 *handle() const { return m_db; }

    /// Runs statements without results (DDL, PRAGMAs, transaction control); false with lastError() set
    /// when one fails.
    bool exec(const QString &sql);
    /// A PRAGMA's integer value, or -1 when it cannot be read.
    int pragmaValue(const char *pragma);
    /// The message and primary result code of the last failure on this connection.
    QString lastError() const;
    int lastErrorCode() const;

    /// Puts the project into the journal mode and durability the store promises (WAL, synchronous=FULL,
    /// foreign keys on).
    void useProjectSettings();
    /// Lets SQLite keep up to @p bytes of the file in memory (its page cache).
    void setCacheSize(qint64 bytes);
    /// SQLite's own checks of the file (integrity and foreign keys), as messages; empty when sound.
    QStringList integrityProblems();

    /// A prepared statement for @p sql, from the cache when it is not in use; hand it back with release().
    sqlite3_stmt *acquire(const QString &sql);
    void release(sqlite3_stmt *statement);

private:
    struct Cache;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<Cache> m_cache;
};

} // namespace Marginalia::Core
