#include "attributecommands.h"

#include "store/project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Marginalia::Ui {

namespace {

// lupdate reads the context of Tr::tr() from this struct. In the few places where its parser loses track
// of the scope (a return type qualified with a namespace alias, a deep lambda), the call names the
// context itself with QCoreApplication::translate().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::Commands)
};

Core::Result<Core::Attribute> attributeNamed(const Core::Project &project, const QString &name,
                                             Core::AttributeTarget target = Core::AttributeTarget::Document)
{
    if (auto attribute = project.attributeByName(name, target))
        return *attribute;
    if (target == Core::AttributeTarget::Case)
        return Core::Error{Tr::tr("There is no case attribute named \"%1\" any more.").arg(name)};
    return Core::Error{Tr::tr("There is no attribute named \"%1\" any more.").arg(name)};
}

AttributeSnapshot snapshotOf(const Core::Project &project)
{
    return {project.attributes(), project.attributeValues()};
}

/**
 * Makes the project's attributes and values those of @p snapshot, in one transaction: attributes it
 * lacks are removed, those it has and the project lacks are added (under new ids), and every value is
 * written back. Attributes are matched by name, since an attribute added again has a new id.
 */
Core::Status restore(Core::Project &project, const AttributeSnapshot &snapshot)
{
    return project.transact(
        QCoreApplication::translate("Marginalia::Ui::Commands", "restoring attributes"), [&]() -> Core::Status {
            QHash<QString, qint64> currentByName;
            QSet<QString> wantedNames;
            for (const Core::Attribute &attribute : snapshot.attributes)
                wantedNames.insert(attribute.name.toCaseFolded());
            for (const Core::Attribute &attribute : project.attributes()) {
                const QString key = attribute.name.toCaseFolded();
                if (wantedNames.contains(key)) {
                    currentByName.insert(key, attribute.id);
                } else if (auto removed = project.removeAttribute(attribute.id); !removed) {
                    return removed;
                }
            }
            QHash<qint64, qint64> currentId; // the snapshot's id -> the project's
            for (const Core::Attribute &attribute : snapshot.attributes) {
                const auto existing = currentByName.constFind(attribute.name.toCaseFolded());
                if (existing != currentByName.cend()) {
                    currentId.insert(attribute.id, *existing);
                    continue;
                }
                auto added = project.addAttribute(attribute.name, attribute.type, attribute.allowedValues);
                if (!added)
                    return Core::Error{added.error()};
                currentId.insert(attribute.id, added->id);
            }
            QList<Core::AttributeValue> writes;
            QSet<std::pair<qint64, qint64>> kept;
            for (const Core::AttributeValue &value : snapshot.values) {
                const qint64 attributeId = currentId.value(value.attributeId);
                writes.append({value.documentId, attributeId, value.value});
                kept.insert({value.documentId, attributeId});
            }
            // An empty value removes one: what the snapshot did not have goes.
            for (const Core::AttributeValue &value : project.attributeValues()) {
                if (!kept.contains({value.documentId, value.attributeId}))
                    writes.append({value.documentId, value.attributeId, QString()});
            }
            return project.setAttributeValues(writes);
        });
}

} // namespace

SetAttributeValueCommand::SetAttributeValueCommand(Core::Project *project, qint64 documentId,
                                                   const QString &documentName, const QString &attributeName,
                                                   const QString &oldValue, const QString &newValue,
                                                   QUndoCommand *parent)
    : ProjectCommand(project,
                     newValue.trimmed().isEmpty()
                         ? Tr::tr("Clear %1 of \"%2\"").arg(attributeName, documentName)
                         : Tr::tr("Set %1 of \"%2\" to %3").arg(attributeName, documentName, newValue.trimmed()),
                     parent)
    , m_documentId(documentId)
    , m_attributeName(attributeName)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
{
}

Core::Status SetAttributeValueCommand::write(const QString &value)
{
    const auto attribute = attributeNamed(*m_project, m_attributeName);
    if (!attribute)
        return Core::Error{attribute.error()};
    return m_project->setAttributeValues({{m_documentId, attribute->id, value}});
}

void SetAttributeValueCommand::redo()
{
    m_hasRun = true;
    check(write(m_newValue));
}

void SetAttributeValueCommand::undo()
{
    check(write(m_oldValue));
}

AddAttributeCommand::AddAttributeCommand(Core::Project *project, const QString &name, Core::AttributeType type,
                                         const QStringList &allowedValues, Core::AttributeTarget target,
                                         QUndoCommand *parent)
    : ProjectCommand(
        project,
        (target == Core::AttributeTarget::Case ? Tr::tr("Add case attribute %1 (%2)") : Tr::tr("Add attribute %1 (%2)"))
            .arg(name.trimmed(), Core::AttributeTypes::name(type)),
        parent)
    , m_name(name.trimmed())
    , m_type(type)
    , m_allowedValues(allowedValues)
    , m_target(target)
{
}

