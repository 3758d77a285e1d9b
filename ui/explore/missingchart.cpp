#include "missingchart.h"

#include "common/chartstyle.h"
#include "common/format.h"

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

QChart *MissingChart::build(const Profile &profile, int maxColumns, ChartTable *table)
{
    std::vector<const ColumnProfile *> columns;
    for (const ColumnProfile &c : profile.columns)
        if (c.missing > 0)
            columns.push_back(&c);
    if (table)
        *table = {};
    if (columns.empty())
        return nullptr;
    std::stable_sort(columns.begin(), columns.end(),
                     [](const ColumnProfile *a, const ColumnProfile *b) { return a->missing > b->missing; });
    const qsizetype hidden = qsizetype(columns.size()) - maxColumns;
    if (hidden > 0)
        columns.resize(size_t(maxColumns));
    const int n = int(columns.size());

    auto *chart = new QChart;
    ChartStyle::apply(chart, tr("Missing values per column"));
    auto *set = new QBarSet(tr("Missing"));
    set->setColor(ChartStyle::neutral());
    set->setBorderColor(ChartStyle::neutral().darker(120));
    QStringList categories;
    double top = 0;
    for (int i = n - 1; i >= 0; --i) {
        const double share = 100.0 * columns[size_t(i)]->missingShare();
        set->append(share);
        categories << columns[size_t(i)]->name;
        top = std::max(top, share);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(n < 4 ? 0.3 : 0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    set->setLabelColor(ChartStyle::ink());
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    // Room for the value labels, ticks on round percentages.
    const QList<double> ticks = ChartStyle::niceTicks(0.0, std::min(100.0, std::max(0.01, top * 1.3)), 6);
    const double step = ticks.size() >= 2 ? ticks[1] - ticks[0] : 1.0;
    const double end = std::min(100.0, std::ceil(top * 1.3 / step) * step);
    x->setRange(0, end);
    x->setTickCount(int(std::lround(end / step)) + 1);
    x->setLabelFormat(step >= 1 ? QStringLiteral("%.0f%") : step >= 0.1 ? QStringLiteral("%.1f%") : QStringLiteral("%.2f%"));
    ChartStyle::styleAxis(x, hidden > 0 ? tr("Share of rows missing (%n more column(s) not shown)", nullptr, int(hidden))
                                        : tr("Share of rows missing"));
    ChartStyle::styleAxis(y, QString());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();

    std::vector<std::pair<QString, qsizetype>> info;
    for (const ColumnProfile *c : columns)
        info.emplace_back(c->name, c->missing);
    const qsizetype rows = profile.rows;
    QObject::connect(set, &QBarSet::hovered, chart, [info, n, rows](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const auto &[name, missing] = info[size_t(n - 1 - index)];
        QToolTip::showText(QCursor::pos(), tr("<b>%1</b><br>%2 of %3 rows missing (%4)")
                                               .arg(name.toHtmlEscaped(), format::count(missing), format::count(rows),
                                                    format::percent(rows ? double(missing) / double(rows) : 0.0, 2)));
    });
    if (table) {
        table->header = {QStringLiteral("column"), QStringLiteral("missing"), QStringLiteral("rows"), QStringLiteral("share")};
        for (const ColumnProfile *c : columns)
            table->rows.append({c->name, QString::number(c->missing), QString::number(rows), ChartTable::number(c->missingShare())});
    }
    return chart;
}

} // namespace churnlens
