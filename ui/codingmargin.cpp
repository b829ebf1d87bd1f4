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
    return Padding * 2 + std::max(1, m_view->laneCount()) * LaneWidth;
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
