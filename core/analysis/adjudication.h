#pragma once

#include "base/result.h"
#include "model/entities.h"
#include "text/textsearch.h"

#include <QList>
#include <QString>

#include <optional>

namespace Marginalia::Core {

class Project;

/// A connected stretch of a document that one or both coders of a review coded with its code: the unit
/// the reviewer decides on.
struct ReviewRegion
{
    qint64 documentId = 0;
    QString document;
    qint64 start = 0; ///< the union of both coders' codings there, in code points
    qint64 end = 0;
    QList<TextRange> first; ///< the first coder's coverage within the region
    QList<TextRange> second; ///< the second coder's
    /// Both coded exactly the same characters: nothing to decide.
    bool agreed() const { return first == second; }
    /// The reviewer's decision, when there is one for this region as it is.
    std::optional<ReviewDecision> decision;
};

/**
 * The disagreement review: the regions where two coders coded a code, and the consensus a decision makes.
 *
 * A region is a maximal stretch covered by either coder's codings of the code (with its subcodes, if the
 * review says so). Two regions are always separated by text neither coded, so the consensus codings of
 * one decision never touch another's. The reviewer accepts the first coder's version, the second's, the
 * union, the intersection, none of it, or a range of their own.
 */
class Adjudication final
{
public:
    /// Every region of the review, in document (name) and text order, with the decisions made so far.
    static Result<QList<ReviewRegion>> regions(const Project &project, const Review &review);

    /// The ranges the consensus coder gets for @p region under @p kind (@p adjusted for Adjusted).
    static QList<TextRange> consensus(const ReviewRegion &region, ReviewDecision::Kind kind,
                                      const TextRange &adjusted = {});

    /// The step that records @p kind for @p region: the decision and the consensus coder's new codings.
    static ReviewStep step(const Review &review, const ReviewRegion &region, ReviewDecision::Kind kind,
                           const TextRange &adjusted = {});

    struct Progress
    {
        qint64 disagreements = 0;
        qint64 decided = 0;
    };
    static Progress progress(const QList<ReviewRegion> &regions);
};

} // namespace Marginalia::Core
