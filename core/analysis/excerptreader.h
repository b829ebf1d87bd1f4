#pragma once

#include "base/result.h"
#include "model/entities.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Marginalia::Core {

class Project;

/// One coded passage. Every view points into buffers owned by the reader and is valid only during the
/// callback that receives it. Text is UTF-8; offsets are code points.
struct Excerpt
{
    qint64 codingId = 0;
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QByteArrayView guid;
    QByteArrayView document;
    QByteArrayView codePath;
    QByteArrayView coder;
    QByteArrayView text; ///< exactly the coded characters
    QByteArrayView memo;
    QByteArrayView created;
    QByteArrayView documentText; ///< the whole document, for context
    qsizetype textByteOffset = 0; ///< where text starts in documentText
    int firstPage = 0; ///< the page the excerpt begins on, 1-based; 0 when the document has no pages
    int lastPage = 0; ///< the page its last character is on
    /// The UN-style number of the paragraph it begins in ("23", "23 bis"; TextUnits), or empty.
    QString paragraph;
};

/**
 * Streams the coded passages of a project in document order (document, start, end), reading each document's
 * text once and slicing it by code points in UTF-8, so memory stays flat however many codings there are.
 */
class ExcerptReader final
{
public:
    /// Calls @p visit for every excerpt until it returns false.
    static Status forEach(const Project &project, const CodingFilter &filter,
                          const std::function<bool(const Excerpt &)> &visit);

    /// The pages of an excerpt as exports write them: "12", "12-13", or empty for an unpaged document.
    static QString pageRange(const Excerpt &excerpt);
};

} // namespace Marginalia::Core
