#pragma once

#include "model/entities.h"
#include "projectcommand.h"

#include <optional>

namespace Marginalia::Ui {

/// Renames a document; undo gives the old name back.
class RenameDocumentCommand final : public ProjectCommand
{
public:
    RenameDocumentCommand(Core::Project *project, const Core::Document &document, const QString &name,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_documentId;
    QString m_oldName;
    QString m_newName;
};

/**
 * Removes a document with its codings. Undo puts back the same document (id, GUID, name, text, pages,
 * memo, file details) and the same codings (ids, GUIDs, memos), so that later steps that refer to them
 * still apply. The text is held only while the removal is done, for undo.
 */
class RemoveDocumentCommand final : public ProjectCommand
{
public:
    RemoveDocumentCommand(Core::Project *project, const Core::Document &document, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_documentId;
    std::optional<Core::DocumentSnapshot> m_removed;
};

/**
 * Makes an import one undoable step. The documents are already in the project when the command is pushed:
 * the import added each in its own transaction (Core::BatchImporter), so that a refused or cancelled file
 * never costs the others. Undo removes them all in one transaction, keeping what is needed to put them
 * back; redo puts them back with the same ids, GUIDs, names, texts and pages.
 */
class ImportDocumentsCommand final : public ProjectCommand
{
public:
    ImportDocumentsCommand(Core::Project *project, const QList<Core::Document> &imported,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QList<qint64> m_documentIds;
    /// Filled by undo and emptied by redo: the texts are held only while the import is undone.
    QList<Core::DocumentSnapshot> m_removed;
};

} // namespace Marginalia::Ui
