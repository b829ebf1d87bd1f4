#include "documentview.h"

#include "codecolor.h"
#include "codingmargin.h"
#include "structurehighlighting.h"
#include "text/wordsnapper.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

// How strongly a coding tints the text: enough to see one coding, and to see two overlapping ones as
// darker, without making the text hard to read. Dark backgrounds need a little more.
int fillAlpha(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? 90 : 60;
}

constexpr int MaxLanes = 16;

} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_margin(new CodingMargin(this))
    , m_structure(std::make_unique<StructureHighlighting>())
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Keep the selection visible while the user works in the codebook.
    QPalette palette = this->palette();
    palette.setColor(QPalette::Inactive, QPalette::Highlight, palette.color(QPalette::Active, QPalette::Highlight));
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText,
                     palette.color(QPalette::Active, QPalette::HighlightedText));
    setPalette(palette);
    QFont font = this->font();
    font.setPointSizeF(std::max(11.0, font.pointSizeF() * 1.15));
    setFont(font);
    document()->setDocumentMargin(12);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setMouseTracking(true);

    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_margin->scroll(0, dy);
        m_margin->update(0, rect.y(), m_margin->width(), rect.height());
        // Scrolling moves the stripes of codings that start above the view: repaint them all.
        if (dy != 0)
            m_margin->update();
    });
    updateMarginWidth();
}

DocumentView::~DocumentView() = default;

QString DocumentView::syntax() const
{
    return m_structure->activeSyntax();
}

void DocumentView::showDocument(qint64 documentId, const QString &text, const QString &format)
{
    m_documentId = documentId;
    m_spans.clear();
    m_spanById.clear();
    m_index = Core::IntervalIndex();
    m_currentCoding = 0;
    m_wrapAnchor = -1;
    m_text = text;
    m_offsets = Core::TextOffsets(text);
    // Detach the old highlighter before replacing the text: rehighlighting the old syntax over the new
    // text would be wasted work.
    m_structure->apply(nullptr, QString(), QString(), palette());
    setPlainText(withLongParagraphsBroken(text));
    m_structure->apply(document(), format, text, palette());
    rebuildIndex();
}

QString DocumentView::withLongParagraphsBroken(QString text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end - start > LongParagraph) {
            qsizetype pieceStart = start;
            for (qsizetype i = start + BrokenPiece; i + 1 < end; ++i) {
                if (i - pieceStart >= BrokenPiece && text.at(i) == u' ' && text.at(i + 1).isLetterOrNumber()) {
                    text[i] = u'\n';
                    pieceStart = i + 1;
                    i += BrokenPiece - 1;
                }
            }
        }
        start = end + 1;
    }
    return text;
}

void DocumentView::setCodings(const QList<Core::CodingSpan> &spans)
{
    m_spans.clear();
    m_spans.reserve(size_t(spans.size()));
    for (const Core::CodingSpan &span : spans) {
        m_spans.push_back(
            {span.id, span.codeId, span.coderId, int(m_offsets.toUtf16(span.start)), int(m_offsets.toUtf16(span.end))});
    }
    rebuildIndex();
}

void DocumentView::setCodes(const QList<Core::Code> &codesInOrder, const QHash<qint64, QString> &paths)
{
    m_codes.clear();
    int order = 0;
    for (const Core::Code &code : codesInOrder)
        m_codes.insert(code.id, {CodeColor::of(code), paths.value(code.id, code.name), order++});
    rebuildIndex();
}

void DocumentView::setCoderNames(const QHash<qint64, QString> &names)
{
    m_coderNames = names;
}

void DocumentView::setLanePerCode(bool on)
{
    m_lanePerCode = on;
    rebuildIndex();
}

void DocumentView::setVisibleCoder(qint64 coderId)
{
    m_visibleCoder = coderId;
    rebuildIndex();
}

