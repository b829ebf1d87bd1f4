#include "attributetablemodel.h"

#include "store/project.h"

#include <algorithm>

namespace Marginalia::Ui {

AttributeTableModel::AttributeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
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
    m_documents.clear();
    m_attributes.clear();
    m_values.clear();
    if (m_project) {
        m_documents = m_project->documents();
        std::sort(m_documents.begin(), m_documents.end(), [](const Core::Document &a, const Core::Document &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        m_attributes = m_project->attributes();
        for (const Core::AttributeValue &value : m_project->attributeValues())
            m_values[value.documentId].insert(value.attributeId, value.value);
    }
    endResetModel();
}

qint64 AttributeTableModel::documentId(int row) const
{
    return row >= 0 && row < m_documents.size() ? m_documents.at(row).id : 0;
}

int AttributeTableModel::rowOf(qint64 documentId) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == documentId)
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

QString AttributeTableModel::value(qint64 documentId, qint64 attributeId) const
{
    return m_values.value(documentId).value(attributeId);
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attributes.size()) + 1;
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Document &document = m_documents.at(index.row());
    const auto attribute = this->attribute(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return attribute ? value(document.id, attribute->id) : document.name;
    case Qt::ToolTipRole:
        return attribute ? QVariant() : QVariant(document.name);
    case Qt::TextAlignmentRole:
        // Numbers line up by their digits, as in a spreadsheet.
        if (attribute && attribute->type == Core::AttributeType::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DocumentIdRole:
        return document.id;
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
    if (role == Qt::DisplayRole)
        return attribute ? attribute->name : tr("Document");
    if (role == Qt::ToolTipRole) {
        if (!attribute)
            return tr("The document's name (rename it in the Documents panel)");
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
    if (index.isValid() && index.column() != NameColumn && m_project && !m_project->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttributeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto attribute = this->attribute(index.column());
    if (!attribute)
        return false;
    // Also an unchanged value: the panel compares it, canonically, with what the store has.
    Q_EMIT valueEdited(m_documents.at(index.row()).id, attribute->id, value.toString());
    // Nothing has changed yet: the value shows once the command has written it and the panel reloads.
    return false;
}

} // namespace Marginalia::Ui
