#pragma once

#include "base/result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Marginalia::Core {

class Project;

struct CodeFrequency
{
    qint64 codeId = 0;
    QString codePath;
    int depth = 0;
    qint64 codings = 0;
    qint64 documents = 0;
    /// Distinct characters the code covers, summed over documents: overlapping codings of one code in one
    /// document count each character once.
    qint64 characters = 0;
    qint64 codingsInclSubcodes = 0;
    /// Documents where the code or any of its subcodes occurs.
    qint64 documentsInclSubcodes = 0;
};

struct DocumentCodeFrequency
{
    qint64 documentId = 0;
    QString document;
    qint64 codeId = 0;
    QString codePath;
    qint64 codings = 0;
    qint64 characters = 0;
};

struct CoderCodeFrequency
{
    qint64 coderId = 0;
    QString coder;
    qint64 codeId = 0;
    QString codePath;
    qint64 codings = 0;
    qint64 documents = 0;
    /// Distinct characters this coder's codings of the code cover, summed over documents.
    qint64 characters = 0;
};

/**
 * Code frequencies of a project: by code (every code, in codebook order, zeros included), by document and
 * code, and by coder and code (only pairs that occur).
 *
 * One pass over the codings in (code, document, start) order, which the covering index codings_by_code
 * delivers without sorting; the union of overlapping ranges is merged on the fly, so the cost is that of
 * reading the index once.
 */
class Frequencies final
{
public:
    /// @p coderId, when not 0, counts only that coder's codings; @p documentIds, when set, only codings in
    /// those documents.
    static Result<Frequencies> compute(const Project &project, qint64 coderId = 0,
                                       const std::optional<QSet<qint64>> &documentIds = std::nullopt);

    /// How many codes a frequency chart shows (the window's and the report's) before the rest become "other".
    static constexpr int DefaultChartCodes = 12;

    /// The codes a chart draws a bar for: those with codings, most codings first (ties in codebook order),
    /// at most @p maxCodes bars in all. When more codes were coded, the last bar is "other": the first
    /// @p maxCodes - 1 codes are returned and @p others says how many codes (and @p otherCodings how many
    /// codings) the "other" bar adds up.
    QList<CodeFrequency> chartedCodes(int maxCodes, int *others = nullptr, qint64 *otherCodings = nullptr) const;

    QList<CodeFrequency> byCode;
    QList<DocumentCodeFrequency> byDocument;
    QList<CoderCodeFrequency> byCoder;
};

} // namespace Marginalia::Core
