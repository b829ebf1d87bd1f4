#pragma once

#include "entities.h"
#include "projectcommand.h"

namespace Marginalia::Ui {

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
    QList<Core::NewDocument> m_removed;
};

} // namespace Marginalia::Ui
