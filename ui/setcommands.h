#pragma once

#include "model/attributes.h"
#include "projectcommand.h"

namespace Marginalia::Ui {

// The sets' commands name a set by its GUID: undoing the removal of a set adds it again with the same GUID
// but a new id. (AddDocumentSetCommand, in attributecommands.h, is the Attributes panel's "Save as Set".)

/// Removes a set of documents; undo adds it again with its GUID, condition or documents.
class RemoveDocumentSetCommand final : public ProjectCommand
{
public:
    RemoveDocumentSetCommand(Core::Project *project, const Core::DocumentSet &set, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Core::DocumentSet m_set;
};

/// Adds documents to a listed set (those it has already stay once); undo gives it back its documents.
class AddToDocumentSetCommand final : public ProjectCommand
{
public:
    AddToDocumentSetCommand(Core::Project *project, const Core::DocumentSet &set, const QList<qint64> &documentIds,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_guid;
    QString m_name;
    QList<qint64> m_added;
    /// Filled by redo, for undo: the set's documents before.
    QList<qint64> m_before;
};

/// Makes a set of codes; undo removes it (redo makes it again with the same GUID).
class AddCodeSetCommand final : public ProjectCommand
{
public:
    AddCodeSetCommand(Core::Project *project, const QString &name, const QList<qint64> &codeIds,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_name;
    QList<qint64> m_codeIds;
    QString m_guid;
};

/// Adds codes to a code set; undo gives it back its codes.
class AddToCodeSetCommand final : public ProjectCommand
{
public:
    AddToCodeSetCommand(Core::Project *project, const Core::CodeSet &set, const QList<qint64> &codeIds,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_guid;
    QString m_name;
    QList<qint64> m_added;
    QList<qint64> m_before;
};

/// Removes a set of codes; undo adds it again with its GUID and codes.
class RemoveCodeSetCommand final : public ProjectCommand
{
public:
    RemoveCodeSetCommand(Core::Project *project, const Core::CodeSet &set, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Core::CodeSet m_set;
};

} // namespace Marginalia::Ui
