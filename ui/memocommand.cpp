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
    switch (target.kind) {
    case MemoTarget::Kind::Project:
        return project->setProjectMemo(text);
    case MemoTarget::Kind::Document:
        return project->setDocumentMemo(target.id, text);
    case MemoTarget::Kind::Code:
        return project->setCodeMemo(target.id, text);
    case MemoTarget::Kind::Coding:
        return project->setCodingMemo(target.id, text);
    case MemoTarget::Kind::None:
        break;
    }
    return Core::success();
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
