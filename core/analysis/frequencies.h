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

    QList<CodeFrequency> byCode;
    QList<DocumentCodeFrequency> byDocument;
    QList<CoderCodeFrequency> byCoder;
};

} // namespace Marginalia::Core
