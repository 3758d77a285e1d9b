#include "chartstyle.h"

#include <QApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPalette>
#include <QGraphicsSimpleTextItem>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QGraphicsLayout>

#include <algorithm>
#include <cmath>

namespace churnlens {

bool ChartStyle::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor ChartStyle::churned()
{
    return isDark() ? QColor(0xff, 0x8a, 0x4c) : QColor(0xd5, 0x5e, 0x00);
}

QColor ChartStyle::stayed()
{
    return isDark() ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
}

QColor ChartStyle::unknown()
{
    return isDark() ? QColor(0x8a, 0x8d, 0x93) : QColor(0xa0, 0xa4, 0xaa);
}

QColor ChartStyle::neutral()
{
    return isDark() ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x5b, 0x67, 0x70);
}

QColor ChartStyle::accent()
{
    return isDark() ? QColor(0xf0, 0xe4, 0x42) : QColor(0x00, 0x9e, 0x73);
}

QColor ChartStyle::ink()
{
    return QApplication::palette().color(QPalette::WindowText);
}

QColor ChartStyle::grid()
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    return isDark() ? base.lighter(170) : base.darker(112);
}

QColor ChartStyle::diverging(double r)
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    if (std::isnan(r))
        return base;
    const QColor end = r < 0 ? stayed() : churned();
    const double t = std::clamp(std::abs(r), 0.0, 1.0);
    const auto mixChannel = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(mixChannel(base.red(), end.red()), mixChannel(base.green(), end.green()),
                  mixChannel(base.blue(), end.blue()));
}

void ChartStyle::apply(QChart *chart, const QString &title)
{
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QPalette pal = QApplication::palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis labels in the user's locale: 150,000 rather than 150000.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(6, 6, 6, 6));
    // No lighter ring between the chart and its panel.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    titleFont.setWeight(QFont::DemiBold);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(QApplication::font());
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
}

void ChartStyle::styleAxis(QAbstractAxis *axis, const QString &title)
{
    const QPalette pal = QApplication::palette();
    axis->setTitleText(title);
    QFont f = QApplication::font();
    axis->setLabelsFont(f);
    f.setWeight(QFont::Medium);
    axis->setTitleFont(f);
    axis->setTitleBrush(pal.color(QPalette::WindowText));
    axis->setLabelsColor(pal.color(QPalette::WindowText));
    axis->setGridLineColor(grid());
    axis->setLinePenColor(grid().darker(130));
}

void ChartStyle::fitCategoryLabels(QAbstractAxis *axis, int categories)
{
    if (categories <= 6)
        return;
    QFont f = axis->labelsFont();
    f.setPointSizeF(f.pointSizeF() * (categories > 10 ? 0.8 : 0.9));
    axis->setLabelsFont(f);
}

double ChartStyle::categoryLabelRoom(double plotHeight, int categories)
{
    // A bar-category axis has a boundary more than categories; each label keeps 4 px padding
    // above and below, and Qt measures it with a text item's margin (1 px here to spare).
    return plotHeight / double(categories + 1) - 2.0 * 4.0 - 1.0;
}

void ChartStyle::keepCategoryLabelsReadable(QChart *chart, QAbstractAxis *axis, int categories)
{
    if (categories <= 0)
        return;
    const QFont base = axis->labelsFont();
    QObject::connect(chart, &QChart::plotAreaChanged, axis, [axis, base, categories](const QRectF &plot) {
        QFont f = base;
        const double room = categoryLabelRoom(plot.height(), categories);
        while (f.pointSizeF() > 6.5 && QFontMetricsF(f).height() > room)
            f.setPointSizeF(f.pointSizeF() - 0.5);
        if (f != axis->labelsFont())
            axis->setLabelsFont(f);
    });
}

QList<double> ChartStyle::niceTicks(double low, double high, int ticks)
{
    QList<double> out;
    if (!(high > low) || ticks < 2)
        return out;
    const double raw = (high - low) / (ticks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    for (double v = std::ceil(low / step) * step; v <= high + step * 1e-9; v += step)
        out << (std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}

QString ChartStyle::shortNumber(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const double a = std::abs(v);
    QString s;
    if (a >= 1e6)
        s = QLocale().toString(v / 1e6, 'f', a >= 1e8 ? 0 : 1) + QStringLiteral("M");
    else if (a >= 1000)
        s = QLocale().toString(v, 'f', 0);
    else if (a >= 100)
        s = QLocale().toString(v, 'f', 1);
    else if (a >= 1 || a == 0)
        s = QLocale().toString(v, 'f', 2);
    else
        s = QLocale().toString(v, 'g', 3);
    const QChar dec = QLocale().decimalPoint().at(0);
    if (s.contains(dec) && !s.contains(QLatin1Char('e'))) {
        const QString suffix = s.endsWith(QLatin1Char('M')) ? QStringLiteral("M") : QString();
        if (!suffix.isEmpty())
            s.chop(1);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(dec))
            s.chop(1);
        s += suffix;
    }
    return s;
}

void ChartStyle::addBarValueLabels(QChart *chart, QAbstractBarSeries *series, QBarSet *set, int decimals)
{
    const QLocale locale;
    std::vector<QGraphicsSimpleTextItem *> labels;
    for (int i = 0; i < set->count(); ++i) {
        auto *label = new QGraphicsSimpleTextItem(locale.toString(set->at(i), 'f', decimals), chart);
        label->setBrush(ink());
        label->setFont(chart->font());
        label->setZValue(10);
        labels.push_back(label);
    }
    auto place = [chart, series, set, labels]() {
        for (int i = 0; i < int(labels.size()); ++i) {
            const QPointF end = chart->mapToPosition(QPointF(set->at(i), i), series);
            const QRectF box = labels[size_t(i)]->boundingRect();
            labels[size_t(i)]->setPos(end.x() + 4, end.y() - box.height() / 2);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

} // namespace churnlens
