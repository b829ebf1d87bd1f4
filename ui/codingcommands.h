#pragma once

#include "model/entities.h"
#include "projectcommand.h"

#include <optional>

namespace Marginalia::Ui {

// The commands that change codings. Each keeps the full rows it created or removed, so that undo and
// redo put back the same ids and GUIDs, which later commands on the stack refer to.

/// Codes passages: one or many codings (a drag, a quick-key, "code every occurrence").
class AddCodingsCommand final : public ProjectCommand
{
public:
    AddCodingsCommand(Core::Project *project, const QList<Core::NewCoding> &codings, const QString &text,
                      QUndoCommand *parent = nullptr);
    /// Codes as the coder named @p name, whatever coder the codings name: the coder is looked up, or added
    /// when new, in the same transaction as the codings, and undoing the codings removes a coder that
    /// this command added (so a typo in the coder box leaves no coder behind). Call before the first redo.
    void setCoderName(const QString &name) { m_coderName = name; }
    void redo() override;
    void undo() override;
    /// The codings made (empty when all existed already, in which case the command is obsolete).
    const QList<Core::Coding> &codings() const { return m_codings; }
    /// The coder this command added to the project, if it did.
    const std::optional<Core::Coder> &addedCoder() const { return m_addedCoder; }

private:
    QList<Core::NewCoding> m_requested;
    QList<Core::Coding> m_codings;
    QString m_coderName;
    std::optional<Core::Coder> m_addedCoder;
};

class RemoveCodingsCommand final : public ProjectCommand
{
public:
    RemoveCodingsCommand(Core::Project *project, const QList<Core::Coding> &codings, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QList<Core::Coding> m_codings;
};

class SetCodingRangeCommand final : public ProjectCommand
{
public:
    SetCodingRangeCommand(Core::Project *project, const Core::Coding &coding, qint64 start, qint64 end,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_codingId;
    qint64 m_oldStart, m_oldEnd, m_newStart, m_newEnd;
};

} // namespace Marginalia::Ui
