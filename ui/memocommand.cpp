#include "memocommand.h"

#include "store/project.h"

#include <QCoreApplication>

namespace Marginalia::Ui {

SetMemoCommand::SetMemoCommand(Core::Project *project, MemoTarget target, const QString &oldText,
                               const QString &newText, QUndoCommand *parent)
    : ProjectCommand(project, QCoreApplication::translate("Marginalia::Ui::Commands", "Edit memo"), parent)
    , m_target(target)
    , m_old(oldText)
    , m_new(newText)
{
}

Core::Status SetMemoCommand::write(Core::Project *project, MemoTarget target, const QString &text)
{
    return project->setMemo(target, text);
}

void SetMemoCommand::redo()
{
    check(write(m_project, m_target, m_new));
}

void SetMemoCommand::undo()
{
    check(write(m_project, m_target, m_old));
}

int SetMemoCommand::id() const
{
    return 0x4D454D4F; // "MEMO": every memo edit may merge with the one before, if it is the same memo
}

bool SetMemoCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetMemoCommand *>(other);
    if (!(next->m_target == m_target))
        return false;
    m_new = next->m_new;
    return true;
}

} // namespace Marginalia::Ui
