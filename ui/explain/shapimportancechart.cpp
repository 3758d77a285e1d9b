#include "shapimportancechart.h"

#include "common/chartstyle.h"
#include "explain/sampleexplanation.h"
#include "explain/factorwriter.h"

#include <QCursor>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace churnlens {

QString ShapImportanceChart::explanation()
{
    return tr("Effect on scores: how far a field moves a customer's churn score on average, over every scored customer "
              "(the mean absolute SHAP value). Use in training: how much the model leaned on the field while training. "
              "Both as a share of their total.");
}

QChart *ShapImportanceChart::build(const SampleExplanation &e, int maxFields, std::function<void(int)> onClick, ChartTable *table,
                                   const FieldLabels &labels)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, tr("Which fields drive churn risk"));
    std::vector<int> order = e.ranking();
    if (int(order.size()) > maxFields)
        order.resize(size_t(maxFields));
    double shapTotal = 0.0, gainTotal = 0.0;
    for (size_t f = 0; f < e.meanAbs.size(); ++f) {
        shapTotal += e.meanAbs[f];
        if (!std::isnan(e.gain[f]))
            gainTotal += e.gain[f];
    }
    const bool hasGain = gainTotal > 0.0;
    auto *shap = new QBarSet(tr("Effect on scores (share)"));
    shap->setColor(ChartStyle::neutral());
    shap->setBorderColor(ChartStyle::neutral().darker(120));
    auto *gain = new QBarSet(e.gainKind == QLatin1String("standardized_coefficient") ? tr("|Standardised coefficient| (share)")
                                                                                    : tr("Use in training (share)"));
    gain->setColor(ChartStyle::accent());
    gain->setBorderColor(ChartStyle::accent().darker(120));
    QStringList categories;
    double top = 0.0;
    const int n = int(order.size());
    for (int i = n - 1; i >= 0; --i) { // the most important field on top
        const size_t f = size_t(order[size_t(i)]);
        const double s = shapTotal > 0 ? 100.0 * e.meanAbs[f] / shapTotal : 0.0;
        const double g = hasGain && !std::isnan(e.gain[f]) ? 100.0 * e.gain[f] / gainTotal : 0.0;
        shap->append(s);
        gain->append(g);
        top = std::max({top, s, g});
        categories << labels.label(e.fieldNames[qsizetype(f)]);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(shap);
    if (hasGain)
        series->append(gain);
    else
        delete gain;
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    // Ticks on round percentages (a top of 55% gave 0, 11, 22, …): steps of 5, else 10, 20 or 25.
    double step = 5.0;
    for (double s : {5.0, 10.0, 20.0, 25.0}) {
        step = s;
        if (std::ceil(top / s) <= 10.0)
            break;
    }
    const double axisTop = std::max(step, std::ceil(top / step) * step);
    x->setRange(0, axisTop);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTickCount(int(std::lround(axisTop / step)) + 1);
    ChartStyle::styleAxis(x, tr("Share of total importance (%)"));
    ChartStyle::styleAxis(y, QString());
    ChartStyle::fitCategoryLabels(y, n);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(hasGain);

    auto hover = [names = e.fieldNames, meanAbs = e.meanAbs, gains = e.gain, kind = e.gainKind, order, n](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const size_t f = size_t(order[size_t(n - 1 - index)]);
        QString text = tr("<b>%1</b><br>average effect on the churn score %2 (log-odds)").arg(names[qsizetype(f)].toHtmlEscaped(),
                                                                       QString::number(meanAbs[f], 'f', 4));
        if (!std::isnan(gains[f]))
            text += tr("<br>%1 %2").arg(kind, QString::number(gains[f], 'f', 4));
        QToolTip::showText(QCursor::pos(), text);
    };
    QObject::connect(shap, &QBarSet::hovered, chart, hover);
    if (hasGain)
        QObject::connect(gain, &QBarSet::hovered, chart, hover);
    if (onClick) {
        auto click = [order, n, onClick](int index) { onClick(order[size_t(n - 1 - index)]); };
        QObject::connect(shap, &QBarSet::clicked, chart, click);
        if (hasGain)
            QObject::connect(gain, &QBarSet::clicked, chart, click);
    }
    if (table) {
        *table = {};
        table->header = {QStringLiteral("field"), QStringLiteral("mean_abs_shap"), QStringLiteral("mean_abs_shap_share"),
                         e.gainKind.isEmpty() ? QStringLiteral("gain") : e.gainKind, QStringLiteral("gain_share")};
        for (int f : e.ranking()) {
            const double g = e.gain[size_t(f)];
            table->rows.append({e.fieldNames[f], ChartTable::number(e.meanAbs[size_t(f)]),
                                ChartTable::number(shapTotal > 0 ? e.meanAbs[size_t(f)] / shapTotal : std::nan("")),
                                ChartTable::number(g), ChartTable::number(hasGain && !std::isnan(g) ? g / gainTotal : std::nan(""))});
        }
    }
    return chart;
}

} // namespace churnlens