void DocumentView::rebuildIndex()
{
    std::vector<Core::IntervalIndex::Interval> intervals;
    intervals.reserve(m_spans.size());
    m_spanById.clear();
    QList<qint64> codesPresent;
    QSet<qint64> seen;
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const Span &span = m_spans[i];
        m_spanById.insert(span.id, int(i));
        if (!isShown(span))
            continue;
        intervals.push_back({span.start, span.end, int(i)});
        if (!seen.contains(span.codeId)) {
            seen.insert(span.codeId);
            codesPresent.append(span.codeId);
        }
    }
    m_index = Core::IntervalIndex(std::move(intervals));

    // One lane per code in this document, in codebook order; codes past the last lane share it.
    if (m_lanePerCode)
        codesPresent = m_codes.keys();
    std::sort(codesPresent.begin(), codesPresent.end(),
              [this](qint64 a, qint64 b) { return m_codes.value(a).order < m_codes.value(b).order; });
    m_lanes.clear();
    for (qsizetype i = 0; i < codesPresent.size(); ++i)
        m_lanes.insert(codesPresent.at(i), int(std::min<qsizetype>(i, MaxLanes - 1)));
    m_laneCount = int(std::min<qsizetype>(codesPresent.size(), MaxLanes));
    updateMarginWidth();
    viewport()->update();
    m_margin->update();
}

int DocumentView::laneOf(qint64 codeId) const
{
    return m_lanes.value(codeId, 0);
}

QColor DocumentView::colorOf(qint64 codeId) const
{
    const auto it = m_codes.constFind(codeId);
    return it == m_codes.constEnd() ? QColor(Qt::gray) : it->color;
}

void DocumentView::updateMarginWidth()
{
    const int width = m_margin->preferredWidth();
    if (width != viewportMargins().left())
        setViewportMargins(width, 0, 0, 0); // the text narrows: resizeEvent() keeps the reader's line
    const QRect contents = contentsRect();
    m_margin->setGeometry(QRect(contents.left(), contents.top(), width, contents.height()));
}

int DocumentView::lineStart(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    const QTextLayout *layout = block.isValid() ? block.layout() : nullptr;
    if (!layout || layout->lineCount() == 0)
        return block.isValid() ? block.position() : -1;
    return block.position() + layout->lineForTextPosition(position - block.position()).textStart();
}

void DocumentView::scrollLineToTop(int position)
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return;
    // Laying the paragraph out at the new width tells which of its lines holds the position; the scroll
    // bar counts lines, those of the paragraphs above as QPlainTextEdit knows them now.
    (void)document()->documentLayout()->blockBoundingRect(block);
    int line = 0;
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0)
        line = layout->lineForTextPosition(position - block.position()).lineNumber();
    verticalScrollBar()->setValue(block.firstLineNumber() + std::max(0, line));
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    // A narrower or wider text area (a code's first coding in the document adds a margin lane; a dock or
    // the window is resized) makes QPlainTextEdit lay every paragraph out again. It then forgets how many
    // lines each had and finds its top line by counting one a paragraph, which threw the reader a screen
    // or more away from the passage just coded. Note the line at the top while the old layout still
    // stands, and put it back at the top after.
    const bool rewraps
        = m_documentId != 0 && event->oldSize().width() != event->size().width() && event->oldSize().width() > 0;
    int top = 0;
    if (rewraps) {
        // The first line that shows at least half its height: the one the reader reads from.
        top = cursorForPosition(QPoint(0, fontMetrics().lineSpacing() / 2)).position();
        // Still the line put at the top at the last rewrap (coding, then its undo): keep to the position
        // that was anchored then, or the top would creep back a line with each narrowing and widening.
        if (m_wrapAnchor >= 0 && lineStart(m_wrapAnchor) == lineStart(top))
            top = m_wrapAnchor;
    }
    QPlainTextEdit::resizeEvent(event);
    if (top > 0) {
        scrollLineToTop(top);
        m_wrapAnchor = top;
    }
    updateMarginWidth();
}

