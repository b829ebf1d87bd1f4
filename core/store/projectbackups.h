#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Marginalia::Core {

/// One backup of a project, as ProjectBackups lists it.
struct ProjectBackup
{
    enum class Check { NotChecked, Good, Damaged };

    QString path;
    /// When it was made (UTC, to the millisecond), read from its file name.
    QDateTime time;
    qint64 size = 0;
    Check check = Check::NotChecked;
    /// What PRAGMA quick_check reported when the check failed.
    QStringList problems;
};

/// What a restore did: where the damaged file went (empty when there was no file to keep) and from which
/// backup the project came back.
struct ProjectRestore
{
    QString keptAs;
    ProjectBackup backup;
};

/**
 * Rotating backups of one project file (docs/backups.md), made with SQLite's online backup API, so that a
 * backup can be taken while the project is open and being written, without holding up the writer.
 *
 * Backups go into a folder beside the project, `NAME.marginalia-backups/`, or, where that cannot be
 * written, into the user's data folder (`QStandardPaths::GenericDataLocation/marginalia/backups/`, in a
 * folder named after the project and a hash of its path). A backup is called
 * `NAME.2026-11-30T09-15-02.517Z.marginalia` (its UTC time); only files named so are ever listed or
 * removed. Each is written under a temporary name, checked with PRAGMA quick_check, then renamed: a backup
 * in the folder is complete and was sound when it was made.
 *
 * Rotation keeps the newest `Policy::newest` backups, and the newest of each of the last `Policy::days`
 * days (UTC) that has one; the others are removed.
 *
 * The methods work on files only (they open their own SQLite connections), so a worker thread may call
 * them while the window's connection to the project stays open.
 */
class ProjectBackups final
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ProjectBackups)

public:
    struct Policy
    {
        int newest = 5;
        int days = 7;
    };

    /// The suffix of the folder beside the project: `study.marginalia` keeps its backups in
    /// `study.marginalia-backups/`.
    static constexpr auto FolderSuffix = "-backups";

    explicit ProjectBackups(const QString &projectPath);
    ProjectBackups(const QString &projectPath, Policy policy);

    QString projectPath() const { return m_projectPath; }
    /// The folder beside the project.
    QString folderBeside() const;
    /// The folder in the user's data folder, for a project whose own folder cannot be written.
    QString fallbackFolder() const;
    /// Where the next backup goes: the folder beside the project when it can be written (or created),
    /// else the fallback folder.
    QString folder() const;

    enum class Verify { No, Yes };
    /// Every backup of the project (in both folders), newest first; with Verify::Yes each is checked with
    /// PRAGMA quick_check.
    QList<ProjectBackup> list(Verify verify = Verify::No) const;
    /// Whether the newest backup was made after the project's file and its journal last changed: a backup
    /// now would be a copy of it. Opening a project again and again must not rotate distinct backups out.
    bool newestIsCurrent() const;
    /// The newest backup that passes quick_check, or none.
    std::optional<ProjectBackup> newestGood() const;

    /// Backs the project up now and then rotates the folder. The new backup is checked before it takes its
    /// name; a project whose copy fails the check is reported, and nothing is kept. @p now names the
    /// backup (tests pass a time; by default the current one). @p cancelled is asked between chunks.
    Result<ProjectBackup> backUp(const QDateTime &now = {}, const std::function<bool()> &cancelled = {}) const;
    /// Backs up when the newest backup is older than @p interval minutes (or there is none); returns the new
    /// backup, or std::nullopt when none was due.
    Result<std::optional<ProjectBackup>> backUpIfDue(int intervalMinutes, const QDateTime &now = {}) const;

    /// Removes the backups the policy does not keep from the folder backups are written to, as of @p now;
    /// returns the paths removed. Files not named as backups are never touched.
    QStringList rotate(const QDateTime &now = {}) const;
    /// Which of @p backups (any order) the policy keeps as of @p now.
    static QList<ProjectBackup> kept(QList<ProjectBackup> backups, const QDateTime &now, Policy policy);

    /// Puts @p backupPath in place of the project. The backup is checked first (quick_check, and that it is
    /// a Marginalia project); the project must not be open anywhere. The current file, damaged or not, is
    /// kept beside it as `NAME.damaged-TIME` (with its -wal journal, `NAME.damaged-TIME-wal`), never
    /// deleted; then a copy of the backup takes the project's name by an atomic rename.
    Result<ProjectRestore> restore(const QString &backupPath) const;

    /// PRAGMA quick_check of the file at @p path: the problems, empty when it is sound.
    static QStringList quickCheck(const QString &path);
    /// The backup file name for @p time (UTC, milliseconds).
    QString fileNameFor(const QDateTime &time) const;
    /// The time a backup file name carries, or an invalid time when it is not the name of one of this
    /// project's backups.
    QDateTime timeOf(const QString &fileName) const;

private:
    QString m_projectPath;
    Policy m_policy;
};

} // namespace Marginalia::Core
