#pragma once

#include "common/charttable.h"
#include "project/runrecord.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;

namespace churnlens {

//! A searched parameter of one model family: what the search chart can plot.
struct SearchedParameter
{
    QString family; //!< "xgboost"
    QString name;   //!< "learning_rate"
    bool operator==(const SearchedParameter &) const = default;
};

/*!
 * Charts over several recorded runs, one colour per run (the same colour in every chart): the
 * ROC and precision–recall curves of each run's best model overlaid, and a search's CV ROC AUC
 * against one parameter. Built from the report JSON a run records. GUI thread only; the
 * caller owns the chart.
 */
class ComparisonCharts
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ComparisonCharts)

public:
    enum class Curve { Roc, PrecisionRecall };

    //! The colour of the \a i-th run (colour-blind safe, lighter in the dark theme).
    static QColor runColor(int i);
    //! "Run 12 — XGBoost": the run and its best model.
    static QString seriesName(const RunRecord &run);
    //! The best model's curves of every run that has them; fills \a table for "Copy data".
    static QChart *curves(Curve curve, const QList<RunRecord> &runs, ChartTable *table);
    //! Every parameter that took more than one value in a search of one of \a runs.
    static QList<SearchedParameter> searchedParameters(const QList<RunRecord> &runs);
    //! CV ROC AUC of every parameter set tried, against \a parameter; one series per run.
    static QChart *search(const SearchedParameter &parameter, const QList<RunRecord> &runs, ChartTable *table);
};

} // namespace churnlens
