#include "analysis/binaryagreement.h"
#include "analysis/agreementreasons_p.h"

#include <utility>

namespace Marginalia::Core {

BinaryAgreement::BinaryAgreement(QList<qint64> unitsMarkedBy, QList<qint64> unitsMarkedByCoder)
    : m_unitsMarkedBy(std::move(unitsMarkedBy))
    , m_unitsMarkedByCoder(std::move(unitsMarkedByCoder))
{
}

BinaryAgreement BinaryAgreement::forTwoCoders(qint64 both, qint64 onlyFirst, qint64 onlySecond, qint64 neither)
{
    return BinaryAgreement({neither, onlyFirst + onlySecond, both}, {both + onlyFirst, both + onlySecond});
}

void BinaryAgreement::add(const BinaryAgreement &other)
{
    if (other.m_unitsMarkedBy.size() != m_unitsMarkedBy.size()) {
        m_consistent = false;
        return;
    }
    m_consistent = m_consistent && other.m_consistent;
    for (qsizetype k = 0; k < m_unitsMarkedBy.size(); ++k)
        m_unitsMarkedBy[k] += other.m_unitsMarkedBy[k];
    if (m_unitsMarkedByCoder.size() == other.m_unitsMarkedByCoder.size()) {
        for (qsizetype i = 0; i < m_unitsMarkedByCoder.size(); ++i)
            m_unitsMarkedByCoder[i] += other.m_unitsMarkedByCoder[i];
    } else {
        // One side does not know who marked what: neither does the sum.
        m_unitsMarkedByCoder.clear();
    }
}

qint64 BinaryAgreement::units() const
{
    qint64 total = 0;
    for (qint64 count : m_unitsMarkedBy)
        total += count;
    return total;
}

qint64 BinaryAgreement::marks() const
{
    qint64 total = 0;
    for (qsizetype k = 0; k < m_unitsMarkedBy.size(); ++k)
        total += k * m_unitsMarkedBy[k];
    return total;
}

QString BinaryAgreement::countsProblem() const
{
    if (coders() < 2)
        return AgreementReasons::needsTwoCoders();
    if (!m_consistent)
        return AgreementReasons::inconsistentCounts();
    for (qint64 count : m_unitsMarkedBy) {
        if (count < 0)
            return AgreementReasons::inconsistentCounts();
    }
    if (!m_unitsMarkedByCoder.isEmpty()) {
        if (m_unitsMarkedByCoder.size() != coders())
            return AgreementReasons::inconsistentCounts();
        // Each coder marked at least the units everyone marked and at most those someone marked, and the
        // coders' marks add up to the histogram's.
        const qint64 markedByAll = m_unitsMarkedBy.constLast();
        const qint64 markedBySomeone = units() - m_unitsMarkedBy.constFirst();
        qint64 sum = 0;
        for (qint64 count : m_unitsMarkedByCoder) {
            if (count < markedByAll || count > markedBySomeone)
                return AgreementReasons::inconsistentCounts();
            sum += count;
        }
        if (sum != marks())
            return AgreementReasons::inconsistentCounts();
    }
    return {};
}

QString BinaryAgreement::chanceCorrectedProblem() const
{
    if (QString problem = countsProblem(); !problem.isEmpty())
        return problem;
    const qint64 n = units();
    if (n == 0)
        return AgreementReasons::noUnits();
    if (m_unitsMarkedBy.constFirst() == n)
        return AgreementReasons::nobodyCoded();
    if (m_unitsMarkedBy.constLast() == n)
        return AgreementReasons::everybodyCodedEverything();
    return {};
}

Statistic BinaryAgreement::percentAgreement() const
{
    if (QString problem = countsProblem(); !problem.isEmpty())
        return Statistic::undefined(problem);
    const qint64 n = units();
    if (n == 0)
        return Statistic::undefined(AgreementReasons::noUnits());
    return Statistic::defined(double(m_unitsMarkedBy.constFirst() + m_unitsMarkedBy.constLast()) / double(n));
}

Statistic BinaryAgreement::cohenKappa() const
{
    if (coders() != 2)
        return Statistic::undefined(AgreementReasons::needsExactlyTwoCoders());
    if (QString problem = chanceCorrectedProblem(); !problem.isEmpty())
        return Statistic::undefined(problem);
    if (m_unitsMarkedByCoder.isEmpty())
        return Statistic::undefined(AgreementReasons::inconsistentCounts());
    // Past the checks above neither "nobody marked anything" nor "both marked everything" holds, the only
    // two ways p_e can be 1, so the division is safe.
    const double n = double(units());
    const double first = double(m_unitsMarkedByCoder[0]) / n;
    const double second = double(m_unitsMarkedByCoder[1]) / n;
    const double observed = double(m_unitsMarkedBy[0] + m_unitsMarkedBy[2]) / n;
    const double expected = first * second + (1 - first) * (1 - second);
    return Statistic::defined((observed - expected) / (1 - expected));
}

Statistic BinaryAgreement::fleissKappa() const
{
    if (QString problem = chanceCorrectedProblem(); !problem.isEmpty())
        return Statistic::undefined(problem);
    const qint64 m = coders();
    double agreeingPairs = 0; // sum over units of the ordered pairs of coders who agree on it
    for (qint64 k = 0; k <= m; ++k)
        agreeingPairs += double(m_unitsMarkedBy[k]) * double(k * (k - 1) + (m - k) * (m - k - 1));
    const double n = double(units());
    const double observed = agreeingPairs / (n * double(m * (m - 1)));
    const double share = double(marks()) / (n * double(m));
    const double expected = share * share + (1 - share) * (1 - share);
    return Statistic::defined((observed - expected) / (1 - expected));
}

Statistic BinaryAgreement::krippendorffAlpha() const
{
    if (QString problem = chanceCorrectedProblem(); !problem.isEmpty())
        return Statistic::undefined(problem);
    const qint64 m = coders();
    double disagreeingPairs = 0; // sum over units of the ordered (1, 0) pairs, k (m - k) in a unit of k marks
    for (qint64 k = 1; k < m; ++k)
        disagreeingPairs += double(m_unitsMarkedBy[k]) * double(k * (m - k));
    const double coincidence01 = disagreeingPairs / double(m - 1);
    const double values = double(units()) * double(m);
    const double ones = double(marks());
    const double zeros = values - ones;
    return Statistic::defined(1 - (values - 1) * coincidence01 / (zeros * ones));
}

} // namespace Marginalia::Core
