#include "store/projectbackups.h"

#include "store/project.h"
#include "store/projectwriterlock.h"
#include "store/sqlitebackup_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <map>

#include <fcntl.h>
#include <unistd.h>

namespace Marginalia::Core {

namespace {

/// The time in a backup's name: colons are not allowed in Windows file names, so the time's are dashes.
constexpr auto NameTimeFormat = "yyyy-MM-dd'T'HH-mm-ss.zzz";
/// A backup being written: it takes its name only once it is complete and checked.
constexpr auto PartialSuffix = ".partial";

QDateTime utcNow(const QDateTime &now)
{
    return now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(QString::fromLatin1(NameTimeFormat)) + u'Z';
}

/// Whether a folder can be written, or, when it does not exist yet, created.
bool canWriteIn(const QString &folder)
{
    QFileInfo info(folder);
    if (info.exists())
        return info.isDir() && info.isWritable();
    const QFileInfo parent(info.absolutePath());
    return parent.isDir() && parent.isWritable();
}

/// Flushes a file's bytes to the disk, so that a rename that follows cannot be seen before them.
bool syncFile(const QString &path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool synced = ::fsync(descriptor) == 0;
    ::close(descriptor);
    return synced;
}

/// Flushes a folder's entries (a rename in it) to the disk.
void syncFolder(const QString &path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor >= 0) {
        ::fsync(descriptor);
        ::close(descriptor);
    }
}

} // namespace

ProjectBackups::ProjectBackups(const QString &projectPath)
    : ProjectBackups(projectPath, Policy())
{
}

ProjectBackups::ProjectBackups(const QString &projectPath, Policy policy)
    : m_projectPath(QFileInfo(projectPath).absoluteFilePath())
    , m_policy(policy)
{
}

QString ProjectBackups::folderBeside() const
{
    return m_projectPath + QLatin1String(FolderSuffix);
}

QString ProjectBackups::fallbackFolder() const
{
    // The same folder for the window and the command-line tool, whose application names differ.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QByteArray hash
        = QCryptographicHash::hash(QFile::encodeName(m_projectPath), QCryptographicHash::Sha256).toHex().left(16);
    return data + QStringLiteral("/marginalia/backups/") + QFileInfo(m_projectPath).fileName() + u'-'
        + QString::fromLatin1(hash);
}

QString ProjectBackups::folder() const
{
    const QString beside = folderBeside();
    return canWriteIn(beside) ? beside : fallbackFolder();
}

QString ProjectBackups::fileNameFor(const QDateTime &time) const
{
    return QFileInfo(m_projectPath).completeBaseName() + u'.' + stamp(time) + u'.' + QLatin1String(Project::FileSuffix);
}

QDateTime ProjectBackups::timeOf(const QString &fileName) const
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)\\.(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{3})Z\\.marginalia$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch() || match.captured(1) != QFileInfo(m_projectPath).completeBaseName())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(2), QString::fromLatin1(NameTimeFormat));
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QList<ProjectBackup> ProjectBackups::list(Verify verify) const
{
    QList<ProjectBackup> backups;
    QStringList folders{folderBeside()};
    if (fallbackFolder() != folders.first())
        folders.append(fallbackFolder());
    for (const QString &folder : std::as_const(folders)) {
        const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QDateTime time = timeOf(entry.fileName());
            if (!time.isValid())
                continue;
            ProjectBackup backup;
            backup.path = entry.absoluteFilePath();
            backup.time = time;
            backup.size = entry.size();
            if (verify == Verify::Yes) {
                backup.problems = quickCheck(backup.path);
                backup.check = backup.problems.isEmpty() ? ProjectBackup::Check::Good : ProjectBackup::Check::Damaged;
            }
            backups.append(backup);
        }
    }
    std::sort(backups.begin(), backups.end(),
              [](const ProjectBackup &a, const ProjectBackup &b) { return a.time > b.time; });
    return backups;
}

std::optional<ProjectBackup> ProjectBackups::newestGood() const
{
    // Checked newest first, one at a time: the newest is almost always sound, and the check reads the file.
    for (ProjectBackup backup : list(Verify::No)) {
        backup.problems = quickCheck(backup.path);
        if (backup.problems.isEmpty()) {
            backup.check = ProjectBackup::Check::Good;
            return backup;
        }
    }
    return std::nullopt;
}

