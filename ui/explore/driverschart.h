#pragma once

#include "common/charttable.h"
#include "eda/profile.h"

#include <QCoreApplication>

#include <functional>

class QChart;

namespace churnlens {

/*!
 * The drivers: features ranked by their association with churn (the profile's measure,
 * bias-corrected Cramér's V, for numbers over their deciles too) as horizontal bars, strongest on top. Clicking a bar calls
 * \a onClick with the column name. GUI thread only; the caller owns the chart.
 */
class DriversChart
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::DriversChart)

public:
    //! \a label names a field on the axis (its label in the Data area); none: the column name.
    static QChart *build(const Profile &profile, int maxFeatures, const QString &selected,
                         std::function<void(const QString &)> onClick, ChartTable *table,
                         const std::function<QString(const QString &)> &label = {});
    //! One line saying what the bar length means (shown under the chart).
    static QString explanation();
    //! A bar's tooltip: the measure (Cramér's V), what it was computed over, mutual information and AUC.
    static QString barTooltip(const FeatureAssociation &a);
};

} // namespace churnlens
