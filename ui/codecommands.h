#pragma once

#include "model/entities.h"
#include "projectcommand.h"

namespace Marginalia::Ui {

// The commands that edit the codebook. Deletes and merges keep a snapshot of every row they touch
// (Project::snapshotCodes), so that undo puts back codes and codings with their ids, positions and memos.

class AddCodeCommand final : public ProjectCommand
{
public:
    AddCodeCommand(Core::Project *project, const Core::NewCode &code, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// The code made; id 0 when it failed.
    const Core::Code &code() const { return m_code; }

private:
    Core::NewCode m_request;
    Core::Code m_code;
};

/// Name, colour or description of one code.
class ChangeCodeCommand final : public ProjectCommand
{
public:
    enum class Property { Name, Color, Description };
    ChangeCodeCommand(Core::Project *project, const Core::Code &code, Property property, const QString &value,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Core::Status apply(const QString &expected, const QString &value);
    qint64 m_codeId;
    Property m_property;
    QString m_old;
    QString m_new;
};

class MoveCodeCommand final : public ProjectCommand
{
public:
    MoveCodeCommand(Core::Project *project, const Core::Code &code, qint64 newParentId, int position,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_codeId;
    qint64 m_oldParent;
    int m_oldPosition;
    qint64 m_newParent;
    int m_newPosition;
};

class MergeCodesCommand final : public ProjectCommand
{
public:
    MergeCodesCommand(Core::Project *project, const Core::Code &source, const Core::Code &target,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const Core::MergeReport &report() const { return m_report; }

private:
    qint64 m_sourceId;
    qint64 m_targetId;
    Core::CodebookSnapshot m_before;
    Core::MergeReport m_report;
};

class DeleteCodeCommand final : public ProjectCommand
{
public:
    DeleteCodeCommand(Core::Project *project, const Core::Code &code, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_codeId;
    Core::CodebookSnapshot m_before;
};

} // namespace Marginalia::Ui
