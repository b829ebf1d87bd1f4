#include "text/textunits.h"

#include "text/textoffsets.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cstring>

namespace Marginalia::Core {

namespace {

// The scanners below read UTF-8 (the excerpt export's bytes) and UTF-16 (a QString) alike: everything
// they look for is ASCII, the same value in both. unit() is a text's k-th unit as a number.
char16_t unit(QByteArrayView text, qsizetype k)
{
    return char16_t(static_cast<unsigned char>(text[k]));
}

char16_t unit(QStringView text, qsizetype k)
{
    return text[k].unicode();
}

/// Where the line that @p from is in ends (its line break, or the text's end); memchr-fast.
qsizetype lineEndFrom(QByteArrayView text, qsizetype from)
{
    const qsizetype found = text.sliced(from).indexOf('\n');
    return found < 0 ? text.size() : from + found;
}

qsizetype lineEndFrom(QStringView text, qsizetype from)
{
    const qsizetype found = text.indexOf(u'\n', from);
    return found < 0 ? text.size() : found;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// "bis", "ter"... at @p at, not followed by a letter: its length, else 0.
template<typename View> qsizetype latinSuffixAt(View line, qsizetype at)
{
    for (const char *suffix : {"bis", "ter", "quater", "quinquies", "sexies"}) {
        const qsizetype length = qsizetype(std::strlen(suffix));
        if (line.size() - at < length)
            continue;
        bool same = true;
        for (qsizetype k = 0; k < length && same; ++k)
            same = unit(line, at + k) == char16_t(suffix[k]);
        if (same && (at + length == line.size() || !isAsciiLetter(unit(line, at + length))))
            return length;
    }
    return 0;
}

/// ASCII units as a QString.
template<typename View> QString asciiOf(View text, qsizetype from, qsizetype length)
{
    QString result(length, Qt::Uninitialized);
    for (qsizetype k = 0; k < length; ++k)
        result[k] = QChar(unit(text, from + k));
    return result;
}

/// The paragraph number a line begins with ("23.", "23 bis.", "(23)", "23 bis", then a space or a tab),
/// or empty. Section numbers ("1.2"), years inside a sentence, lettered sub-paragraphs ("(a)") and numbers
/// with a leading zero (lists, dates) are not paragraph numbers.
template<typename View> QString paragraphNumberOf(View line)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    const bool bracketed = n > 0 && unit(line, 0) == u'(';
    if (bracketed)
        ++i;
    const qsizetype digitsStart = i;
    while (i < n && isDigit(unit(line, i)) && i - digitsStart < 5)
        ++i;
    const qsizetype digits = i - digitsStart;
    if (digits < 1 || digits > 4 || unit(line, digitsStart) == u'0')
        return {};
    const QString number = asciiOf(line, digitsStart, digits);
    if (bracketed) {
        if (i < n && unit(line, i) == u')' && i + 1 < n && isBlank(unit(line, i + 1)))
            return number;
        return {};
    }
    // "23." or "23 bis." / "23bis." or "23 bis"
    qsizetype j = i;
    while (j < n && isBlank(unit(line, j)))
        ++j;
    if (const qsizetype suffix = latinSuffixAt(line, j); suffix > 0) {
        const QString withSuffix = number + u' ' + asciiOf(line, j, suffix);
        qsizetype k = j + suffix;
        if (k < n && unit(line, k) == u'.')
            ++k;
        return k < n && isBlank(unit(line, k)) ? withSuffix : QString();
    }
    if (i < n && unit(line, i) == u'.' && i + 1 < n && isBlank(unit(line, i + 1)))
        return number;
    return {};
}

/// The numbered paragraphs of a text, their starts in the text's own units (bytes or UTF-16).
template<typename View> QList<NumberedParagraph> numberedParagraphsIn(View text)
{
    QList<NumberedParagraph> result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // At a line start: skip the indentation and look at the line.
        qsizetype j = i;
        while (j < n && isBlank(unit(text, j)))
            ++j;
        const qsizetype lineEnd = lineEndFrom(text, j);
        if (j < lineEnd && (isDigit(unit(text, j)) || unit(text, j) == u'(')) {
            if (const QString number = paragraphNumberOf(text.sliced(j, std::min<qsizetype>(lineEnd - j, 32)));
                !number.isEmpty())
                result.append({qint64(j), number});
        }
        i = lineEnd + 1;
    }
    return result;
}

} // namespace

TextUnits::TextUnits(const QString &text)
    : m_text(text)
    , m_offsets(text)
{
    // Found in the UTF-16 text, then its positions in code points.
    m_numbered = numberedParagraphsIn(QStringView(text));
    for (NumberedParagraph &paragraph : m_numbered)
        paragraph.start = m_offsets.toCodePoint(paragraph.start);
}

QList<NumberedParagraph> TextUnits::numberedParagraphs(QByteArrayView utf8)
{
    return numberedParagraphsIn(utf8);
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