bool ProjectBackups::newestIsCurrent() const
{
    const QList<ProjectBackup> backups = list(Verify::No);
    if (backups.isEmpty())
        return false;
    // Every commit writes the -wal, a checkpoint the file itself: the later of the two is the last change. An
    // empty -wal is only the one a connection makes when it opens the project.
    QDateTime changed = QFileInfo(m_projectPath).lastModified().toUTC();
    const QFileInfo wal(m_projectPath + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        changed = std::max(changed, wal.lastModified().toUTC());
    return changed.isValid() && changed < backups.first().time;
}

Result<ProjectBackup> ProjectBackups::backUp(const QDateTime &now, const std::function<bool()> &cancelled) const
{
    if (!QFileInfo::exists(m_projectPath))
        return Error{tr("%1: no such file.").arg(m_projectPath)};
    const QString target = folder();
    if (!QDir().mkpath(target))
        return Error{tr("%1: the backup folder cannot be created.").arg(target)};

    ProjectBackup backup;
    backup.time = utcNow(now);
    backup.path = target + u'/' + fileNameFor(backup.time);
    // Two backups within a millisecond (a test, a script): the later one waits for a name of its own.
    while (QFileInfo::exists(backup.path)) {
        backup.time = backup.time.addMSecs(1);
        backup.path = target + u'/' + fileNameFor(backup.time);
    }
    const QString partial = backup.path + QLatin1String(PartialSuffix);
    QFile::remove(partial);
    if (auto copied = SqliteBackup::copy(m_projectPath, partial, cancelled); !copied)
        return Error{copied.error()};
    backup.problems = quickCheck(partial);
    if (!backup.problems.isEmpty()) {
        QFile::remove(partial);
        return Error{tr("%1: the copy of the project fails SQLite's check, so it was not kept; the project "
                        "itself may be damaged: %2")
                         .arg(m_projectPath, backup.problems.join(QStringLiteral("; ")))};
    }
    // The copy's pages are on the disk before its name says it is a backup.
    syncFile(partial);
    if (!QFile::rename(partial, backup.path)) {
        QFile::remove(partial);
        return Error{tr("%1: the backup could not be given its name.").arg(backup.path)};
    }
    syncFolder(target);
    backup.check = ProjectBackup::Check::Good;
    backup.size = QFileInfo(backup.path).size();
    rotate(backup.time);
    return backup;
}

Result<std::optional<ProjectBackup>> ProjectBackups::backUpIfDue(int intervalMinutes, const QDateTime &now) const
{
    const QDateTime time = utcNow(now);
    const QList<ProjectBackup> backups = list(Verify::No);
    // A backup "from the future" (a clock set back) does not count as recent.
    if (!backups.isEmpty() && backups.first().time <= time
        && backups.first().time.secsTo(time) < qint64(intervalMinutes) * 60)
        return std::optional<ProjectBackup>();
    auto made = backUp(time);
    if (!made)
        return Error{made.error()};
    return std::optional<ProjectBackup>(*made);
}

QList<ProjectBackup> ProjectBackups::kept(QList<ProjectBackup> backups, const QDateTime &now, Policy policy)
{
    std::sort(backups.begin(), backups.end(),
              [](const ProjectBackup &a, const ProjectBackup &b) { return a.time > b.time; });
    const QDate today = now.toUTC().date();
    QList<ProjectBackup> keep;
    std::map<QDate, bool> daysTaken;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const ProjectBackup &backup = backups.at(i);
        const QDate day = backup.time.toUTC().date();
        const qint64 age = day.daysTo(today);
        // Newest first, so the first backup seen on a day is that day's newest.
        const bool newestOfRecentDay = age >= 0 && age < policy.days && !daysTaken[day];
        if (age >= 0 && age < policy.days)
            daysTaken[day] = true;
        if (i < policy.newest || newestOfRecentDay)
            keep.append(backup);
    }
    return keep;
}

QStringList ProjectBackups::rotate(const QDateTime &now) const
{
    const QString target = folder();
    QList<ProjectBackup> inFolder;
    for (const ProjectBackup &backup : list(Verify::No)) {
        if (QFileInfo(backup.path).absolutePath() == QFileInfo(target).absoluteFilePath())
            inFolder.append(backup);
    }
    const QList<ProjectBackup> keep = kept(inFolder, utcNow(now), m_policy);
    QStringList removed;
    for (const ProjectBackup &backup : std::as_const(inFolder)) {
        const bool keeping
            = std::any_of(keep.cbegin(), keep.cend(), [&](const ProjectBackup &k) { return k.path == backup.path; });
        if (!keeping && QFile::remove(backup.path))
            removed.append(backup.path);
    }
    // A copy interrupted by a crash, named as a backup of this project with the partial suffix.
    const QFileInfoList entries
        = QDir(target).entryInfoList({QStringLiteral("*") + QLatin1String(PartialSuffix)}, QDir::Files);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName().chopped(qsizetype(qstrlen(PartialSuffix)));
        if (timeOf(name).isValid() && entry.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600)
            QFile::remove(entry.absoluteFilePath());
    }
    return removed;
}

