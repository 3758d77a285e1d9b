#include "monitorcharts.h"

#include "common/chartstyle.h"
#include "common/format.h"
#include "monitor/driftresult.h"
#include "monitorstyle.h"
#include "monitortext.h"
#include "project/monitorstore.h"

#include <QCursor>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace churnlens {

namespace {

struct Bar
{
    QString label;
    double reference = 0.0;
    double current = 0.0;
};

//! The bars to draw: every bin of a number; for levels the MaxBars - 1 that moved most (in their
//! order) and the rest as one bar.
std::vector<Bar> barsOf(const FeatureDrift &f)
{
    std::vector<Bar> all;
    const size_t n = std::max(f.referenceShares.size(), f.newShares.size());
    for (size_t i = 0; i < n; ++i) {
        all.push_back({i < size_t(f.binLabels.size()) ? f.binLabels[qsizetype(i)] : QString::number(i + 1),
                       i < f.referenceShares.size() ? f.referenceShares[i] : 0.0, i < f.newShares.size() ? f.newShares[i] : 0.0});
    }
    if (f.numeric || all.size() <= size_t(MonitorCharts::MaxBars))
        return all;
    std::vector<size_t> order(all.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&all](size_t a, size_t b) {
        return std::max(all[a].reference, all[a].current) > std::max(all[b].reference, all[b].current);
    });
    std::vector<bool> keep(all.size(), false);
    for (size_t k = 0; k < size_t(MonitorCharts::MaxBars - 1); ++k)
        keep[order[k]] = true;
    std::vector<Bar> out;
    Bar other{MonitorCharts::tr("Other levels: %1").arg(all.size() - size_t(MonitorCharts::MaxBars - 1)), 0.0, 0.0};
    for (size_t i = 0; i < all.size(); ++i) {
        if (keep[i]) {
            out.push_back(all[i]);
        } else {
            other.reference += all[i].reference;
            other.current += all[i].current;
        }
    }
    out.push_back(other);
    return out;
}

QBarSet *barSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    return set;
}

QValueAxis *valueAxis(const QString &title, double low, double high, const QString &format)
{
    auto *a = new QValueAxis;
    a->setRange(low, high);
    a->setLabelFormat(format);
    ChartStyle::styleAxis(a, title);
    return a;
}

} // namespace

QStringList MonitorCharts::percentLabels(const QStringList &labels)
{
    const QLocale locale;
    const auto pct = [&locale](const QString &number, bool *ok) {
        const double v = locale.toDouble(number.trimmed(), ok);
        return locale.toString(v * 100.0, 'f', v * 100.0 < 10.0 ? 1 : 0);
    };
    QStringList out;
    for (const QString &label : labels) {
        bool ok = false, ok2 = true;
        QString text;
        if (label.startsWith(QStringLiteral("< ")) || label.startsWith(QStringLiteral("≥ "))) {
            text = label.left(2) + pct(label.mid(2), &ok) + QStringLiteral("%");
        } else if (const qsizetype dash = label.indexOf(QStringLiteral(" – ")); dash > 0) {
            text = pct(label.left(dash), &ok) + QStringLiteral("–") + pct(label.mid(dash + 3), &ok2) + QStringLiteral("%");
        }
        out << (ok && ok2 ? text : label);
    }
    return out;
}

