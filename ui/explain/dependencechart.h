#pragma once

#include "data/fieldlabels.h"

#include "common/charttable.h"

#include <QCoreApplication>

class QChart;

namespace churnlens {

class DataTable;
struct SampleExplanation;

/*!
 * A SHAP dependence plot: for one field, each sampled customer's value of the field against how
 * much it moved their churn score (core's FieldAttribution::dependence). Numbers on a value
 * axis; categories side by side, each a spread-out column of dots. Dots that raise the risk in
 * the churned colour, dots that lower it in the stayed colour. GUI thread only; the caller owns
 * the chart.
 */
class DependenceChart
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::DependenceChart)

public:
    //! \a field: position in the explanation's fields. Null when the field has no column.
    //! The field is named by \a labels (FieldLabels::phrase()).
    static QChart *build(const SampleExplanation &explanation, const DataTable &table, int field, ChartTable *table_,
                         const FieldLabels &labels = {});
};

} // namespace churnlens
