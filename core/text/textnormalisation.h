#pragma once

#include <QString>

#include <vector>

namespace Marginalia::Core {

/**
 * The one normalisation every stored text goes through (docs/schema.md): one leading byte order mark
 * removed, CRLF and a lone CR turned into LF. Nothing else: a document's text is stored as read, and
 * codings point into it.
 */
class TextNormalisation final
{
public:
    static QString apply(QString text);

    /// The normalised text, and where it differs from the original: what a reader of positions counted in
    /// the original (a REFI-QDA selection, in code points or UTF-16 units) needs to map them onto it.
    struct Mapped
    {
        QString text;
        bool hadByteOrderMark = false;
        /// Where the CRs of CRLF pairs were in the original (after its byte order mark), ascending.
        std::vector<qint64> removedCrs; ///< in code points
        std::vector<qint64> removedCrsUtf16; ///< in UTF-16 units
        qint64 originalCodePoints = 0; ///< the original's length after its byte order mark
        qint64 originalUtf16Length = 0;
    };
    static Mapped applyWithPositions(const QString &text);
};

} // namespace Marginalia::Core
