#pragma once

#include <QtGlobal>

#include <vector>

namespace Marginalia::Core {

/**
 * Finds the intervals that overlap a range, for drawing only the codings of the visible part of a long,
 * densely coded document (100,000 codings in 10 MB must scroll at 60 frames a second).
 *
 * The intervals are sorted by start and cut into chunks of 64, each remembering the furthest end in it;
 * a query skips every chunk that ends before the range, and stops at the first interval starting after
 * it. A static structure: rebuild when the set changes (a rebuild of 100,000 takes a few milliseconds).
 */
class IntervalIndex final
{
public:
    struct Interval
    {
        qint64 start = 0;
        qint64 end = 0; ///< exclusive
        int payload = 0; ///< the caller's index for this interval
    };

    IntervalIndex() = default;
    explicit IntervalIndex(std::vector<Interval> intervals);

    /// Appends to @p out the payloads of the intervals overlapping [from, to), in order of start.
    void overlapping(qint64 from, qint64 to, std::vector<int> &out) const;
    /// Appends the payloads of the intervals containing @p position.
    void containing(qint64 position, std::vector<int> &out) const { overlapping(position, position + 1, out); }

    size_t size() const { return m_intervals.size(); }
    bool isEmpty() const { return m_intervals.empty(); }

private:
    static constexpr size_t ChunkSize = 64;
    std::vector<Interval> m_intervals;
    std::vector<qint64> m_chunkMaxEnd;
};

} // namespace Marginalia::Core
