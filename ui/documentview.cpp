#include "documentview.h"

#include "codecolor.h"
#include "codingmargin.h"
#include "pagegutter.h"
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
#include <cmath>

namespace Marginalia::Ui {

namespace {

// How strongly a coding tints the text: enough to see one coding, and to see two overlapping ones as
// darker, without making the text hard to read. Dark backgrounds need a little more.
int fillAlpha(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? 90 : 60;
}

constexpr int MaxLanes = 16;

// Search hits: amber, a colour no code gets by default (CodeColor's palette is Tableau's), translucent
// so the text stays readable; the current hit opaque enough to find at a glance, and outlined.
QColor hitColor(const QPalette &palette, bool current)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (current)
        return dark ? QColor(255, 150, 0, 150) : QColor(255, 150, 0, 190);
    return dark ? QColor(255, 214, 0, 75) : QColor(255, 214, 0, 120);
}

} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_margin(new CodingMargin(this))
    , m_pageGutter(new PageGutter(this))
    , m_structure(std::make_unique<StructureHighlighting>())
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    keepSelectionColoursWhenInactive();
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
        if (dy != 0) {
            m_margin->update();
            m_pageGutter->update();
        } else {
            m_pageGutter->update(0, rect.y(), m_pageGutter->width(), rect.height());
        }
    });
    updateMarginWidth();
}

DocumentView::~DocumentView() = default;

void DocumentView::keepSelectionColoursWhenInactive()
{
    // Keep the selection visible while the user works in the codebook. Only these two roles are set: a
    // whole palette set here would stop the view from following the window to a dark palette.
    const QPalette current = palette();
    if (current.color(QPalette::Inactive, QPalette::Highlight) == current.color(QPalette::Active, QPalette::Highlight)
        && current.color(QPalette::Inactive, QPalette::HighlightedText)
            == current.color(QPalette::Active, QPalette::HighlightedText))
        return;
    QPalette own;
    own.setColor(QPalette::Inactive, QPalette::Highlight, current.color(QPalette::Active, QPalette::Highlight));
    own.setColor(QPalette::Inactive, QPalette::HighlightedText,
                 current.color(QPalette::Active, QPalette::HighlightedText));
    setPalette(own);
}

void DocumentView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // A new application palette (light to dark) brings its own active highlight; the inactive one
    // follows. Setting it sends another PaletteChange, which finds the two the same and stops.
    if (event->type() == QEvent::PaletteChange) {
        keepSelectionColoursWhenInactive();
        m_structure->setPalette(palette());
    }
    if (event->type() == QEvent::FontChange) {
        measureParagraphNumbers();
        updateMarginWidth();
    }
}

void DocumentView::measureParagraphNumbers()
{
    m_paragraphNumberWidth = 0;
    const QFontMetrics metrics(marginFont());
    for (const Core::NumberedParagraph &paragraph : std::as_const(m_numbered))
        m_paragraphNumberWidth = std::max(m_paragraphNumberWidth, metrics.horizontalAdvance(paragraph.number));
}

QString DocumentView::syntax() const
{
    return m_structure->activeSyntax();
}

