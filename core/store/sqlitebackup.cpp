#include "store/sqlitebackup_p.h"

#include "store/sqliteconnection_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace Marginalia::Core::SqliteBackup {

namespace {

/// Opens @p path to be read. Read-write where the file and its folder can be written, though nothing is
/// written: a read-only connection to a WAL database leaves an empty -wal and a -shm behind it, where a
/// read-write one that is the last to close removes them, as the project's own connection does.
Status openToRead(SqliteConnection &db, const QString &path)
{
    const QFileInfo info(path);
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    return db.open(path, !writable);
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ProjectBackups)
};

/// Pages copied per step: 4 MB of 4 KB pages, a few milliseconds of reading, after which the source is
/// released so that a writer waiting for it gets its turn.
constexpr int PagesPerStep = 1024;
/// How long a step waits for a busy source before it gives up: SQLite's own busy timeout covers the lock,
/// these retries cover the rare case where a step still reports BUSY.
constexpr int BusyRetries = 100;

QString errorOf(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : Tr::tr("out of memory");
}

/// A connection on the target file, closed (and the file removed unless kept) when it goes.
struct Target
{
    QString path;
    sqlite3 *db = nullptr;
    bool keep = false;
    ~Target()
    {
        sqlite3_close_v2(db);
        if (!keep) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-journal"));
        }
    }
};

} // namespace

Status copy(const QString &source, const QString &target, const std::function<bool()> &cancelled)
{
    if (QFile::exists(target))
        return Error{Tr::tr("%1: the file exists already.").arg(target)};
    SqliteConnection from;
    if (auto opened = openToRead(from, source); !opened)
        return Error{opened.error()};

    Target to{target};
    const QByteArray targetName = QFile::encodeName(target);
    if (sqlite3_open_v2(targetName.constData(), &to.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        return Error{Tr::tr("%1: cannot be written: %2").arg(target, errorOf(to.db))};
    }

    sqlite3_backup *backup = sqlite3_backup_init(to.db, "main", from.handle(), "main");
    if (!backup)
        return Error{Tr::tr("%1: cannot be written: %2").arg(target, errorOf(to.db))};
    int rc = SQLITE_OK;
    int busy = 0;
    for (;;) {
        if (cancelled && cancelled()) {
            sqlite3_backup_finish(backup);
            return Error{Tr::tr("%1: the backup was cancelled.").arg(target)};
        }
        rc = sqlite3_backup_step(backup, PagesPerStep);
        if (rc == SQLITE_OK)
            continue;
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busy < BusyRetries) {
            QThread::msleep(50);
            continue;
        }
        break;
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return Error{Tr::tr("%1: could not copy %2: %3").arg(target, source, QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    // The pages carry the project's WAL flag; a backup is one self-contained file instead, readable
    // without the -wal and -shm a WAL database needs beside it (and so on a read-only medium too).
    if (sqlite3_exec(to.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error{Tr::tr("%1: cannot be written: %2").arg(target, errorOf(to.db))};
    to.keep = true;
    return success();
}

QStringList quickCheck(const QString &path)
{
    if (!QFile::exists(path))
        return {Tr::tr("%1: no such file.").arg(path)};
    SqliteConnection db;
    if (auto opened = openToRead(db, path); !opened)
        return {opened.error()};
    QStringList problems;
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), "PRAGMA quick_check", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    }
    if (rc != SQLITE_DONE && rc != SQLITE_OK)
        problems.append(db.lastError());
    sqlite3_finalize(statement);
    return problems;
}

std::optional<qint32> applicationId(const QString &path)
{
    SqliteConnection db;
    if (!db.open(path, /*readOnly=*/true))
        return std::nullopt;
    sqlite3_stmt *statement = nullptr;
    std::optional<qint32> id;
    if (sqlite3_prepare_v2(db.handle(), "PRAGMA application_id", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        id = qint32(sqlite3_column_int(statement, 0));
    }
    sqlite3_finalize(statement);
    return id;
}

Status useWal(const QString &path)
{
    SqliteConnection db;
    if (auto opened = db.open(path, /*readOnly=*/false); !opened)
        return opened;
    if (db.pragmaValue("application_id") == -1 || !db.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Error{Tr::tr("%1: cannot be written: %2").arg(path, db.lastError())};
    return success();
}

bool isInUse(const QString &path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    // SQLite's lock bytes (os_unix.c): a connection to a WAL database keeps a read lock on one byte of
    // the shared range [PENDING_BYTE + 2, PENDING_BYTE + 512) for as long as it is open. Asking for a
    // write lock over the range finds any such lock, of another process or (OFD locks, which the store
    // uses) of this one.
    constexpr off_t PendingByte = 0x40000000;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = PendingByte;
    lock.l_len = 512;
#if defined(F_OFD_GETLK)
    int result = ::fcntl(descriptor, F_OFD_GETLK, &lock);
    if (result != 0) {
        lock = {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = PendingByte;
        lock.l_len = 512;
        result = ::fcntl(descriptor, F_GETLK, &lock);
    }
#else
    const int result = ::fcntl(descriptor, F_GETLK, &lock);
#endif
    ::close(descriptor);
    return result == 0 && lock.l_type != F_UNLCK;
}

} // namespace Marginalia::Core::SqliteBackup
