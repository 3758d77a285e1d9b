#pragma once

#include <QString>

#include <limits>

namespace churnlens {

/*!
 * Churn within one group of customers (a category level or a numeric bin): how many
 * have a known churn value, how many of those churned, and the Wilson interval.
 */
struct ChurnGroup
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    QString label;
    //! Numeric bins: the group holds values in (lower, upper], or [lower, upper] when
    //! lowerClosed; upper is +inf for an open-ended bin. NaN for category levels.
    double lower = nan;
    double upper = nan;
    bool lowerClosed = false;
    bool isMissing = false; //!< the group of customers whose value is missing
    bool isOther = false;   //!< the rare levels pooled together
    qsizetype pooledLevels = 0; //!< for the "Other" group: how many levels it holds
    qsizetype count = 0;    //!< customers in the group with a known churn value
    qsizetype churned = 0;
    double ciLow = nan;
    double ciHigh = nan;

    double rate() const { return count ? double(churned) / double(count) : nan; }
};

} // namespace churnlens
