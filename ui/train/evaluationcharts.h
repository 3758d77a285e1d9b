#pragma once

#include "common/charttable.h"
#include "ml/binarymetrics.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace churnlens {

struct ModelReport;

/*!
 * The evaluation curves of one model on the test customers (ROC, precision–recall, lift,
 * cumulative gains, calibration) as charts in the ChartStyle look, each with a reference line
 * (what guessing or a perfect calibration would give) and, except calibration, a marker at
 * the current threshold that setMarker() moves. The calibration chart also shows the model's
 * probabilities before calibration when a calibration map changed them (series named
 * CalibratedName and UncalibratedName). Built from the report's precomputed curves
 * (at most ~1,000 points). GUI thread only; the caller owns the chart.
 */
class EvaluationCharts
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::EvaluationCharts)

public:
    enum class Kind { Roc, PrecisionRecall, Lift, Gains, Calibration };
    static constexpr int KindCount = 5;

    static inline const QString CalibratedName = QStringLiteral("calibratedCurve");
    static inline const QString UncalibratedName = QStringLiteral("uncalibratedCurve");

    //! Short name for a tab ("ROC", "Lift"…).
    static QString tabName(Kind kind);
    //! One plain sentence on how to read the chart.
    static QString explanation(Kind kind);
    /*!
     * The calibration error (ECE) on the test customers before and after, with the calibration
     * method in plain words: "Calibration error 4.1% → 1.8% (calibrated: isotonic regression)",
     * or "Calibration error 1.9% (no calibration needed)".
     */
    static QString calibrationSummary(const ModelReport &model);
    //! File name stem for exports ("roc-curve"…).
    static QString fileName(Kind kind);
    /*!
     * \a churnRate is the test rows' churn share (the PR baseline). Fills \a table with the
     * points for "Copy data".
     */
    static QChart *build(Kind kind, const ModelReport &model, double churnRate, ChartTable *table);
    //! Moves the threshold marker of a chart made by build() to the counts \a at.
    static void setMarker(QChart *chart, Kind kind, const ConfusionMatrix &at);
};

} // namespace churnlens
