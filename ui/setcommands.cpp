#include "setcommands.h"

#include "store/project.h"

#include <QCoreApplication>

namespace Marginalia::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::Commands)
};

template<typename Set> Core::Result<Set> withGuid(const QList<Set> &sets, const QString &guid, const QString &name)
{
    for (const Set &set : sets) {
        if (set.guid.compare(guid, Qt::CaseInsensitive) == 0)
            return set;
    }
    return Core::Error{Tr::tr("There is no set named \"%1\" any more.").arg(name)};
}

/// @p before with @p added appended, each id once, in that order.
QList<qint64> united(const QList<qint64> &before, const QList<qint64> &added)
{
    QList<qint64> ids = before;
    for (qint64 id : added) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace

// --- Sets of documents -----------------------------------------------------------------------------------

RemoveDocumentSetCommand::RemoveDocumentSetCommand(Core::Project *project, const Core::DocumentSet &set,
                                                   QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Remove set \"%1\"").arg(set.name), parent)
    , m_set(set)
{
}

void RemoveDocumentSetCommand::redo()
{
    m_hasRun = true;
    const auto found = withGuid(m_project->documentSets(), m_set.guid, m_set.name);
    if (!found) {
        check(found.error());
        return;
    }
    if (check(m_project->removeDocumentSet(found->id)))
        m_set = *found;
}

void RemoveDocumentSetCommand::undo()
{
    const auto added = m_project->addDocumentSet(m_set.name, m_set.documentIds, m_set.condition, m_set.guid);
    check(added ? QString() : added.error());
}

AddToDocumentSetCommand::AddToDocumentSetCommand(Core::Project *project, const Core::DocumentSet &set,
                                                 const QList<qint64> &documentIds, QUndoCommand *parent)
    : ProjectCommand(project,
                     QCoreApplication::translate("Marginalia::Ui::Commands", "Add %n document(s) to set \"%1\"",
                                                 nullptr, int(documentIds.size()))
                         .arg(set.name),
                     parent)
    , m_guid(set.guid)
    , m_name(set.name)
    , m_added(documentIds)
{
}

void AddToDocumentSetCommand::redo()
{
    m_hasRun = true;
    const auto found = withGuid(m_project->documentSets(), m_guid, m_name);
    if (!found) {
        check(found.error());
        return;
    }
    if (check(m_project->setDocumentSetMembers(found->id, united(found->documentIds, m_added))))
        m_before = found->documentIds;
}

void AddToDocumentSetCommand::undo()
{
    const auto found = withGuid(m_project->documentSets(), m_guid, m_name);
    check(found ? m_project->setDocumentSetMembers(found->id, m_before) : Core::Status(Core::Error{found.error()}));
}

// --- Sets of codes ---------------------------------------------------------------------------------------

AddCodeSetCommand::AddCodeSetCommand(Core::Project *project, const QString &name, const QList<qint64> &codeIds,
                                     QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Add code set \"%1\"").arg(name.trimmed()), parent)
    , m_name(name.trimmed())
    , m_codeIds(codeIds)
{
}

void AddCodeSetCommand::redo()
{
    m_hasRun = true;
    const auto added = m_project->addCodeSet(m_name, m_codeIds, m_guid);
    if (check(added ? QString() : added.error()))
        m_guid = added->guid;
}

void AddCodeSetCommand::undo()
{
    const auto found = withGuid(m_project->codeSets(), m_guid, m_name);
    check(found ? m_project->removeCodeSet(found->id) : Core::Status(Core::Error{found.error()}));
}

AddToCodeSetCommand::AddToCodeSetCommand(Core::Project *project, const Core::CodeSet &set, const QList<qint64> &codeIds,
                                         QUndoCommand *parent)
    : ProjectCommand(project,
                     QCoreApplication::translate("Marginalia::Ui::Commands", "Add %n code(s) to code set \"%1\"",
                                                 nullptr, int(codeIds.size()))
                         .arg(set.name),
                     parent)
    , m_guid(set.guid)
    , m_name(set.name)
    , m_added(codeIds)
{
}

void AddToCodeSetCommand::redo()
{
    m_hasRun = true;
    const auto found = withGuid(m_project->codeSets(), m_guid, m_name);
    if (!found) {
        check(found.error());
        return;
    }
    if (check(m_project->setCodeSetMembers(found->id, united(found->codeIds, m_added))))
        m_before = found->codeIds;
}

void AddToCodeSetCommand::undo()
{
    const auto found = withGuid(m_project->codeSets(), m_guid, m_name);
    check(found ? m_project->setCodeSetMembers(found->id, m_before) : Core::Status(Core::Error{found.error()}));
}

RemoveCodeSetCommand::RemoveCodeSetCommand(Core::Project *project, const Core::CodeSet &set, QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Remove code set \"%1\"").arg(set.name), parent)
    , m_set(set)
{
}

void RemoveCodeSetCommand::redo()
{
    m_hasRun = true;
    const auto found = withGuid(m_project->codeSets(), m_set.guid, m_set.name);
    if (!found) {
        check(found.error());
        return;
    }
    if (check(m_project->removeCodeSet(found->id)))
        m_set = *found;
}

void RemoveCodeSetCommand::undo()
{
    const auto added = m_project->addCodeSet(m_set.name, m_set.codeIds, m_set.guid);
    check(added ? QString() : added.error());
}

} // namespace Marginalia::Ui
