#include "mergeprojectscommand.h"

#include "store/project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Marginalia::Ui {

namespace {

QString describeFiles(const QStringList &files)
{
    if (files.size() == 1)
        return QCoreApplication::translate("Marginalia::Ui::MergeProjectsCommand", "Merge %1")
            .arg(QFileInfo(files.first()).fileName());
    return QCoreApplication::translate("Marginalia::Ui::MergeProjectsCommand", "Merge %1 projects").arg(files.size());
}

} // namespace

MergeProjectsCommand::MergeProjectsCommand(Core::Project *project, const QStringList &files, QUndoCommand *parent)
    : ProjectCommand(project, describeFiles(files), parent)
    , m_files(files)
{
}

Core::Status MergeProjectsCommand::merge()
{
    QList<Core::MergeSummary> summaries;
    const Core::Status merged = m_project->transact(text(), [&]() -> Core::Status {
        for (const QString &file : std::as_const(m_files)) {
            auto summary = Core::ProjectMerge::mergeFile(*m_project, file);
            if (!summary)
                return Core::Error{summary.error()};
            summaries.append(*summary);
        }
        return Core::success();
    });
    if (merged)
        m_summaries = summaries;
    return merged;
}

Core::Status MergeProjectsCommand::putBack()
{
    return m_project->transact(text(), [&]() -> Core::Status {
        Core::CodebookSnapshot coders;
        coders.coders = m_coders;
        if (Core::Status status = m_project->restoreSnapshot(coders); !status)
            return status;
        if (Core::Status status = m_project->restoreSnapshot(m_codes); !status)
            return status;
        for (const Core::DocumentSnapshot &document : std::as_const(m_documents)) {
            if (Core::Status status = m_project->restoreDocument(document); !status)
                return status;
        }
        Core::CodebookSnapshot codings;
        codings.codings = m_codings;
        if (Core::Status status = m_project->restoreSnapshot(codings); !status)
            return status;
        for (const Core::MergeSummary &summary : std::as_const(m_summaries)) {
            for (const auto &change : summary.memoChanges) {
                if (Core::Status status = m_project->setMemo(change.target, change.after); !status)
                    return status;
            }
        }
        return Core::success();
    });
}

void MergeProjectsCommand::redo()
{
    check(m_hasRun ? putBack() : merge());
    m_hasRun = true;
}

void MergeProjectsCommand::undo()
{
    m_codings.clear();
    m_documents.clear();
    m_codes = {};
    m_coders.clear();
    const Core::Status undone = m_project->transact(text(), [&]() -> Core::Status {
        // Memos first, newest change first: each goes back to what it was before the merge.
        for (auto summary = m_summaries.crbegin(); summary != m_summaries.crend(); ++summary) {
            for (auto change = summary->memoChanges.crbegin(); change != summary->memoChanges.crend(); ++change) {
                if (Core::Status status = m_project->setMemo(change->target, change->before); !status)
                    return status;
            }
        }
        QSet<qint64> addedDocuments;
        QList<qint64> addedCodes;
        QList<qint64> addedCoders;
        QList<qint64> addedCodings;
        for (const Core::MergeSummary &summary : std::as_const(m_summaries)) {
            for (qint64 id : summary.addedDocumentIds)
                addedDocuments.insert(id);
            addedCodes += summary.addedCodeIds;
            addedCoders += summary.addedCoderIds;
            addedCodings += summary.addedCodingIds;
        }
        // The codings, kept whole (ids, GUIDs, memos) for redo.
        for (qint64 id : std::as_const(addedCodings)) {
            const auto coding = m_project->coding(id);
            if (!coding)
                continue;
            m_codings.append(*coding);
            if (Core::Status status = m_project->removeCoding(id); !status)
                return status;
        }
        for (qint64 id : std::as_const(addedDocuments)) {
            auto snapshot = m_project->snapshotDocument(id);
            if (!snapshot)
                return Core::Error{snapshot.error()};
            m_documents.append(*snapshot);
            if (Core::Status status = m_project->removeDocument(id); !status)
                return status;
        }
        if (!addedCodes.isEmpty()) {
            m_codes = m_project->snapshotCodes(addedCodes);
            // Only the codes the merge added: the snapshot also holds their siblings, to renumber.
            const QSet<qint64> added(addedCodes.cbegin(), addedCodes.cend());
            QList<Core::Code> onlyAdded;
            for (const Core::Code &code : std::as_const(m_codes.codes)) {
                if (added.contains(code.id))
                    onlyAdded.append(code);
            }
            m_codes.codes = onlyAdded;
            m_codes.codings.clear();
            // Children were added after their parents: delete the newest first, so each is a leaf by then.
            for (auto id = addedCodes.crbegin(); id != addedCodes.crend(); ++id) {
                if (!m_project->code(*id))
                    continue;
                if (auto deleted = m_project->deleteCode(*id); !deleted)
                    return Core::Error{deleted.error()};
            }
        }
        const QList<Core::Coder> all = m_project->coders();
        for (qint64 id : std::as_const(addedCoders)) {
            for (const Core::Coder &coder : all) {
                if (coder.id == id)
                    m_coders.append(coder);
            }
            if (Core::Status status = m_project->removeCoder(id); !status)
                return status;
        }
        return Core::success();
    });
    check(undone);
}

} // namespace Marginalia::Ui
