// The window on a project on a PostgreSQL server (issue 16): opening one by its URL or connection file, with a
// password asked for when the server wants one and kept for the session only; the role the server gives
// this login, shown in the status bar, and a viewer's read-only window with a notice. What is about a file
// (the writer lock, SQLite's checks, backups, network drives) is left to the file's code in
// mainwindowsafety.cpp, which a server project never reaches. Kept apart from mainwindow.cpp, as
// mainwindowsafety.cpp keeps the file's care.

#include "mainwindow.h"

#include "noticebar.h"
#include "serverpassworddialog.h"
#include "serverprojectdialog.h"
#include "store/project.h"

#include <QHash>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

namespace Marginalia::Ui {

namespace {

/// Passwords typed in this session, by server and login (ServerLocation::serverKey()): opening another
/// project on the same server, or the same one again, asks no second time. Memory only, never settings.
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QString roleName(const QString &role)
{
    if (role == QLatin1String("owner"))
        return MainWindow::tr("owner");
    if (role == QLatin1String("coder"))
        return MainWindow::tr("coder");
    if (role == QLatin1String("viewer"))
        return MainWindow::tr("viewer");
    return role;
}

} // namespace

QString MainWindow::serverCoderKey(const Core::Project &project)
{
    // By login too: whoever opens the project as another login (a teacher trying a student's account)
    // may not code under the first login's coders.
    return QStringLiteral("serverCoders/%1/%2")
        .arg(project.guid(), QString::fromLatin1(project.serverLogin().toUtf8().toPercentEncoding()));
}

void MainWindow::showServerCoder()
{
    const QString picked = QSettings().value(serverCoderKey(*m_project)).toString();
    if (!picked.isEmpty()) {
        showCoder(picked);
        return;
    }
    // The server lets a coder change only the codings of coders their login registered: the default is a
    // name that will be theirs. None (another login has a coder of the login's name): the name stays.
    const QString own = m_project->serverCoderName();
    if (!own.isEmpty())
        showCoder(own);
}

void MainWindow::setPasswordPrompt(PasswordPrompt prompt)
{
    m_passwordPrompt = std::move(prompt);
}

QString MainWindow::serverStatusText() const
{
    return m_serverLabel->isHidden() ? QString() : m_serverLabel->text();
}

void MainWindow::openServerProjectDialog()
{
    if (const auto location = ServerProjectDialog::ask(this, recentServerLocations()))
        openServerProject(*location);
}

QStringList MainWindow::recentServerLocations() const
{
    QStringList locations;
    for (const QString &entry : QSettings().value(QStringLiteral("recentProjects")).toStringList()) {
        if (entry.contains(QLatin1String("://")))
            locations.append(entry);
    }
    return locations;
}

bool MainWindow::openServerProject(Core::ServerLocation location)
{
    // The same project again (by its URL or a connection file naming it) keeps the window as it is.
    if (m_serverLocation && *m_serverLocation == location) {
        statusBar()->showMessage(tr("%1 is open already.").arg(location.displayText()), 5000);
        return true;
    }
    const QString key = location.serverKey();
    if (location.password().isEmpty())
        location.setPassword(sessionPasswords().value(key));
    QString problem;
    std::unique_ptr<Core::Project> opened;
    while (!opened) {
        bool passwordNeeded = false;
        auto attempt = Core::Project::open(location, Core::Project::Access::ReadWrite, &passwordNeeded);
        if (attempt) {
            opened = std::move(*attempt);
            break;
        }
        if (!passwordNeeded) {
            showError(attempt.error());
            return false;
        }
        // A password was tried and refused (typed, or remembered from earlier in the session): say so.
        if (!location.password().isEmpty()) {
            problem = attempt.error();
            sessionPasswords().remove(key);
        }
        const std::optional<QString> typed = m_passwordPrompt ? m_passwordPrompt(location, problem)
                                                              : ServerPasswordDialog::ask(this, location, problem);
        if (!typed) {
            statusBar()->showMessage(tr("Not opened: %1 wants a password.").arg(location.displayText()), 8000);
            return false;
        }
        location.setPassword(*typed);
    }
    if (!location.password().isEmpty())
        sessionPasswords().insert(key, location.password());

    showProject(std::move(opened));
    location.setPassword(QString()); // the window keeps where the project is, not how to get in
    m_serverLocation = location;
    // Set after showProject(): the title and notices name the server.
    updateTitle();
    addRecentProject(location.displayText());
    statusBar()->showMessage(tr("Opened %1").arg(location.displayText()), 5000);
    showServerNotices();
    return true;
}

QString MainWindow::serverName() const
{
    if (!m_serverLocation)
        return {};
    // A socket folder, or libpq's default server: the server on this computer.
    const QString host = m_serverLocation->host();
    if (host.isEmpty() || host.startsWith(u'/'))
        return tr("this computer");
    return host;
}

void MainWindow::showServerNotices()
{
    const QString role = m_project->serverRole();
    m_serverLabel->setText(tr("On server %1 as %2").arg(serverName(), roleName(role)));
    m_serverLabel->setToolTip(m_project->filePath());
    m_serverLabel->show();
    if (role == QLatin1String("viewer")) {
        m_notice->showNotice(NoticeBar::Kind::Information,
                             tr("You are a viewer on this server project: you can read, search, count and export. "
                                "Its owner can make you a coder."));
    }
}

} // namespace Marginalia::Ui
