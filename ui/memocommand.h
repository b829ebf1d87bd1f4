#pragma once

#include "projectcommand.h"

#include "model/memotarget.h"

namespace Marginalia::Ui {

/// What a memo belongs to (the store's type, named here for the window's code).
using MemoTarget = Core::MemoTarget;

/**
 * Saves a memo. Memos are saved as the user types, a few times a second; consecutive saves of the same
 * memo merge into one step, so that undo takes back the editing, not each keystroke.
 */
class SetMemoCommand final : public ProjectCommand
{
public:
    SetMemoCommand(Core::Project *project, MemoTarget target, const QString &oldText, const QString &newText,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    MemoTarget target() const { return m_target; }

    static Core::Status write(Core::Project *project, MemoTarget target, const QString &text);
    /// Writes @p text only if the memo is still @p expected, the text this edit (or its undo) started from:
    /// on a project others change too, a memo someone else saved meanwhile is not overwritten.
    static Core::Status writeIfUnchanged(Core::Project *project, MemoTarget target, const QString &expected,
                                         const QString &text);

private:
    MemoTarget m_target;
    QString m_old;
    QString m_new;
};

} // namespace Marginalia::Ui
