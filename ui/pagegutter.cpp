#include "pagegutter.h"

#include "documentview.h"

#include <QPaintEvent>
#include <QPainter>

namespace Marginalia::Ui {

PageGutter::PageGutter(DocumentView *view)
    : QWidget(view)
    , m_view(view)
{
}

int PageGutter::preferredWidth() const
{
    if (m_view->pageStarts().isEmpty())
        return 0;
    // Wide enough for the last page's number, so the text does not rewrap as the reader scrolls on.
    const QFontMetrics metrics(m_view->marginFont());
    const QString widest = tr("p. %1").arg(m_view->pageStarts().size());
    return metrics.horizontalAdvance(widest) + 2 * Padding + 4;
}

void PageGutter::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette &palette = m_view->palette();
    // The text's background: the page labels belong to the text, not to the window around it.
    painter.fillRect(event->rect(), palette.color(QPalette::Base));
    const QList<DocumentView::LineMark> marks = m_view->visiblePageMarks();
    if (marks.isEmpty())
        return;
    const QFont font = m_view->marginFont();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QColor muted = DocumentView::mutedColor(palette.color(QPalette::Text), palette.color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    // Viewport y is this widget's y: both start at the top of the view's contents.
    const qreal dy = m_view->viewport()->geometry().top() - geometry().top();
    for (const DocumentView::LineMark &mark : marks) {
        const qreal width = metrics.horizontalAdvance(mark.label) + 2 * Padding - 4;
        const qreal height = metrics.height() + 2;
        // Centred on the rule; page 1 has no rule, and its label sits inside the view.
        const qreal centre = mark.codePoint == 0 ? mark.top + height / 2 + 1 : mark.rule;
        const QRectF pill(2, std::max<qreal>(0, centre + dy - height / 2), width, height);
        painter.setPen(QPen(muted, 1));
        painter.setBrush(palette.color(QPalette::Base));
        painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2);
        painter.drawText(pill, Qt::AlignCenter, mark.label);
    }
}

} // namespace Marginalia::Ui
