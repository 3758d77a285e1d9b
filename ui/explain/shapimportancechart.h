#pragma once

#include "data/fieldlabels.h"

#include "common/charttable.h"

#include <QCoreApplication>

#include <functional>

class QChart;

namespace churnlens {

struct SampleExplanation;

/*!
 * Which fields matter most, two ways side by side: mean |SHAP| over every scored customer (how
 * much a field moves the churn score on average) and the model's gain (how much the field's
 * splits improved the trees, or the size of the standardised coefficient for the logistic
 * regression). Both drawn as a share of their total, so the two scales compare; the exact values
 * are in the tooltips and the copied table. Clicking a bar calls \a onClick with the field's
 * position. (The Train area's ModelImportanceChart shows the model's own importance alone.)
 * GUI thread only; the caller owns the chart.
 */
class ShapImportanceChart
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ShapImportanceChart)

public:
    //! Fields are named by \a labels (FieldLabels::label()).
    static QChart *build(const SampleExplanation &explanation, int maxFields, std::function<void(int field)> onClick,
                         ChartTable *table, const FieldLabels &labels = {});
    static QString explanation();
};

} // namespace churnlens
