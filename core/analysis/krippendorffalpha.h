#pragma once

#include "analysis/statistic.h"

#include <QList>
#include <QMap>

#include <optional>

namespace Marginalia::Core {

/**
 * Krippendorff's alpha for any number of coders, missing values and four metrics, computed through the
 * coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg
 * School for Communication Departmental Papers 43.
 *
 * Reliability data are units (rows) by coders (columns); a coder who did not value a unit leaves
 * std::nullopt. A unit with m_u >= 2 values is pairable and adds, for every ordered pair of values (c, k)
 * from two different coders, 1 / (m_u - 1) to the coincidence o_ck; a unit with fewer values adds nothing.
 * With n_c = sum_k o_ck and n = sum_c n_c (the pairable values):
 *
 *     alpha = 1 - D_o / D_e = 1 - (n - 1) * sum_{c,k} o_ck delta²_ck / sum_{c,k} n_c n_k delta²_ck
 *
 * Metrics (delta²_ck; values are sorted for the ordinal one):
 * - Nominal: 0 when c == k, else 1.
 * - Ordinal: (sum_{g from c to k} n_g - (n_c + n_k) / 2)², ranks by the frequencies of the values between.
 * - Interval: (c - k)².
 * - Ratio: ((c - k) / (c + k))², for values of zero or more.
 *
 * Undefined (Statistic without a value): no pairable unit; a single value among the pairable ones (D_e = 0,
 * whatever the coders did they could not disagree); a negative value with the ratio metric. Perfect
 * agreement gives exactly 1.
 *
 * The class accumulates coincidences, so large data can be aggregated first: add units one by one, add
 * identical units at once from their value counts, merge accumulators, or pass a ready coincidence matrix.
 * The cost of alpha() is O(V²) in the number of distinct values (O(V) for the nominal metric), whatever the
 * number of units.
 */
class KrippendorffAlpha final
{
public:
    enum class Metric { Nominal, Ordinal, Interval, Ratio };

    /// o_ck by value c, then value k; symmetric. Values are finite doubles.
    using Coincidences = QMap<double, QMap<double, double>>;

    KrippendorffAlpha() = default;

    /// Adds one unit: the value each coder gave it, std::nullopt (or a NaN or infinity) where a coder gave
    /// none. Fewer than two values: not pairable, nothing is added.
    void addUnit(const QList<std::optional<double>> &values);

    /// Adds @p times identical units, each described by how many coders gave each value
    /// (value -> number of coders). A unit valued by fewer than two coders adds nothing.
    void addUnitValueCounts(const QMap<double, qint64> &valueCounts, qint64 times = 1);

    /// Adds the coincidences of @p other, as if its units had been added here.
    void add(const KrippendorffAlpha &other);

    const Coincidences &coincidences() const { return m_coincidences; }

    /// Alpha of the units added so far.
    Statistic alpha(Metric metric) const;

    /// Alpha of a reliability data matrix: one row per unit, one column per coder.
    static Statistic compute(const QList<QList<std::optional<double>>> &unitsByCoders, Metric metric);

    /// Alpha of a ready coincidence matrix (symmetric, o_ck >= 0).
    static Statistic fromCoincidences(const Coincidences &coincidences, Metric metric);

private:
    Coincidences m_coincidences;
};

} // namespace Marginalia::Core
