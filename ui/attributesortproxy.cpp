#include "attributesortproxy.h"

#include "attributetablemodel.h"
#include "model/attributes.h"

namespace Marginalia::Ui {

void AttributeSortProxy::setItems(std::optional<QSet<qint64>> items)
{
    m_items = std::move(items);
    invalidateRowsFilter();
}

bool AttributeSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString a = left.data().toString();
    const QString b = right.data().toString();
    if (left.column() == AttributeTableModel::NameColumn)
        return QString::localeAwareCompare(a, b) < 0;
    // Rows without a value come after those with one, whichever way the column is sorted first.
    if (a.isEmpty() || b.isEmpty())
        return !a.isEmpty() && b.isEmpty();
    const int order
        = Core::AttributeTypes::compare(Core::AttributeType(left.data(AttributeTableModel::AttributeTypeRole).toInt()),
                                        a, b, left.data(AttributeTableModel::AllowedValuesRole).toStringList());
    if (order != 0)
        return order < 0;
    return QString::localeAwareCompare(left.siblingAtColumn(0).data().toString(),
                                       right.siblingAtColumn(0).data().toString())
        < 0;
}

bool AttributeSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_items)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_items->contains(index.data(AttributeTableModel::ItemIdRole).toLongLong());
}

} // namespace Marginalia::Ui
