#include "codingmargin.h"

#include "documentview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Marginalia::Ui {

CodingMargin::CodingMargin(DocumentView *view)
    : QWidget(view)
    , m_view(view)
{
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
}

int CodingMargin::preferredWidth() const
{
    const int numbers = m_view->paragraphNumberWidth();
    return Padding * 2 + std::max(1, m_view->laneCount()) * LaneWidth + (numbers > 0 ? numbers + Padding : 0);
}

void CodingMargin::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    const qint64 current = m_view->currentCoding();
    for (const DocumentView::Stripe &stripe : m_view->visibleStripes()) {
        const QRect rect(Padding + stripe.lane * LaneWidth, stripe.top, LaneWidth - 2,
                         std::max(3, stripe.bottom - stripe.top));
        painter.fillRect(rect, stripe.color);
        if (stripe.codingId == current) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
            painter.drawRect(rect.adjusted(-1, -1, 0, 0));
        }
    }
    if (m_view->paragraphNumberWidth() > 0) {
        const QList<DocumentView::LineMark> numbers = m_view->visibleParagraphNumbers();
        if (numbers.isEmpty())
            return;
        // Next to the text, right-aligned, on the text's baseline: what a reader's eye finds beside the
        // paragraph. Muted, since the text shows the same number at the line's start.
        painter.setFont(m_view->marginFont());
        const QPalette &palette = this->palette();
        painter.setPen(DocumentView::mutedColor(palette.color(QPalette::WindowText), palette.color(QPalette::Window)));
        const QFontMetricsF metrics(painter.font());
        const qreal right = width() - Padding;
        for (const DocumentView::LineMark &number : numbers) {
            const qreal advance = metrics.horizontalAdvance(number.label);
            painter.drawText(QPointF(right - advance, number.baseline), number.label);
        }
    }
}

qint64 CodingMargin::codingAt(const QPoint &position) const
{
    qint64 best = 0;
    int bestHeight = std::numeric_limits<int>::max();
    for (const DocumentView::Stripe &stripe : m_view->visibleStripes()) {
        const int left = Padding + stripe.lane * LaneWidth;
        if (position.x() < left - 1 || position.x() > left + LaneWidth || position.y() < stripe.top
            || position.y() > stripe.bottom)
            continue;
        // The shortest stripe under the pointer: the one a user aims at among nested codings.
        if (stripe.bottom - stripe.top < bestHeight) {
            best = stripe.codingId;
            bestHeight = stripe.bottom - stripe.top;
        }
    }
    return best;
}

bool CodingMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 coding = codingAt(help->pos());
        if (coding == 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), m_view->describeCoding(coding), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void CodingMargin::mousePressEvent(QMouseEvent *event)
{
    const qint64 coding = codingAt(event->position().toPoint());
    if (coding == 0)
        return;
    m_view->setCurrentCoding(coding);
    if (const auto range = m_view->codingRange(coding))
        m_view->selectRange(range->first, range->second);
    Q_EMIT m_view->codingActivated(coding);
}

} // namespace Marginalia::Ui
