#include "codepathdelegate.h"

#include "isolatednamedelegate.h"
#include "model/codetree.h"

#include <QApplication>
#include <QFontMetrics>

namespace Marginalia::Ui {

CodePathDelegate::CodePathDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

CodePathDelegate::~CodePathDelegate() = default;

QString CodePathDelegate::elidedPath(const QString &path, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(path) <= width)
        return path;
    const QStringList levels = Core::CodeTree::splitPath(path);
    if (levels.size() < 2)
        return metrics.elidedText(path, Qt::ElideRight, width);
    const QString prefix = QChar(0x2026) + QLatin1Char('/');
    for (qsizetype first = 1; first < levels.size(); ++first) {
        const QString candidate = prefix + Core::CodeTree::joinPath(levels.mid(first));
        if (metrics.horizontalAdvance(candidate) <= width)
            return candidate;
    }
    return metrics.elidedText(prefix + Core::CodeTree::joinPath({levels.constLast()}), Qt::ElideRight, width);
}

void CodePathDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Without a cell to fit (a size hint is being asked for), the whole path is the answer.
    if (option->text.isEmpty() || option->rect.width() <= 0)
        return;
    const QWidget *widget = option->widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The style keeps this margin on either side of the text (QCommonStyle's item view drawing).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const int width = style->subElementRect(QStyle::SE_ItemViewItemText, option, widget).width() - 2 * margin;
    if (width < option->fontMetrics.averageCharWidth() * 4)
        option->text.clear();
    else
        // Isolated (FSI … PDI): in a right-to-left view a path's slashes and ellipsis would otherwise be
        // placed by the view's direction ("…Non-refoulem/…" instead of "…/Non-refoulement").
        option->text = IsolatedNameDelegate::isolated(elidedPath(option->text, option->fontMetrics, width));
}

} // namespace Marginalia::Ui
