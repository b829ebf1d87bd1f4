#pragma once

#include "store/projectbackups.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Marginalia::Ui {

/**
 * The window's guard over the open project's file (docs/backups.md): SQLite's quick_check when the project
 * is opened, a backup then, and another every few minutes while there are changes, all on a worker thread
 * with connections of its own, so that the window never waits for them.
 *
 * A project that fails the check is not backed up (a damaged copy would push sound ones out of the
 * rotation); damaged() lets the window offer the newest sound backup instead.
 */
class ProjectSafeguard final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSafeguard(QObject *parent = nullptr);
    ~ProjectSafeguard() override;

    /// Minutes between backups of a changed project: MARGINALIA_BACKUP_INTERVAL when set (as for the CLI;
    /// "off" or a negative number turns backups off), else the setting backups/intervalMinutes, default 10.
    static int configuredIntervalMinutes();

    /// Starts guarding @p projectPath: a check and (unless @p readOnly) a backup now, then timed backups.
    void start(const QString &projectPath, bool readOnly);
    /// Stops the timer, cancels a backup under way and waits for the worker (between two chunks of pages).
    void stop();
    /// The project changed: the next timed backup is due.
    void noteChange() { m_changed = true; }
    /// A backup now, if there were changes since the last one; what the timer calls. False when none was
    /// started (nothing changed, one is under way, read-only, or off).
    bool backUpIfChanged();
    /// A backup now, changes or not (File > Back Up Now). False when one is under way.
    bool backUpNow();
    /// A job is running, or its outcome has not been told yet.
    bool isBusy() const { return m_busy; }
    QString projectPath() const { return m_projectPath; }
    void setIntervalMinutes(int minutes);
    /// How long after start() the check and backup on opening begin (default 1.5 s), so that they do not
    /// compete with the window showing the project. Tests set 0.
    void setStartDelay(int milliseconds) { m_startDelay = milliseconds; }
    int intervalMinutes() const { return m_intervalMinutes; }

Q_SIGNALS:
    /// quick_check passed on opening.
    void checkedSound();
    /// quick_check failed on opening: what it found.
    void damaged(const QStringList &problems);
    void backedUp(const Core::ProjectBackup &backup);
    void backupFailed(const QString &message);
    /// The worker is done with a job (whatever came of it).
    void idle();

private:
    struct Outcome
    {
        bool checked = false;
        QStringList problems;
        bool backupTried = false;
        std::optional<Core::ProjectBackup> backup;
        QString backupError;
    };

    /// UnlessCurrent: not when the newest backup is newer than the project's last change (opening again).
    enum class Backup { Always, UnlessCurrent };
    void run(bool check, bool backUp, Backup when);
    void finished();

    QString m_projectPath;
    bool m_readOnly = true;
    bool m_changed = false;
    bool m_busy = false;
    int m_intervalMinutes = 10;
    int m_startDelay = 1500;
    QTimer m_timer;
    QTimer m_startTimer;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Marginalia::Ui
