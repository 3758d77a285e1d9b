#pragma once

#include "data/column.h"

#include <cmath>
#include <limits>

namespace churnlens {

/*!
 * What is usual for a numeric field in the training data, so that a factor can say "long
 * tenure" or "high charges": quartiles when known, or only the median (what a saved
 * preparation keeps). NaN = unknown. Value type.
 */
struct NumericReference
{
    double q1 = std::numeric_limits<double>::quiet_NaN();
    double median = std::numeric_limits<double>::quiet_NaN();
    double q3 = std::numeric_limits<double>::quiet_NaN();

    enum class Position { Unknown, Low, Typical, High };

    bool hasQuartiles() const { return std::isfinite(q1) && std::isfinite(q3); }
    bool hasMedian() const { return std::isfinite(median); }

    /*!
     * With quartiles: Low below q1, High above q3, else Typical. With only a median: Low below it,
     * High above it, Typical at it. Unknown without either, or for a NaN value.
     */
    Position position(double value) const;

    //! Quartiles and median of the present values of a numeric column (linear interpolation,
    //! as numpy's default); all NaN for a coded or empty column.
    static NumericReference fromColumn(const Column &column);
};

} // namespace churnlens
