#include "store/sqliteconnection_p.h"

#include "store/sqlitefilelocks_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <unordered_map>
#include <unordered_set>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::Project)
};

} // namespace

struct SqliteConnection::Cache
{
    std::unordered_map<QString, sqlite3_stmt *> bySql;
    std::unordered_set<sqlite3_stmt *> inUse;
    /// Statements prepared because their cached twin was in use (the same SQL run inside its own loop).
    std::unordered_set<sqlite3_stmt *> oneOff;
};

SqliteConnection::SqliteConnection()
    : m_cache(std::make_unique<Cache>())
{
}

SqliteConnection::~SqliteConnection()
{
    close();
}

Status SqliteConnection::open(const QString &path, bool readOnly, bool create)
{
    // Before any connection exists: a file dialog or a QFile closing the project must not drop our locks.
    useOpenFileDescriptionLocks();

    QByteArray name = QFile::encodeName(path);
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    const QFileInfo info(path);
    if (readOnly && !QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        // A WAL database needs a -shm file beside it even to be read; on a read-only medium SQLite cannot
        // make one. With no WAL left over, every commit is in the file itself, and it can be read as
        // immutable, without the -shm.
        name = (QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?immutable=1"))
                   .toUtf8();
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error{Tr::tr("%1: cannot be opened: %2").arg(path, error)};
    }
    sqlite3_extended_result_codes(db, 1);
    // Wait for a moment when another instance holds the write lock instead of failing at once.
    sqlite3_busy_timeout(db, 5000);
    m_db = db;
    return success();
}

void SqliteConnection::close()
{
    if (!m_db)
        return;
    for (auto &[sql, statement] : m_cache->bySql)
        sqlite3_finalize(statement);
    m_cache->bySql.clear();
    m_cache->inUse.clear();
    for (sqlite3_stmt *statement : m_cache->oneOff)
        sqlite3_finalize(statement);
    m_cache->oneOff.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteConnection::exec(const QString &sql)
{
    if (!m_db)
        return false;
    return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

int SqliteConnection::pragmaValue(const char *pragma)
{
    if (!m_db)
        return -1;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = QByteArray("PRAGMA ") + pragma;
    int value = -1;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        value = sqlite3_column_int(statement, 0);
    }
    sqlite3_finalize(statement);
    return value;
}

QString SqliteConnection::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : Tr::tr("the project is closed");
}

int SqliteConnection::lastErrorCode() const
{
    return m_db ? sqlite3_errcode(m_db) : SQLITE_MISUSE;
}

void SqliteConnection::useProjectSettings()
{
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void SqliteConnection::setCacheSize(qint64 bytes)
{
    // A negative cache_size is in KiB rather than pages.
    exec(QStringLiteral("PRAGMA cache_size = -%1").arg(std::max<qint64>(bytes / 1024, 1)));
}

QStringList SqliteConnection::integrityProblems()
{
    QStringList problems;
    if (!m_db)
        return {lastError()};
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            if (line != QLatin1String("ok"))
                problems.append(Tr::tr("SQLite: %1").arg(line));
        }
    } else {
        problems.append(Tr::tr("SQLite: %1").arg(lastError()));
    }
    sqlite3_finalize(statement);
    statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA foreign_key_check", -1, &statement, nullptr) == SQLITE_OK) {
        auto column = [statement](int index) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, index)));
        };
        while (sqlite3_step(statement) == SQLITE_ROW) {
            problems.append(
                Tr::tr("A row of %1 (row id %2) refers to a missing row of %3.").arg(column(0), column(1), column(2)));
        }
    }
    sqlite3_finalize(statement);
    return problems;
}

sqlite3_stmt *SqliteConnection::acquire(const QString &sql)
{
    if (!m_db)
        return nullptr;
    const auto cached = m_cache->bySql.find(sql);
    if (cached != m_cache->bySql.end() && m_cache->inUse.insert(cached->second).second)
        return cached->second;
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    if (cached == m_cache->bySql.end()) {
        m_cache->bySql.emplace(sql, statement);
        m_cache->inUse.insert(statement);
    } else {
        m_cache->oneOff.insert(statement);
    }
    return statement;
}

void SqliteConnection::release(sqlite3_stmt *statement)
{
    if (!statement)
        return;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_cache->oneOff.erase(statement) > 0)
        sqlite3_finalize(statement);
    else
        m_cache->inUse.erase(statement);
}

} // namespace Marginalia::Core
