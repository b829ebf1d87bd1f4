#pragma once

#include "model/entities.h"
#include "projectcommand.h"

namespace Marginalia::Ui {

/// One decision of the disagreement review: the decision and the consensus coder's codings it makes are
/// written together, and undoing takes both back (redo puts back the same codings, ids and GUIDs).
class ReviewDecisionCommand final : public ProjectCommand
{
public:
    ReviewDecisionCommand(Core::Project *project, const Core::ReviewStep &step, const QString &text,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const Core::ReviewStep &written() const { return m_written; }

private:
    Core::ReviewStep m_step;
    Core::ReviewStep m_written;
};

} // namespace Marginalia::Ui
