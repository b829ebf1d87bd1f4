#include "casecommands.h"

#include "store/project.h"

#include <QCoreApplication>

namespace Marginalia::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::Commands)
};

/// "Vienna statement" or "Vienna statement 120–480": what a step's text calls a member.
QString describeMember(const QString &documentName, const Core::CaseMember &member)
{
    if (member.end == 0)
        return QStringLiteral("\"%1\"").arg(documentName);
    return Tr::tr("\"%1\" %2\u2013%3").arg(documentName).arg(member.start).arg(member.end);
}

} // namespace

Core::Result<Core::Case> caseWithGuid(const Core::Project &project, const QString &guid, const QString &name)
{
    for (const Core::Case &each : project.cases()) {
        if (each.guid.compare(guid, Qt::CaseInsensitive) == 0)
            return each;
    }
    return Core::Error{Tr::tr("There is no case \"%1\" any more.").arg(name)};
}

std::optional<Core::CaseMember> findCaseMember(const Core::Project &project, qint64 caseId,
                                               const Core::CaseMember &member)
{
    for (const Core::CaseMember &each : project.caseMembers(caseId)) {
        if (each.documentId == member.documentId && each.start == member.start && each.end == member.end)
            return each;
    }
    return std::nullopt;
}

// --- AddCaseCommand --------------------------------------------------------------------------------------

AddCaseCommand::AddCaseCommand(Core::Project *project, const QString &name, QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Add case \"%1\"").arg(name.trimmed()), parent)
    , m_name(name.trimmed())
{
}

void AddCaseCommand::redo()
{
    m_hasRun = true;
    const auto added = m_project->addCase(m_name, m_guid);
    if (check(added ? QString() : added.error()))
        m_guid = added->guid;
}

void AddCaseCommand::undo()
{
    const auto found = caseWithGuid(*m_project, m_guid, m_name);
    if (!found) {
        check(found.error());
        return;
    }
    check(m_project->removeCase(found->id));
}

// --- RenameCaseCommand -----------------------------------------------------------------------------------

RenameCaseCommand::RenameCaseCommand(Core::Project *project, const CaseRef &target, const QString &newName,
                                     QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Rename case \"%1\" to \"%2\"").arg(target.name, newName.trimmed()), parent)
    , m_guid(target.guid)
    , m_oldName(target.name)
    , m_newName(newName.trimmed())
{
}

void RenameCaseCommand::redo()
{
    m_hasRun = true;
    const auto found = caseWithGuid(*m_project, m_guid, m_oldName);
    check(found ? m_project->renameCase(found->id, m_newName) : Core::Status(Core::Error{found.error()}));
}

void RenameCaseCommand::undo()
{
    const auto found = caseWithGuid(*m_project, m_guid, m_newName);
    check(found ? m_project->renameCase(found->id, m_oldName) : Core::Status(Core::Error{found.error()}));
}

// --- SetCaseMemoCommand ----------------------------------------------------------------------------------

SetCaseMemoCommand::SetCaseMemoCommand(Core::Project *project, const CaseRef &target, const QString &oldMemo,
                                       const QString &newMemo, QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Edit memo on case \"%1\"").arg(target.name), parent)
    , m_guid(target.guid)
    , m_caseName(target.name)
    , m_old(oldMemo)
    , m_new(newMemo)
{
}

void SetCaseMemoCommand::redo()
{
    m_hasRun = true;
    const auto found = caseWithGuid(*m_project, m_guid, m_caseName);
    check(found ? m_project->setCaseMemo(found->id, m_new) : Core::Status(Core::Error{found.error()}));
}

void SetCaseMemoCommand::undo()
{
    const auto found = caseWithGuid(*m_project, m_guid, m_caseName);
    check(found ? m_project->setCaseMemo(found->id, m_old) : Core::Status(Core::Error{found.error()}));
}

int SetCaseMemoCommand::id() const
{
    return 0x43415345; // "CASE": a memo edit merges with the one before it, if it is the same case's
}

bool SetCaseMemoCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetCaseMemoCommand *>(other);
    if (next->m_guid != m_guid)
        return false;
    m_new = next->m_new;
    return true;
}

// --- RemoveCaseCommand -----------------------------------------------------------------------------------

RemoveCaseCommand::RemoveCaseCommand(Core::Project *project, const CaseRef &target, QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Remove case \"%1\"").arg(target.name), parent)
    , m_case{0, target.guid, target.name, {}}
{
}

void RemoveCaseCommand::redo()
{
    m_hasRun = true;
    const auto found = caseWithGuid(*m_project, m_case.guid, m_case.name);
    if (!found) {
        check(found.error());
        return;
    }
    QList<Core::CaseMember> members = m_project->caseMembers(found->id);
    QHash<qint64, QString> attributeNames;
    for (const Core::Attribute &attribute : m_project->attributes(Core::AttributeTarget::Case))
        attributeNames.insert(attribute.id, attribute.name);
    QList<Value> values;
    for (const Core::CaseAttributeValue &value : m_project->caseAttributeValues()) {
        if (value.caseId == found->id)
            values.append({attributeNames.value(value.attributeId), value.value});
    }
    if (check(m_project->removeCase(found->id))) {
        m_case = *found;
        m_members = std::move(members);
        m_values = std::move(values);
    }
}

