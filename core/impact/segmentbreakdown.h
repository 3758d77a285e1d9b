#pragma once

#include "common/error.h"
#include "score/riskthresholds.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace churnlens {

class DataTable;

//! One segment's figures. Value type.
struct SegmentRow
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    QString label;                    //!< the level, a band ("13–24") or "Missing" / "Other"
    qsizetype customers = 0;          //!< scored customers in the segment
    double meanProbability = NaN;     //!< the segment's predicted churn rate
    double expectedChurners = 0.0;    //!< Σp
    qsizetype high = 0;               //!< high-risk customers
    double monthlyRevenueAtRisk = NaN; //!< Σ p x charge; NaN without charges
    double observedChurnRate = NaN;   //!< realised; NaN without outcomes
};

/*!
 * Churn risk and revenue at risk by the levels of one column. Levels are sorted by money (by
 * expected churners without charges); bands stay in their order. Categorical columns: one row per level, at most
 * maxLevels - 1 of them plus "Other"; missing values form a "Missing" row. Numeric columns are
 * cut into bands: a tenure column (semantic Tenure) into 0–12, 13–24, 25–48 and 49+ (its
 * units, months for the usual files), other numbers into quartiles. Value type.
 */
struct SegmentBreakdown
{
    int column = -1;
    QString columnName;
    bool banded = false;             //!< numeric column cut into bands
    std::vector<SegmentRow> rows;

    static Result<SegmentBreakdown> compute(const DataTable &table, int column, std::span<const double> probabilities,
                                            std::span<const double> charges, std::span<const int8_t> labels,
                                            const RiskThresholds &thresholds, int maxLevels = 12);

    /*!
     * The columns a dashboard shows without being asked: the ones mapped to Contract and
     * Tenure, then the categorical columns (2 to 12 levels, not id/target/ignored) whose levels'
     * mean probabilities spread the most, up to \a count columns.
     */
    static std::vector<int> defaultColumns(const DataTable &table, std::span<const double> probabilities, int count = 4);

    QJsonObject toJson() const;
};

} // namespace churnlens
