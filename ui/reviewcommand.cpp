#include "reviewcommand.h"

#include "store/project.h"

namespace Marginalia::Ui {

ReviewDecisionCommand::ReviewDecisionCommand(Core::Project *project, const Core::ReviewStep &step, const QString &text,
                                             QUndoCommand *parent)
    : ProjectCommand(project, text, parent)
    , m_step(step)
{
}

void ReviewDecisionCommand::redo()
{
    // The first run makes the codings; a redo puts back exactly what the first run wrote.
    auto written = m_project->recordReviewStep(m_hasRun ? m_written : m_step);
    if (!check(written ? QString() : written.error()))
        return;
    m_written = *written;
    m_hasRun = true;
}

void ReviewDecisionCommand::undo()
{
    check(m_project->removeReviewStep(m_written));
}

} // namespace Marginalia::Ui
