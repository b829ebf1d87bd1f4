#pragma once

#include "analysis/statistic.h"

#include <QList>

namespace Marginalia::Core {

/**
 * Agreement of m >= 2 coders who each mark, or do not mark, every unit of a common set: for Marginalia a
 * unit is a character (a code point) of a document and "marked" means covered by one of the coder's
 * codings of the code. Everything is computed from aggregated counts in O(m), never unit by unit, so that
 * a caller can sweep the codings once and pool documents by adding counts.
 *
 * The counts:
 * - unitsMarkedBy[k]: the number of units marked by exactly k of the m coders, k = 0..m (so m is
 *   unitsMarkedBy.size() - 1), and N = sum_k unitsMarkedBy[k];
 * - unitsMarkedByCoder[i]: the number of units coder i marked (optional; only Cohen's kappa needs it, to
 *   tell which of two coders marked a disputed unit). It must sum to sum_k k unitsMarkedBy[k].
 *
 * The statistics (p = sum_k k unitsMarkedBy[k] / (N m), the share of marks among all m N judgements):
 * - percentAgreement = (unitsMarkedBy[0] + unitsMarkedBy[m]) / N: units where all coders agree.
 * - cohenKappa (m = 2; NVivo's coding comparison): p_o = percentAgreement, p_A and p_B each coder's share
 *   of marked units, p_e = p_A p_B + (1 - p_A)(1 - p_B), kappa = (p_o - p_e) / (1 - p_e). NVivo's
 *   documented example (1,000 characters, 50 marked by both, 100 only by A, 50 only by B) gives 0.85 and
 *   0.318.
 * - fleissKappa (Fleiss 1971) with the two categories "marked" and "not marked": with k marks a unit has
 *   P_u = (k (k - 1) + (m - k)(m - k - 1)) / (m (m - 1)); P = mean P_u, P_e = p² + (1 - p)²,
 *   kappa = (P - P_e) / (1 - P_e). Equal to Kappa::fleiss on the same data.
 * - krippendorffAlpha: nominal alpha with each unit valued 1 or 0 by every coder (Krippendorff 2011):
 *   n = N m, n_1 = p n, n_0 = n - n_1, o_01 = sum_k unitsMarkedBy[k] k (m - k) / (m - 1),
 *   alpha = 1 - (n - 1) o_01 / (n_0 n_1). Equal to KrippendorffAlpha on the same matrix.
 *
 * Undefined (a Statistic without a value, with the reason): no units (N = 0, all four); nobody marked
 * anything or every coder marked everything (the three chance-corrected statistics: their expected
 * agreement is 1, so they are 0/0; percent agreement is then 1, which is what it measures); Cohen's kappa
 * with m != 2 or without each coder's count; counts that contradict each other (negative, or a coder's
 * count that the histogram cannot hold).
 */
class BinaryAgreement final
{
public:
    /// From the histogram and, for Cohen's kappa, each coder's count. To pool documents, start from
    /// zeros (BinaryAgreement(QList<qint64>(m + 1), QList<qint64>(m))) and add() each document.
    explicit BinaryAgreement(QList<qint64> unitsMarkedBy, QList<qint64> unitsMarkedByCoder = {});

    /// Two coders from their 2x2 table: units both marked, only the first, only the second, neither.
    static BinaryAgreement forTwoCoders(qint64 both, qint64 onlyFirst, qint64 onlySecond, qint64 neither);

    /// Adds another comparison's counts (another document, for a pooled row). A different number of
    /// coders makes the counts inconsistent; a missing per-coder count makes it missing here too.
    void add(const BinaryAgreement &other);

    /// m, or less than 2 for a histogram too short to be a comparison.
    int coders() const { return int(m_unitsMarkedBy.size()) - 1; }
    /// N.
    qint64 units() const;
    const QList<qint64> &unitsMarkedBy() const { return m_unitsMarkedBy; }
    const QList<qint64> &unitsMarkedByCoder() const { return m_unitsMarkedByCoder; }

    Statistic percentAgreement() const;
    Statistic cohenKappa() const;
    Statistic fleissKappa() const;
    Statistic krippendorffAlpha() const;

private:
    /// Why the counts cannot be used, or an empty string.
    QString countsProblem() const;
    /// Why no chance-corrected statistic exists for these counts, or an empty string.
    QString chanceCorrectedProblem() const;
    qint64 marks() const;

    QList<qint64> m_unitsMarkedBy;
    QList<qint64> m_unitsMarkedByCoder;
    bool m_consistent = true;
};

} // namespace Marginalia::Core
