#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace churnlens {

/*!
 * Counts of a numeric column in equal-width bins, split by churned / stayed / unknown,
 * for the distribution chart. The range spans the values inside the IQR fences, so a few
 * extreme outliers do not squash everyone else into one bar; values outside it are counted
 * in below/above. Whole-number columns get bins centred on whole numbers.
 */
struct Histogram
{
    std::vector<double> edges; //!< bins+1 ascending edges; bin i is [edges[i], edges[i+1]), the last one closed
    std::vector<qsizetype> churned;
    std::vector<qsizetype> stayed;
    std::vector<qsizetype> unknown; //!< no churn value (or no churn column)
    qsizetype below = 0;            //!< values under edges.front() (outliers), all classes
    qsizetype above = 0;            //!< values over edges.back()
    bool wholeNumbers = false;      //!< bins are centred on whole numbers: bin i holds edges[i]+0.5 .. edges[i+1]-0.5

    int bins() const { return int(churned.size()); }
    qsizetype count(int bin) const { return churned[size_t(bin)] + stayed[size_t(bin)] + unknown[size_t(bin)]; }

    /*!
     * Builds from the ascending values of each class over [\a low, \a high] with about
     * \a bins bins (fewer for whole numbers with a small range). Empty when low > high.
     */
    static Histogram build(std::span<const double> churned, std::span<const double> stayed,
                           std::span<const double> unknown, double low, double high, int bins, bool integer);
};

} // namespace churnlens