void RemoveCaseCommand::undo()
{
    check(m_project->transact(Tr::tr("restoring a case"), [this]() -> Core::Status {
        const auto added = m_project->addCase(m_case.name, m_case.guid);
        if (!added)
            return Core::Error{added.error()};
        if (!m_case.memo.isEmpty()) {
            if (auto memo = m_project->setCaseMemo(added->id, m_case.memo); !memo)
                return memo;
        }
        for (Core::CaseMember member : std::as_const(m_members)) {
            member.id = 0;
            member.caseId = added->id;
            if (auto assigned = m_project->addCaseMember(member); !assigned)
                return Core::Error{assigned.error()};
        }
        QList<Core::CaseAttributeValue> values;
        for (const Value &value : std::as_const(m_values)) {
            const auto attribute = m_project->attributeByName(value.attributeName, Core::AttributeTarget::Case);
            if (!attribute)
                return Core::Error{
                    Tr::tr("There is no case attribute named \"%1\" any more.").arg(value.attributeName)};
            values.append({added->id, attribute->id, value.value});
        }
        return m_project->setCaseAttributeValues(values);
    }));
}

// --- SetCaseAttributeValueCommand ------------------------------------------------------------------------

SetCaseAttributeValueCommand::SetCaseAttributeValueCommand(Core::Project *project, const CaseRef &target,
                                                           const QString &attributeName, const QString &oldValue,
                                                           const QString &newValue, QUndoCommand *parent)
    : ProjectCommand(project,
                     newValue.trimmed().isEmpty()
                         ? Tr::tr("Clear %1 of case \"%2\"").arg(attributeName, target.name)
                         : Tr::tr("Set %1 of case \"%2\" to %3").arg(attributeName, target.name, newValue.trimmed()),
                     parent)
    , m_guid(target.guid)
    , m_caseName(target.name)
    , m_attributeName(attributeName)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
{
}

Core::Status SetCaseAttributeValueCommand::write(const QString &value)
{
    const auto attribute = m_project->attributeByName(m_attributeName, Core::AttributeTarget::Case);
    if (!attribute)
        return Core::Error{Tr::tr("There is no case attribute named \"%1\" any more.").arg(m_attributeName)};
    const auto found = caseWithGuid(*m_project, m_guid, m_caseName);
    if (!found)
        return Core::Error{found.error()};
    return m_project->setCaseAttributeValues({{found->id, attribute->id, value}});
}

void SetCaseAttributeValueCommand::redo()
{
    m_hasRun = true;
    check(write(m_newValue));
}

void SetCaseAttributeValueCommand::undo()
{
    check(write(m_oldValue));
}

// --- AssignToCaseCommand ---------------------------------------------------------------------------------

AssignToCaseCommand::AssignToCaseCommand(Core::Project *project, const CaseRef &target, const Core::CaseMember &member,
                                         const QString &documentName, QUndoCommand *parent)
    : ProjectCommand(
        project,
        (target.guid.isEmpty() ? Tr::tr("Assign %1 to new case \"%2\"") : Tr::tr("Assign %1 to case \"%2\""))
            .arg(describeMember(documentName, member), target.name.trimmed()),
        parent)
    , m_guid(target.guid)
    , m_caseName(target.name.trimmed())
    , m_newCase(target.guid.isEmpty())
    , m_member(member)
{
}

void AssignToCaseCommand::redo()
{
    m_hasRun = true;
    check(m_project->transact(Tr::tr("assigning to a case"), [this]() -> Core::Status {
        qint64 caseId = 0;
        if (m_newCase) {
            // Redone after an undo: the same case again, under its first GUID.
            const auto added = m_project->addCase(m_caseName, m_guid);
            if (!added)
                return Core::Error{added.error()};
            m_guid = added->guid;
            caseId = added->id;
        } else {
            const auto found = caseWithGuid(*m_project, m_guid, m_caseName);
            if (!found)
                return Core::Error{found.error()};
            caseId = found->id;
        }
        Core::CaseMember member = m_member;
        member.id = 0;
        member.caseId = caseId;
        const auto assigned = m_project->addCaseMember(member);
        return assigned ? Core::success() : Core::Status(Core::Error{assigned.error()});
    }));
}

void AssignToCaseCommand::undo()
{
    check(m_project->transact(Tr::tr("taking back an assignment to a case"), [this]() -> Core::Status {
        const auto found = caseWithGuid(*m_project, m_guid, m_caseName);
        if (!found)
            return Core::Error{found.error()};
        if (m_newCase)
            return m_project->removeCase(found->id); // with its one member
        if (const auto member = findCaseMember(*m_project, found->id, m_member))
            return m_project->removeCaseMember(member->id);
        return Core::success();
    }));
}

// --- RemoveCaseMemberCommand -----------------------------------------------------------------------------

RemoveCaseMemberCommand::RemoveCaseMemberCommand(Core::Project *project, const CaseRef &target,
                                                 const Core::CaseMember &member, const QString &documentName,
                                                 QUndoCommand *parent)
    : ProjectCommand(
        project, Tr::tr("Take %1 out of case \"%2\"").arg(describeMember(documentName, member), target.name), parent)
    , m_guid(target.guid)
    , m_caseName(target.name)
    , m_member(member)
{
}

void RemoveCaseMemberCommand::redo()
{
    m_hasRun = true;
    const auto found = caseWithGuid(*m_project, m_guid, m_caseName);
    if (!found) {
        check(found.error());
        return;
    }
    // Found again by its document and range: a case whose removal was undone has new member ids.
    if (const auto member = findCaseMember(*m_project, found->id, m_member))
        check(m_project->removeCaseMember(member->id));
}

void RemoveCaseMemberCommand::undo()
{
    const auto found = caseWithGuid(*m_project, m_guid, m_caseName);
    if (!found) {
        check(found.error());
        return;
    }
    Core::CaseMember member = m_member;
    member.id = 0;
    member.caseId = found->id;
    const auto assigned = m_project->addCaseMember(member);
    check(assigned ? QString() : assigned.error());
}

} // namespace Marginalia::Ui
