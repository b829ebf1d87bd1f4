#pragma once

#include "base/result.h"

#include <QUndoCommand>

#include <functional>

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * Base of every undoable change: redo() and undo() each write one transaction through the store, so a
 * change is on disk when it is made, and undoing it is another committed change.
 *
 * A write can fail (disk full, file gone). The command then reports the store's message through the
 * error handler and marks itself obsolete: QUndoStack drops an obsolete command instead of keeping a
 * step that did not happen.
 */
class ProjectCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &message)>;
    /// Where failures are reported (the main window shows a message box); tests may capture them.
    static void setErrorHandler(ErrorHandler handler);

protected:
    ProjectCommand(Core::Project *project, const QString &text, QUndoCommand *parent = nullptr);
    /// Reports a failed status and marks the command obsolete; returns whether it succeeded.
    bool check(const Core::Status &status);
    bool check(const QString &error);

    Core::Project *m_project;
    /// False until the first redo() has run: the first run creates what later runs put back.
    bool m_hasRun = false;
};

} // namespace Marginalia::Ui
