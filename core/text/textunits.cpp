#include "text/textunits.h"

#include "text/textoffsets.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Marginalia::Core {

namespace {

/// "23.", "23 bis.", "(23)", "23 bis" at the start of a line, followed by a space or a tab. Section
/// numbers ("1.2"), years in a sentence and lettered sub-paragraphs ("(a)") are not paragraph numbers.
const QRegularExpression &paragraphNumberPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[ \\t]*(?:(\\d{1,4})(?:[ \\t]*(bis|ter|quater|quinquies|sexies))?\\."
                       "|\\((\\d{1,4})\\)"
                       "|(\\d{1,4})[ \\t]+(bis|ter|quater|quinquies|sexies)\\.?)(?=[ \\t])"),
        QRegularExpression::MultilineOption);
    return pattern;
}

} // namespace

TextUnits::TextUnits(const QString &text)
    : m_text(text)
    , m_offsets(text)
{
    const TextOffsets &offsets = m_offsets;
    QRegularExpressionMatchIterator matches = paragraphNumberPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString number;
        QString suffix;
        if (!match.captured(1).isEmpty()) {
            number = match.captured(1);
            suffix = match.captured(2);
        } else if (!match.captured(3).isEmpty()) {
            number = match.captured(3);
        } else {
            number = match.captured(4);
            suffix = match.captured(5);
        }
        // A number 0 or with a leading zero ("01.") is a list or a date, not a paragraph.
        if (number.startsWith(u'0'))
            continue;
        qsizetype start = match.capturedStart(0);
        while (start < text.size() && (text.at(start) == u' ' || text.at(start) == u'\t'))
            ++start;
        m_numbered.append({qint64(offsets.toCodePoint(start)), suffix.isEmpty() ? number : number + u' ' + suffix});
    }
}

void TextUnits::findParagraphBreaks() const
{
    if (m_paragraphBreaksFound)
        return;
    m_paragraphBreaksFound = true;
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QRegularExpressionMatchIterator blanks = blankLine.globalMatch(m_text);
    while (blanks.hasNext()) {
        const QRegularExpressionMatch match = blanks.next();
        m_paragraphBreaks.emplace_back(match.capturedStart(), match.capturedEnd());
    }
    if (m_paragraphBreaks.empty()) {
        for (qsizetype i = m_text.indexOf(u'\n'); i >= 0; i = m_text.indexOf(u'\n', i + 1))
            m_paragraphBreaks.emplace_back(i, i + 1);
    }
}

QString TextUnits::paragraphNumberAt(qint64 position) const
{
    const auto after
        = std::upper_bound(m_numbered.cbegin(), m_numbered.cend(), position,
                           [](qint64 p, const NumberedParagraph &paragraph) { return p < paragraph.start; });
    if (after == m_numbered.cbegin())
        return {};
    return std::prev(after)->number;
}

TextRange TextUnits::trimmed(qsizetype start, qsizetype end) const
{
    while (start < end && m_text.at(start).isSpace())
        ++start;
    while (end > start && m_text.at(end - 1).isSpace())
        --end;
    return {qint64(m_offsets.toCodePoint(start)), qint64(m_offsets.toCodePoint(end))};
}

TextRange TextUnits::sentenceAround(TextRange range) const
{
    const qsizetype start = m_offsets.toUtf16(std::clamp<qsizetype>(range.start, 0, m_offsets.codePointCount()));
    const qsizetype end = m_offsets.toUtf16(std::clamp<qsizetype>(range.end, 0, m_offsets.codePointCount()));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, m_text);
    finder.setPosition(start);
    qsizetype sentenceStart = start;
    if (!finder.isAtBoundary())
        sentenceStart = std::max<qsizetype>(0, finder.toPreviousBoundary());
    finder.setPosition(std::max(end, start + 1) - 1);
    qsizetype sentenceEnd = finder.toNextBoundary();
    if (sentenceEnd < 0)
        sentenceEnd = m_text.size();
    // A sentence also ends at a line break (a heading, a list item, a PDF line without a full stop).
    if (start > 0) {
        const qsizetype lineStart = m_text.lastIndexOf(u'\n', start - 1) + 1;
        sentenceStart = std::max(sentenceStart, lineStart);
    }
    const qsizetype lineEnd = m_text.indexOf(u'\n', end);
    if (lineEnd >= 0 && lineEnd < sentenceEnd)
        sentenceEnd = lineEnd;
    return trimmed(std::min(sentenceStart, start), std::max(sentenceEnd, end));
}

TextRange TextUnits::paragraphAround(TextRange range) const
{
    findParagraphBreaks();
    const qsizetype start = m_offsets.toUtf16(std::clamp<qsizetype>(range.start, 0, m_offsets.codePointCount()));
    const qsizetype end = m_offsets.toUtf16(std::clamp<qsizetype>(range.end, 0, m_offsets.codePointCount()));
    // The last break that ends at or before the start, and the first that begins at or after the end.
    const auto afterStart = std::upper_bound(m_paragraphBreaks.cbegin(), m_paragraphBreaks.cend(), start,
                                             [](qsizetype p, const auto &gap) { return p < gap.second; });
    const qsizetype paragraphStart = afterStart == m_paragraphBreaks.cbegin() ? 0 : std::prev(afterStart)->second;
    const auto next = std::lower_bound(m_paragraphBreaks.cbegin(), m_paragraphBreaks.cend(), end,
                                       [](const auto &gap, qsizetype p) { return gap.first < p; });
    const qsizetype paragraphEnd = next == m_paragraphBreaks.cend() ? m_text.size() : next->first;
    return trimmed(std::min(paragraphStart, start), std::max(paragraphEnd, end));
}

} // namespace Marginalia::Core
