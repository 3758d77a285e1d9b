#include "driverschart.h"

#include "common/chartstyle.h"
#include "common/format.h"

#include <QCursor>
#include <QLocale>
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

namespace {

QString direction(const FeatureAssociation &a)
{
    if (!a.numeric || std::isnan(a.auc) || std::abs(a.auc - 0.5) < 0.02)
        return {};
    return a.auc > 0.5 ? DriversChart::tr("Higher values go with more churn.")
                       : DriversChart::tr("Higher values go with less churn.");
}

} // namespace

QString DriversChart::explanation()
{
    return tr("Bar length, for every field: Cramér's V between churn and the field's groups — a category's "
              "levels; a number's deciles (its values when it has 12 or fewer) — with missing values as a "
              "group, corrected for chance; 0 = no association, 1 = the field alone decides churn. A bar's "
              "tooltip names its groups and adds the single-field AUC. Association is not cause. Click a bar "
              "to open the column.");
}

QString DriversChart::barTooltip(const FeatureAssociation &a)
{
    // Every bar has the same measure; the tooltip says what it was computed over, so a number's
    // bar is not read as an AUC (which is shown too, as a second opinion).
    const QString groups = a.numeric ? tr("a number, grouped into %n value groups", nullptr, a.groups)
                                     : tr("a category with %n levels", nullptr, a.groups);
    QString text = tr("<b>%1</b> (%2)<br>Bar: Cramér's V %3 (bias-corrected) over these groups<br>"
                      "mutual information %4 bits<br>single-field AUC %5 (not the bar's measure)")
                       .arg(a.name.toHtmlEscaped(), groups, QLocale().toString(a.cramersV, 'f', 3),
                            QLocale().toString(a.mutualInformation, 'f', 4),
                            QLocale().toString(std::max(a.auc, 1.0 - a.auc), 'f', 3));
    const QString dir = direction(a);
    if (!dir.isEmpty())
        text += QStringLiteral("<br>") + dir;
    return text;
}

QChart *DriversChart::build(const Profile &profile, int maxFeatures, const QString &selected,
                            std::function<void(const QString &)> onClick, ChartTable *table,
                            const std::function<QString(const QString &)> &label)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, tr("What goes with churn"));
    std::vector<FeatureAssociation> shown;
    for (const FeatureAssociation &a : profile.association)
        if (!std::isnan(a.score()) && int(shown.size()) < maxFeatures)
            shown.push_back(a);
    const int n = int(shown.size());

    auto *set = new QBarSet(tr("Association with churn (Cramér's V)"));
    set->setColor(ChartStyle::neutral());
    set->setBorderColor(ChartStyle::neutral().darker(120));
    QStringList categories;
    double top = 0;
    for (int i = n - 1; i >= 0; --i) { // strongest on top
        // Drawn rounded to two decimals, as labelled; the tooltip and the copied table keep the exact value.
        set->append(std::round(shown[size_t(i)].score() * 100.0) / 100.0);
        // The field's label, as the Data area shows it; categories must differ, so a label two
        // fields share keeps the column name beside it.
        QString category = label ? label(shown[size_t(i)].name) : shown[size_t(i)].name;
        if (category.isEmpty() || categories.contains(category))
            category = QStringLiteral("%1 (%2)").arg(category, shown[size_t(i)].name);
        categories << category;
        top = std::max(top, shown[size_t(i)].score());
        if (shown[size_t(i)].name == selected)
            set->selectBar(n - 1 - i);
    }
    set->setSelectedColor(ChartStyle::accent());
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(n < 4 ? 0.35 : 0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, std::max(0.1, std::ceil(top * 1.2 * 10.0) / 10.0));
    x->setLabelFormat(QStringLiteral("%.1f"));
    ChartStyle::styleAxis(x, tr("Cramér's V: levels, or deciles of numbers (0 = none, 1 = decides churn)"));
    ChartStyle::styleAxis(y, QString());
    ChartStyle::keepCategoryLabelsReadable(chart, y, n);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    ChartStyle::addBarValueLabels(chart, series, set, 2);

    QObject::connect(set, &QBarSet::hovered, chart, [shown, n](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), barTooltip(shown[size_t(n - 1 - index)]));
    });
    if (onClick) {
        QObject::connect(set, &QBarSet::clicked, chart, [shown, n, onClick](int index) {
            onClick(shown[size_t(n - 1 - index)].name);
        });
    }
    if (table) {
        *table = {};
        table->header = {QStringLiteral("feature"), QStringLiteral("kind"), QStringLiteral("cramers_v"),
                         QStringLiteral("mutual_information_bits"), QStringLiteral("auc")};
        for (const FeatureAssociation &a : shown)
            table->rows.append({a.name, a.numeric ? QStringLiteral("numeric") : QStringLiteral("categorical"),
                                ChartTable::number(a.cramersV), ChartTable::number(a.mutualInformation),
                                ChartTable::number(a.auc)});
    }
    return chart;
}

} // namespace churnlens
