#include "analysis/adjudication.h"

#include "model/codetree.h"
#include "store/project.h"

#include <QHash>

#include <algorithm>

namespace Marginalia::Core {

namespace {

/// Sorted, merged.
QList<TextRange> merged(QList<TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> result;
    for (const TextRange &range : std::as_const(ranges)) {
        if (range.end <= range.start)
            continue;
        if (!result.isEmpty() && range.start <= result.last().end)
            result.last().end = std::max(result.last().end, range.end);
        else
            result.append(range);
    }
    return result;
}

QList<TextRange> within(const QList<TextRange> &ranges, qint64 start, qint64 end)
{
    QList<TextRange> result;
    for (const TextRange &range : ranges) {
        if (range.end > start && range.start < end)
            result.append({std::max(range.start, start), std::min(range.end, end)});
    }
    return result;
}

QList<TextRange> intersection(const QList<TextRange> &a, const QList<TextRange> &b)
{
    QList<TextRange> result;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].start, b[j].start);
        const qint64 end = std::min(a[i].end, b[j].end);
        if (start < end)
            result.append({start, end});
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return result;
}

} // namespace

Result<QList<ReviewRegion>> Adjudication::regions(const Project &project, const Review &review)
{
    CodingFilter filter;
    filter.codeId = review.codeId;
    filter.includeSubcodes = review.includeSubcodes;
    QHash<qint64, QList<TextRange>> firstByDocument;
    QHash<qint64, QList<TextRange>> secondByDocument;
    const Status read = project.forEachCoding(filter, Project::CodingOrder::ByDocument, Project::CodingDetail::Spans,
                                              [&](const Project::CodingRow &row) {
                                                  if (row.coderId == review.firstCoderId)
                                                      firstByDocument[row.documentId].append({row.start, row.end});
                                                  else if (row.coderId == review.secondCoderId)
                                                      secondByDocument[row.documentId].append({row.start, row.end});
                                                  return true;
                                              });
    if (!read)
        return Error{read.error()};

    QHash<qint64, QList<ReviewDecision>> decisions;
    for (const ReviewDecision &decision : project.reviewDecisions(review.id))
        decisions[decision.documentId].append(decision);

    QList<ReviewRegion> result;
    for (const DocumentName &document : project.documentNames()) {
        const QList<TextRange> first = merged(firstByDocument.value(document.id));
        const QList<TextRange> second = merged(secondByDocument.value(document.id));
        const QList<TextRange> both = merged(first + second);
        for (const TextRange &extent : both) {
            ReviewRegion region;
            region.documentId = document.id;
            region.document = document.name;
            region.start = extent.start;
            region.end = extent.end;
            region.first = within(first, extent.start, extent.end);
            region.second = within(second, extent.start, extent.end);
            for (const ReviewDecision &decision : decisions.value(document.id)) {
                if (decision.start == region.start && decision.end == region.end)
                    region.decision = decision;
            }
            result.append(region);
        }
    }
    return result;
}

QList<TextRange> Adjudication::consensus(const ReviewRegion &region, ReviewDecision::Kind kind,
                                         const TextRange &adjusted)
{
    switch (kind) {
    case ReviewDecision::Kind::First:
        return region.first;
    case ReviewDecision::Kind::Second:
        return region.second;
    case ReviewDecision::Kind::Union:
        return merged(region.first + region.second);
    case ReviewDecision::Kind::Intersection:
        return intersection(region.first, region.second);
    case ReviewDecision::Kind::None:
        return {};
    case ReviewDecision::Kind::Adjusted:
        if (adjusted.end > adjusted.start)
            return {adjusted};
        return {};
    }
    return {};
}

ReviewStep Adjudication::step(const Review &review, const ReviewRegion &region, ReviewDecision::Kind kind,
                              const TextRange &adjusted)
{
    ReviewStep step;
    step.decision.reviewId = review.id;
    step.decision.documentId = region.documentId;
    step.decision.start = region.start;
    step.decision.end = region.end;
    step.decision.kind = kind;
    if (kind == ReviewDecision::Kind::Adjusted) {
        step.decision.adjustedStart = adjusted.start;
        step.decision.adjustedEnd = adjusted.end;
    }
    for (const TextRange &range : consensus(region, kind, adjusted)) {
        Coding coding;
        coding.documentId = region.documentId;
        coding.codeId = review.codeId;
        coding.coderId = review.consensusCoderId;
        coding.start = range.start;
        coding.end = range.end;
        step.codings.append(coding);
    }
    return step;
}

Adjudication::Progress Adjudication::progress(const QList<ReviewRegion> &regions)
{
    Progress progress;
    for (const ReviewRegion &region : regions) {
        if (region.agreed())
            continue;
        ++progress.disagreements;
        if (region.decision)
            ++progress.decided;
    }
    return progress;
}

} // namespace Marginalia::Core
