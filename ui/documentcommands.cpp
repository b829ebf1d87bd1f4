#include "documentcommands.h"

#include "store/project.h"

#include <QCoreApplication>

namespace Marginalia::Ui {

namespace {

// lupdate reads the context of Tr::tr() from this struct. In the few places where its parser loses track
// of the scope (a return type qualified with a namespace alias, a deep lambda), the call names the
// context itself with QCoreApplication::translate().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::Commands)
};

} // namespace

RenameDocumentCommand::RenameDocumentCommand(Core::Project *project, const Core::Document &document,
                                             const QString &name, QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Rename \"%1\" to \"%2\"").arg(document.name, name.trimmed()), parent)
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

namespace {

/// Snapshots and removes the documents @p ids in one transaction; what was removed goes to @p removed.
Core::Status removeKeeping(Core::Project &project, const QList<qint64> &ids, QList<Core::DocumentSnapshot> &removed)
{
    QList<Core::DocumentSnapshot> snapshots;
    const auto status = project.transact(QCoreApplication::translate("Marginalia::Ui::Commands", "removing documents"),
                                         [&]() -> Core::Status {
                                             for (const qint64 id : ids) {
                                                 auto snapshot = project.snapshotDocument(id);
                                                 if (!snapshot)
                                                     return Core::Error{snapshot.error()};
                                                 snapshots.append(std::move(*snapshot));
                                                 if (auto removedNow = project.removeDocument(id); !removedNow)
                                                     return removedNow;
                                             }
                                             return Core::success();
                                         });
    if (status)
        removed = std::move(snapshots);
    return status;
}

/// Puts back what removeKeeping() removed, in one transaction.
Core::Status putBack(Core::Project &project, const QList<Core::DocumentSnapshot> &removed)
{
    return project.transact(QCoreApplication::translate("Marginalia::Ui::Commands", "restoring documents"),
                            [&]() -> Core::Status {
                                for (const Core::DocumentSnapshot &snapshot : removed) {
                                    if (auto restored = project.restoreDocument(snapshot); !restored)
                                        return restored;
                                }
                                return Core::success();
                            });
}

} // namespace

RemoveDocumentCommand::RemoveDocumentCommand(Core::Project *project, const Core::Document &document,
                                             QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Remove \"%1\"").arg(document.name), parent)
    , m_documentId(document.id)
{
}

void RemoveDocumentCommand::redo()
{
    m_hasRun = true;
    QList<Core::DocumentSnapshot> removed;
    if (check(removeKeeping(*m_project, {m_documentId}, removed)))
        m_removed = std::move(removed.first());
}

void RemoveDocumentCommand::undo()
{
    if (m_removed && check(m_project->restoreDocument(*m_removed)))
        m_removed.reset();
}

ImportDocumentsCommand::ImportDocumentsCommand(Core::Project *project, const QList<Core::Document> &imported,
                                               QUndoCommand *parent)
    : ProjectCommand(project,
                     imported.size() == 1
                         ? Tr::tr("Import \"%1\"").arg(imported.first().name)
                         : QCoreApplication::translate("Marginalia::Ui::Commands", "Import %n document(s)", nullptr,
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
    if (check(putBack(*m_project, m_removed)))
        m_removed.clear();
}

void ImportDocumentsCommand::undo()
{
    check(removeKeeping(*m_project, m_documentIds, m_removed));
}

} // namespace Marginalia::Ui
