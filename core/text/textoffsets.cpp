#include "text/textoffsets.h"

#include <algorithm>

namespace Marginalia::Core {

TextOffsets::TextOffsets(QStringView text)
    : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_surrogatePairs.push_back(i);
            ++i;
        }
    }
}

qsizetype TextOffsets::toUtf16(qsizetype codePoint) const
{
    if (m_surrogatePairs.empty())
        return codePoint;
    // The k-th pair (0-based) starts at UTF-16 position p_k, which is code point p_k - k. The pairs that
    // start before our code point are those with p_k - k < codePoint; each adds one UTF-16 unit.
    qsizetype lo = 0;
    qsizetype hi = qsizetype(m_surrogatePairs.size());
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_surrogatePairs[size_t(mid)] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16) const
{
    if (m_surrogatePairs.empty())
        return utf16;
    // Pairs starting strictly before utf16 each took two units for one code point; a position on the low
    // surrogate of a pair lands on that pair's code point.
    const auto before = std::lower_bound(m_surrogatePairs.begin(), m_surrogatePairs.end(), utf16);
    const qsizetype pairsBefore = before - m_surrogatePairs.begin();
    return utf16 - pairsBefore;
}

bool TextOffsets::isCodePointBoundary(qsizetype utf16) const
{
    // Inside a pair means one past its high surrogate.
    return !std::binary_search(m_surrogatePairs.begin(), m_surrogatePairs.end(), utf16 - 1);
}

qsizetype TextOffsets::codePointLength(QStringView text)
{
    qsizetype length = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            --length;
            ++i;
        }
    }
    return length;
}

QString TextOffsets::slice(QStringView text, qsizetype start, qsizetype end)
{
    const TextOffsets offsets(text);
    start = std::clamp<qsizetype>(start, 0, offsets.codePointCount());
    end = std::clamp<qsizetype>(end, start, offsets.codePointCount());
    const qsizetype from = offsets.toUtf16(start);
    return text.mid(from, offsets.toUtf16(end) - from).toString();
}

} // namespace Marginalia::Core
