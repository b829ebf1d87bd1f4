// The disagreement review: reviews, their decisions, and the consensus coder's codings each decision made.

#include "store/project_p.h"

#include <sqlite3.h>

namespace Marginalia::Core {

using namespace ProjectStore;

namespace {

const QString reviewColumns = QStringLiteral("id, guid, code_id, include_subcodes, first_coder_id, second_coder_id, "
                                             "consensus_coder_id, created");

Review reviewFrom(const Statement &row)
{
    Review review;
    review.id = row.int64(0);
    review.guid = row.string(1);
    review.codeId = row.int64(2);
    review.includeSubcodes = row.int64(3) != 0;
    review.firstCoderId = row.int64(4);
    review.secondCoderId = row.int64(5);
    review.consensusCoderId = row.int64(6);
    review.created = parseTimestamp(row.string(7));
    return review;
}

// The decision kinds as the file stores them (docs/schema.md).
const char *const kindNames[] = {"first", "second", "union", "intersection", "none", "adjusted"};

QString kindName(ReviewDecision::Kind kind)
{
    return QString::fromLatin1(kindNames[int(kind)]);
}

ReviewDecision::Kind kindFrom(const QString &name)
{
    for (int i = 0; i < int(std::size(kindNames)); ++i) {
        if (name == QLatin1String(kindNames[i]))
            return ReviewDecision::Kind(i);
    }
    return ReviewDecision::Kind::None;
}

} // namespace

QList<Review> Project::reviews() const
{
    QList<Review> result;
    Statement rows(d->db, QStringLiteral("SELECT ") + reviewColumns + QStringLiteral(" FROM reviews ORDER BY id"));
    while (rows.next())
        result.append(reviewFrom(rows));
    return result;
}

std::optional<Review> Project::review(qint64 id) const
{
    Statement row(d->db, QStringLiteral("SELECT ") + reviewColumns + QStringLiteral(" FROM reviews WHERE id = ?"),
                  {id});
    if (!row.next())
        return std::nullopt;
    return reviewFrom(row);
}

Result<Review> Project::startReview(qint64 codeId, bool includeSubcodes, qint64 firstCoderId, qint64 secondCoderId,
                                    const QString &consensusCoderName)
{
    if (firstCoderId == secondCoderId)
        return Error{ProjectTr::tr("A review compares two different coders.")};
    const QString consensus = consensusCoderName.trimmed();
    if (consensus.isEmpty())
        return Error{ProjectTr::tr("The consensus coder needs a name.")};
    if (const auto existing = coderByName(consensus);
        existing && (existing->id == firstCoderId || existing->id == secondCoderId))
        return Error{ProjectTr::tr("The consensus coder must be another coder than the two compared.")};
    if (!code(codeId))
        return Error{ProjectTr::tr("There is no code with id %1.").arg(codeId)};
    const QString what = ProjectTr::tr("starting a review");
    return d->write(what, [&]() -> Result<Review> {
        auto coder = ensureCoder(consensus);
        if (!coder)
            return Error{coder.error()};
        {
            Statement existing(
                d->db,
                QStringLiteral("SELECT ") + reviewColumns
                    + QStringLiteral(" FROM reviews WHERE code_id = ? AND include_subcodes = ? AND "
                                     "first_coder_id = ? AND second_coder_id = ? AND consensus_coder_id = ?"),
                {codeId, includeSubcodes ? 1 : 0, firstCoderId, secondCoderId, coder->id});
            if (existing.next())
                return reviewFrom(existing);
        }
        Review review;
        review.guid = newGuid();
        review.codeId = codeId;
        review.includeSubcodes = includeSubcodes;
        review.firstCoderId = firstCoderId;
        review.secondCoderId = secondCoderId;
        review.consensusCoderId = coder->id;
        review.created = QDateTime::currentDateTimeUtc();
        Statement insert(
            d->db,
            QStringLiteral("INSERT INTO reviews (guid, code_id, include_subcodes, first_coder_id, "
                           "second_coder_id, consensus_coder_id, created) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {review.guid, codeId, includeSubcodes ? 1 : 0, firstCoderId, secondCoderId, coder->id,
             timestamp(review.created)});
        if (!insert.ok())
            return d->failure(what, insert);
        review.id = insert.next() ? insert.int64(0) : 0;
        return review;
    });
}

QList<ReviewDecision> Project::reviewDecisions(qint64 reviewId) const
{
    QList<ReviewDecision> result;
    Statement rows(d->db,
                   QStringLiteral("SELECT review_id, document_id, start_pos, end_pos, decision, adjusted_start, "
                                  "adjusted_end, decided FROM review_decisions WHERE review_id = ? "
                                  "ORDER BY document_id, start_pos"),
                   {reviewId});
    while (rows.next()) {
        ReviewDecision decision;
        decision.reviewId = rows.int64(0);
        decision.documentId = rows.int64(1);
        decision.start = rows.int64(2);
        decision.end = rows.int64(3);
        decision.kind = kindFrom(rows.string(4));
        decision.adjustedStart = rows.int64(5);
        decision.adjustedEnd = rows.int64(6);
        decision.decided = parseTimestamp(rows.string(7));
        result.append(decision);
    }
    return result;
}

Result<ReviewStep> Project::recordReviewStep(const ReviewStep &step)
{
    const QString what = ProjectTr::tr("recording a review decision");
    return d->write(what, [&]() -> Result<ReviewStep> {
        ReviewStep written = step;
        if (!written.decision.decided.isValid())
            written.decision.decided = QDateTime::currentDateTimeUtc();
        {
            Statement insert(d->db,
                             QStringLiteral("INSERT INTO review_decisions (review_id, document_id, start_pos, end_pos, "
                                            "decision, adjusted_start, adjusted_end, decided) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {step.decision.reviewId, step.decision.documentId, step.decision.start, step.decision.end,
                              kindName(step.decision.kind), step.decision.adjustedStart, step.decision.adjustedEnd,
                              timestamp(written.decision.decided)});
            if (!insert.ok()) {
                if (insert.errorCode() == SQLITE_CONSTRAINT)
                    return Error{ProjectTr::tr("This region was decided already.")};
                return d->failure(what, insert);
            }
        }
        // New codings are added as any coding is; codings from a redo come back with their ids and GUIDs.
        written.codings.clear();
        CodebookSnapshot restore;
        for (const Coding &coding : step.codings) {
            if (coding.id != 0) {
                restore.codings.append(coding);
                written.codings.append(coding);
                continue;
            }
            auto added = addCoding({coding.documentId, coding.codeId, coding.coderId, coding.start, coding.end,
                                    coding.memo, coding.guid, coding.created});
            if (!added)
                return Error{added.error()};
            if (added->has_value())
                written.codings.append(**added);
        }
        if (!restore.codings.isEmpty()) {
            if (auto restored = restoreSnapshot(restore); !restored)
                return Error{restored.error()};
        }
        d->notify(StoreChange{StoreChange::Codings, step.decision.documentId});
        return written;
    });
}

Status Project::removeReviewStep(const ReviewStep &step)
{
    const QString what = ProjectTr::tr("taking back a review decision");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db,
                         QStringLiteral("DELETE FROM review_decisions WHERE review_id = ? AND document_id = ? AND "
                                        "start_pos = ? AND end_pos = ?"),
                         {step.decision.reviewId, step.decision.documentId, step.decision.start, step.decision.end});
        if (!remove.ok())
            return d->failure(what, remove);
        for (const Coding &coding : step.codings) {
            Statement removeCoding(d->db, QStringLiteral("DELETE FROM codings WHERE id = ?"), {coding.id});
            if (!removeCoding.ok())
                return d->failure(what, removeCoding);
        }
        d->notify(StoreChange{StoreChange::Codings, step.decision.documentId});
        return success();
    });
}

} // namespace Marginalia::Core
