#include "codecommands.h"

#include "store/project.h"

#include <QCoreApplication>

namespace Marginalia::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::Commands)
};

} // namespace

AddCodeCommand::AddCodeCommand(Core::Project *project, const Core::NewCode &code, QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("New code \"%1\"").arg(code.name.trimmed()), parent)
    , m_request(code)
{
}

void AddCodeCommand::redo()
{
    if (m_hasRun) {
        // Put back the same row (same id), which later commands on the stack refer to.
        Core::CodebookSnapshot snapshot;
        snapshot.codes.append(m_code);
        check(m_project->restoreSnapshot(snapshot));
        return;
    }
    m_hasRun = true;
    auto added = m_project->addCode(m_request);
    if (!added) {
        check(added.error());
        return;
    }
    m_code = *added;
}

void AddCodeCommand::undo()
{
    if (auto removed = m_project->deleteCode(m_code.id); !removed)
        check(removed.error());
}

ChangeCodeCommand::ChangeCodeCommand(Core::Project *project, const Core::Code &code, Property property,
                                     const QString &value, QUndoCommand *parent)
    : ProjectCommand(project, {}, parent)
    , m_codeId(code.id)
    , m_property(property)
    , m_new(value)
{
    switch (property) {
    case Property::Name:
        m_old = code.name;
        setText(Tr::tr("Rename code \"%1\" to \"%2\"").arg(code.name, value.trimmed()));
        break;
    case Property::Color:
        m_old = code.color;
        setText(Tr::tr("Change colour of \"%1\"").arg(code.name));
        break;
    case Property::Description:
        m_old = code.description;
        setText(Tr::tr("Describe \"%1\"").arg(code.name));
        break;
    }
}

Core::Status ChangeCodeCommand::apply(const QString &expected, const QString &value)
{
    // Conditional on the code being as this change (or its undo) found it: someone else's rename or
    // description saved meanwhile, on a project others change too, is not overwritten.
    const auto code = m_project->code(m_codeId);
    if (!code)
        return Core::Error{Tr::tr("The code was deleted meanwhile, by someone else.")};
    const QString current = m_property == Property::Name ? code->name
        : m_property == Property::Color                  ? code->color
                                                         : code->description;
    if (current.trimmed() != expected.trimmed() && current.compare(expected, Qt::CaseInsensitive) != 0) {
        return Core::Error{Tr::tr("\"%1\" was changed by someone else while you were editing it. Your change was not "
                                  "saved, so that theirs is not overwritten: look at theirs, then make yours again.")
                               .arg(code->name)};
    }
    switch (m_property) {
    case Property::Name:
        return m_project->renameCode(m_codeId, value, code->version);
    case Property::Color:
        return m_project->setCodeColor(m_codeId, value, code->version);
    case Property::Description:
        return m_project->setCodeDescription(m_codeId, value, code->version);
    }
    return Core::success();
}

void ChangeCodeCommand::redo()
{
    check(apply(m_old, m_new));
}

void ChangeCodeCommand::undo()
{
    check(apply(m_new, m_old));
}

MoveCodeCommand::MoveCodeCommand(Core::Project *project, const Core::Code &code, qint64 newParentId, int position,
                                 QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Move code \"%1\"").arg(code.name), parent)
    , m_codeId(code.id)
    , m_oldParent(code.parentId)
    , m_oldPosition(code.position)
    , m_newParent(newParentId)
    , m_newPosition(position)
{
}

void MoveCodeCommand::redo()
{
    check(m_project->moveCode(m_codeId, m_newParent, m_newPosition));
}

void MoveCodeCommand::undo()
{
    check(m_project->moveCode(m_codeId, m_oldParent, m_oldPosition));
}

MergeCodesCommand::MergeCodesCommand(Core::Project *project, const Core::Code &source, const Core::Code &target,
                                     QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Merge \"%1\" into \"%2\"").arg(source.name, target.name), parent)
    , m_sourceId(source.id)
    , m_targetId(target.id)
{
}

void MergeCodesCommand::redo()
{
    m_before = m_project->snapshotCodes({m_sourceId, m_targetId});
    auto report = m_project->mergeCodes(m_sourceId, m_targetId);
    if (!report) {
        check(report.error());
        return;
    }
    m_report = *report;
}

void MergeCodesCommand::undo()
{
    check(m_project->restoreSnapshot(m_before));
}

DeleteCodeCommand::DeleteCodeCommand(Core::Project *project, const Core::Code &code, QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Delete code \"%1\"").arg(code.name), parent)
    , m_codeId(code.id)
{
}

void DeleteCodeCommand::redo()
{
    m_before = m_project->snapshotCodes({m_codeId});
    if (auto removed = m_project->deleteCode(m_codeId); !removed)
        check(removed.error());
}

void DeleteCodeCommand::undo()
{
    check(m_project->restoreSnapshot(m_before));
}

} // namespace Marginalia::Ui