QChart *MonitorCharts::distribution(const FeatureDrift &field, const QString &title, ChartTable *table, bool percentBins)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, title);
    std::vector<Bar> bars = barsOf(field);
    if (percentBins) {
        QStringList labels;
        for (const Bar &b : bars)
            labels << b.label;
        labels = percentLabels(labels);
        for (size_t i = 0; i < bars.size(); ++i)
            bars[i].label = labels[qsizetype(i)];
    }
    if (table) {
        *table = {};
        table->header = {QStringLiteral("bin"), QStringLiteral("training_share"), QStringLiteral("new_share")};
        for (const Bar &b : bars)
            table->rows.append({b.label, ChartTable::number(b.reference), ChartTable::number(b.current)});
    }
    if (bars.empty())
        return chart;

    auto *series = new QHorizontalBarSeries;
    QBarSet *reference = barSet(tr("Training data"), MonitorStyle::reference());
    QBarSet *current = barSet(tr("This file"), MonitorStyle::current());
    QStringList categories;
    double top = 0.0;
    // QBarCategoryAxis lists its categories bottom-up: the first bin goes last so it is on top.
    for (auto it = bars.rbegin(); it != bars.rend(); ++it) {
        // Axis labels are drawn as HTML: "< 20.05" would be read as a tag.
        categories << it->label.toHtmlEscaped().replace(QLatin1Char(' '), QChar(0x00a0));
        reference->append(it->reference * 100.0);
        current->append(it->current * 100.0);
        top = std::max({top, it->reference, it->current});
    }
    // In the legend and in the chart the training data comes first; the bars of a category are
    // drawn bottom-up, so the new file is appended first to sit under the training data's bar.
    series->append(current);
    series->append(reference);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    ChartStyle::styleAxis(y, QString());
    ChartStyle::fitCategoryLabels(y, int(categories.size()));
    y->setTruncateLabels(false); // a bin's range must be read whole; the bars give way
    auto *x = valueAxis(tr("Share of customers (%)"), 0.0, std::max(1.0, top * 100.0 * 1.05), QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    x->applyNiceNumbers();
    // The legend in the reading order: training data, then this file.
    chart->legend()->setReverseMarkers(true);

    QObject::connect(series, &QHorizontalBarSeries::hovered, chart, [bars](bool status, int index, QBarSet *) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const Bar &b = bars[bars.size() - 1 - size_t(index)];
        QToolTip::showText(QCursor::pos(), tr("<b>%1</b><br>Training data: %2<br>This file: %3")
                                               .arg(b.label.toHtmlEscaped(), format::percent(b.reference), format::percent(b.current)));
    });
    return chart;
}

QString MonitorCharts::checkLabel(const QList<MonitorCheckRecord> &checks, int i)
{
    const QLocale locale;
    const QDateTime at = checks[i].at.toLocalTime();
    bool sameDay = false;
    for (int j = 0; j < checks.size(); ++j)
        if (j != i && checks[j].at.toLocalTime().date() == at.date())
            sameDay = true;
    //: Short date on the Monitor trend's axis (QDate::toString syntax).
    QString label = locale.toString(at.date(), tr("d MMM"));
    if (sameDay)
        label += QLatin1Char(' ') + locale.toString(at.time(), QLocale::ShortFormat);
    return label;
}

