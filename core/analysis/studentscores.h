#pragma once

#include "analysis/statistic.h"
#include "base/result.h"

#include <QList>
#include <QString>

namespace Marginalia::Core {

class Project;

/// One student's agreement with the key on one code, or pooled over the codes (codeId 0, empty codePath).
struct ScoreRow
{
    qint64 coderId = 0;
    QString coder;
    qint64 codeId = 0;
    QString codePath;
    qint64 documents = 0;
    qint64 characters = 0;
    Statistic percentAgreement;
    Statistic cohenKappa;
    Statistic unitizingAlpha;
    /// The share of the student's coded characters that the key coded too.
    Statistic precision;
    /// The share of the key's coded characters that the student coded too.
    Statistic recall;
};

/**
 * Scores against a key: each student compared with the key coder alone (CoderAgreement with the two of
 * them), per code and pooled over the codes, with precision and recall of the student's characters
 * against the key's, as a training centre scores trainees against an expert.
 *
 * Codes neither of the two coded are left out of a student's rows (and out of the pooled row's units,
 * which would otherwise reward leaving most of the codebook alone).
 */
class StudentScores final
{
public:
    /// @p studentIds empty: every coder but the key who coded in the project, by name.
    static Result<QList<ScoreRow>> compute(const Project &project, qint64 keyCoderId, const QList<qint64> &studentIds,
                                           qint64 codeId = 0, bool includeSubcodes = false);
};

} // namespace Marginalia::Core
