#pragma once

#include "../data/column.h"
#include "histogram.h"
#include "numericsummary.h"

#include <QString>

#include <optional>
#include <vector>

namespace churnlens {

//! One level of a coded column and how often it occurs.
struct LevelCount
{
    QString label;
    qsizetype count = 0;
};

//! What the profiler found in one column. Value type.
struct ColumnProfile
{
    int index = -1;
    QString name;
    ColumnType type = ColumnType::Numeric;
    ColumnRole role = ColumnRole::Feature;
    Semantic semantic = Semantic::None;
    qsizetype count = 0;   //!< present values
    qsizetype missing = 0;
    qsizetype distinct = 0;
    bool constant = false; //!< at most one distinct present value
    bool idLike = false;   //!< an id: role Id, or (almost) every present value unique text/integer

    std::optional<NumericSummary> numeric; //!< numeric and date columns
    //! The same statistics among churners and among stayers (numeric features with a target).
    std::optional<NumericSummary> churnedNumeric;
    std::optional<NumericSummary> stayedNumeric;
    std::optional<Histogram> histogram; //!< numeric columns with values: the distribution by churn

    //! Coded columns: the most frequent levels, by count descending (ties by label), at most
    //! ProfileOptions::maxLevels; the remaining ones are summed in otherLevels / otherCount.
    std::vector<LevelCount> levels;
    qsizetype otherLevels = 0;
    qsizetype otherCount = 0;

    double missingShare() const { return count + missing ? double(missing) / double(count + missing) : 0.0; }
};

} // namespace churnlens
