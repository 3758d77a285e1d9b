#pragma once

#include "binarymetrics.h"

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

/*!
 * Confusion counts of one model's test predictions at any threshold, in O(log n) per query:
 * the scores sorted from high to low with the running count of churners. Built once (on the
 * training worker) so that a threshold slider can move freely on the GUI thread, whatever
 * the number of test rows. Rows whose label is not 0/1 are left out; a NaN score never
 * counts as predicted churn. Value type, immutable after construction.
 */
class ThresholdCurve
{
public:
    ThresholdCurve() = default;
    ThresholdCurve(std::span<const int8_t> labels, std::span<const double> scores);

    bool isEmpty() const { return m_sorted.empty(); }
    qint64 rows() const { return qint64(m_sorted.size()); }
    qint64 positives() const { return m_positivesAbove.empty() ? 0 : m_positivesAbove.back(); }

    //! Counts when a row is predicted churn at score >= \a threshold (as BinaryMetrics::confusionAt).
    ConfusionMatrix at(double threshold) const;

private:
    std::vector<double> m_sorted;         // descending, NaN last
    std::vector<qint64> m_positivesAbove; // [i] = churners among the first i sorted rows (size rows + 1)
};

} // namespace churnlens
