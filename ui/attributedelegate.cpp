#include "attributedelegate.h"

#include "attributetablemodel.h"
#include "model/attributes.h"

#include <QComboBox>
#include <QLineEdit>

#include <algorithm>

namespace Marginalia::Ui {

QWidget *AttributeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const auto type = Core::AttributeType(index.data(AttributeTableModel::AttributeTypeRole).toInt());
    const bool isValue = index.column() != AttributeTableModel::NameColumn;
    if (isValue && (type == Core::AttributeType::Boolean || type == Core::AttributeType::List)) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(no value)"), QString());
        const QStringList values = type == Core::AttributeType::Boolean
            ? QStringList{QStringLiteral("yes"), QStringLiteral("no")}
            : index.data(AttributeTableModel::AllowedValuesRole).toStringList();
        for (const QString &value : values)
            combo->addItem(value, value);
        // A choice is the whole edit: it is written at once, not when the cell loses focus.
        connect(combo, &QComboBox::activated, combo, [this, combo] {
            auto *self = const_cast<AttributeDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && isValue) {
        if (type == Core::AttributeType::Date)
            line->setPlaceholderText(tr("YYYY-MM-DD"));
        else if (type == Core::AttributeType::Number)
            line->setPlaceholderText(tr("a number"));
    }
    return editor;
}

void AttributeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AttributeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Marginalia::Ui
