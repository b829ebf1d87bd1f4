#include "analysis/krippendorffalpha.h"
#include "analysis/agreementreasons_p.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Marginalia::Core {

void KrippendorffAlpha::addUnit(const QList<std::optional<double>> &values)
{
    QMap<double, qint64> counts;
    for (const std::optional<double> &value : values) {
        // A NaN would break the map's ordering and an infinity every metric: both count as missing.
        if (value && std::isfinite(*value))
            ++counts[*value];
    }
    addUnitValueCounts(counts);
}

void KrippendorffAlpha::addUnitValueCounts(const QMap<double, qint64> &valueCounts, qint64 times)
{
    qint64 valued = 0;
    for (auto it = valueCounts.cbegin(); it != valueCounts.cend(); ++it) {
        if (it.value() > 0 && std::isfinite(it.key()))
            valued += it.value();
    }
    if (valued < 2 || times <= 0)
        return;
    // Each ordered pair of values from two coders counts 1 / (m_u - 1): a unit contributes m_u pairable
    // values in all, however many coders valued it (Krippendorff 2011, p. 2).
    const double pairsPerValue = double(valued - 1);
    for (auto c = valueCounts.cbegin(); c != valueCounts.cend(); ++c) {
        if (c.value() <= 0 || !std::isfinite(c.key()))
            continue;
        QMap<double, double> &row = m_coincidences[c.key()];
        for (auto k = valueCounts.cbegin(); k != valueCounts.cend(); ++k) {
            if (k.value() <= 0 || !std::isfinite(k.key()))
                continue;
            const qint64 pairs = c.key() == k.key() ? c.value() * (c.value() - 1) : c.value() * k.value();
            if (pairs > 0)
                row[k.key()] += double(times) * double(pairs) / pairsPerValue;
        }
    }
}

void KrippendorffAlpha::add(const KrippendorffAlpha &other)
{
    for (auto c = other.m_coincidences.cbegin(); c != other.m_coincidences.cend(); ++c) {
        QMap<double, double> &row = m_coincidences[c.key()];
        for (auto k = c.value().cbegin(); k != c.value().cend(); ++k)
            row[k.key()] += k.value();
    }
}

Statistic KrippendorffAlpha::alpha(Metric metric) const
{
    return fromCoincidences(m_coincidences, metric);
}

Statistic KrippendorffAlpha::compute(const QList<QList<std::optional<double>>> &unitsByCoders, Metric metric)
{
    KrippendorffAlpha accumulator;
    for (const QList<std::optional<double>> &unit : unitsByCoders)
        accumulator.addUnit(unit);
    return accumulator.alpha(metric);
}

Statistic KrippendorffAlpha::fromCoincidences(const Coincidences &coincidences, Metric metric)
{
    // The values in ascending order (the map's), with their marginals n_c.
    std::vector<double> values;
    std::vector<double> marginals;
    double n = 0;
    double observed = 0; // sum over c != k of o_ck delta²_ck, before the (n - 1) factor
    for (auto c = coincidences.cbegin(); c != coincidences.cend(); ++c) {
        double rowSum = 0;
        for (auto k = c.value().cbegin(); k != c.value().cend(); ++k) {
            if (!(k.value() >= 0) || !std::isfinite(k.value()) || !std::isfinite(k.key()))
                return Statistic::undefined(AgreementReasons::inconsistentCounts());
            rowSum += k.value();
        }
        if (rowSum > 0) {
            values.push_back(c.key());
            marginals.push_back(rowSum);
            n += rowSum;
        }
    }
    if (n <= 0)
        return Statistic::undefined(AgreementReasons::noPairableValues());
    if (values.size() < 2)
        return Statistic::undefined(AgreementReasons::singleValue());
    if (metric == Metric::Ratio && values.front() < 0)
        return Statistic::undefined(AgreementReasons::negativeRatioValue());

    // Ordinal distances need the cumulative marginals: the sum of n_g from c to k is a difference of two.
    std::vector<double> cumulative(values.size() + 1, 0.0);
    for (size_t i = 0; i < values.size(); ++i)
        cumulative[i + 1] = cumulative[i] + marginals[i];
    // Where a value sits in values, or values.size() for one with no marginal (an asymmetric matrix).
    const auto indexOf = [&values](double value) {
        const auto it = std::lower_bound(values.cbegin(), values.cend(), value);
        return it != values.cend() && *it == value ? size_t(it - values.cbegin()) : values.size();
    };
    const auto delta2 = [&](size_t i, size_t j) -> double {
        if (i == j)
            return 0;
        const double c = values[i];
        const double k = values[j];
        switch (metric) {
        case Metric::Nominal:
            return 1;
        case Metric::Ordinal: {
            const size_t low = std::min(i, j);
            const size_t high = std::max(i, j);
            const double between = cumulative[high + 1] - cumulative[low] - (marginals[i] + marginals[j]) / 2;
            return between * between;
        }
        case Metric::Interval:
            return (c - k) * (c - k);
        case Metric::Ratio: {
            const double ratio = (c - k) / (c + k);
            return ratio * ratio;
        }
        }
        return 1;
    };

    // Off the diagonal only: a perfect agreement then sums to exactly 0 and alpha to exactly 1, with no
    // rounding left over from subtracting the diagonal from n.
    for (auto c = coincidences.cbegin(); c != coincidences.cend(); ++c) {
        for (auto k = c.value().cbegin(); k != c.value().cend(); ++k) {
            if (k.key() == c.key() || k.value() == 0)
                continue;
            const size_t i = indexOf(c.key());
            const size_t j = indexOf(k.key());
            if (i == values.size() || j == values.size())
                return Statistic::undefined(AgreementReasons::inconsistentCounts());
            observed += k.value() * delta2(i, j);
        }
    }

    double expected = 0; // sum over c, k of n_c n_k delta²_ck
    if (metric == Metric::Nominal) {
        double squares = 0;
        for (double marginal : marginals)
            squares += marginal * marginal;
        expected = n * n - squares;
    } else {
        for (size_t i = 0; i < values.size(); ++i) {
            for (size_t j = i + 1; j < values.size(); ++j)
                expected += 2 * marginals[i] * marginals[j] * delta2(i, j);
        }
    }
    if (!(expected > 0))
        return Statistic::undefined(AgreementReasons::singleValue());
    return Statistic::defined(1 - (n - 1) * observed / expected);
}

} // namespace Marginalia::Core
