// The window's care of the project's file (issue 15, docs/backups.md): one writer at a time, with a notice
// naming who else writes; SQLite's check on opening, with the newest sound backup offered when it fails;
// backups in the background while the user works; restoring one from the File menu. Kept apart from
// mainwindow.cpp, as mainwindowcases.cpp keeps the cases.

#include "mainwindow.h"

#include "noticebar.h"
#include "projectsafeguard.h"
#include "store/project.h"
#include "store/projectbackups.h"
#include "store/projectwriterlock.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>

namespace Marginalia::Ui {

namespace {

/// "42 minutes ago", "3 hours ago", "2 days ago": how much a restore would give up, at a glance.
QString ageOf(const QDateTime &time)
{
    const qint64 minutes = std::max<qint64>(0, time.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    if (minutes < 1)
        return MainWindow::tr("less than a minute ago");
    if (minutes < 120)
        return MainWindow::tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return MainWindow::tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return MainWindow::tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString whenMade(const Core::ProjectBackup &backup)
{
    return QLocale().toString(backup.time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

void MainWindow::addSafetyActions(QMenu *file)
{
    file->addSeparator();
    QAction *backUp = file->addAction(tr("&Back Up Now"), this, [this] {
        if (!m_project || m_project->isReadOnly() || m_project->isOnServer())
            return;
        if (m_safeguard->backUpNow())
            statusBar()->showMessage(tr("Backing up\u2026"));
    });
    backUp->setObjectName(QStringLiteral("backUpNowAction"));
    QAction *restore = file->addAction(tr("Restore from Bac&kup..."), this, &MainWindow::askRestoreBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_backUpAction = backUp;
    m_restoreAction = restore;
}

void MainWindow::connectSafeguard()
{
    // Every change a user makes is a command on the undo stack, undoing and redoing included.
    connect(m_undoStack, &QUndoStack::indexChanged, m_safeguard, &ProjectSafeguard::noteChange);
    connect(m_safeguard, &ProjectSafeguard::backedUp, this, [this](const Core::ProjectBackup &backup) {
        statusBar()->showMessage(
            tr("Backed up at %1").arg(QLocale().toString(backup.time.toLocalTime().time(), QLocale::ShortFormat)),
            5000);
    });
    connect(m_safeguard, &ProjectSafeguard::backupFailed, this, [this](const QString &message) {
        // The project itself is saved; only the safety copy is missing. A notice, not a dialog.
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("The automatic backup failed: %1 Your work is saved in the project itself; the "
                                "next backup is tried in %n minute(s).",
                                nullptr, std::max(1, m_safeguard->intervalMinutes()))
                                 .arg(message));
    });
    connect(m_safeguard, &ProjectSafeguard::checkedSound, this, [this] {
        if (m_interruptedSession.isEmpty())
            return;
        m_notice->showNotice(NoticeBar::Kind::Information,
                             tr("The last session with this project (%1) ended without closing it. Everything "
                                "it saved is in the file, and SQLite's check finds the file sound.")
                                 .arg(m_interruptedSession));
        m_interruptedSession.clear();
    });
    connect(m_safeguard, &ProjectSafeguard::damaged, this, [this](const QStringList &problems) {
        if (m_project)
            offerBackupForDamage(m_project->filePath(), problems, DamageWithoutBackup::Report);
    });
}

std::unique_ptr<Core::Project> MainWindow::openForWriting(const QString &path, QString &error,
                                                          std::optional<Core::ProjectLockHolder> &holder)
{
    auto opened = Core::Project::open(path);
    holder.reset();
    if (!opened)
        holder = Core::ProjectWriterLock::holder(path);
    // marginalia-cli holds a project for the length of one command: wait for it as it waits for a window.
    QDeadlineTimer deadline(3000);
    while (!opened && holder && holder->application == QLatin1String("marginalia-cli") && !deadline.hasExpired()) {
        QThread::msleep(100);
        opened = Core::Project::open(path);
        holder = opened ? std::nullopt : Core::ProjectWriterLock::holder(path);
    }
    if (!opened) {
        error = opened.error();
        return nullptr;
    }
    return std::move(*opened);
}

void MainWindow::showOpeningNotices(const std::optional<Core::ProjectLockHolder> &holder)
{
    QStringList notices;
    QList<QAction *> actions;
    NoticeBar::Kind kind = NoticeBar::Kind::Information;
    const QString path = m_project->filePath();
    if (m_project->isReadOnly() && holder) {
        kind = NoticeBar::Kind::Warning;
        notices.append(tr("Opened read-only: this project is open for writing by %1. You can read, search, count "
                          "and export here; to code, close it there and choose Try Again.")
                           .arg(holder->describe()));
        auto *retry = new QAction(tr("Try Again"), m_notice);
        retry->setObjectName(QStringLiteral("retryWritingAction"));
        connect(retry, &QAction::triggered, this, [this, path] { openProject(path); });
        actions.append(retry);
    } else if (m_project->isReadOnly()) {
        notices.append(tr("Opened read-only: the file or its folder cannot be written here. Copy the project to a "
                          "folder of yours to code in it."));
    }
    if (const QString network = Core::ProjectWriterLock::networkFileSystemOf(path); !network.isEmpty()) {
        kind = NoticeBar::Kind::Warning;
        notices.append(tr("This project is on a network drive (%1). SQLite cannot lock files reliably there, so "
                          "two computers writing it at once can damage it. Work on a copy on a local disk.")
                           .arg(network));
    }
    if (const auto interrupted = m_project->interruptedSession())
        m_interruptedSession = interrupted->describe(); // told once the check has found the file sound
    if (!notices.isEmpty())
        m_notice->showNotice(kind, notices.join(QStringLiteral("\n")), actions);
}

bool MainWindow::offerBackupForDamage(const QString &path, const QStringList &problems, DamageWithoutBackup unbacked)
{
    if (problems.isEmpty())
        return false;
    const QString name = QFileInfo(path).fileName();
    const auto backup = Core::ProjectBackups(path).newestGood();
    const QString found = problems.mid(0, 3).join(QStringLiteral("; "));
    if (!backup) {
        if (unbacked == DamageWithoutBackup::LeaveToCaller)
            return false;
        showError(tr("%1 is damaged (SQLite's check found: %2), and no sound backup of it was found. Open it "
                     "read-only to export what can still be read, and keep the file for a specialist.")
                      .arg(QDir::toNativeSeparators(path), found));
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Damaged Project"), tr("%1 is damaged.").arg(name), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("SQLite's check of the file found: %1.\n\nThe newest sound backup was made %2 (%3). "
                              "Restoring it brings the project back as it was then: what was changed after that "
                              "is lost. The damaged file is kept beside the project, renamed, never deleted.")
                               .arg(found, whenMade(*backup), ageOf(backup->time)));
    box.setDetailedText(problems.join(u'\n'));
    QPushButton *restore = box.addButton(tr("Restore Backup"), QMessageBox::AcceptRole);
    box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        restoreBackup(path, backup->path);
    return true;
}

void MainWindow::askRestoreBackup()
{
    // A server's backups are its administrator's (the action is disabled there, with a tooltip saying so).
    if (!m_project || m_project->isOnServer())
        return;
    const QString path = m_project->filePath();
    const QList<Core::ProjectBackup> backups = Core::ProjectBackups(path).list();
    if (backups.isEmpty()) {
        showError(tr("There are no backups of %1 yet.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QStringList items;
    for (const Core::ProjectBackup &backup : backups)
        items.append(
            tr("%1 (%2), %3").arg(whenMade(backup), ageOf(backup.time), QLocale().formattedDataSize(backup.size)));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Restore from Backup"),
                                                 tr("The project goes back to the backup you choose; the file it "
                                                    "replaces is kept beside it, renamed."),
                                                 items, 0, false, &ok);
    if (!ok)
        return;
    restoreBackup(path, backups.at(items.indexOf(chosen)).path);
}

bool MainWindow::restoreBackup(const QString &projectPath, const QString &backupPath)
{
    const bool wasOpen
        = m_project && !m_project->isOnServer() && QFileInfo(m_project->filePath()) == QFileInfo(projectPath);
    if (wasOpen)
        closeProject();
    const auto restored = Core::ProjectBackups(projectPath).restore(backupPath);
    if (!restored) {
        showError(restored.error());
        if (wasOpen)
            openProject(projectPath);
        return false;
    }
    if (!openProject(projectPath))
        return false;
    statusBar()->showMessage(tr("Restored the backup made %1.").arg(whenMade(restored->backup)), 10000);
    if (!restored->keptAs.isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Information,
                             tr("Restored the backup made %1. The file it replaced is kept as %2.")
                                 .arg(whenMade(restored->backup), QDir::toNativeSeparators(restored->keptAs)));
    }
    return true;
}

} // namespace Marginalia::Ui
