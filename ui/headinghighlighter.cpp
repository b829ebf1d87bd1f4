#include "headinghighlighter.h"

#include <QPalette>
#include <QRegularExpression>
#include <QTextBlock>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

enum BlockState { Prose = 0, InFence = 1 };

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

HeadingHighlighter::HeadingHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_heading(headingColor(palette))
    , m_marks(markColor(palette))
{
}

void HeadingHighlighter::setPalette(const QPalette &palette)
{
    const QColor heading = headingColor(palette);
    const QColor marks = markColor(palette);
    if (heading == m_heading && marks == m_marks)
        return;
    m_heading = heading;
    m_marks = marks;
    rehighlight();
}

QColor HeadingHighlighter::headingColor(const QPalette &palette)
{
    // The hue of the palette's link colour (its accent for text), at a lightness that reads on the base
    // colour: palettes often keep Qt's pure blue as the link colour, even dark ones.
    const QColor link = palette.color(QPalette::Link).toHsl();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const int hue = link.hslHue() < 0 ? 215 : link.hslHue();
    return QColor::fromHsl(hue, std::min(link.hslSaturation(), 170), dark ? 175 : 85);
}

QColor HeadingHighlighter::markColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.55);
}

void HeadingHighlighter::highlightBlock(const QString &text)
{
    // Up to three spaces, then ``` or ~~~ opens or closes a fenced code block, where '#' is code.
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+|$)"));
    const bool wasInFence = previousBlockState() == InFence;
    if (fence.match(text).hasMatch()) {
        setCurrentBlockState(wasInFence ? Prose : InFence);
        return;
    }
    setCurrentBlockState(wasInFence ? InFence : Prose);
    if (wasInFence)
        return;
    const QRegularExpressionMatch match = heading.match(text);
    if (!match.hasMatch())
        return;
    QTextCharFormat marks;
    marks.setForeground(m_marks);
    marks.setFontWeight(QFont::Bold);
    QTextCharFormat title;
    title.setForeground(m_heading);
    title.setFontWeight(QFont::Bold);
    const int marksEnd = int(match.capturedEnd(1));
    setFormat(0, marksEnd, marks);
    // Closing marks ("## Title ##") are muted too.
    static const QRegularExpression closing(QStringLiteral("[ \\t]+#+[ \\t]*$"));
    const QRegularExpressionMatch tail = closing.match(text, marksEnd);
    const int titleEnd = tail.hasMatch() ? int(tail.capturedStart()) : int(text.size());
    setFormat(marksEnd, titleEnd - marksEnd, title);
    if (tail.hasMatch())
        setFormat(titleEnd, int(text.size()) - titleEnd, marks);
}

StoredHeadingHighlighter::StoredHeadingHighlighter(QTextDocument *document, std::vector<std::pair<int, int>> ranges,
                                                   const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_ranges(std::move(ranges))
    , m_heading(HeadingHighlighter::headingColor(palette))
{
}

void StoredHeadingHighlighter::setPalette(const QPalette &palette)
{
    const QColor heading = HeadingHighlighter::headingColor(palette);
    if (heading == m_heading)
        return;
    m_heading = heading;
    rehighlight();
}

void StoredHeadingHighlighter::highlightBlock(const QString &text)
{
    // A heading is one paragraph, but the view may have broken a very long one into several blocks: each
    // block takes the part of a range it holds.
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    auto range = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), blockStart,
                                  [](int position, const std::pair<int, int> &r) { return position < r.second; });
    QTextCharFormat heading;
    heading.setForeground(m_heading);
    heading.setFontWeight(QFont::Bold);
    for (; range != m_ranges.cend() && range->first < blockEnd; ++range) {
        const int start = std::max(range->first, blockStart);
        const int end = std::min(range->second, blockEnd);
        if (end > start)
            setFormat(start - blockStart, end - start, heading);
    }
}

} // namespace Marginalia::Ui
