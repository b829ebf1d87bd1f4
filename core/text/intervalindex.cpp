#include "text/intervalindex.h"

#include <algorithm>

namespace Marginalia::Core {

IntervalIndex::IntervalIndex(std::vector<Interval> intervals)
    : m_intervals(std::move(intervals))
{
    std::sort(m_intervals.begin(), m_intervals.end(), [](const Interval &a, const Interval &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    m_chunkMaxEnd.reserve(m_intervals.size() / ChunkSize + 1);
    for (size_t chunk = 0; chunk < m_intervals.size(); chunk += ChunkSize) {
        qint64 maxEnd = 0;
        for (size_t i = chunk; i < std::min(chunk + ChunkSize, m_intervals.size()); ++i)
            maxEnd = std::max(maxEnd, m_intervals[i].end);
        m_chunkMaxEnd.push_back(maxEnd);
    }
}

void IntervalIndex::overlapping(qint64 from, qint64 to, std::vector<int> &out) const
{
    if (from >= to)
        return;
    // Intervals starting at or after `to` cannot overlap: find where they begin.
    const auto firstAfter
        = std::lower_bound(m_intervals.begin(), m_intervals.end(), to,
                           [](const Interval &interval, qint64 value) { return interval.start < value; });
    const size_t limit = size_t(firstAfter - m_intervals.begin());
    for (size_t chunk = 0; chunk * ChunkSize < limit; ++chunk) {
        if (m_chunkMaxEnd[chunk] <= from)
            continue;
        const size_t end = std::min((chunk + 1) * ChunkSize, limit);
        for (size_t i = chunk * ChunkSize; i < end; ++i) {
            if (m_intervals[i].end > from)
                out.push_back(m_intervals[i].payload);
        }
    }
}

} // namespace Marginalia::Core