void DocumentView::paintEvent(QPaintEvent *event)
{
    if (!m_index.isEmpty()) {
        QPainter painter(viewport());
        const int alpha = fillAlpha(palette());
        const QPointF offset = contentOffset();
        const QRectF exposed = event->rect();
        std::vector<int> found;
        QList<QRectF> currentRects;
        // x of the positions asked for in the line being drawn. QTextLine::cursorToX costs time in proportion
        // to how far the line is from the start of its script item (QTextEngine::shapeLine adds up every
        // advance before it), and a long paragraph of plain text is one item: in a 100,000-character OCR
        // line that is most of the paragraph, per call. So ask once per position and line, not per coding.
        std::vector<std::pair<int, qreal>> xOfPosition;
        struct Piece
        {
            qreal left;
            qreal right;
            int span;
        };
        std::vector<Piece> pieces;
        std::vector<qreal> edges;
        const qreal opacity = alpha / 255.0;

        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF blockRect = blockBoundingGeometry(block).translated(offset);
            if (blockRect.top() > exposed.bottom())
                break;
            if (!block.isVisible() || blockRect.bottom() < exposed.top())
                continue;
            const int blockStart = block.position();
            const int blockEnd = blockStart + block.length();
            found.clear();
            m_index.overlapping(blockStart, blockEnd, found);
            if (found.empty())
                continue;
            const QTextLayout *layout = block.layout();
            // Only the lines in the exposed part: a long paragraph has hundreds of lines off screen.
            const qreal exposedTop = exposed.top() - blockRect.top();
            const qreal exposedBottom = exposed.bottom() - blockRect.top();
            int first = 0;
            for (int last = layout->lineCount(); first < last;) {
                const int middle = (first + last) / 2;
                const QTextLine line = layout->lineAt(middle);
                if (line.y() + line.height() <= exposedTop)
                    first = middle + 1;
                else
                    last = middle;
            }
            for (int l = first; l < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                if (line.y() > exposedBottom)
                    break;
                const int lineStart = blockStart + line.textStart();
                const int lineEnd = lineStart + line.textLength();
                xOfPosition.clear();
                auto xOf = [&](int position) {
                    for (const auto &[known, x] : xOfPosition) {
                        if (known == position)
                            return x;
                    }
                    const qreal x = line.cursorToX(position - blockStart);
                    xOfPosition.emplace_back(position, x);
                    return x;
                };
                // The codings' pieces on this line, in the order the index gives them (by start).
                pieces.clear();
                for (int index : found) {
                    const Span &span = m_spans[size_t(index)];
                    const int from = std::max(span.start, lineStart);
                    const int to = std::min(span.end, lineEnd);
                    if (from >= to)
                        continue;
                    const qreal x1 = xOf(from);
                    const qreal x2 = xOf(to);
                    pieces.push_back({std::min(x1, x2), std::max(x1, x2), index});
                    if (span.id == m_currentCoding) {
                        currentRects.append(QRectF(blockRect.left() + std::min(x1, x2), blockRect.top() + line.y(),
                                                   std::abs(x2 - x1), line.height()));
                    }
                }
                if (pieces.empty())
                    continue;
                // Paint each stretch of the line once, in the colour that the translucent fills of all the
                // codings over it make when laid one over the other (source-over composes, so this is the
                // same colour). Where hundreds of codings overlap, filling each one separately would blend
                // every pixel hundreds of times: that was most of a frame's time in the dense regions.
                // Composed from the top down, stopping once opaque; an underline per depth, the topmost
                // coding's, drawn over the fills.
                edges.clear();
                for (const Piece &piece : pieces) {
                    edges.push_back(piece.left);
                    edges.push_back(piece.right);
                }
                std::sort(edges.begin(), edges.end());
                edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
                const qreal top = blockRect.top() + line.y();
                for (size_t e = 0; e + 1 < edges.size(); ++e) {
                    const qreal left = edges[e];
                    const qreal right = edges[e + 1];
                    qreal red = 0;
                    qreal green = 0;
                    qreal blue = 0;
                    qreal coverage = 0;
                    const Span *underline[3] = {nullptr, nullptr, nullptr};
                    int underlinesFound = 0;
                    for (auto piece = pieces.rbegin(); piece != pieces.rend(); ++piece) {
                        if (piece->left > left || piece->right < right)
                            continue;
                        const Span &span = m_spans[size_t(piece->span)];
                        const int depth = laneOf(span.codeId) % 3;
                        if (!underline[depth]) {
                            underline[depth] = &span;
                            ++underlinesFound;
                        }
                        if (coverage < 0.998) {
                            const QColor color = colorOf(span.codeId);
                            const qreal weight = (1 - coverage) * opacity;
                            red += weight * color.redF();
                            green += weight * color.greenF();
                            blue += weight * color.blueF();
                            coverage += weight;
                        } else if (underlinesFound == 3) {
                            break;
                        }
                    }
                    if (coverage <= 0)
                        continue;
                    const QRectF rect(blockRect.left() + left, top, right - left, line.height());
                    painter.fillRect(rect,
                                     QColor::fromRgbF(float(red / coverage), float(green / coverage),
                                                      float(blue / coverage), float(coverage)));
                    // Each code underlines at its own depth in the line's descent (where only descenders
                    // reach), so overlapping codings stay apart without striking through the text.
                    for (int depth = 0; depth < 3; ++depth) {
                        if (!underline[depth])
                            continue;
                        const qreal y = rect.bottom() - 1.0 - depth * 2.0;
                        painter.setPen(QPen(colorOf(underline[depth]->codeId), 1.5, Qt::SolidLine, Qt::FlatCap));
                        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
                    }
                }
            }
        }
        if (!currentRects.isEmpty()) {
            painter.setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            for (const QRectF &rect : std::as_const(currentRects))
                painter.drawRect(rect.adjusted(-1, 0, 1, 0));
        }
    }
    QPlainTextEdit::paintEvent(event);
}

