#include "store/projectwriterlock.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Marginalia::Core {

namespace {

QString loginName()
{
    const QString fromEnvironment = qEnvironmentVariable("USER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (const passwd *entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::getuid());
}

QByteArray describeThisProcess()
{
    QByteArray text;
    text += "user=" + loginName().toUtf8() + '\n';
    text += "host=" + QSysInfo::machineHostName().toUtf8() + '\n';
    text += "application=" + QCoreApplication::applicationName().toUtf8() + '\n';
    text += "pid=" + QByteArray::number(qint64(::getpid())) + '\n';
    text += "since=" + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n';
    return text;
}

/// The holder a lock file's text names; std::nullopt for an empty file (a holder that has locked it but
/// not yet written, or a file from nobody).
std::optional<ProjectLockHolder> parseHolder(const QByteArray &text)
{
    ProjectLockHolder holder;
    bool any = false;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = line.left(equals);
        const QString value = QString::fromUtf8(line.mid(equals + 1)).trimmed();
        any = true;
        if (key == "user")
            holder.user = value;
        else if (key == "host")
            holder.host = value;
        else if (key == "application")
            holder.application = value;
        else if (key == "pid")
            holder.processId = value.toLongLong();
        else if (key == "since")
            holder.since = QDateTime::fromString(value, Qt::ISODate);
    }
    return any ? std::optional(holder) : std::nullopt;
}

QByteArray readAll(int descriptor)
{
    QByteArray text;
    char buffer[1024];
    off_t offset = 0;
    while (text.size() < 64 * 1024) {
        const ssize_t read = ::pread(descriptor, buffer, sizeof buffer, offset);
        if (read <= 0)
            break;
        text.append(buffer, read);
        offset += read;
    }
    return text;
}

struct flock wholeFile(short type)
{
    struct flock lock;
    std::memset(&lock, 0, sizeof lock);
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 0; // to the end, however long
    return lock;
}

/// Whether a holder that a file without working locks names may still be there: on this machine, while its
/// process lives; on another, always (nothing here can tell).
bool mayStillHold(const ProjectLockHolder &holder)
{
    if (holder.host != QSysInfo::machineHostName())
        return true;
    if (holder.processId <= 0)
        return false;
    return ::kill(pid_t(holder.processId), 0) == 0 || errno == EPERM;
}

QString heldMessage(const QString &projectPath, const std::optional<ProjectLockHolder> &holder)
{
    if (holder && holder->processId == qint64(::getpid()) && holder->host == QSysInfo::machineHostName())
        return ProjectWriterLock::tr("%1 is already open for writing in this program.").arg(projectPath);
    if (!holder) {
        return ProjectWriterLock::tr("%1 is open for writing in another program, which is starting or closing "
                                     "it; try again in a moment, or open it read-only.")
            .arg(projectPath);
    }
    return ProjectWriterLock::tr("%1 is open for writing by %2. Only one program writes to a project at a "
                                 "time: open it read-only, or close it there first.")
        .arg(projectPath, holder->describe());
}

} // namespace

QString ProjectLockHolder::describe() const
{
    const QString who = user.isEmpty() ? ProjectWriterLock::tr("someone") : user;
    const QString where = application.isEmpty() ? ProjectWriterLock::tr("another program") : application;
    const QString when = since.isValid() ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)
                                         : ProjectWriterLock::tr("an unknown time");
    return ProjectWriterLock::tr("%1 in %2 on %3 since %4 (process %5)")
        .arg(who, where, host.isEmpty() ? ProjectWriterLock::tr("an unknown computer") : host, when)
        .arg(processId);
}

QString ProjectWriterLock::lockPathFor(const QString &projectPath)
{
    // One lock per file, however it is reached: through a symbolic link, or a folder's link, the lock is
    // the one beside the real file, where SQLite keeps its journal too.
    const QFileInfo info(projectPath);
    QString file = info.canonicalFilePath();
    if (file.isEmpty()) { // a project still to be created
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        file = folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
    }
    return file + QLatin1String(FileSuffix);
}

