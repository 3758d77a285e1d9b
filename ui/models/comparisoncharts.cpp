#include "comparisoncharts.h"

#include "common/axisformat.h"
#include "common/chartstyle.h"
#include "modelstext.h"
#include "runcomparison.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QPen>
#include <QSet>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace churnlens {

namespace {

//! The model the run picked as best (the first one when the report names none).
QJsonObject bestModel(const RunRecord &run)
{
    const QJsonArray models = run.report.value(QStringLiteral("models")).toArray();
    const QString best = run.report.value(QStringLiteral("best")).toString();
    for (const QJsonValue &m : models) {
        if (m.toObject().value(QStringLiteral("model")).toString() == best)
            return m.toObject();
    }
    return models.isEmpty() ? QJsonObject() : models.first().toObject();
}

QValueAxis *axis(const QString &title, double low, double high, const QString &format)
{
    auto *a = new QValueAxis;
    a->setRange(low, high);
    a->setTickCount(6);
    a->setLabelFormat(format);
    ChartStyle::styleAxis(a, title);
    return a;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

QColor ComparisonCharts::runColor(int i)
{
    // Okabe–Ito, without yellow (too faint on white) and black (the text colour).
    static const QColor light[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                   QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9)};
    static const QColor dark[] = {QColor(0x56, 0xb4, 0xe9), QColor(0xff, 0x8a, 0x4c), QColor(0x2e, 0xd1, 0x9c),
                                  QColor(0xe8, 0x9c, 0xc8), QColor(0xf0, 0xc0, 0x40), QColor(0xa0, 0xd8, 0xff)};
    const int n = int(std::size(light));
    const QColor c = (ChartStyle::isDark() ? dark : light)[i % n];
    // Past six runs the colours repeat, a little darker or lighter each round.
    const int round = i / n;
    return round == 0 ? c : (ChartStyle::isDark() ? c.darker(100 + 25 * round) : c.lighter(100 + 25 * round));
}

QString ComparisonCharts::seriesName(const RunRecord &run)
{
    const QString family = bestModel(run).value(QStringLiteral("model")).toString();
    if (family.isEmpty())
        return tr("Run %1").arg(run.id);
    return tr("Run %1 — %2").arg(run.id).arg(ModelsText::family(family));
}

QChart *ComparisonCharts::curves(Curve curve, const QList<RunRecord> &runs, ChartTable *table)
{
    auto *chart = new QChart;
    const bool roc = curve == Curve::Roc;
    ChartStyle::apply(chart, roc ? tr("ROC curves of the best models") : tr("Precision–recall curves of the best models"));
    // Short axis titles: these charts share the width with the comparison table.
    QValueAxis *x = roc ? axis(tr("Stayers wrongly flagged"), 0, 1, QStringLiteral("%.1f"))
                        : axis(tr("Churners caught"), 0, 1, QStringLiteral("%.1f"));
    QValueAxis *y = roc ? axis(tr("Churners caught"), 0, 1, QStringLiteral("%.1f"))
                        : axis(tr("Flagged who churn"), 0, 1, QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    if (roc) {
        auto *guess = new QLineSeries;
        guess->setName(tr("Guessing"));
        QPen pen(ChartStyle::neutral(), 1.2);
        pen.setStyle(Qt::DashLine);
        guess->setPen(pen);
        guess->append(0, 0);
        guess->append(1, 1);
        attach(chart, guess, x, y);
    }
    ChartTable t;
    t.header = roc ? QStringList{QStringLiteral("run"), QStringLiteral("model"), QStringLiteral("false_positive_rate"),
                                 QStringLiteral("true_positive_rate"), QStringLiteral("threshold")}
                   : QStringList{QStringLiteral("run"), QStringLiteral("model"), QStringLiteral("recall"), QStringLiteral("precision"),
                                 QStringLiteral("threshold")};
    for (int i = 0; i < runs.size(); ++i) {
        const QJsonObject model = bestModel(runs[i]);
        const QJsonArray points = model.value(QStringLiteral("curves")).toObject().value(roc ? QStringLiteral("roc") : QStringLiteral("pr")).toArray();
        if (points.isEmpty())
            continue;
        auto *series = new QLineSeries;
        series->setName(seriesName(runs[i]));
        QPen pen(runColor(i), 2.2);
        pen.setCapStyle(Qt::RoundCap);
        series->setPen(pen);
        if (roc)
            series->append(0, 0);
        for (const QJsonValue &p : points) {
            const QJsonArray a = p.toArray();
            series->append(a.at(0).toDouble(), a.at(1).toDouble());
            t.rows.append({QString::number(runs[i].id), model.value(QStringLiteral("model")).toString(), ChartTable::number(a.at(0).toDouble()),
                           ChartTable::number(a.at(1).toDouble()), a.at(2).isDouble() ? ChartTable::number(a.at(2).toDouble()) : QString()});
        }
        attach(chart, series, x, y);
    }
    if (table)
        *table = std::move(t);
    return chart;
}

QList<SearchedParameter> ComparisonCharts::searchedParameters(const QList<RunRecord> &runs)
{
    QList<SearchedParameter> out;
    for (const RunRecord &run : runs) {
        for (const QJsonValue &m : run.report.value(QStringLiteral("models")).toArray()) {
            const QJsonObject model = m.toObject();
            const QString family = model.value(QStringLiteral("model")).toString();
            QHash<QString, QSet<double>> values;
            for (const QJsonValue &e : model.value(QStringLiteral("search")).toArray()) {
                const QJsonObject params = e.toObject().value(QStringLiteral("params")).toObject();
                for (auto it = params.begin(); it != params.end(); ++it)
                    values[it.key()].insert(it.value().toDouble());
            }
            QStringList names = values.keys();
            names.sort();
            for (const QString &name : names) {
                const SearchedParameter p{family, name};
                if (values[name].size() > 1 && !out.contains(p))
                    out << p;
            }
        }
    }
    return out;
}

QChart *ComparisonCharts::search(const SearchedParameter &parameter, const QList<RunRecord> &runs, ChartTable *table)
{
    auto *chart = new QChart;
    const QString label = RunComparison::parameterLabel(parameter.name);
    ChartStyle::apply(chart, tr("%1: every setting the tuning tried").arg(ModelsText::family(parameter.family)));
    double xLow = std::numeric_limits<double>::infinity(), xHigh = -xLow, yLow = xLow, yHigh = -xLow;
    QList<QScatterSeries *> series;
    ChartTable t;
    t.header = {QStringLiteral("run"), QStringLiteral("model"), parameter.name, QStringLiteral("cv_roc_auc")};
    for (int i = 0; i < runs.size(); ++i) {
        for (const QJsonValue &m : runs[i].report.value(QStringLiteral("models")).toArray()) {
            const QJsonObject model = m.toObject();
            if (model.value(QStringLiteral("model")).toString() != parameter.family)
                continue;
            auto *s = new QScatterSeries;
            s->setName(tr("Run %1").arg(runs[i].id));
            s->setColor(runColor(i));
            s->setBorderColor(runColor(i).darker(130));
            s->setMarkerSize(10);
            for (const QJsonValue &e : model.value(QStringLiteral("search")).toArray()) {
                const QJsonObject entry = e.toObject();
                const QJsonValue px = entry.value(QStringLiteral("params")).toObject().value(parameter.name);
                const QJsonValue py = entry.value(QStringLiteral("roc_auc_mean"));
                if (!px.isDouble() || !py.isDouble())
                    continue;
                s->append(px.toDouble(), py.toDouble());
                xLow = std::min(xLow, px.toDouble());
                xHigh = std::max(xHigh, px.toDouble());
                yLow = std::min(yLow, py.toDouble());
                yHigh = std::max(yHigh, py.toDouble());
                t.rows.append({QString::number(runs[i].id), parameter.family, ChartTable::number(px.toDouble()), ChartTable::number(py.toDouble())});
            }
            if (s->count() > 0)
                series << s;
            else
                delete s;
        }
    }
    if (series.isEmpty()) {
        xLow = 0, xHigh = 1, yLow = 0.5, yHigh = 1;
    }
    // Values spread over orders of magnitude (C = 0.01 … 10) read on a log scale: the points at
    // log10(x), labelled at the powers of ten (QLogValueAxis draws no labels over such a range in Qt 6.4).
    QAbstractAxis *x = nullptr;
    if (xLow > 0 && xHigh / xLow >= 20) {
        for (QScatterSeries *s : series) {
            QList<QPointF> points = s->points();
            for (QPointF &p : points)
                p.setX(std::log10(p.x()));
            s->replace(points);
        }
        auto *log = new QCategoryAxis;
        const double low = std::floor(std::log10(xLow)), high = std::ceil(std::log10(xHigh));
        log->setRange(std::log10(xLow) - 0.25, std::log10(xHigh) + 0.25);
        log->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (double e = low; e <= high; e += 1)
            log->append(QLocale().toString(std::pow(10.0, e), 'f', std::max(0, int(-e))), e); // "0.01", "1,000", never "1e+03"
        ChartStyle::styleAxis(log, tr("%1 (log scale)").arg(label));
        x = log;
    } else {
        // A margin so the points at the ends are not cut in half by the plot's border.
        const double xPad = xHigh > xLow ? (xHigh - xLow) * 0.06 : 0.5;
        auto *linear = axis(label, xLow - xPad, xHigh + xPad, QStringLiteral("%.0f"));
        linear->applyNiceNumbers();
        linear->setLabelFormat(axisLabelFormat((linear->max() - linear->min()) / std::max(1, linear->tickCount() - 1)));
        x = linear;
    }
    const double yPad = yHigh > yLow ? (yHigh - yLow) * 0.1 : 0.01;
    QValueAxis *y = axis(tr("CV ROC AUC"), yLow - yPad, yHigh + yPad, QStringLiteral("%.3f"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *s : series)
        attach(chart, s, x, y);
    if (table)
        *table = std::move(t);
    return chart;
}

} // namespace churnlens