void DocumentView::showDocument(qint64 documentId, const QString &text, const QString &format,
                                const QList<qint64> &pageStarts, const QList<Core::Heading> &headings)
{
    m_documentId = documentId;
    m_spans.clear();
    m_spanById.clear();
    m_index = Core::IntervalIndex();
    m_currentCoding = 0;
    m_wrapAnchor = -1;
    m_text = text;
    m_offsets = Core::TextOffsets(text);
    m_hits.clear();
    m_hitsUtf16.clear();
    m_currentHit = -1;
    m_pageStarts = pageStarts;
    m_pageStartsUtf16.clear();
    for (qint64 start : pageStarts)
        m_pageStartsUtf16.push_back(int(m_offsets.toUtf16(std::clamp<qint64>(start, 0, m_offsets.codePointCount()))));
    m_numbered = Core::TextUnits(text).numberedParagraphs();
    m_numberedUtf16.clear();
    for (const Core::NumberedParagraph &paragraph : std::as_const(m_numbered))
        m_numberedUtf16.push_back(int(m_offsets.toUtf16(paragraph.start)));
    measureParagraphNumbers();
    // Detach the old highlighter before replacing the text: rehighlighting the old syntax over the new
    // text would be wasted work.
    m_structure->apply(nullptr, QString(), QString(), palette());
    setPlainText(withLongParagraphsBroken(text));
    std::vector<std::pair<int, int>> headingRanges;
    for (const Core::Heading &heading : headings) {
        const qint64 last = m_offsets.codePointCount();
        headingRanges.emplace_back(int(m_offsets.toUtf16(std::clamp<qint64>(heading.start, 0, last))),
                                   int(m_offsets.toUtf16(std::clamp<qint64>(heading.end, 0, last))));
    }
    m_structure->apply(document(), format, text, palette(), std::move(headingRanges));
    rebuildIndex();
    Q_EMIT documentShown(documentId);
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
    m_pageGutter->update();
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
    const int right = m_pageGutter->preferredWidth();
    if (width != viewportMargins().left() || right != viewportMargins().right())
        setViewportMargins(width, 0, right, 0); // the text narrows: resizeEvent() keeps the reader's line
    const QRect contents = contentsRect();
    m_margin->setGeometry(QRect(contents.left(), contents.top(), width, contents.height()));
    // Between the text and the vertical scroll bar, which QAbstractScrollArea puts outside the margins.
    const QRect viewportRect = viewport()->geometry();
    m_pageGutter->setGeometry(QRect(viewportRect.right() + 1, contents.top(), right, contents.height()));
}

QFont DocumentView::marginFont() const
{
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}

QColor DocumentView::mutedColor(const QColor &text, const QColor &background)
{
    // Half way between the two: about 4.5:1 against white for black text, and as legible on a dark base.
    constexpr float weight = 0.55f;
    return QColor::fromRgbF(text.redF() * weight + background.redF() * (1 - weight),
                            text.greenF() * weight + background.greenF() * (1 - weight),
                            text.blueF() * weight + background.blueF() * (1 - weight));
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
    if (!m_hitsUtf16.empty() || !m_pageStartsUtf16.empty()) {
        // Over the codings' fills, under the text that QPlainTextEdit draws next.
        QPainter painter(viewport());
        paintSearchHits(painter, event->rect());
        paintPageRules(painter);
    }
    QPlainTextEdit::paintEvent(event);
}

std::vector<DocumentView::VisibleBlock> DocumentView::visibleBlocks() const
{
    // A position outside these is clamped to just beyond the edge by the callers without asking where it
    // lies: that would lay out the text there (QPlainTextDocumentLayout lays out a block whose geometry is
    // asked for), and a coding spanning pages starts far above the view.
    std::vector<VisibleBlock> blocks;
    const QPointF offset = contentOffset();
    const int height = viewport()->height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(offset);
        blocks.push_back({block.position(), block.position() + block.length(), rect, block.layout()});
        if (rect.bottom() > height)
            break;
    }
    return blocks;
}

const DocumentView::VisibleBlock *DocumentView::blockHolding(const std::vector<VisibleBlock> &blocks, int position)
{
    if (blocks.empty() || position < blocks.front().start || position >= blocks.back().end)
        return nullptr;
    return &*std::upper_bound(blocks.begin(), blocks.end(), position,
                              [](int p, const VisibleBlock &b) { return p < b.end; });
}

int DocumentView::lineHolding(const VisibleBlock &block, int position)
{
    const QTextLayout *layout = block.layout;
    if (!layout || layout->lineCount() == 0)
        return -1;
    // A binary search: QTextLayout::lineForTextPosition is linear.
    const int inBlock = position - block.start;
    int first = 0;
    for (int last = layout->lineCount() - 1; first < last;) {
        const int middle = (first + last + 1) / 2;
        if (layout->lineAt(middle).textStart() <= inBlock)
            first = middle;
        else
            last = middle - 1;
    }
    return first;
}

