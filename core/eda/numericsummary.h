#pragma once

#include <QtGlobal>

#include <limits>
#include <span>
#include <vector>

namespace churnlens {

/*!
 * Descriptive statistics of the present values of a numeric column: moments, exact
 * quartiles and the IQR outlier rule. Value type.
 */
struct NumericSummary
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    qsizetype count = 0; //!< present (non-missing) values
    double mean = nan;
    double std = nan;      //!< sample standard deviation (n-1), as pandas and R report it
    double min = nan;
    double q1 = nan;       //!< quartiles by linear interpolation (numpy/pandas default)
    double median = nan;
    double q3 = nan;
    double max = nan;
    //! Adjusted Fisher–Pearson skewness G1 (pandas' skew()); 0 for a constant column,
    //! NaN with fewer than 3 values.
    double skewness = nan;
    qsizetype negatives = 0;
    qsizetype zeros = 0;

    //! Tukey's rule: values outside [q1 - 1.5·IQR, q3 + 1.5·IQR] are outliers.
    double lowerFence = nan;
    double upperFence = nan;
    double whiskerLow = nan;  //!< lowest value inside the fences (the box plot's whisker end)
    double whiskerHigh = nan; //!< highest value inside the fences
    qsizetype outliersLow = 0;
    qsizetype outliersHigh = 0;
    qsizetype outliers() const { return outliersLow + outliersHigh; }
    double outlierShare() const { return count ? double(outliers()) / double(count) : 0.0; }
    double iqr() const { return q3 - q1; }
    //! Outlier values for drawing: all of them up to 50 per side, else 50 spread evenly by
    //! rank (the most extreme included). Ascending. Never used for statistics.
    std::vector<double> outlierSample;

    //! Computes everything from the ascending present values (no NaN).
    static NumericSummary fromSorted(std::span<const double> sorted);
};

} // namespace churnlens
