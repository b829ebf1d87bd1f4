// The real window, offscreen, coding a project through its own user paths as fast as it can, for
// tst_windowcrashsafety to kill at random moments:
//
//   windowcoder PROJECT SEED
//
// It opens PROJECT in Ui::MainWindow and loops over a mix of actions chosen from SEED: a range of text
// selected in the document view and coded (codeSelection, as a double-click in the codebook or a quick key
// does), a code renamed (the codebook's rename, as editing its name in the tree does), and undo and redo
// through the window's undo stack. Before each action it prints what the action will change, and after the
// action has returned (the window's command committed) what it changed:
//
//   ready                        the project is open in the window
//   pending code                 a new coding is about to be made (its GUID is not known before)
//   pending coded GUID...        (redo) the codings are about to be put back
//   pending uncoded GUID...      (undo) the codings are about to be removed
//   pending renamed ID NAME      code ID is about to be named NAME (a rename, or its undo or redo)
//   coded GUID... / uncoded GUID... / renamed ID NAME     done: the change is committed
//   refused                      the window made no change (the passage already had that code)
//
// Each line is flushed as it is printed. A line cut by the kill has no newline and is no report; a
// "pending" line without its report after it is the action the kill hit: the file may hold it or not.
// Code names never hold a space, so a line splits on spaces.

#include "codebookpanel.h"
#include "codingcommands.h"
#include "documentview.h"
#include "mainwindow.h"
#include "store/project.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <cstdlib>

using namespace Marginalia;

namespace {

void say(const QString &line)
{
    static QTextStream out(stdout);
    out << line << '\n';
    out.flush();
}

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "windowcoder: " << message << '\n';
    std::exit(1);
}

/// One step of the window's undo stack as this program made it, so that an undo or redo can be announced
/// before it runs.
struct Step
{
    QStringList guids; ///< the codings a coding step made; empty for a rename
    qint64 codeId = 0;
    QString oldName;
    QString newName;
};

class Coder final
{
public:
    Coder(Ui::MainWindow &window, quint32 seed)
        : m_window(window)
        , m_project(*window.project())
        , m_random(seed)
        , m_seed(seed)
    {
    }

    void act()
    {
        const quint32 dice = m_random.bounded(100);
        if (dice < 60)
            code();
        else if (dice < 75)
            rename();
        else if (dice < 90)
            undo();
        else
            redo();
    }

private:
    QString codeName(qint64 codeId) const
    {
        for (const Core::Code &code : m_project.codes()) {
            if (code.id == codeId)
                return code.name;
        }
        return QString();
    }

    QUndoStack &stack() const { return *m_window.undoStack(); }

