#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Marginalia::Core {

/**
 * Converts between the two units Marginalia deals in: Unicode code points, in which codings are stored
 * (the unit of REFI-QDA, section 10.2), and UTF-16 code units, in which QString and every Qt widget work.
 *
 * Every boundary between the two goes through this class. For text without characters outside the Basic
 * Multilingual Plane (most text) both units agree and the conversion costs nothing; otherwise it keeps the
 * UTF-16 positions of the surrogate pairs and converts with a binary search.
 *
 * Combining characters and right-to-left text need no special treatment here: every combining mark and
 * every Arabic letter is one code point and one UTF-16 unit.
 */
class TextOffsets final
{
public:
    TextOffsets() = default;
    explicit TextOffsets(QStringView text);

    /// Length of the text in code points.
    qsizetype codePointCount() const { return m_utf16Length - qsizetype(m_surrogatePairs.size()); }
    qsizetype utf16Length() const { return m_utf16Length; }
    bool isIdentity() const { return m_surrogatePairs.empty(); }

    /// UTF-16 position of code point @p codePoint; 0 <= codePoint <= codePointCount().
    qsizetype toUtf16(qsizetype codePoint) const;

    /// Code point containing UTF-16 position @p utf16; a position inside a surrogate pair maps to the
    /// code point of that pair (the caller snaps to a whole character).
    qsizetype toCodePoint(qsizetype utf16) const;

    /// Whether UTF-16 position @p utf16 (0 <= utf16 <= utf16Length()) lies between two code points, rather than
    /// between the two halves of a surrogate pair: what a position counted in UTF-16 units must do to name a
    /// code point at all.
    bool isCodePointBoundary(qsizetype utf16) const;

    /// Number of code points in @p text, without building an index.
    static qsizetype codePointLength(QStringView text);

    /// The code points [start, end) of @p text, clamped to the text.
    static QString slice(QStringView text, qsizetype start, qsizetype end);

private:
    qsizetype m_utf16Length = 0;
    /// UTF-16 positions of the high surrogate of every surrogate pair, ascending.
    std::vector<qsizetype> m_surrogatePairs;
};

} // namespace Marginalia::Core
