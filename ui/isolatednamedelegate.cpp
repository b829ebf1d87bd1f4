#include "isolatednamedelegate.h"

namespace Marginalia::Ui {

IsolatedNameDelegate::IsolatedNameDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

IsolatedNameDelegate::~IsolatedNameDelegate() = default;

QString IsolatedNameDelegate::isolated(const QString &text)
{
    // When the style elides, it cuts the closing U+2069 first: the ellipsis then stays inside the run and
    // is placed by the name's direction, at its end.
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}

void IsolatedNameDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = isolated(option->text);
}

} // namespace Marginalia::Ui
