#pragma once

#include "common/charttable.h"

#include <QCoreApplication>
#include <QList>

class QChart;

namespace churnlens {

struct FeatureDrift;
struct MonitorCheckRecord;

/*!
 * The Monitor area's charts (Qt Charts, in ChartStyle's look), each with the numbers behind it
 * for "Copy data":
 *  - distribution(): one field (or the predictions) in the training data and in this file, share
 *    of customers per bin as horizontal bars side by side, the bins' labels on the axis;
 *  - trend(): the project's stored checks over time — share of drifted fields, the predictions'
 *    PSI and the accuracy, realised (filled) or estimated (hollow).
 * GUI thread only; the caller owns the chart.
 */
class MonitorCharts
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::MonitorCharts)

public:
    //! Levels beyond this many are folded into "Other levels" (the largest shift first kept).
    static constexpr int MaxBars = 14;

    //! \a percentBins: the bins are probabilities, labelled as percentages ("4.4–8.8%").
    static QChart *distribution(const FeatureDrift &field, const QString &title, ChartTable *table, bool percentBins = false);
    static QChart *trend(const QList<MonitorCheckRecord> &checks, ChartTable *table);
    //! Bin labels of probabilities ("0.0441 – 0.0885", "< 0.0441") as percentages ("4.4–8.8%", "< 4.4%").
    static QStringList percentLabels(const QStringList &labels);
    //! The label under check \a i of \a checks on the trend's axis ("12 Mar", or "12 Mar 14:05" when days repeat).
    static QString checkLabel(const QList<MonitorCheckRecord> &checks, int i);
};

} // namespace churnlens
