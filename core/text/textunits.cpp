#include "text/textunits.h"

#include "text/textoffsets.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Marginalia::Core {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/// "bis", "ter"... at @p at, not followed by a letter: its length, else 0.
qsizetype latinSuffixAt(QByteArrayView line, qsizetype at)
{
    for (const char *suffix : {"bis", "ter", "quater", "quinquies", "sexies"}) {
        const QByteArrayView word(suffix);
        if (line.sliced(at).startsWith(word)) {
            const qsizetype end = at + word.size();
            if (end == line.size()
                || !((line[end] >= 'a' && line[end] <= 'z') || (line[end] >= 'A' && line[end] <= 'Z')))
                return word.size();
        }
    }
    return 0;
}

/// The paragraph number a line begins with ("23.", "23 bis.", "(23)", "23 bis", then a space or a tab),
/// or empty. Section numbers ("1.2"), years inside a sentence, lettered sub-paragraphs ("(a)") and numbers
/// with a leading zero (lists, dates) are not paragraph numbers.
QString paragraphNumberOf(QByteArrayView line)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    const bool bracketed = n > 0 && line[0] == '(';
    if (bracketed)
        ++i;
    const qsizetype digitsStart = i;
    while (i < n && isDigit(line[i]) && i - digitsStart < 5)
        ++i;
    const qsizetype digits = i - digitsStart;
    if (digits < 1 || digits > 4 || line[digitsStart] == '0')
        return {};
    const QString number = QString::fromLatin1(line.sliced(digitsStart, digits));
    if (bracketed) {
        if (i < n && line[i] == ')' && i + 1 < n && isBlank(line[i + 1]))
            return number;
        return {};
    }
    // "23." or "23 bis." / "23bis." or "23 bis"
    qsizetype j = i;
    while (j < n && isBlank(line[j]))
        ++j;
    if (const qsizetype suffix = latinSuffixAt(line, j); suffix > 0) {
        const QString withSuffix = number + u' ' + QString::fromLatin1(line.sliced(j, suffix));
        qsizetype k = j + suffix;
        if (k < n && line[k] == '.')
            ++k;
        return k < n && isBlank(line[k]) ? withSuffix : QString();
    }
    if (i < n && line[i] == '.' && i + 1 < n && isBlank(line[i + 1]))
        return number;
    return {};
}

} // namespace

TextUnits::TextUnits(const QString &text)
    : m_text(text)
    , m_offsets(text)
{
    m_numbered = numberedParagraphs(QByteArrayView(text.toUtf8()));
}

QList<NumberedParagraph> TextUnits::numberedParagraphs(QByteArrayView utf8)
{
    QList<NumberedParagraph> result;
    qint64 codePoint = 0; // of position i
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    while (i < n) {
        // At a line start: skip the indentation, look at the line, then count the code points up to the
        // next line start.
        qsizetype j = i;
        while (j < n && isBlank(utf8[j]))
            ++j;
        const qint64 numberStart = codePoint + (j - i); // blanks are one byte, one code point each
        const qsizetype lineEnd = [&] {
            const qsizetype found = utf8.sliced(j).indexOf('\n');
            return found < 0 ? n : j + found;
        }();
        if (j < lineEnd && (isDigit(utf8[j]) || utf8[j] == '(')) {
            if (const QString number = paragraphNumberOf(utf8.sliced(j, std::min<qsizetype>(lineEnd - j, 32)));
                !number.isEmpty())
                result.append({numberStart, number});
        }
        for (qsizetype k = i; k < lineEnd && k < n; ++k) {
            if ((static_cast<unsigned char>(utf8[k]) & 0xC0) != 0x80)
                ++codePoint;
        }
        if (lineEnd >= n)
            break;
        ++codePoint; // the line break
        i = lineEnd + 1;
    }
    return result;
}

QString TextUnits::paragraphNumberAt(const QList<NumberedParagraph> &numbered, qint64 position)
{
    const auto after
        = std::upper_bound(numbered.cbegin(), numbered.cend(), position,
                           [](qint64 p, const NumberedParagraph &paragraph) { return p < paragraph.start; });
    if (after == numbered.cbegin())
        return {};
    return std::prev(after)->number;
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
    return paragraphNumberAt(m_numbered, position);
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
