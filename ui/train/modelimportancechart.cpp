#include "modelimportancechart.h"

#include "common/axisformat.h"
#include "common/chartstyle.h"
#include "ml/trainreport.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

bool isSigned(const ModelReport &model)
{
    return model.importanceKind == QLatin1String("standardized_coefficient");
}

} // namespace

QString ModelImportanceChart::explanation(const ModelReport &model)
{
    if (isSigned(model))
        return tr("Bar length: how much the churn odds move when the feature rises by one typical spread (standardised "
                  "coefficient). To the right, higher values raise churn risk; to the left, they lower it.");
    return tr("Bar length: how much the trees' splits on the feature improve their predictions on average (gain). "
              "Longer = the model relies on it more; the bars do not say in which direction.");
}

QChart *ModelImportanceChart::build(const ModelReport &model, int maxFeatures, ChartTable *table,
                                    const std::function<QString(const QString &)> &label)
{
    auto *chart = new QChart;
    const bool signedValues = isSigned(model);
    const int n = std::min<int>(maxFeatures, int(model.importance.size()));
    ChartStyle::apply(chart, n < int(model.importance.size())
                                 ? tr("Feature importance — %1 (strongest %2 of %3)").arg(displayName(model.kind)).arg(n).arg(model.importance.size())
                                 : tr("Feature importance — %1").arg(displayName(model.kind)));
    QStringList categories;
    double low = 0.0, high = 0.0;
    auto *up = new QBarSet(signedValues ? tr("Raises churn risk") : tr("Gain"));
    auto *down = new QBarSet(tr("Lowers churn risk"));
    up->setColor(signedValues ? ChartStyle::churned() : ChartStyle::neutral());
    up->setBorderColor(up->color().darker(120));
    down->setColor(ChartStyle::stayed());
    down->setBorderColor(down->color().darker(120));
    for (int i = n - 1; i >= 0; --i) { // strongest on top
        const auto &[name, value] = model.importance[size_t(i)];
        // Labels must differ on a category axis: one two fields share keeps the column name beside it.
        QString category = label ? label(name) : name;
        if (category.isEmpty() || categories.contains(category))
            category = QStringLiteral("%1 (%2)").arg(category, name);
        categories << category;
        up->append(value > 0 || !signedValues ? value : 0.0);
        down->append(signedValues && value < 0 ? value : 0.0);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    ChartStyle::styleAxis(y, QString());
    ChartStyle::fitCategoryLabels(y, n);
    // Feature names are the point of this chart: never "…" (Qt elides them in small charts).
    y->setTruncateLabels(false);
    auto *x = new QValueAxis;
    const double span = std::max(high - low, 1e-9);
    const double from = low < 0 ? low - 0.05 * span : 0.0;
    const double to = high + 0.05 * span;
    x->setRange(from, to);
    // Round ticks through zero, so "no effect" is a grid line.
    const QList<double> ticks = ChartStyle::niceTicks(from, to, 5);
    if (ticks.size() >= 2) {
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(0.0);
        x->setTickInterval(ticks[1] - ticks[0]);
    }
    // Plain numbers at the ticks' precision: "100", "0.25", never "1E+02".
    x->setLabelFormat(axisLabelFormat(ticks.size() >= 2 ? ticks[1] - ticks[0] : to - from));
    ChartStyle::styleAxis(x, signedValues ? tr("Standardised coefficient (change in log-odds of churn)") : tr("Average gain per split"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QAbstractBarSeries *series = nullptr;
    if (signedValues) {
        auto *stacked = new QHorizontalStackedBarSeries;
        stacked->append(up);
        stacked->append(down);
        series = stacked;
    } else {
        auto *bars = new QHorizontalBarSeries;
        bars->append(up);
        delete down;
        series = bars;
        chart->legend()->hide();
    }
    series->setBarWidth(n < 4 ? 0.35 : 0.7);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    if (table) {
        *table = {};
        table->header = {QStringLiteral("feature"), model.importanceKind.isEmpty() ? QStringLiteral("importance") : model.importanceKind};
        for (const auto &[name, value] : model.importance)
            table->rows.append({name, ChartTable::number(value)});
    }
    return chart;
}

} // namespace churnlens