QList<DocumentView::Stripe> DocumentView::visibleStripes() const
{
    QList<Stripe> stripes;
    const std::vector<VisibleBlock> blocks = visibleBlocks();
    if (blocks.empty())
        return stripes;
    const int height = viewport()->height();
    std::vector<int> found;
    m_index.overlapping(blocks.front().start, blocks.back().end, found);
    auto yOf = [&](int position, bool bottom) -> qreal {
        if (position < blocks.front().start)
            return -2;
        const VisibleBlock *block = blockHolding(blocks, position);
        if (!block)
            return height + 2;
        const int line = lineHolding(*block, position);
        if (line < 0)
            return bottom ? block->rect.bottom() : block->rect.top();
        const QTextLine textLine = block->layout->lineAt(line);
        return block->rect.top() + textLine.y() + (bottom ? textLine.height() : 0);
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

template<typename LabelOf>
QList<DocumentView::LineMark> DocumentView::visibleMarks(const std::vector<int> &positions, LabelOf labelOf) const
{
    QList<LineMark> marks;
    if (positions.empty())
        return marks;
    const std::vector<VisibleBlock> blocks = visibleBlocks();
    if (blocks.empty())
        return marks;
    auto it = std::lower_bound(positions.begin(), positions.end(), blocks.front().start);
    for (; it != positions.end() && *it < blocks.back().end; ++it) {
        const VisibleBlock *block = blockHolding(blocks, *it);
        const int line = block ? lineHolding(*block, *it) : -1;
        if (line < 0)
            continue;
        const QTextLine textLine = block->layout->lineAt(line);
        LineMark mark;
        mark.label = labelOf(it - positions.begin());
        if (mark.label.isEmpty())
            continue;
        mark.codePoint = m_offsets.toCodePoint(*it);
        mark.top = block->rect.top() + textLine.y();
        mark.bottom = mark.top + textLine.height();
        mark.baseline = mark.top + textLine.ascent();
        mark.x = block->rect.left() + textLine.cursorToX(*it - block->start);
        mark.startsLine = *it - block->start == textLine.textStart();
        marks.append(mark);
    }
    return marks;
}

QList<DocumentView::LineMark> DocumentView::visibleParagraphNumbers() const
{
    return visibleMarks(m_numberedUtf16, [this](qsizetype i) { return m_numbered.at(i).number; });
}

QList<DocumentView::LineMark> DocumentView::visiblePageMarks() const
{
    QList<LineMark> marks = visibleMarks(m_pageStartsUtf16, [this](qsizetype i) -> QString {
        // Pages with no text of their own (a blank page, a page of figures) start where the next does:
        // one mark names them all, at the last.
        const auto size = qsizetype(m_pageStartsUtf16.size());
        if (i + 1 < size && m_pageStartsUtf16[size_t(i + 1)] == m_pageStartsUtf16[size_t(i)])
            return {};
        qsizetype first = i;
        while (first > 0 && m_pageStartsUtf16[size_t(first - 1)] == m_pageStartsUtf16[size_t(i)])
            --first;
        if (first == i)
            return tr("p. %1").arg(i + 1);
        return tr("pp. %1\u2013%2").arg(first + 1).arg(i + 1);
    });
    for (LineMark &mark : marks) {
        mark.rule = mark.top;
        // A page that begins after a blank line gets its rule in the middle of that line, clear of the
        // text above and below.
        const qsizetype at = m_offsets.toUtf16(mark.codePoint);
        if (mark.startsLine && at >= 2 && m_text.at(at - 1) == u'\n' && m_text.at(at - 2) == u'\n')
            mark.rule = mark.top - (mark.bottom - mark.top) / 2;
    }
    return marks;
}

void DocumentView::paintPageRules(QPainter &painter) const
{
    const QList<LineMark> marks = visiblePageMarks();
    if (marks.isEmpty())
        return;
    QColor color = mutedColor(palette().color(QPalette::Text), palette().color(QPalette::Base));
    painter.save();
    painter.setPen(QPen(color, 1, Qt::DashLine, Qt::FlatCap));
    const qreal left = document()->documentMargin() / 2;
    const qreal right = viewport()->width() - document()->documentMargin() / 2;
    for (const LineMark &mark : marks) {
        // Page 1 begins the text: a rule above it would separate nothing.
        if (mark.codePoint == 0)
            continue;
        // On the boundary between two lines of text (or in the blank line above, see visiblePageMarks()).
        const qreal top = std::floor(mark.top) + 0.5;
        if (mark.startsLine) {
            const qreal rule = std::floor(mark.rule) + 0.5;
            painter.drawLine(QPointF(left, rule), QPointF(right, rule));
        } else {
            // A page that begins inside a line (a paragraph running over the page break): a step around
            // the first character of the new page, so that the rule separates exactly the two pages' text.
            const qreal bottom = std::floor(mark.bottom) + 0.5;
            const qreal x = std::round(mark.x) - 0.5;
            painter.drawLine(QPointF(x, top), QPointF(right, top));
            painter.drawLine(QPointF(x, top), QPointF(x, bottom));
            painter.drawLine(QPointF(left, bottom), QPointF(x, bottom));
        }
    }
    painter.restore();
}

void DocumentView::paintSearchHits(QPainter &painter, const QRectF &exposed) const
{
    if (m_hitsUtf16.empty())
        return;
    const std::vector<VisibleBlock> blocks = visibleBlocks();
    if (blocks.empty())
        return;
    // The first hit that ends in view; hits are ascending and do not overlap, so ends ascend too.
    auto hit = std::upper_bound(m_hitsUtf16.begin(), m_hitsUtf16.end(), blocks.front().start,
                                [](int p, const std::pair<int, int> &h) { return p < h.second; });
    const QColor fill = hitColor(palette(), false);
    const QColor currentFill = hitColor(palette(), true);
    QList<QRectF> currentRects;
    for (; hit != m_hitsUtf16.end() && hit->first < blocks.back().end; ++hit) {
        const bool current = m_currentHit == int(hit - m_hitsUtf16.begin());
        for (const VisibleBlock &block : blocks) {
            if (block.end <= hit->first || block.start >= hit->second || !block.layout)
                continue;
            const int from = std::max(hit->first, block.start);
            const int to = std::min(hit->second, block.end);
            for (int l = std::max(0, lineHolding(block, from)); l < block.layout->lineCount(); ++l) {
                const QTextLine line = block.layout->lineAt(l);
                const int lineStart = block.start + line.textStart();
                if (lineStart >= to)
                    break;
                const int a = std::max(from, lineStart);
                const int b = std::min(to, lineStart + line.textLength());
                if (a >= b)
                    continue;
                const qreal x1 = line.cursorToX(a - block.start);
                const qreal x2 = line.cursorToX(b - block.start);
                const QRectF rect(block.rect.left() + std::min(x1, x2), block.rect.top() + line.y(), std::abs(x2 - x1),
                                  line.height());
                if (!rect.intersects(exposed))
                    continue;
                painter.fillRect(rect, current ? currentFill : fill);
                if (current)
                    currentRects.append(rect);
            }
        }
    }
    if (!currentRects.isEmpty()) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(230, 110, 0), 1.5));
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &rect : std::as_const(currentRects))
            painter.drawRoundedRect(rect.adjusted(-1, 0.5, 1, -0.5), 2, 2);
        painter.restore();
    }
}

