#pragma once

#include <QList>
#include <QString>

class QRegularExpression;

namespace Marginalia::Core {

/// A range of a text in code points, [start, end).
struct TextRange
{
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const TextRange &other) const { return start == other.start && end == other.end; }
};

/**
 * Where a phrase or a pattern occurs in a text, as code-point ranges (what "code every occurrence" codes):
 * the search runs on the QString's UTF-16 and every hit is converted once, through TextOffsets.
 */
class TextSearch final
{
public:
    /// Every occurrence of @p phrase, left to right, not overlapping.
    static QList<TextRange> phrase(const QString &text, const QString &phrase, Qt::CaseSensitivity sensitivity);
    /// Every match of @p pattern, left to right; empty matches are left out.
    static QList<TextRange> pattern(const QString &text, const QRegularExpression &pattern);
};

} // namespace Marginalia::Core
