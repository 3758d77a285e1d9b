#pragma once

#include "churngroup.h"

#include <QString>

#include <vector>

namespace churnlens {

//! Churn rate per group of one column: per level, per value, per quantile bin or per tenure band.
struct ChurnBreakdown
{
    enum class Kind {
        Levels,    //!< category levels, by count descending (rare ones pooled in "Other")
        Values,    //!< numeric column with few distinct values: one group per value
        Quantiles, //!< numeric column: quantile bins (deciles), bins with tied edges merged
        Tenure     //!< the fixed tenure bands [0, 12], (12, 24], > 24 months
    };

    int column = -1;
    QString name;
    Kind kind = Kind::Levels;
    std::vector<ChurnGroup> groups; //!< a missing-value group, if any, comes last

    static QString machineName(Kind kind);
};

} // namespace churnlens