void DocumentView::setSearchHighlights(const QList<Core::TextRange> &hits, int current)
{
    m_hits = hits;
    m_hitsUtf16.clear();
    m_hitsUtf16.reserve(size_t(hits.size()));
    for (const Core::TextRange &hit : hits)
        m_hitsUtf16.emplace_back(int(m_offsets.toUtf16(hit.start)), int(m_offsets.toUtf16(hit.end)));
    m_currentHit = current >= 0 && current < hits.size() ? current : -1;
    viewport()->update();
}

void DocumentView::revealRange(qint64 start, qint64 end, bool select)
{
    const int from = int(m_offsets.toUtf16(std::clamp<qint64>(start, 0, m_offsets.codePointCount())));
    const int to = int(m_offsets.toUtf16(std::clamp<qint64>(end, start, m_offsets.codePointCount())));
    QTextCursor cursor(document());
    cursor.setPosition(from);
    const QRect first = cursorRect(cursor);
    cursor.setPosition(to);
    const QRect last = cursorRect(cursor);
    const bool inView = first.top() >= 0 && last.bottom() <= viewport()->height();
    if (!inView) {
        setTextCursor(cursor);
        centerCursor();
    }
    if (select) {
        cursor.setPosition(to);
        cursor.setPosition(from, QTextCursor::KeepAnchor);
        setTextCursor(cursor);
    } else if (!inView) {
        // Leave the cursor at the range's start: keyboard selection goes on from what was found.
        cursor.setPosition(from);
        setTextCursor(cursor);
    }
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