    /// A range of a document selected in the view and coded, as a user does.
    void code()
    {
        const auto documents = m_project.documents();
        QList<qint64> codeIds;
        for (const Core::Code &code : m_project.codes()) {
            if (code.codable)
                codeIds.append(code.id);
        }
        // Now and then another document, as a user moves on; most codings go into the one shown.
        if (m_window.documentView()->documentId() == 0 || m_random.bounded(10) == 0) {
            const Core::Document &document = documents.at(qsizetype(m_random.bounded(int(documents.size()))));
            if (!m_window.showDocument(document.id))
                die(QStringLiteral("the window did not show document %1").arg(document.id));
        }
        const qint64 length = m_window.documentView()->document()->characterCount() - 1;
        const int start = int(m_random.bounded(int(std::max<qint64>(1, length - 40))));
        const int end = int(std::min<qint64>(length, start + 3 + m_random.bounded(30)));
        const qint64 codeId = codeIds.at(qsizetype(m_random.bounded(int(codeIds.size()))));
        QTextCursor cursor(m_window.documentView()->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        m_window.documentView()->setSnapToWords(false);
        m_window.documentView()->setTextCursor(cursor);

        say(QStringLiteral("pending code"));
        const int before = stack().index();
        if (!m_window.codeSelection(codeId)) {
            if (stack().index() != before)
                die(QStringLiteral("a refused coding changed the undo stack"));
            say(QStringLiteral("refused"));
            return;
        }
        const auto *command = dynamic_cast<const Ui::AddCodingsCommand *>(stack().command(stack().index() - 1));
        if (!command || stack().index() != before + 1 || command->codings().isEmpty())
            die(QStringLiteral("the coding is not the last step: ") + m_window.statusBar()->currentMessage());
        Step step;
        for (const Core::Coding &coding : command->codings())
            step.guids.append(coding.guid);
        push(step);
        say(QStringLiteral("coded ") + step.guids.join(u' '));
    }

    /// A code renamed through the codebook panel's request, as editing the name in its tree does.
    void rename()
    {
        const auto codes = m_project.codes();
        const Core::Code &code = codes.at(qsizetype(m_random.bounded(int(codes.size()))));
        Step step;
        step.codeId = code.id;
        step.oldName = code.name;
        // Unique among siblings across rounds (each round has its own seed): a taken name is refused.
        step.newName = QStringLiteral("Code%1-%2-%3").arg(code.id).arg(m_seed).arg(++m_renames);
        say(QStringLiteral("pending renamed %1 %2").arg(code.id).arg(step.newName));
        const int before = stack().index();
        Q_EMIT m_window.codebookPanel()->renameRequested(code.id, step.newName);
        if (stack().index() != before + 1 || codeName(code.id) != step.newName)
            die(QStringLiteral("the rename of code %1 did not take: ").arg(code.id)
                + m_window.statusBar()->currentMessage());
        push(step);
        say(QStringLiteral("renamed %1 %2").arg(code.id).arg(step.newName));
    }

    void undo()
    {
        if (!stack().canUndo())
            return code();
        const Step &step = m_steps.at(stack().index() - 1);
        const QString report = step.guids.isEmpty() ? QStringLiteral("renamed %1 %2").arg(step.codeId).arg(step.oldName)
                                                    : QStringLiteral("uncoded ") + step.guids.join(u' ');
        say(QStringLiteral("pending ") + report);
        const int before = stack().index();
        stack().undo();
        if (stack().index() != before - 1 || (step.guids.isEmpty() && codeName(step.codeId) != step.oldName))
            die(QStringLiteral("the undo did not take: ") + report);
        say(report);
    }

    void redo()
    {
        if (!stack().canRedo())
            return code();
        const Step &step = m_steps.at(stack().index());
        const QString report = step.guids.isEmpty() ? QStringLiteral("renamed %1 %2").arg(step.codeId).arg(step.newName)
                                                    : QStringLiteral("coded ") + step.guids.join(u' ');
        say(QStringLiteral("pending ") + report);
        const int before = stack().index();
        stack().redo();
        if (stack().index() != before + 1 || (step.guids.isEmpty() && codeName(step.codeId) != step.newName))
            die(QStringLiteral("the redo did not take: ") + report);
        say(report);
    }

    /// Mirrors QUndoStack::push(): the steps that could have been redone are gone.
    void push(const Step &step)
    {
        m_steps.resize(stack().index() - 1);
        m_steps.append(step);
    }

    Ui::MainWindow &m_window;
    Core::Project &m_project;
    QRandomGenerator m_random;
    quint32 m_seed;
    int m_renames = 0;
    QList<Step> m_steps;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        die(QStringLiteral("usage: windowcoder PROJECT SEED"));
    const QString path = arguments.at(1);
    const quint32 seed = arguments.at(2).toUInt();

    Ui::MainWindow window;
    window.setCurrentCoder(QStringLiteral("windowcoder"));
    window.show();
    if (!window.openProject(path))
        die(QStringLiteral("the window could not open ") + path);
    window.documentView()->setSnapToWords(false);
    if (window.project()->documents().isEmpty() || window.project()->codes().isEmpty())
        die(QStringLiteral("the project needs documents and codes"));
    say(QStringLiteral("ready"));

    // One action per turn of the event loop, so that the window repaints and its models catch up between
    // them as they do between a user's clicks.
    Coder coder(window, seed);
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &window, [&coder] { coder.act(); });
    timer.start(0);
    return QApplication::exec();
}
