#include "codingcommands.h"

#include "store/project.h"

#include <QCoreApplication>

namespace Marginalia::Ui {

namespace {

Core::Status removeAll(Core::Project *project, const QList<Core::Coding> &codings)
{
    return project->transact(QCoreApplication::translate("Marginalia::Ui::Commands", "removing codings"),
                             [&]() -> Core::Status {
                                 for (const Core::Coding &coding : codings) {
                                     if (auto status = project->removeCoding(coding.id); !status)
                                         return status;
                                 }
                                 return Core::success();
                             });
}

Core::Status restoreAll(Core::Project *project, const QList<Core::Coding> &codings)
{
    Core::CodebookSnapshot snapshot;
    snapshot.codings = codings;
    return project->restoreSnapshot(snapshot);
}

} // namespace

AddCodingsCommand::AddCodingsCommand(Core::Project *project, const QList<Core::NewCoding> &codings, const QString &text,
                                     QUndoCommand *parent)
    : ProjectCommand(project, text, parent)
    , m_requested(codings)
{
}

void AddCodingsCommand::redo()
{
    if (m_hasRun) {
        Core::CodebookSnapshot snapshot;
        snapshot.codings = m_codings;
        if (m_addedCoder)
            snapshot.coders.append(*m_addedCoder);
        check(m_project->restoreSnapshot(snapshot));
        return;
    }
    m_hasRun = true;
    // The coder (when new) and the codings in one transaction: the store's addCodingsAs().
    auto added = m_project->addCodingsAs(m_coderName, m_requested);
    if (!added) {
        check(added.error());
        return;
    }
    m_codings = added->codings;
    m_addedCoder = added->newCoder;
    // Everything was coded already: nothing to undo, so no step on the stack.
    if (m_codings.isEmpty())
        setObsolete(true);
}

void AddCodingsCommand::undo()
{
    // On a server a coder is a member's name, registered by their login, and the coder role may add one but
    // not remove it (the server's grants): the coder stays, without codings, and a redo finds it there.
    const bool keepCoder = m_project->isOnServer();
    const bool undone = check(m_project->transact(
        QCoreApplication::translate("Marginalia::Ui::Commands", "undoing a coding"), [&]() -> Core::Status {
            if (auto removed = removeAll(m_project, m_codings); !removed)
                return removed;
            if (m_addedCoder && !keepCoder)
                return m_project->removeCoder(m_addedCoder->id);
            return Core::success();
        }));
    if (undone && keepCoder)
        m_addedCoder.reset();
}

RemoveCodingsCommand::RemoveCodingsCommand(Core::Project *project, const QList<Core::Coding> &codings,
                                           QUndoCommand *parent)
    : ProjectCommand(
        project,
        codings.size() == 1
            ? QCoreApplication::translate("Marginalia::Ui::Commands", "Remove coding")
            : QCoreApplication::translate("Marginalia::Ui::Commands", "Remove %1 codings").arg(codings.size()),
        parent)
    , m_codings(codings)
{
}

void RemoveCodingsCommand::redo()
{
    check(removeAll(m_project, m_codings));
}

void RemoveCodingsCommand::undo()
{
    check(restoreAll(m_project, m_codings));
}

SetCodingRangeCommand::SetCodingRangeCommand(Core::Project *project, const Core::Coding &coding, qint64 start,
                                             qint64 end, QUndoCommand *parent)
    : ProjectCommand(project, QCoreApplication::translate("Marginalia::Ui::Commands", "Change coding range"), parent)
    , m_codingId(coding.id)
    , m_oldStart(coding.start)
    , m_oldEnd(coding.end)
    , m_newStart(start)
    , m_newEnd(end)
{
}

void SetCodingRangeCommand::redo()
{
    check(m_project->setCodingRange(m_codingId, m_newStart, m_newEnd));
}

void SetCodingRangeCommand::undo()
{
    check(m_project->setCodingRange(m_codingId, m_oldStart, m_oldEnd));
}

} // namespace Marginalia::Ui
