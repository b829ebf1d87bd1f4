#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Marginalia::Ui {

/**
 * Sorts an AttributeTableModel by value, as each attribute's type orders them (Core::AttributeTypes::
 * compare: 2 before 10, dates in time, a list in its order; rows without a value last), names
 * locale-aware; and keeps only the rows of the given documents or cases, when given some (a condition's).
 */
class AttributeSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Keeps only the rows of @p items (ids); nothing: every row.
    void setItems(std::optional<QSet<qint64>> items);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<qint64>> m_items;
};

} // namespace Marginalia::Ui
