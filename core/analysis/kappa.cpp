#include "analysis/kappa.h"
#include "analysis/agreementreasons_p.h"

#include <algorithm>
#include <vector>

namespace Marginalia::Core {

Statistic Kappa::cohen(const QList<QList<qint64>> &table)
{
    const qsizetype categories = table.size();
    std::vector<qint64> rows(size_t(categories), 0);
    std::vector<qint64> columns(size_t(categories), 0);
    qint64 total = 0;
    qint64 diagonal = 0;
    for (qsizetype i = 0; i < categories; ++i) {
        if (table[i].size() != categories)
            return Statistic::undefined(AgreementReasons::notSquare());
        for (qsizetype j = 0; j < categories; ++j) {
            const qint64 count = table[i][j];
            if (count < 0)
                return Statistic::undefined(AgreementReasons::inconsistentCounts());
            rows[size_t(i)] += count;
            columns[size_t(j)] += count;
            total += count;
            if (i == j)
                diagonal += count;
        }
    }
    if (total == 0)
        return Statistic::undefined(AgreementReasons::noRatedUnits());
    // p_e = 1 exactly when both coders used one category for everything: test it on the counts, where it
    // is exact, rather than on a rounded p_e.
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] == total && columns[i] == total)
            return Statistic::undefined(AgreementReasons::singleCategory());
    }
    const double n = double(total);
    double expected = 0;
    for (size_t i = 0; i < rows.size(); ++i)
        expected += (double(rows[i]) / n) * (double(columns[i]) / n);
    const double observed = double(diagonal) / n;
    return Statistic::defined((observed - expected) / (1 - expected));
}

Statistic Kappa::fleiss(const QList<QList<qint64>> &counts)
{
    if (counts.isEmpty())
        return Statistic::undefined(AgreementReasons::noRatedUnits());
    qsizetype categories = 0;
    for (const QList<qint64> &unit : counts)
        categories = std::max(categories, unit.size());

    qint64 ratingsPerUnit = -1;
    std::vector<qint64> categoryTotals(size_t(categories), 0);
    double agreementSum = 0; // sum over units of sum_c n_uc (n_uc - 1), the agreeing ordered pairs
    for (const QList<qint64> &unit : counts) {
        qint64 ratings = 0;
        qint64 agreeingPairs = 0;
        for (qsizetype c = 0; c < unit.size(); ++c) {
            if (unit[c] < 0)
                return Statistic::undefined(AgreementReasons::inconsistentCounts());
            ratings += unit[c];
            agreeingPairs += unit[c] * (unit[c] - 1);
            categoryTotals[size_t(c)] += unit[c];
        }
        if (ratingsPerUnit < 0)
            ratingsPerUnit = ratings;
        else if (ratings != ratingsPerUnit)
            return Statistic::undefined(AgreementReasons::unequalRatings());
        agreementSum += double(agreeingPairs);
    }
    if (ratingsPerUnit < 2)
        return Statistic::undefined(AgreementReasons::needsTwoCoders());

    const qint64 allRatings = ratingsPerUnit * counts.size();
    double expected = 0;
    for (qint64 total : categoryTotals) {
        if (total == allRatings)
            return Statistic::undefined(AgreementReasons::singleCategory());
        const double share = double(total) / double(allRatings);
        expected += share * share;
    }
    const double n = double(ratingsPerUnit);
    const double observed = agreementSum / (double(counts.size()) * n * (n - 1));
    return Statistic::defined((observed - expected) / (1 - expected));
}

} // namespace Marginalia::Core