Result<std::unique_ptr<ProjectWriterLock>> ProjectWriterLock::acquire(const QString &projectPath)
{
    const QString lockPath = lockPathFor(projectPath);
    const QByteArray encoded = QFile::encodeName(lockPath);
    // A few rounds, for the one race there is: the holder removing its file between our open() and our lock,
    // which leaves us locking a file that is no longer in the folder.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int descriptor = ::open(encoded.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (descriptor < 0) {
            return Error{tr("%1: cannot make the lock file %2 that keeps a second program from writing at the "
                            "same time: %3")
                             .arg(projectPath, lockPath, QString::fromLocal8Bit(std::strerror(errno)))};
        }
        struct flock lock = wholeFile(F_WRLCK);
        bool fileBased = false;
        if (::fcntl(descriptor, F_OFD_SETLK, &lock) != 0) {
            const int error = errno;
            if (error == EAGAIN || error == EACCES) {
                const auto holder = parseHolder(readAll(descriptor));
                ::close(descriptor);
                return Error{heldMessage(projectPath, holder)};
            }
            if (error != ENOLCK && error != EINVAL && error != EOPNOTSUPP) {
                ::close(descriptor);
                return Error{tr("%1: cannot lock %2: %3")
                                 .arg(projectPath, lockPath, QString::fromLocal8Bit(std::strerror(error)))};
            }
            fileBased = true; // this file system does not lock: the file's words decide
        }
        struct stat opened;
        struct stat current;
        if (::fstat(descriptor, &opened) != 0 || ::stat(encoded.constData(), &current) != 0
            || opened.st_ino != current.st_ino || opened.st_dev != current.st_dev) {
            ::close(descriptor); // locked a file its holder has just removed: start again
            continue;
        }
        const auto previous = parseHolder(readAll(descriptor));
        if (fileBased && previous && mayStillHold(*previous)) {
            ::close(descriptor);
            return Error{heldMessage(projectPath, previous)};
        }
        // Who holds it is for the notice only: on a full disk the lock holds without the words.
        const QByteArray text = describeThisProcess();
        if (::ftruncate(descriptor, 0) == 0)
            (void)!::pwrite(descriptor, text.constData(), size_t(text.size()), 0);
        std::unique_ptr<ProjectWriterLock> taken(new ProjectWriterLock(lockPath, descriptor));
        // A holder's words left in an unlocked file: its session ended without closing the project.
        taken->m_staleHolder = previous;
        return taken;
    }
    return Error{tr("%1: the lock file %2 keeps changing; another program is opening and closing the project.")
                     .arg(projectPath, lockPath)};
}

std::optional<ProjectLockHolder> ProjectWriterLock::holder(const QString &projectPath)
{
    const QByteArray encoded = QFile::encodeName(lockPathFor(projectPath));
    const int descriptor = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return std::nullopt;
    struct flock probe = wholeFile(F_WRLCK);
    std::optional<ProjectLockHolder> holder;
    if (::fcntl(descriptor, F_OFD_GETLK, &probe) == 0) {
        if (probe.l_type != F_UNLCK) {
            // Held; a holder that has not written its name yet is still a holder.
            holder = parseHolder(readAll(descriptor)).value_or(ProjectLockHolder{});
        }
    } else if (const auto named = parseHolder(readAll(descriptor)); named && mayStillHold(*named)) {
        holder = named;
    }
    ::close(descriptor);
    return holder;
}

ProjectWriterLock::ProjectWriterLock(QString lockPath, int descriptor)
    : m_lockPath(std::move(lockPath))
    , m_descriptor(descriptor)
{
}

ProjectWriterLock::~ProjectWriterLock()
{
    // Removed while still locked, so that nobody takes over a file that is about to go (acquire() checks that
    // the file it locked is still the one in the folder).
    ::unlink(QFile::encodeName(m_lockPath).constData());
    ::close(m_descriptor);
}

bool ProjectWriterLock::isNetworkFileSystemType(const QByteArray &type)
{
    static const QByteArray networkTypes[] = {
        "nfs",   "nfs4",        "cifs",        "smb3",      "smbfs",           "smb2",           "ncpfs",      "afs",
        "9p",    "ceph",        "coda",        "lustre",    "glusterfs",       "fuse.glusterfs", "fuse.sshfs", "sshfs",
        "davfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "vboxsf",         "prl_fs",
    };
    const QByteArray lower = type.toLower();
    for (const QByteArray &network : networkTypes) {
        if (lower == network)
            return true;
    }
    return false;
}

QString ProjectWriterLock::networkFileSystemOf(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (!storage.isValid())
        return {};
    const QByteArray type = storage.fileSystemType();
    return isNetworkFileSystemType(type) ? QString::fromUtf8(type) : QString();
}

} // namespace Marginalia::Core
