#include "analysis/unitizingalpha.h"
#include "analysis/agreementreasons_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::Agreement)
};

/// A segment in the sweep: where it is, whose it is, and where the same coder's previous segment ended
/// (-1 for none), which tells whether that one overlaps a segment of another coder too.
struct SweepSegment
{
    qint64 start;
    qint64 end;
    qint64 previousEnd;
    int coder;
    /// Coders other than this segment's who have a segment overlapping it.
    int overlappingCoders = 0;
};

double squared(qint64 value)
{
    // In double: a difference of positions in a long document squared can exceed 64 bits, and the sums are
    // ratios in the end, where double's 16 digits are plenty.
    return double(value) * double(value);
}

} // namespace

UnitizingAlpha::UnitizingAlpha(int coders)
    : m_coders(coders)
{
}

Status UnitizingAlpha::addContinuum(qint64 length, const QList<QList<Segment>> &segmentsByCoder)
{
    if (m_coders < 2)
        return Error{AgreementReasons::needsTwoCoders()};
    if (segmentsByCoder.size() != m_coders)
        return Error{Tr::tr("Unitizing alpha: %1 coders' segments given for %2 coders")
                         .arg(segmentsByCoder.size())
                         .arg(m_coders)};
    if (length < 0)
        return Error{Tr::tr("Unitizing alpha: a continuum has a negative length")};

    qsizetype total = 0;
    for (qsizetype coder = 0; coder < segmentsByCoder.size(); ++coder) {
        qint64 cursor = 0;
        for (const Segment &segment : segmentsByCoder[coder]) {
            if (segment.start < cursor || segment.end <= segment.start || segment.end > length)
                return Error{Tr::tr("Unitizing alpha: coder %1's segments are not sorted, overlap, are empty or "
                                    "lie outside the continuum")
                                 .arg(coder + 1)};
            cursor = segment.end;
        }
        total += segmentsByCoder[coder].size();
    }

    // Scratch reused from call to call: a comparison adds one continuum per code and document.
    static thread_local std::vector<SweepSegment> sweep;
    sweep.clear();
    sweep.reserve(size_t(total));
    for (int coder = 0; coder < m_coders; ++coder) {
        qint64 cursor = 0;
        qint64 previousEnd = -1;
        for (const Segment &segment : segmentsByCoder[coder]) {
            if (segment.start > cursor)
                m_gapLengths.push_back(segment.start - cursor);
            m_segmentLengths.push_back(segment.end - segment.start);
            sweep.push_back(SweepSegment{segment.start, segment.end, previousEnd, coder});
            previousEnd = segment.end;
            cursor = segment.end;
        }
        if (length > cursor)
            m_gapLengths.push_back(length - cursor);
    }
    std::sort(sweep.begin(), sweep.end(),
              [](const SweepSegment &a, const SweepSegment &b) { return a.start < b.start; });

    // The segments open at the current start: at most one per coder, since a coder's segments do not
    // overlap. Every pair of overlapping segments of two coders meets here exactly once, when the later
    // one starts.
    double segmentPairs = 0; // sum over unordered overlapping pairs of segments of delta²
    static thread_local std::vector<size_t> open;
    open.clear();
    for (size_t index = 0; index < sweep.size(); ++index) {
        SweepSegment &current = sweep[index];
        for (size_t k = 0; k < open.size();) {
            SweepSegment &other = sweep[open[k]];
            if (other.end <= current.start) {
                open[k] = open.back();
                open.pop_back();
                continue;
            }
            segmentPairs += squared(current.start - other.start) + squared(current.end - other.end);
            // A coder's segments overlapping a given segment follow one another, so a coder is counted
            // once, at the first of them: the one whose predecessor does not reach into the segment.
            if (other.previousEnd <= current.start)
                ++current.overlappingCoders;
            if (current.previousEnd <= other.start)
                ++other.overlappingCoders;
            ++k;
        }
        open.push_back(index);
    }

    // A segment that no segment of coder j overlaps lies inside one of j's gaps: l² for that pair.
    double segmentsInGaps = 0;
    for (const SweepSegment &segment : sweep)
        segmentsInGaps += squared(segment.end - segment.start) * double(m_coders - 1 - segment.overlappingCoders);

    // Both orders of each pair of coders.
    m_observed += 2 * (segmentPairs + segmentsInGaps);
    m_length += length;
    return success();
}

Status UnitizingAlpha::add(const UnitizingAlpha &other)
{
    if (other.m_coders != m_coders)
        return Error{
            Tr::tr("Unitizing alpha: %1 coders' continua added to %2 coders'").arg(other.m_coders).arg(m_coders)};
    m_length += other.m_length;
    m_observed += other.m_observed;
    m_segmentLengths.insert(m_segmentLengths.end(), other.m_segmentLengths.cbegin(), other.m_segmentLengths.cend());
    m_gapLengths.insert(m_gapLengths.end(), other.m_gapLengths.cbegin(), other.m_gapLengths.cend());
    if (!other.m_uncodedLengths.empty()) {
        const auto middle = m_uncodedLengths.insert(m_uncodedLengths.end(), other.m_uncodedLengths.cbegin(),
                                                    other.m_uncodedLengths.cend());
        std::inplace_merge(m_uncodedLengths.begin(), middle, m_uncodedLengths.end());
    }
    return success();
}

