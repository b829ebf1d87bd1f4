#include "text/wordsnapper.h"

#include <QChar>

#include <algorithm>

namespace Marginalia::Core {

namespace {

char32_t codePointAt(QStringView text, qsizetype position)
{
    const QChar c = text[position];
    if (c.isHighSurrogate() && position + 1 < text.size() && text[position + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[position + 1]);
    if (c.isLowSurrogate() && position > 0 && text[position - 1].isHighSurrogate())
        return QChar::surrogateToUcs4(text[position - 1], c);
    return c.unicode();
}

bool isWordCodePoint(char32_t ucs)
{
    return QChar::isLetterOrNumber(ucs) || QChar::isMark(ucs);
}

bool isJoiner(char32_t ucs)
{
    return ucs == u'\'' || ucs == u'-' || ucs == 0x2019 /* ’ */ || ucs == 0x2010 /* ‐ */;
}

} // namespace

bool WordSnapper::isWordCharacter(QStringView text, qsizetype position)
{
    if (position < 0 || position >= text.size())
        return false;
    const char32_t ucs = codePointAt(text, position);
    if (isWordCodePoint(ucs))
        return true;
    // A joiner counts when it has word characters on both sides.
    if (isJoiner(ucs) && position > 0 && position + 1 < text.size())
        return isWordCodePoint(codePointAt(text, position - 1)) && isWordCodePoint(codePointAt(text, position + 1));
    return false;
}

std::pair<qsizetype, qsizetype> WordSnapper::snap(QStringView text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    // Trim blanks first, so that a selection ending in a space does not pull in the next word.
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (start == end)
        return {start, start};
    while (start > 0 && isWordCharacter(text, start - 1) && isWordCharacter(text, start))
        --start;
    while (end < text.size() && isWordCharacter(text, end - 1) && isWordCharacter(text, end))
        ++end;
    // Never leave half a surrogate pair at either end.
    if (start > 0 && text[start].isLowSurrogate())
        --start;
    if (end < text.size() && text[end].isLowSurrogate())
        ++end;
    return {start, end};
}

} // namespace Marginalia::Core
