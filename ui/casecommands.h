#pragma once

#include "model/attributes.h"
#include "projectcommand.h"

namespace Marginalia::Ui {

// The cases' commands name a case by its GUID, not its id: undoing the removal of a case adds it again
// with the same GUID but a new id, and every step before and after it must still find it. Attributes are
// named by their name, as in attributecommands.h.

/// A case's GUID and its name as the user saw it (for the step's text and the messages).
struct CaseRef
{
    QString guid;
    QString name;
};

/// Adds a case; undo removes it (redo adds it again with the same GUID).
class AddCaseCommand final : public ProjectCommand
{
public:
    AddCaseCommand(Core::Project *project, const QString &name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// The case's GUID once redo() has run.
    QString guid() const { return m_guid; }

private:
    QString m_name;
    QString m_guid;
};

/// Renames a case; undo gives it its old name.
class RenameCaseCommand final : public ProjectCommand
{
public:
    RenameCaseCommand(Core::Project *project, const CaseRef &target, const QString &newName,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_guid;
    QString m_oldName;
    QString m_newName;
};

/// Sets a case's memo. Consecutive saves of the same case's memo merge into one step, as SetMemoCommand's.
class SetCaseMemoCommand final : public ProjectCommand
{
public:
    SetCaseMemoCommand(Core::Project *project, const CaseRef &target, const QString &oldMemo, const QString &newMemo,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QString m_guid;
    QString m_caseName;
    QString m_old;
    QString m_new;
};

/// Removes a case with its members and attribute values; undo brings all three back (under a new id).
class RemoveCaseCommand final : public ProjectCommand
{
public:
    RemoveCaseCommand(Core::Project *project, const CaseRef &target, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct Value
    {
        QString attributeName;
        QString value;
    };

    Core::Case m_case;
    /// Filled by redo, for undo: the members (their case id is not used) and values as they were.
    QList<Core::CaseMember> m_members;
    QList<Value> m_values;
};

/// Sets one case's value of one case attribute; undo writes the value it had (empty: none).
class SetCaseAttributeValueCommand final : public ProjectCommand
{
public:
    /// @p newValue as the user typed it: the store checks it and keeps its canonical spelling.
    SetCaseAttributeValueCommand(Core::Project *project, const CaseRef &target, const QString &attributeName,
                                 const QString &oldValue, const QString &newValue, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Core::Status write(const QString &value);

    QString m_guid;
    QString m_caseName;
    QString m_attributeName;
    QString m_oldValue;
    QString m_newValue;
};

/**
 * Assigns a whole document (end 0) or a passage of it to a case; with an empty GUID, to a new case of that
 * name, made in the same step. Undo takes the member back (and the new case). A document or passage the
 * case already has is not a step: the window does not push one.
 */
class AssignToCaseCommand final : public ProjectCommand
{
public:
    AssignToCaseCommand(Core::Project *project, const CaseRef &target, const Core::CaseMember &member,
                        const QString &documentName, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_guid;
    QString m_caseName;
    bool m_newCase;
    Core::CaseMember m_member;
};

/// Takes a document or passage out of a case; undo assigns it again.
class RemoveCaseMemberCommand final : public ProjectCommand
{
public:
    RemoveCaseMemberCommand(Core::Project *project, const CaseRef &target, const Core::CaseMember &member,
                            const QString &documentName, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_guid;
    QString m_caseName;
    Core::CaseMember m_member;
};

/// The case with @p guid (any case), or an error naming @p name.
Core::Result<Core::Case> caseWithGuid(const Core::Project &project, const QString &guid, const QString &name);
/// @p caseId's member with @p member's document and range, if it has one.
std::optional<Core::CaseMember> findCaseMember(const Core::Project &project, qint64 caseId,
                                               const Core::CaseMember &member);

} // namespace Marginalia::Ui
