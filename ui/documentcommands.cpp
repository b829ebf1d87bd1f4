#include "documentcommands.h"

#include "project.h"

#include <QCoreApplication>

namespace Marginalia::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::Ui::Commands", text);
}

} // namespace

RenameDocumentCommand::RenameDocumentCommand(Core::Project *project, const Core::Document &document,
                                             const QString &name, QUndoCommand *parent)
    : ProjectCommand(project, tr("Rename \"%1\" to \"%2\"").arg(document.name, name.trimmed()), parent)
    , m_documentId(document.id)
    , m_oldName(document.name)
    , m_newName(name.trimmed())
{
}

void RenameDocumentCommand::redo()
{
    m_hasRun = true;
    check(m_project->renameDocument(m_documentId, m_newName));
}

void RenameDocumentCommand::undo()
{
    check(m_project->renameDocument(m_documentId, m_oldName));
}

RemoveDocumentCommand::RemoveDocumentCommand(Core::Project *project, const Core::Document &document,
                                             QUndoCommand *parent)
    : ProjectCommand(project, tr("Remove \"%1\"").arg(document.name), parent)
    , m_documentId(document.id)
{
}

void RemoveDocumentCommand::redo()
{
    m_hasRun = true;
    std::optional<Core::NewDocument> removed;
    QList<Core::Coding> codings;
    const auto status = m_project->transact(tr("removing a document"), [&]() -> Core::Status {
        auto restore = m_project->documentToRestore(m_documentId);
        if (!restore)
            return Core::Error{restore.error()};
        removed = std::move(*restore);
        Core::CodingFilter filter;
        filter.documentId = m_documentId;
        codings = m_project->codings(filter);
        return m_project->removeDocument(m_documentId);
    });
    if (check(status)) {
        m_removed = std::move(removed);
        m_codings = std::move(codings);
    }
}

void RemoveDocumentCommand::undo()
{
    if (!m_removed)
        return;
    const auto status = m_project->transact(tr("restoring a document"), [&]() -> Core::Status {
        if (auto added = m_project->addDocument(*m_removed); !added)
            return Core::Error{added.error()};
        return m_project->restoreSnapshot(Core::CodebookSnapshot{{}, m_codings});
    });
    if (check(status)) {
        m_removed.reset();
        m_codings.clear();
    }
}

} // namespace Marginalia::Ui
