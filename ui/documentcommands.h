#pragma once

#include "entities.h"
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
    std::optional<Core::NewDocument> m_removed;
    QList<Core::Coding> m_codings;
};

} // namespace Marginalia::Ui
