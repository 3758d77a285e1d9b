#pragma once

#include "common/charttable.h"
#include "eda/churnbreakdown.h"
#include "eda/columnprofile.h"

#include <QCoreApplication>

class QChart;

namespace churnlens {

/*!
 * How a column's values are spread, split by churn: stacked histogram bars for numbers,
 * stacked horizontal bars per level for categories (the most frequent levels, the rest
 * as "Other"). Built from the profile only, so it costs the same for 1,000 or 1,000,000
 * customers. GUI thread only; the caller owns the chart.
 */
class DistributionChart
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::DistributionChart)

public:
    static QChart *numeric(const ColumnProfile &column, ChartTable *table);
    //! \a levels is the column's churn breakdown, or null (no churn column, or not a feature):
    //! then the bars show plain counts from the column profile.
    static QChart *categorical(const ColumnProfile &column, const ChurnBreakdown *levels, double confidence,
                               int maxGroups, ChartTable *table);
};

} // namespace churnlens