QChart *MonitorCharts::trend(const QList<MonitorCheckRecord> &checks, ChartTable *table)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, tr("Checks over time"));
    if (table) {
        *table = {};
        table->header = {QStringLiteral("checked_at"), QStringLiteral("data"), QStringLiteral("version"), QStringLiteral("rows"),
                         QStringLiteral("drifted_share"), QStringLiteral("prediction_psi"), QStringLiteral("accuracy"),
                         QStringLiteral("accuracy_estimated"), QStringLiteral("roc_auc"), QStringLiteral("recommendation")};
        for (const MonitorCheckRecord &c : checks)
            table->rows.append({c.at.toString(Qt::ISODate), c.dataName, QString::number(c.version), QString::number(c.rows),
                                ChartTable::number(c.driftedShare), ChartTable::number(c.predictionPsi), ChartTable::number(c.accuracy),
                                c.accuracyEstimated ? QStringLiteral("true") : QStringLiteral("false"), ChartTable::number(c.rocAuc),
                                c.recommendation});
    }
    if (checks.isEmpty())
        return chart;

    const QColor driftColour = MonitorStyle::current();
    const QColor accuracyColour = ChartStyle::stayed();
    const QColor psiColour = ChartStyle::neutral();
    auto *drifted = new QLineSeries;
    drifted->setName(tr("Fields drifted (%)"));
    drifted->setPen(QPen(driftColour, 2));
    auto *accuracy = new QLineSeries;
    accuracy->setName(tr("Accuracy (%)"));
    accuracy->setPen(QPen(accuracyColour, 2));
    auto *psi = new QLineSeries;
    psi->setName(tr("Predictions' PSI (right axis)"));
    psi->setPen(QPen(psiColour, 2, Qt::DashLine));
    auto *realised = new QScatterSeries;
    realised->setName(tr("Accuracy measured"));
    realised->setMarkerSize(9);
    realised->setColor(accuracyColour);
    realised->setBorderColor(accuracyColour);
    auto *estimated = new QScatterSeries;
    estimated->setName(tr("Accuracy estimated"));
    estimated->setMarkerSize(9);
    estimated->setColor(ChartStyle::isDark() ? QColor(0x20, 0x22, 0x26) : QColor(Qt::white));
    estimated->setBorderColor(accuracyColour);
    estimated->setPen(QPen(accuracyColour, 2));

    double psiTop = 0.25;
    for (int i = 0; i < checks.size(); ++i) {
        const MonitorCheckRecord &c = checks[i];
        if (std::isfinite(c.driftedShare))
            drifted->append(i, c.driftedShare * 100.0);
        if (std::isfinite(c.accuracy)) {
            accuracy->append(i, c.accuracy * 100.0);
            (c.accuracyEstimated ? estimated : realised)->append(i, c.accuracy * 100.0);
        }
        if (std::isfinite(c.predictionPsi)) {
            psi->append(i, c.predictionPsi);
            psiTop = std::max(psiTop, c.predictionPsi * 1.1);
        }
    }
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{drifted, accuracy, psi, realised, estimated})
        chart->addSeries(s);

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(checks.size());
    x->setRange(n == 1 ? -0.5 : -0.2, n == 1 ? 0.5 : n - 0.8);
    const int every = std::max(1, n / 8);
    QStringList used;
    for (int i = 0; i < n; i += every) {
        // QCategoryAxis drops a label it already has: checks made the same minute are numbered.
        QString label = checkLabel(checks, i);
        for (int k = 2; used.contains(label); ++k)
            label = tr("%1 (%2)").arg(checkLabel(checks, i)).arg(k);
        used << label;
        x->append(label, i);
    }
    ChartStyle::styleAxis(x, QString());
    auto *y = valueAxis(tr("%"), 0.0, 100.0, QStringLiteral("%.0f"));
    y->setTickCount(6);
    psiTop = std::ceil(psiTop * 20.0) / 20.0; // a multiple of 0.05: ticks at round values, level with the left axis'
    auto *y2 = valueAxis(tr("PSI"), 0.0, psiTop, QStringLiteral("%.2f"));
    y2->setTickCount(6);
    y2->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(y2, Qt::AlignRight);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{drifted, accuracy, realised, estimated}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    psi->attachAxis(x);
    psi->attachAxis(y2);
    // The line of the accuracy is there to connect its markers: one legend entry for each marker kind.
    chart->legend()->markers(accuracy).value(0)->setVisible(false);
    if (realised->count() == 0)
        chart->legend()->markers(realised).value(0)->setVisible(false);
    if (estimated->count() == 0)
        chart->legend()->markers(estimated).value(0)->setVisible(false);

    const auto tip = [checks](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int i = int(std::lround(point.x()));
        if (i < 0 || i >= checks.size())
            return;
        const MonitorCheckRecord &c = checks[i];
        QString text = tr("<b>%1</b> · %2 · %3 customers")
                           .arg(QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat), c.dataName.toHtmlEscaped(),
                                format::count(c.rows));
        if (c.version > 0)
            text += QStringLiteral("<br>") + tr("Model v%1").arg(c.version);
        text += QStringLiteral("<br>") + tr("Fields drifted: %1").arg(format::percent(c.driftedShare));
        text += QStringLiteral("<br>") + tr("Predictions' PSI: %1").arg(MonitorText::measure(c.predictionPsi));
        text += QStringLiteral("<br>") + (c.accuracyEstimated ? tr("Accuracy (estimated): %1") : tr("Accuracy (measured): %1"))
                                             .arg(format::percent(c.accuracy));
        text += QStringLiteral("<br>") + MonitorText::levelName(c.recommendation);
        QToolTip::showText(QCursor::pos(), text);
    };
    for (QScatterSeries *s : {realised, estimated})
        QObject::connect(s, &QScatterSeries::hovered, chart, tip);
    return chart;
}

} // namespace churnlens
