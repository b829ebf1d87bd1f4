#pragma once

#include "entities.h"
#include "projectcommand.h"

namespace Marginalia::Ui {

/// Adds imported documents in one transaction; undo removes them. The texts stay in memory for redo.
class ImportDocumentsCommand final : public ProjectCommand
{
public:
    ImportDocumentsCommand(Core::Project *project, const QList<Core::NewDocument> &documents,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const QList<Core::Document> &documents() const { return m_documents; }

private:
    QList<Core::NewDocument> m_requested;
    QList<Core::Document> m_documents;
};

} // namespace Marginalia::Ui
