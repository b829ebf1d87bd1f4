#include "importdocumentscommand.h"

#include "project.h"

#include <QCoreApplication>

namespace Marginalia::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::Ui::Commands", text);
}

} // namespace

ImportDocumentsCommand::ImportDocumentsCommand(Core::Project *project, const QList<Core::Document> &imported,
                                               QUndoCommand *parent)
    : ProjectCommand(project,
                     imported.size() == 1 ? tr("Import \"%1\"").arg(imported.first().name)
                                          : QCoreApplication::translate("Marginalia::Ui::Commands",
                                                                        "Import %n document(s)", nullptr,
                                                                        int(imported.size())),
                     parent)
{
    m_documentIds.reserve(imported.size());
    for (const Core::Document &document : imported)
        m_documentIds.append(document.id);
}

void ImportDocumentsCommand::redo()
{
    if (!m_hasRun) {
        m_hasRun = true; // the import itself added them
        return;
    }
    const auto status = m_project->transact(tr("importing documents"), [&]() -> Core::Status {
        for (const Core::NewDocument &document : std::as_const(m_removed)) {
            if (auto added = m_project->addDocument(document); !added)
                return Core::Error{added.error()};
        }
        return Core::success();
    });
    if (check(status))
        m_removed.clear();
}

void ImportDocumentsCommand::undo()
{
    QList<Core::NewDocument> removed;
    const auto status = m_project->transact(tr("removing imported documents"), [&]() -> Core::Status {
        for (const qint64 id : std::as_const(m_documentIds)) {
            auto restore = m_project->documentToRestore(id);
            if (!restore)
                return Core::Error{restore.error()};
            removed.append(std::move(*restore));
            if (auto status = m_project->removeDocument(id); !status)
                return status;
        }
        return Core::success();
    });
    if (check(status))
        m_removed = std::move(removed);
}

} // namespace Marginalia::Ui