void AddAttributeCommand::redo()
{
    m_hasRun = true;
    const auto added = m_project->addAttribute(m_name, m_type, m_allowedValues, m_target);
    check(added ? QString() : added.error());
}

void AddAttributeCommand::undo()
{
    const auto attribute = attributeNamed(*m_project, m_name, m_target);
    if (!attribute) {
        check(attribute.error());
        return;
    }
    check(m_project->removeAttribute(attribute->id));
}

RemoveAttributeCommand::RemoveAttributeCommand(Core::Project *project, const Core::Attribute &attribute,
                                               QUndoCommand *parent)
    : ProjectCommand(project,
                     (attribute.target == Core::AttributeTarget::Case ? Tr::tr("Remove case attribute %1")
                                                                      : Tr::tr("Remove attribute %1"))
                         .arg(attribute.name),
                     parent)
    , m_attribute(attribute)
{
}

void RemoveAttributeCommand::redo()
{
    m_hasRun = true;
    const auto attribute = attributeNamed(*m_project, m_attribute.name, m_attribute.target);
    if (!attribute) {
        check(attribute.error());
        return;
    }
    QList<Core::AttributeValue> values;
    QList<std::pair<QString, QString>> caseValues;
    if (attribute->target == Core::AttributeTarget::Case) {
        QHash<qint64, QString> guids;
        for (const Core::Case &each : m_project->cases())
            guids.insert(each.id, each.guid);
        for (const Core::CaseAttributeValue &value : m_project->caseAttributeValues(attribute->id))
            caseValues.append({guids.value(value.caseId), value.value});
    } else {
        values = m_project->attributeValues(attribute->id);
    }
    if (check(m_project->removeAttribute(attribute->id))) {
        m_attribute = *attribute;
        m_values = std::move(values);
        m_caseValues = std::move(caseValues);
    }
}

void RemoveAttributeCommand::undo()
{
    check(m_project->transact(Tr::tr("restoring an attribute"), [this]() -> Core::Status {
        auto added = m_project->addAttribute(m_attribute.name, m_attribute.type, m_attribute.allowedValues,
                                             m_attribute.target);
        if (!added)
            return Core::Error{added.error()};
        if (m_attribute.target == Core::AttributeTarget::Case) {
            QHash<QString, qint64> ids;
            for (const Core::Case &each : m_project->cases())
                ids.insert(each.guid, each.id);
            QList<Core::CaseAttributeValue> values;
            for (const auto &[guid, value] : std::as_const(m_caseValues)) {
                if (const qint64 caseId = ids.value(guid))
                    values.append({caseId, added->id, value});
            }
            return m_project->setCaseAttributeValues(values);
        }
        QList<Core::AttributeValue> values = m_values;
        for (Core::AttributeValue &value : values)
            value.attributeId = added->id;
        return m_project->setAttributeValues(values);
    }));
}

Core::Result<std::unique_ptr<ImportAttributesCommand>> ImportAttributesCommand::importFile(Core::Project *project,
                                                                                           const QString &path)
{
    AttributeSnapshot before = snapshotOf(*project);
    auto report = Core::AttributeCsv::importFile(*project, path);
    if (!report)
        return Core::Error{report.error()};
    return std::unique_ptr<ImportAttributesCommand>(new ImportAttributesCommand(
        project, QFileInfo(path).fileName(), std::move(before), snapshotOf(*project), std::move(*report)));
}

ImportAttributesCommand::ImportAttributesCommand(Core::Project *project, const QString &fileName,
                                                 AttributeSnapshot before, AttributeSnapshot after,
                                                 Core::AttributeImportReport report)
    : ProjectCommand(project, Tr::tr("Import attributes from %1").arg(fileName))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{
}

void ImportAttributesCommand::redo()
{
    if (!m_hasRun) {
        m_hasRun = true; // importFile() applied it
        return;
    }
    check(restore(*m_project, m_after));
}

void ImportAttributesCommand::undo()
{
    check(restore(*m_project, m_before));
}

AddDocumentSetCommand::AddDocumentSetCommand(Core::Project *project, const QString &name,
                                             const QList<qint64> &documentIds, const QString &condition,
                                             QUndoCommand *parent)
    : ProjectCommand(project, Tr::tr("Add set \"%1\"").arg(name.trimmed()), parent)
    , m_name(name.trimmed())
    , m_documentIds(documentIds)
    , m_condition(condition)
{
}

void AddDocumentSetCommand::redo()
{
    m_hasRun = true;
    const auto added = m_project->addDocumentSet(m_name, m_documentIds, m_condition);
    check(added ? QString() : added.error());
}

void AddDocumentSetCommand::undo()
{
    // By name: a set added again after an undo has a new id.
    if (const auto set = m_project->documentSetByName(m_name))
        check(m_project->removeDocumentSet(set->id));
    else
        check(Tr::tr("There is no set named \"%1\" any more.").arg(m_name));
}

} // namespace Marginalia::Ui
