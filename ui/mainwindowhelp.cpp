// The window's Preferences dialog and Help menu (issue 17): the settings the View menu and the toolbar
// change, in one dialog; the user guide, About and About Qt. Kept apart from mainwindow.cpp, as the
// cases and the server are.

#include "mainwindow.h"

#include "base/buildinfo.h"
#include "base/defaultcoder.h"
#include "documentview.h"
#include "helpbrowser.h"
#include "preferencesdialog.h"
#include "projectsafeguard.h"
#include "store/project.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSysInfo>

namespace Marginalia::Ui {

namespace {
void applyPreferences(MainWindow &window, const PreferencesDialog::Values &values)
{
    QSettings settings;
    // Read by app/main.cpp at the next start; a running window keeps the language it started with.
    settings.setValue(QStringLiteral("ui/language"), values.language);
    // Through the setters of the View menu and the toolbar, which remember what they set.
    if (values.palette != window.paletteChoice())
        window.setPaletteChoice(values.palette);
    if (values.textFont != window.documentView()->font())
        window.setTextFont(values.textFont);
    // Only a changed name is a choice: on a server project, a choice is remembered as that project's coder.
    if (const QString coder = values.coderName.isEmpty() ? Core::defaultCoderName() : values.coderName;
        coder != window.currentCoder())
        window.setCurrentCoder(coder);
    if (!values.backupIntervalFromEnvironment
        && values.backupIntervalMinutes != window.safeguard()->intervalMinutes()) {
        settings.setValue(QStringLiteral("backups/intervalMinutes"), values.backupIntervalMinutes);
        window.safeguard()->setIntervalMinutes(values.backupIntervalMinutes);
    }
}
} // namespace

void MainWindow::addPreferencesAndHelpMenu(QMenu *edit)
{
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pre&ferences..."), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    // On macOS it moves to the application menu, where it is looked for.
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Marginalia"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    PreferencesDialog::Values current;
    current.language = QSettings().value(QStringLiteral("ui/language")).toString();
    current.palette = m_paletteChoice;
    current.textFont = m_view->font();
    current.coderName = m_coderName;
    current.backupIntervalMinutes = m_safeguard->intervalMinutes();
    current.backupIntervalFromEnvironment = qEnvironmentVariableIsSet("MARGINALIA_BACKUP_INTERVAL");
    auto *dialog = new PreferencesDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this,
            [this](const PreferencesDialog::Values &values) { applyPreferences(*this, values); });
    // Queued: the dialog is closed and gone before the window closes.
    connect(dialog, &PreferencesDialog::restartRequested, this, &MainWindow::restart, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::restart()
{
    // A server project is started again by its connection file or its URL (without the password, which
    // the new window asks for again when libpq cannot find it).
    QString reopen;
    if (m_serverLocation)
        reopen = m_serverLocation->sourceFile().isEmpty() ? m_serverLocation->displayText()
                                                          : m_serverLocation->sourceFile();
    else if (m_project)
        reopen = m_project->filePath();
    if (!close())
        return;
    // The project's writer lock goes with it, before the new window opens the project.
    closeProject();
    const QStringList arguments = reopen.isEmpty() ? QStringList() : QStringList{reopen};
    if (m_programStarter)
        m_programStarter(QCoreApplication::applicationFilePath(), arguments);
    else
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

void MainWindow::showUserGuide()
{
    auto *guide = findChild<HelpBrowser *>();
    if (!guide)
        guide = new HelpBrowser(this);
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showAbout()
{
    // The version and the commit it was built from (git describe), which is what a bug report needs.
    QString version = QCoreApplication::applicationVersion();
    if (!version.isEmpty())
        version = QStringLiteral("%1 (%2)").arg(version, Core::buildDescription());
    const QString text = tr("<h3>Marginalia</h3>"
                            "<p>A workbench for qualitative text analysis: code documents, retrieve and compare, alone "
                            "or together on a server. Every change is saved the moment you make it.</p>"
                            "<p>Version %1<br>Qt %2 (built with Qt %3)<br>%4, %5</p>")
                             .arg(version.isEmpty() ? tr("unknown") : version.toHtmlEscaped(),
                                  QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                  QSysInfo::prettyProductName().toHtmlEscaped(), QSysInfo::currentCpuArchitecture());
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Marginalia"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Marginalia::Ui