void UnitizingAlpha::clear()
{
    m_length = 0;
    m_observed = 0;
    m_segmentLengths.clear();
    m_gapLengths.clear();
    m_uncodedLengths.clear();
}

Status UnitizingAlpha::addUncodedContinua(const std::vector<qint64> &sortedLengths)
{
    if (m_coders < 2)
        return Error{AgreementReasons::needsTwoCoders()};
    if (!std::is_sorted(sortedLengths.cbegin(), sortedLengths.cend())
        || (!sortedLengths.empty() && sortedLengths.front() < 0))
        return Error{Tr::tr("Unitizing alpha: the lengths of uncoded continua must be sorted and not negative")};
    const auto firstNonZero = std::upper_bound(sortedLengths.cbegin(), sortedLengths.cend(), qint64(0));
    const auto middle = m_uncodedLengths.insert(m_uncodedLengths.end(), firstNonZero, sortedLengths.cend());
    std::inplace_merge(m_uncodedLengths.begin(), middle, m_uncodedLengths.end());
    for (auto it = firstNonZero; it != sortedLengths.cend(); ++it)
        m_length += *it;
    return success();
}

std::optional<double> UnitizingAlpha::observedDisagreement() const
{
    if (m_coders < 2 || m_length <= 0)
        return std::nullopt;
    const double m = m_coders;
    return m_observed / (m * (m - 1) * squared(m_length));
}

std::optional<double> UnitizingAlpha::expectedDisagreement() const
{
    if (m_coders < 2 || m_length <= 0 || m_segmentLengths.empty())
        return std::nullopt;

    // For each segment, sum over the gaps at least as long of (l_x - l_s + 1), the places it fits in them:
    // with the gaps sorted and summed from the longest, that is suffixSum - (l_s - 1) * suffixCount.
    static thread_local std::vector<qint64> gaps;
    static thread_local std::vector<qint64> suffixSums;
    static thread_local std::vector<qint64> uncodedSuffixSums;
    gaps.assign(m_gapLengths.cbegin(), m_gapLengths.cend());
    std::sort(gaps.begin(), gaps.end());
    suffixSums.assign(gaps.size() + 1, 0);
    for (size_t i = gaps.size(); i > 0; --i)
        suffixSums[i - 1] = suffixSums[i] + gaps[i - 1];
    // The uncoded continua, sorted already: each length is m gaps.
    const std::vector<qint64> &uncoded = m_uncodedLengths;
    uncodedSuffixSums.assign(uncoded.size() + 1, 0);
    for (size_t i = uncoded.size(); i > 0; --i)
        uncodedSuffixSums[i - 1] = uncodedSuffixSums[i] + uncoded[i - 1];
    const double gapsPerUncoded = double(m_coders);

    const double segments = double(m_segmentLengths.size());
    double shifts = 0; // sum_s (2 l³ - 3 l² + l) / 3: a segment against segments as long, at every shift
    double fits = 0; // sum_s l² sum_{gaps >= l} (l_x - l + 1)
    double selfPairs = 0; // sum_s l (l - 1)
    for (qint64 length : m_segmentLengths) {
        const double l = double(length);
        shifts += l * (l - 1) * (2 * l - 1) / 3;
        selfPairs += l * (l - 1);
        const size_t first = size_t(std::lower_bound(gaps.cbegin(), gaps.cend(), length) - gaps.cbegin());
        const double count = double(gaps.size() - first);
        fits += l * l * (double(suffixSums[first]) - (l - 1) * count);
        if (!uncoded.empty()) {
            const size_t from = size_t(std::lower_bound(uncoded.cbegin(), uncoded.cend(), length) - uncoded.cbegin());
            const double uncodedCount = double(uncoded.size() - from);
            fits += gapsPerUncoded * l * l * (double(uncodedSuffixSums[from]) - (l - 1) * uncodedCount);
        }
    }
    const double mL = double(m_coders) * double(m_length);
    const double numerator = (segments - 1) * shifts + fits;
    return 2 / double(m_length) * numerator / (mL * (mL - 1) - selfPairs);
}

Statistic UnitizingAlpha::alpha() const
{
    if (m_coders < 2)
        return Statistic::undefined(AgreementReasons::needsTwoCoders());
    if (m_length <= 0)
        return Statistic::undefined(AgreementReasons::noUnits());
    if (m_segmentLengths.empty())
        return Statistic::undefined(AgreementReasons::nobodyCoded());
    if (m_gapLengths.empty() && m_uncodedLengths.empty() && m_observed == 0)
        return Statistic::undefined(AgreementReasons::everybodyCodedEverything());
    const double expected = *expectedDisagreement();
    // D_e is 0 only without gaps and with one-character segments: everyone coded everything again.
    if (!(expected > 0))
        return Statistic::undefined(AgreementReasons::everybodyCodedEverything());
    return Statistic::defined(1 - *observedDisagreement() / expected);
}

Statistic UnitizingAlpha::compute(int coders, qint64 length, const QList<QList<Segment>> &segmentsByCoder)
{
    UnitizingAlpha accumulator(coders);
    if (Status status = accumulator.addContinuum(length, segmentsByCoder); !status)
        return Statistic::undefined(status.error());
    return accumulator.alpha();
}

} // namespace Marginalia::Core
