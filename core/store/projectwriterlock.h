#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace Marginalia::Core {

/// Who holds a project open for writing, as the lock file beside it says.
struct ProjectLockHolder
{
    /// The login name of the user who opened it.
    QString user;
    QString host;
    /// "Marginalia" for the window, "marginalia-cli" for the command-line tool.
    QString application;
    qint64 processId = 0;
    /// When it was opened (UTC).
    QDateTime since;

    /// "alice in Marginalia on laptop since 7 Dec 2026 09:15 (process 4242)", in words for a notice.
    QString describe() const;
};

/**
 * One writer at a time (docs/backups.md): the lock a process holds while it has a project open for
 * writing, so that a second window or instance opens it read-only instead of writing under the first
 * one's undo history.
 *
 * The lock is a small file beside the project, `NAME.marginalia.lock`, saying who holds it and since when,
 * locked with an open file description lock (fcntl F_OFD_SETLK) for as long as the project is open. The
 * kernel lets go of that lock when the process ends in any way, so a lock file left by a crash is
 * recognised as stale at once: nobody holds it, and the next writer takes it over (and can say that the
 * last session did not end cleanly). No process ids are guessed at and no timeouts expire under a
 * project that is merely open for a long time. A clean close removes the file.
 *
 * Where the file system does not lock (some network mounts refuse with ENOLCK), the file's contents
 * decide: a holder on this machine whose process is gone is stale; one on another machine is taken to be
 * there.
 *
 * Project::create() and Project::open() for writing take the lock themselves; read-only opens do not.
 */
class ProjectWriterLock final
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ProjectWriterLock)
    Q_DISABLE_COPY_MOVE(ProjectWriterLock)

public:
    /// `study.marginalia` is locked by `study.marginalia.lock`.
    static constexpr auto FileSuffix = ".lock";

    /// Takes the lock on @p projectPath for this process. Fails, naming the holder, when another process
    /// (or another open project in this one) holds it, and when the lock file cannot be made.
    static Result<std::unique_ptr<ProjectWriterLock>> acquire(const QString &projectPath);
    /// Who holds the lock on @p projectPath now; std::nullopt when nobody does (no file, or a stale one).
    static std::optional<ProjectLockHolder> holder(const QString &projectPath);
    static QString lockPathFor(const QString &projectPath);

    /// The type of the network file system @p path is on ("nfs4", "cifs", ...), or empty for a local one.
    /// SQLite's locking is not safe on network file systems (https://sqlite.org/useovernet.html).
    static QString networkFileSystemOf(const QString &path);
    /// Whether a file system of @p type (as QStorageInfo::fileSystemType() names it) is a network one.
    static bool isNetworkFileSystemType(const QByteArray &type);

    ~ProjectWriterLock();

    QString lockPath() const { return m_lockPath; }
    /// What the lock file said when it was taken over from a session that ended without closing the project
    /// (a crash, a kill, a power cut); std::nullopt after a clean close.
    std::optional<ProjectLockHolder> staleHolder() const { return m_staleHolder; }

private:
    ProjectWriterLock(QString lockPath, int descriptor);

    QString m_lockPath;
    int m_descriptor = -1;
    std::optional<ProjectLockHolder> m_staleHolder;
};

} // namespace Marginalia::Core
