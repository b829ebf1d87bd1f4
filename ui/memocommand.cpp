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

Core::Status SetMemoCommand::writeIfUnchanged(Core::Project *project, MemoTarget target, const QString &expected,
                                              const QString &text)
{
    // The version read with the text makes the save conditional on both: nobody saved between this check
    // and the write either (Project::version()).
    const qint64 version = project->version(target);
    if (project->memo(target) != expected) {
        return Core::Error{QCoreApplication::translate(
            "Marginalia::Ui::Commands",
            "This memo was changed by someone else while you were editing it. Your change was not saved, so "
            "that theirs is not overwritten: look at theirs, then make yours again.")};
    }
    return project->setMemo(target, text, version);
}

void SetMemoCommand::redo()
{
    check(writeIfUnchanged(m_project, m_target, m_old, m_new));
}

void SetMemoCommand::undo()
{
    check(writeIfUnchanged(m_project, m_target, m_new, m_old));
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
