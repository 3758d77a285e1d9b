#pragma once

#include "common/charttable.h"

#include <QCoreApplication>

#include <functional>

class QChart;

namespace churnlens {

struct ModelReport;

/*!
 * Which features the model leans on, strongest on top: average split gain for tree models
 * (one colour), the standardised coefficient for the logistic regression (signed: churned
 * colour to the right where a higher value raises churn risk, stayed colour to the left).
 * What the trained model itself reports, per prepared feature; the Explain area's
 * ShapImportanceChart sets mean |SHAP| per field next to it.
 * GUI thread only; the caller owns the chart.
 */
class ModelImportanceChart
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ModelImportanceChart)

public:
    //! \a label names a field that is a column of the data (its label in the Data area); none: the name.
    static QChart *build(const ModelReport &model, int maxFeatures, ChartTable *table,
                         const std::function<QString(const QString &)> &label = {});
    //! How to read the bars of \a model's kind of importance.
    static QString explanation(const ModelReport &model);
};

} // namespace churnlens
