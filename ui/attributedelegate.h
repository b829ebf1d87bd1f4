#pragma once

#include <QStyledItemDelegate>

namespace Marginalia::Ui {

/**
 * Edits a cell of an AttributeTableModel with what its attribute's type takes: a list for yes/no and list
 * attributes (with "no value" first, written as soon as it is chosen), a line with a "YYYY-MM-DD" or "a
 * number" hint for dates and numbers, a line of text otherwise (also for a name). Shared by the
 * Attributes and Cases panels, which check what is typed before asking for a change.
 */
class AttributeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Marginalia::Ui
