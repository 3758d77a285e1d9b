#pragma once

#include "common/charttable.h"
#include "eda/churnbreakdown.h"

#include <QCoreApplication>

class QChart;

namespace churnlens {

/*!
 * Churn rate per group (category level, numeric bin or tenure band) as horizontal bars
 * with the Wilson interval drawn as an error bar, and the overall churn rate as a dashed
 * reference line. The first group is at the top. GUI thread only.
 */
class ChurnRateChart
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ChurnRateChart)

public:
    /*!
     * Builds the chart (caller owns it) and fills \a table with the numbers behind it.
     * Groups beyond \a maxGroups are pooled into one "Other" group (missing stays apart).
     */
    static QChart *build(const ChurnBreakdown &breakdown, double overallRate, double confidence, int maxGroups,
                         const QString &title, ChartTable *table);

    //! The groups as shown: the first \a maxGroups, the rest pooled in "Other", the missing group last.
    static ChurnBreakdown fold(const ChurnBreakdown &breakdown, int maxGroups, double confidence);
};

} // namespace churnlens
