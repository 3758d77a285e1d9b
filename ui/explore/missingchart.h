#pragma once

#include "common/charttable.h"
#include "eda/profile.h"

#include <QCoreApplication>

class QChart;

namespace churnlens {

/*!
 * Missing values per column: the share of rows where each column is empty, for the
 * columns that have any (most first). Null when no column has a missing value.
 * GUI thread only; the caller owns the chart.
 */
class MissingChart
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::MissingChart)

public:
    static QChart *build(const Profile &profile, int maxColumns, ChartTable *table);
};

} // namespace churnlens