QList<DocumentView::Stripe> DocumentView::visibleStripes() const
{
    QList<Stripe> stripes;
    // The blocks on screen with their geometry, found once; every coding's ends are looked up among them.
    // An end outside them is clamped to just beyond the edge without asking where it lies: that would lay
    // out the text there (QPlainTextDocumentLayout lays out a block whose geometry is asked for), and a
    // coding spanning pages starts far above the view.
    struct VisibleBlock
    {
        int start;
        int end;
        QRectF rect;
        const QTextLayout *layout;
    };
    std::vector<VisibleBlock> blocks;
    const QPointF offset = contentOffset();
    const int height = viewport()->height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(offset);
        blocks.push_back({block.position(), block.position() + block.length(), rect, block.layout()});
        if (rect.bottom() > height)
            break;
    }
    if (blocks.empty())
        return stripes;
    std::vector<int> found;
    m_index.overlapping(blocks.front().start, blocks.back().end, found);
    auto yOf = [&](int position, bool bottom) -> qreal {
        if (position < blocks.front().start)
            return -2;
        if (position >= blocks.back().end)
            return height + 2;
        const VisibleBlock &block = *std::upper_bound(blocks.begin(), blocks.end(), position,
                                                      [](int p, const VisibleBlock &b) { return p < b.end; });
        const QTextLayout *layout = block.layout;
        if (!layout || layout->lineCount() == 0)
            return bottom ? block.rect.bottom() : block.rect.top();
        // The line holding the position: a binary search (QTextLayout::lineForTextPosition is linear).
        const int inBlock = position - block.start;
        int first = 0;
        for (int last = layout->lineCount() - 1; first < last;) {
            const int middle = (first + last + 1) / 2;
            if (layout->lineAt(middle).textStart() <= inBlock)
                first = middle;
            else
                last = middle - 1;
        }
        const QTextLine line = layout->lineAt(first);
        return block.rect.top() + line.y() + (bottom ? line.height() : 0);
    };
    stripes.reserve(qsizetype(found.size()));
    for (int index : found) {
        const Span &span = m_spans[size_t(index)];
        const qreal top = yOf(span.start, false);
        const qreal bottom = yOf(std::max(span.start, span.end - 1), true);
        stripes.append({span.id, laneOf(span.codeId), colorOf(span.codeId), int(std::max<qreal>(top, -2)),
                        int(std::min<qreal>(bottom, height + 2))});
    }
    return stripes;
}

QString DocumentView::describeCoding(qint64 codingId) const
{
    const auto it = m_spanById.constFind(codingId);
    if (it == m_spanById.constEnd())
        return {};
    const Span &span = m_spans[size_t(*it)];
    return tr("%1 \u2014 %2")
        .arg(m_codes.value(span.codeId).path, m_coderNames.value(span.coderId, tr("unknown coder")));
}