Result<ProjectRestore> ProjectBackups::restore(const QString &backupPath) const
{
    const QFileInfo backupInfo(backupPath);
    if (!backupInfo.isFile())
        return Error{tr("%1: no such backup.").arg(backupPath)};
    if (const QStringList problems = quickCheck(backupPath); !problems.isEmpty()) {
        return Error{tr("%1: the backup fails SQLite's check, so it was not restored: %2")
                         .arg(backupPath, problems.join(QStringLiteral("; ")))};
    }
    if (SqliteBackup::applicationId(backupPath) != Project::ApplicationId)
        return Error{tr("%1: is not a Marginalia project, so it was not restored.").arg(backupPath)};
    if (const auto holder = ProjectWriterLock::holder(m_projectPath)) {
        return Error{tr("%1: the project is open for writing by %2; close it there before restoring a backup.")
                         .arg(m_projectPath, holder->describe())};
    }
    if (QFileInfo::exists(m_projectPath) && SqliteBackup::isInUse(m_projectPath)) {
        return Error{tr("%1: the project is open (in Marginalia or another program); close it before "
                        "restoring a backup.")
                         .arg(m_projectPath)};
    }
    const QString projectFolder = QFileInfo(m_projectPath).absolutePath();
    if (!QFileInfo(projectFolder).isWritable())
        return Error{tr("%1: the folder %2 is read-only.").arg(m_projectPath, projectFolder)};
    // Held until the backup is in place, so that no window opens the project for writing half-way through.
    const auto writerLock = ProjectWriterLock::acquire(m_projectPath);
    if (!writerLock)
        return Error{writerLock.error()};

    // The copy is made beside the project (same file system) so that putting it in place is one rename;
    // the backup itself stays in the rotation.
    const QString incoming = m_projectPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming) || !syncFile(incoming)) {
        QFile::remove(incoming);
        return Error{tr("%1: the backup could not be copied beside the project.").arg(backupPath)};
    }
    QFile::setPermissions(incoming, QFile::permissions(incoming) | QFile::WriteOwner | QFile::ReadOwner);
    if (auto wal = SqliteBackup::useWal(incoming); !wal) {
        QFile::remove(incoming);
        return Error{wal.error()};
    }

    ProjectRestore report;
    report.backup.path = backupInfo.absoluteFilePath();
    report.backup.time = timeOf(backupInfo.fileName());
    report.backup.size = backupInfo.size();
    report.backup.check = ProjectBackup::Check::Good;

    const QString wal = m_projectPath + QStringLiteral("-wal");
    const QString shm = m_projectPath + QStringLiteral("-shm");
    if (QFileInfo::exists(m_projectPath)) {
        QString kept = m_projectPath + QStringLiteral(".damaged-") + stamp(QDateTime::currentDateTimeUtc());
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = m_projectPath + QStringLiteral(".damaged-") + stamp(QDateTime::currentDateTimeUtc()) + u'-'
                + QString::number(n);
        if (!QFile::rename(m_projectPath, kept)) {
            QFile::remove(incoming);
            return Error{tr("%1: could not be renamed to %2, so nothing was restored.").arg(m_projectPath, kept)};
        }
        report.keptAs = kept;
        // The -wal holds commits of the old file: it goes with it (the two together are what SQLite would
        // read), and it must not stay beside the restored file, whose next connection would replay its
        // frames onto pages of a different database. The -shm is only an index into that -wal, rebuilt from
        // it by whoever opens the pair: with no connection open (checked above) it can go.
        if (QFileInfo::exists(wal))
            QFile::rename(wal, kept + QStringLiteral("-wal"));
        QFile::remove(shm);
    }
    if (QFileInfo::exists(wal) || QFileInfo::exists(shm)) {
        // A journal without its database (the file itself was lost) would be replayed onto the backup.
        const QString stray = m_projectPath + QStringLiteral(".orphaned-") + stamp(QDateTime::currentDateTimeUtc());
        QFile::rename(wal, stray + QStringLiteral("-wal"));
        QFile::remove(shm);
    }
    if (!QFile::rename(incoming, m_projectPath)) {
        if (!report.keptAs.isEmpty()) {
            QFile::rename(report.keptAs, m_projectPath);
            QFile::rename(report.keptAs + QStringLiteral("-wal"), wal);
        }
        QFile::remove(incoming);
        return Error{tr("%1: the backup could not be put in place; the project is as it was.").arg(m_projectPath)};
    }
    syncFolder(projectFolder);
    return report;
}

QStringList ProjectBackups::quickCheck(const QString &path)
{
    return SqliteBackup::quickCheck(path);
}

} // namespace Marginalia::Core
