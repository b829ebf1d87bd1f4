#include "attributetablemodel.h"

#include "store/project.h"

#include <algorithm>

namespace Marginalia::Ui {

AttributeTableModel::AttributeTableModel(Core::AttributeTarget target, QObject *parent)
    : QAbstractTableModel(parent)
    , m_target(target)
{
}

void AttributeTableModel::setProject(Core::Project *project)
{
    m_project = project;
    reload();
}

void AttributeTableModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_attributes.clear();
    m_values.clear();
    if (m_project) {
        if (m_target == Core::AttributeTarget::Document) {
            for (const Core::Document &document : m_project->documents())
                m_items.append({document.id, document.guid, document.name});
            for (const Core::AttributeValue &value : m_project->attributeValues())
                m_values[value.documentId].insert(value.attributeId, value.value);
        } else {
            for (const Core::Case &each : m_project->cases())
                m_items.append({each.id, each.guid, each.name});
            for (const Core::CaseAttributeValue &value : m_project->caseAttributeValues())
                m_values[value.caseId].insert(value.attributeId, value.value);
        }
        std::sort(m_items.begin(), m_items.end(),
                  [](const Item &a, const Item &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
        m_attributes = m_project->attributes(m_target);
    }
    endResetModel();
}

qint64 AttributeTableModel::itemId(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

QString AttributeTableModel::itemGuid(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).guid : QString();
}

QString AttributeTableModel::itemName(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).name : QString();
}

int AttributeTableModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId)
            return row;
    }
    return -1;
}

std::optional<Core::Attribute> AttributeTableModel::attribute(int column) const
{
    if (column <= NameColumn || column > m_attributes.size())
        return std::nullopt;
    return m_attributes.at(column - 1);
}

int AttributeTableModel::columnOf(qint64 attributeId) const
{
    for (int i = 0; i < m_attributes.size(); ++i) {
        if (m_attributes.at(i).id == attributeId)
            return i + 1;
    }
    return -1;
}

QString AttributeTableModel::value(qint64 itemId, qint64 attributeId) const
{
    return m_values.value(itemId).value(attributeId);
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attributes.size()) + 1;
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const auto attribute = this->attribute(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return attribute ? value(item.id, attribute->id) : item.name;
    case Qt::ToolTipRole:
        return attribute ? QVariant() : QVariant(item.name);
    case Qt::TextAlignmentRole:
        // Numbers line up by their digits, as in a spreadsheet.
        if (attribute && attribute->type == Core::AttributeType::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return item.id;
    case AttributeIdRole:
        return attribute ? attribute->id : qint64(0);
    case AttributeTypeRole:
        return int(attribute ? attribute->type : Core::AttributeType::Text);
    case AllowedValuesRole:
        return attribute ? attribute->allowedValues : QStringList();
    default:
        return {};
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const auto attribute = this->attribute(section);
    const bool cases = m_target == Core::AttributeTarget::Case;
    if (role == Qt::DisplayRole)
        return attribute ? attribute->name : cases ? tr("Case") : tr("Document");
    if (role == Qt::ToolTipRole) {
        if (!attribute) {
            return cases ? tr("The case's name (double-click or F2 to rename it)")
                         : tr("The document's name (rename it in the Documents panel)");
        }
        const QString type = Core::AttributeTypes::name(attribute->type);
        if (attribute->type == Core::AttributeType::List)
            return tr("%1: %2 of %3").arg(attribute->name, type, attribute->allowedValues.join(QStringLiteral(", ")));
        return tr("%1: %2").arg(attribute->name, type);
    }
    return {};
}

Qt::ItemFlags AttributeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // A case is renamed here; a document in the Documents panel, which keeps its name in one place.
    const bool editableName = m_target == Core::AttributeTarget::Case;
    if (index.isValid() && (index.column() != NameColumn || editableName) && m_project && !m_project->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttributeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const qint64 id = m_items.at(index.row()).id;
    if (const auto attribute = this->attribute(index.column())) {
        // Also an unchanged value: the panel compares it, canonically, with what the store has.
        Q_EMIT valueEdited(id, attribute->id, value.toString());
    } else {
        Q_EMIT nameEdited(id, value.toString());
    }
    // Nothing has changed yet: the value shows once the command has written it and the panel reloads.
    return false;
}

} // namespace Marginalia::Ui
