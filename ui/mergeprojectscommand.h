#pragma once

#include "exchange/projectmerge.h"
#include "model/entities.h"
#include "projectcommand.h"

namespace Marginalia::Ui {

/**
 * Merges projects (.marginalia or .qdpx) into the open one as one undoable step (the seminar's "collect
 * the class"). The merge itself is Core::ProjectMerge, all files in one transaction. Undo takes back what
 * it added (codings, documents, codes, coders) and puts back the memos it changed, in one transaction;
 * redo puts the same rows back with their ids and GUIDs, so that later steps on the stack still find them.
 */
class MergeProjectsCommand final : public ProjectCommand
{
public:
    MergeProjectsCommand(Core::Project *project, const QStringList &files, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// One summary per file, once the first redo() has run.
    const QList<Core::MergeSummary> &summaries() const { return m_summaries; }

private:
    Core::Status merge();
    Core::Status putBack();

    QStringList m_files;
    QList<Core::MergeSummary> m_summaries;
    // What undo took away, for redo to put back exactly.
    QList<Core::Coding> m_codings;
    QList<Core::DocumentSnapshot> m_documents;
    Core::CodebookSnapshot m_codes;
    QList<Core::Coder> m_coders;
};

} // namespace Marginalia::Ui
