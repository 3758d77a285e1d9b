#include "dependencechart.h"

#include "data/datatable.h"
#include "explain/fieldattribution.h"
#include "common/chartstyle.h"
#include "levelorder.h"
#include "explain/sampleexplanation.h"
#include "explain/factorwriter.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

//! A fixed spread in [-0.3, 0.3] per customer, so categories show as columns of dots, the same each time.
double jitter(qsizetype row)
{
    quint64 x = quint64(row) * 0x9E3779B97F4A7C15ull;
    x ^= x >> 29;
    return (double(x % 1000) / 999.0 - 0.5) * 0.6;
}

QScatterSeries *dots(const QString &name, const QColor &color)
{
    auto *s = new QScatterSeries;
    s->setName(name);
    s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    s->setMarkerSize(6.0);
    QColor fill = color;
    fill.setAlphaF(0.6f);
    s->setColor(fill);
    s->setBorderColor(Qt::transparent);
    return s;
}

} // namespace

QChart *DependenceChart::build(const SampleExplanation &e, const DataTable &table, int field, ChartTable *out,
                               const FieldLabels &labels)
{
    if (field < 0 || size_t(field) >= e.fieldColumns.size() || e.fieldColumns[size_t(field)] < 0)
        return nullptr;
    const Column &column = table.column(e.fieldColumns[size_t(field)]);
    auto data = FieldAttribution::dependence(e.shap, field, column, 0, e.rows);
    if (!data)
        return nullptr;
    auto *chart = new QChart;
    const QString human = labels.phrase(column.name(), column.semantic());
    ChartStyle::apply(chart, tr("How %1 moves churn risk").arg(human));
    auto *raises = dots(tr("Raises churn risk"), ChartStyle::churned());
    auto *lowers = dots(tr("Lowers churn risk"), ChartStyle::stayed());
    const bool coded = column.isCoded();
    const std::vector<int> position = coded ? levelPositions(column.dictionary()) : std::vector<int>();
    double xLow = INFINITY, xHigh = -INFINITY, yLow = 0.0, yHigh = 0.0;
    qsizetype missing = 0;
    for (size_t i = 0; i < data->values.size(); ++i) {
        double x = data->values[i];
        const double y = data->contributions[i];
        if (std::isnan(x)) {
            ++missing;
            continue;
        }
        if (coded)
            x = double(position.at(size_t(x))) + jitter(e.rows[size_t(data->rows[i])]);
        (y > 0 ? raises : lowers)->append(x, y);
        xLow = std::min(xLow, x);
        xHigh = std::max(xHigh, x);
        yLow = std::min(yLow, y);
        yHigh = std::max(yHigh, y);
    }
    chart->addSeries(lowers);
    chart->addSeries(raises);
    if (!std::isfinite(xLow)) {
        xLow = 0.0;
        xHigh = 1.0;
    }
    const double yPad = std::max(0.05, 0.08 * (yHigh - yLow));
    auto *y = new QValueAxis;
    y->setRange(yLow - yPad, yHigh + yPad);
    y->setTickCount(7);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.1f"));
    ChartStyle::styleAxis(y, tr("Effect on the churn score"));
    chart->addAxis(y, Qt::AlignLeft);
    QAbstractAxis *x = nullptr;
    if (coded) {
        auto *cats = new QCategoryAxis;
        cats->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int levels = column.dictionary().size();
        cats->setRange(-0.5, std::max(0.5, double(levels) - 0.5));
        // QCategoryAxis takes its categories from left to right.
        std::vector<int> codeAt(position.size());
        for (size_t code = 0; code < position.size(); ++code)
            codeAt[size_t(position[code])] = int(code);
        for (int l = 0; l < levels; ++l)
            cats->append(column.dictionary().level(codeAt[size_t(l)]), double(l));
        ChartStyle::fitCategoryLabels(cats, levels);
        x = cats;
    } else {
        auto *values = new QValueAxis;
        const double pad = std::max(1e-9, 0.03 * (xHigh - xLow));
        values->setRange(xLow - pad, xHigh + pad);
        values->setTickCount(7);
        values->applyNiceNumbers();
        x = values;
    }
    ChartStyle::styleAxis(x, missing > 0 ? tr("%1 (%2 customers with no value not shown)").arg(column.name()).arg(missing)
                                         : column.name());
    chart->addAxis(x, Qt::AlignBottom);
    // The zero line: no effect.
    auto *zero = new QLineSeries;
    zero->setName(QString());
    zero->append(coded ? -0.5 : xLow, 0.0);
    zero->append(coded ? double(column.dictionary().size()) - 0.5 : xHigh, 0.0);
    zero->setPen(QPen(ChartStyle::ink(), 1, Qt::DashLine));
    chart->addSeries(zero);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // The zero line needs no legend entry.
    const auto markers = chart->legend()->markers(zero);
    for (auto *m : markers)
        m->setVisible(false);
    if (out) {
        *out = {};
        out->header = {QStringLiteral("row"), column.name(), QStringLiteral("shap")};
        for (size_t i = 0; i < data->values.size(); ++i) {
            const qsizetype row = e.rows[size_t(data->rows[i])];
            out->rows.append({QString::number(row + 1), column.text(row), ChartTable::number(data->contributions[i])});
        }
    }
    return chart;
}

} // namespace churnlens
