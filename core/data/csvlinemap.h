#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace churnlens {

/*!
 * Maps a table row to the 1-based physical line of the source where it starts, without a
 * per-row array: only the rows where the line does not follow from the previous row
 * (multi-line quoted fields, blank or skipped lines) are stored. Not thread-safe for writes.
 */
class CsvLineMap
{
public:
    //! Records that \a row starts at \a line; rows must be appended in increasing order.
    void append(qint64 row, qint64 line)
    {
        if (m_points.empty() || predicted(row) != line)
            m_points.emplace_back(row, line);
    }
    //! Appends all points of \a other, shifted by \a rowOffset and \a lineOffset.
    void appendShifted(const CsvLineMap &other, qint64 rowOffset, qint64 lineOffset)
    {
        for (const auto &[row, line] : other.m_points)
            append(row + rowOffset, line + lineOffset);
    }
    //! The line of \a row; row + 1 when nothing was recorded.
    qint64 line(qint64 row) const
    {
        if (m_points.empty() || row < m_points.front().first)
            return row + 1;
        size_t lo = 0, hi = m_points.size();
        while (hi - lo > 1) {
            const size_t mid = (lo + hi) / 2;
            (m_points[mid].first <= row ? lo : hi) = mid;
        }
        return m_points[lo].second + (row - m_points[lo].first);
    }
    bool isEmpty() const { return m_points.empty(); }
    void clear() { m_points.clear(); }

private:
    qint64 predicted(qint64 row) const { return m_points.back().second + (row - m_points.back().first); }

    std::vector<std::pair<qint64, qint64>> m_points;
};

} // namespace churnlens
