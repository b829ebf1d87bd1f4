#include "projectsafeguard.h"

#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/resource.h>
#include <unistd.h>

namespace Marginalia::Ui {

ProjectSafeguard::ProjectSafeguard(QObject *parent)
    : QObject(parent)
    , m_intervalMinutes(configuredIntervalMinutes())
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ProjectSafeguard::backUpIfChanged);
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        // The backup on opening is what a user goes back to after a session that went wrong.
        run(true, !m_readOnly && m_intervalMinutes >= 0, Backup::UnlessCurrent);
    });
    // One thread of its own, kept, and yielding to the window's: on a machine with two cores a backup
    // must not take the one the window's thread would run on (Linux's nice is per thread).
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ProjectSafeguard::finished);
}

ProjectSafeguard::~ProjectSafeguard()
{
    stop();
}

int ProjectSafeguard::configuredIntervalMinutes()
{
    const QByteArray environment = qgetenv("MARGINALIA_BACKUP_INTERVAL").trimmed();
    if (environment == "off")
        return -1;
    bool ok = false;
    if (const int minutes = environment.toInt(&ok); ok)
        return minutes;
    return QSettings().value(QStringLiteral("backups/intervalMinutes"), 10).toInt();
}

void ProjectSafeguard::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = minutes;
    if (minutes > 0 && !m_projectPath.isEmpty() && !m_readOnly)
        m_timer.start(minutes * 60 * 1000);
    else
        m_timer.stop();
}

void ProjectSafeguard::start(const QString &projectPath, bool readOnly)
{
    stop();
    m_projectPath = projectPath;
    m_readOnly = readOnly;
    m_changed = false;
    setIntervalMinutes(m_intervalMinutes);
    // Once the window has shown the project: opening it is what the user waits for, the check is not.
    m_busy = true;
    m_startTimer.start(m_startDelay);
}

void ProjectSafeguard::stop()
{
    m_timer.stop();
    m_startTimer.stop();
    if (m_cancel)
        m_cancel->store(true);
    // Waits for the worker; a backup stops at its next chunk of pages, a check runs to its end.
    m_watcher.waitForFinished();
    m_projectPath.clear();
    m_busy = false; // its outcome, still to come, is dropped
}

bool ProjectSafeguard::backUpIfChanged()
{
    if (!m_changed)
        return false;
    return backUpNow();
}

bool ProjectSafeguard::backUpNow()
{
    if (m_projectPath.isEmpty() || m_readOnly || isBusy())
        return false;
    m_changed = false;
    run(false, true, Backup::Always);
    return true;
}

void ProjectSafeguard::run(bool check, bool backUp, Backup when)
{
    m_busy = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_projectPath;
    const auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path, cancel, check, backUp, when] {
        static thread_local const bool niced = ::setpriority(PRIO_PROCESS, id_t(::gettid()), 10) == 0;
        Q_UNUSED(niced)
        Outcome outcome;
        if (check) {
            outcome.checked = true;
            outcome.problems = Core::ProjectBackups::quickCheck(path);
            if (!outcome.problems.isEmpty())
                return outcome; // never rotate sound backups out for a copy of a damaged file
        }
        const Core::ProjectBackups backups(path);
        if (backUp && !cancel->load() && !(when == Backup::UnlessCurrent && backups.newestIsCurrent())) {
            outcome.backupTried = true;
            auto made = backups.backUp({}, [cancel] { return cancel->load(); });
            if (made)
                outcome.backup = *made;
            else
                outcome.backupError = made.error();
        }
        return outcome;
    }));
}

void ProjectSafeguard::finished()
{
    // A job of a project closed since (stop() waited for it) has nothing left to say.
    if (m_projectPath.isEmpty() || m_watcher.future().resultCount() == 0)
        return;
    m_busy = false;
    const Outcome outcome = m_watcher.future().result();
    const bool cancelled = m_cancel && m_cancel->load();
    if (outcome.checked) {
        if (outcome.problems.isEmpty())
            Q_EMIT checkedSound();
        else
            Q_EMIT damaged(outcome.problems);
    }
    if (outcome.backup)
        Q_EMIT backedUp(*outcome.backup);
    else if (outcome.backupTried && !cancelled)
        Q_EMIT backupFailed(outcome.backupError);
    if (outcome.backupTried && !outcome.backup)
        m_changed = true; // what was not backed up is still to be
    Q_EMIT idle();
}

} // namespace Marginalia::Ui