qint64 DocumentView::codePointAt(const QPoint &viewportPosition) const
{
    return m_offsets.toCodePoint(cursorForPosition(viewportPosition).position());
}

QList<qint64> DocumentView::codingsAt(qint64 codePoint) const
{
    std::vector<int> found;
    const qint64 utf16 = m_offsets.toUtf16(codePoint);
    m_index.containing(utf16, found);
    std::sort(found.begin(), found.end(), [this](int a, int b) {
        return m_spans[size_t(a)].end - m_spans[size_t(a)].start < m_spans[size_t(b)].end - m_spans[size_t(b)].start;
    });
    QList<qint64> ids;
    for (int index : found)
        ids.append(m_spans[size_t(index)].id);
    return ids;
}

std::optional<std::pair<qint64, qint64>> DocumentView::codingRange(qint64 codingId) const
{
    const auto it = m_spanById.constFind(codingId);
    if (it == m_spanById.constEnd())
        return std::nullopt;
    const Span &span = m_spans[size_t(*it)];
    return std::pair{m_offsets.toCodePoint(span.start), m_offsets.toCodePoint(span.end)};
}

void DocumentView::setCurrentCoding(qint64 codingId)
{
    if (m_currentCoding == codingId)
        return;
    m_currentCoding = codingId;
    viewport()->update();
    m_margin->update();
}

std::optional<std::pair<qint64, qint64>> DocumentView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    // Look at the selection and a little around it only: copying a 10 MB text per click is not free.
    constexpr int Context = 64;
    const int windowStart = std::max(0, cursor.selectionStart() - Context);
    const QString text = m_text.mid(windowStart, cursor.selectionEnd() + Context - windowStart);
    qsizetype start = cursor.selectionStart() - windowStart;
    qsizetype end = cursor.selectionEnd() - windowStart;
    if (m_snapToWords) {
        std::tie(start, end) = Core::WordSnapper::snap(text, start, end);
    } else {
        while (start < end && text.at(start).isSpace())
            ++start;
        while (end > start && text.at(end - 1).isSpace())
            --end;
    }
    start += windowStart;
    end += windowStart;
    if (start >= end)
        return std::nullopt;
    return std::pair{m_offsets.toCodePoint(start), m_offsets.toCodePoint(end)};
}

QString DocumentView::textOf(qint64 start, qint64 end) const
{
    const qsizetype from = m_offsets.toUtf16(start);
    const qsizetype to = m_offsets.toUtf16(end);
    return m_text.mid(from, std::max<qsizetype>(0, to - from));
}

QMimeData *DocumentView::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    auto *data = new QMimeData;
    data->setText(m_text.mid(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()));
    return data;
}

void DocumentView::selectRange(qint64 start, qint64 end)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(m_offsets.toUtf16(end)));
    setTextCursor(cursor);
    centerCursor();
    cursor.setPosition(int(m_offsets.toUtf16(start)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

bool DocumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<qint64> codings = codingsAt(codePointAt(help->pos()));
        if (codings.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QStringList lines;
            for (qint64 id : codings)
                lines.append(describeCoding(id).toHtmlEscaped());
            QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    // A click (no selection) on a highlight picks the innermost coding there.
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()) {
        const QList<qint64> codings = codingsAt(codePointAt(event->position().toPoint()));
        setCurrentCoding(codings.isEmpty() ? 0 : codings.first());
        if (!codings.isEmpty())
            Q_EMIT codingActivated(codings.first());
    }
}

void DocumentView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequestedAt(event->globalPos(), codePointAt(viewport()->mapFromGlobal(event->globalPos())));
}

void DocumentView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(CodeMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DocumentView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(CodeMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DocumentView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(CodeMimeType))) {
        event->ignore();
        return;
    }
    bool ok = false;
    const qint64 codeId = event->mimeData()->data(QLatin1String(CodeMimeType)).toLongLong(&ok);
    if (!ok) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT codeDropped(codeId);
}

} // namespace Marginalia::Ui
