#include "text/textsearch.h"

#include "text/textoffsets.h"

#include <QRegularExpression>

namespace Marginalia::Core {

QList<TextRange> TextSearch::phrase(const QString &text, const QString &phrase, Qt::CaseSensitivity sensitivity)
{
    QList<TextRange> ranges;
    if (phrase.isEmpty())
        return ranges;
    const TextOffsets offsets(text);
    for (qsizetype at = text.indexOf(phrase, 0, sensitivity); at >= 0;
         at = text.indexOf(phrase, at + phrase.size(), sensitivity))
        ranges.append({offsets.toCodePoint(at), offsets.toCodePoint(at + phrase.size())});
    return ranges;
}

QList<TextRange> TextSearch::pattern(const QString &text, const QRegularExpression &pattern)
{
    QList<TextRange> ranges;
    const TextOffsets offsets(text);
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedLength() > 0)
            ranges.append({offsets.toCodePoint(match.capturedStart()), offsets.toCodePoint(match.capturedEnd())});
    }
    return ranges;
}

} // namespace Marginalia::Core
