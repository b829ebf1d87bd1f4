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

ImportDocumentsCommand::ImportDocumentsCommand(Core::Project *project, const QList<Core::NewDocument> &documents,
                                               QUndoCommand *parent)
    : ProjectCommand(project,
                     documents.size() == 1 ? tr("Import \"%1\"").arg(documents.first().name)
                                           : tr("Import %1 documents").arg(documents.size()),
                     parent)
    , m_requested(documents)
{
}

void ImportDocumentsCommand::redo()
{
    if (m_hasRun) {
        // Re-create with the same ids and GUIDs, so later commands that refer to them still apply.
        for (qsizetype i = 0; i < m_requested.size() && i < m_documents.size(); ++i) {
            m_requested[i].id = m_documents.at(i).id;
            m_requested[i].guid = m_documents.at(i).guid;
            m_requested[i].name = m_documents.at(i).name;
            m_requested[i].imported = m_documents.at(i).imported;
        }
    }
    QList<Core::Document> added;
    const auto status = m_project->transact(tr("importing documents"), [&]() -> Core::Status {
        for (const Core::NewDocument &document : std::as_const(m_requested)) {
            auto result = m_project->addDocument(document);
            if (!result)
                return Core::Error{result.error()};
            added.append(*result);
        }
        return Core::success();
    });
    m_hasRun = true;
    if (check(status))
        m_documents = added;
}

void ImportDocumentsCommand::undo()
{
    check(m_project->transact(tr("removing imported documents"), [&]() -> Core::Status {
        for (const Core::Document &document : std::as_const(m_documents)) {
            if (auto status = m_project->removeDocument(document.id); !status)
                return status;
        }
        return Core::success();
    }));
}

} // namespace Marginalia::Ui
