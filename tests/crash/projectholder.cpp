// A process that holds a project open, for tst_projectlocks to read beside and then kill. It takes
// commands on stdin, one a line, and answers each on stdout once it is done:
//
//   projectholder store PROJECT     the project through the core's Project, as marginalia-cli holds it
//   projectholder window PROJECT    the project open in the real window (offscreen), as a user holds it
//
//   code N     makes N new codings, each committed before "committed <guid>" is printed; then "ok"
//   touch      opens and closes the project's files by other means than SQLite: QFile, QFileInfo, a hash,
//              and QMimeDatabase's look at the content, as a file dialog's type column does; then "ok"
//   dialog     (window) File > Import Documents, the project's folder typed into the file name box and
//              listed, then Escape; then "ok"
//
// Whatever it printed as committed must be in the file after a SIGKILL, whoever read the file meanwhile.

#include "documentview.h"
#include "mainwindow.h"
#include "store/project.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <iostream>
#include <string>

using namespace Marginalia;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    out() << line << '\n';
    out().flush();
}

int fail(const QString &message)
{
    QTextStream(stderr) << "projectholder: " << message << '\n';
    return 1;
}

/// Every way a Qt program commonly reads a file it did not open through SQLite.
void touchFiles(const QString &path)
{
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile reader(file);
        if (reader.open(QIODevice::ReadOnly)) {
            reader.read(100);
            reader.close();
        }
        (void)QFileInfo(file).size();
        // Content sniffing: what QFileSystemModel's type column does for an unknown suffix.
        (void)QMimeDatabase().mimeTypeForFile(file, QMimeDatabase::MatchContent);
        QFile hashed(file);
        if (hashed.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&hashed);
        }
    }
}

/// The window's own File > Import Documents, driven as a user would: type the folder, let it list, Escape.
bool browseFolderInImportDialog(Ui::MainWindow &window, const QString &folder)
{
    QAction *import = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().startsWith(QLatin1String("&Import Documents")))
                import = action;
        }
    }
    if (!import)
        return false;
    bool listed = false;
    QTimer::singleShot(0, &window, [&listed, folder] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *model = dialog->findChild<QFileSystemModel *>();
        auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!model || !fileName) {
            dialog->reject();
            return;
        }
        QObject::connect(model, &QFileSystemModel::directoryLoaded, dialog, [&listed, folder](const QString &loaded) {
            if (QFileInfo(loaded) == QFileInfo(folder))
                listed = true;
        });
        fileName->setText(folder);
        QTest::keyClick(fileName, Qt::Key_Return);
        if (!QTest::qWaitFor([&listed] { return listed; }, 10000))
            qWarning("projectholder: the folder was not listed");
        // The type column is filled in by a background thread after the listing: give it time to look.
        QTest::qWait(1500);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    import->trigger();
    return listed;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return fail(QStringLiteral("usage: projectholder store|window PROJECT"));
    const bool inWindow = arguments.at(1) == QLatin1String("window");
    const QString path = arguments.at(2);

    std::unique_ptr<Core::Project> held;
    std::unique_ptr<Ui::MainWindow> window;
    Core::Project *project = nullptr;
    if (inWindow) {
        window = std::make_unique<Ui::MainWindow>();
        window->setCurrentCoder(QStringLiteral("holder"));
        window->show();
        if (!window->openProject(path))
            return fail(QStringLiteral("the window could not open ") + path);
        project = window->project();
    } else {
        auto opened = Core::Project::open(path);
        if (!opened)
            return fail(opened.error());
        held = std::move(*opened);
        project = held.get();
    }
    const auto documents = project->documents();
    const auto codes = project->codes();
    if (documents.isEmpty() || codes.isEmpty())
        return fail(QStringLiteral("the project needs a document and a code"));
    const Core::Document document = documents.first();
    const qint64 codeId = codes.first().id;
    if (window)
        window->showDocument(document.id);
    auto coder = project->ensureCoder(QStringLiteral("holder"));
    if (!coder)
        return fail(coder.error());
    qint64 next = project->codings().size();
    say(QStringLiteral("ready"));

    std::string line;
    while (std::getline(std::cin, line)) {
        const QStringList command = QString::fromStdString(line).split(u' ', Qt::SkipEmptyParts);
        if (command.isEmpty())
            continue;
        const QString verb = command.first();
        if (verb == QLatin1String("code")) {
            const int count = command.value(1).toInt();
            for (int i = 0; i < count; ++i, ++next) {
                // A word at a time ("Early", every 48 characters in tst_projectlocks' text): a blank
                // selection is not coded.
                const qint64 start = (next * 48) % (document.length - 5);
                const qint64 end = start + 5;
                if (window) {
                    // Through the window: a selection in the text, coded as a drop or quick key does.
                    QTextCursor cursor(window->documentView()->document());
                    cursor.setPosition(int(start));
                    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
                    window->documentView()->setTextCursor(cursor);
                    window->documentView()->setSnapToWords(false);
                    const qint64 before = project->codings().size();
                    if (!window->codeSelection(codeId) || project->codings().size() != before + 1) {
                        return fail(QStringLiteral("the window did not code [%1, %2) in document %3: %4")
                                        .arg(start)
                                        .arg(end)
                                        .arg(window->documentView()->documentId())
                                        .arg(window->statusBar()->currentMessage()));
                    }
                    say(QStringLiteral("committed ") + project->codings().constLast().guid);
                } else {
                    auto added = project->addCoding({document.id, codeId, coder->id, start, end, {}, {}, {}});
                    if (!added || !*added)
                        return fail(added ? QStringLiteral("not a new coding") : added.error());
                    say(QStringLiteral("committed ") + (*added)->guid);
                }
            }
        } else if (verb == QLatin1String("touch")) {
            touchFiles(path);
        } else if (verb == QLatin1String("dialog") && window) {
            if (!browseFolderInImportDialog(*window, QFileInfo(path).absolutePath()))
                return fail(QStringLiteral("the import dialog did not list the folder"));
        } else {
            return fail(QStringLiteral("unknown command: ") + verb);
        }
        QCoreApplication::processEvents();
        say(QStringLiteral("ok"));
    }
    return 0;
}
