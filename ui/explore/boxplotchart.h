#pragma once

#include "common/charttable.h"
#include "eda/columnprofile.h"

#include <QCoreApplication>

class QChart;

namespace churnlens {

/*!
 * Box plots of a numeric column — stayed next to churned when the profile has both —
 * with whiskers at the most extreme values inside the IQR fences and the outliers as
 * dots (a sample of at most 50 per side is drawn; the counts are exact). GUI thread only.
 */
class BoxPlotChart
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::BoxPlotChart)

public:
    static QChart *build(const ColumnProfile &column, ChartTable *table);
};

} // namespace churnlens
