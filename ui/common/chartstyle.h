#pragma once

#include <QColor>
#include <QList>
#include <QCoreApplication>
#include <QString>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarSet;
class QChart;

namespace churnlens {

/*!
 * The one look of every ChurnLens chart: churned and stayed always in the same colours
 * (Okabe–Ito vermilion and blue, safe for colour-blind readers, brighter in the dark
 * theme), titles, axis labels, legend at the bottom, no animation. Any view that draws
 * churn uses these functions. GUI thread only.
 */
class ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ChartStyle)

public:
    static bool isDark();
    static QColor churned();
    static QColor stayed();
    static QColor unknown();   //!< customers without a churn value
    static QColor neutral();   //!< bars that are not about one class (association, missing share)
    static QColor accent();    //!< a highlighted bar (the selected column)
    static QColor ink();       //!< error bars, reference lines, text drawn on charts
    static QColor grid();
    //! Diverging colour for a correlation in [-1, 1]: blue (negative) – background – vermilion (positive).
    static QColor diverging(double r);

    static QString churnedLabel() { return tr("Churned"); }
    static QString stayedLabel() { return tr("Stayed"); }
    static QString unknownLabel() { return tr("No churn value"); }

    //! Theme, background, fonts, title and legend placement for \a chart.
    static void apply(QChart *chart, const QString &title);
    //! Title, label and grid colours of an axis.
    static void styleAxis(QAbstractAxis *axis, const QString &title);
    //! Smaller category labels when there are many bars, so Qt does not elide them to "…".
    static void fitCategoryLabels(QAbstractAxis *axis, int categories);
    /*!
     * Keeps the \a categories labels of \a axis (a vertical bar-category axis of \a chart)
     * readable as the chart is resized: Qt Charts replaces a label by "…" when its line is taller
     * than the category's height less its padding (every field name of a 20-bar chart on a
     * 1366x768 screen), so the labels' font shrinks with the plot's height, to 6.5 pt at least.
     */
    static void keepCategoryLabelsReadable(QChart *chart, QAbstractAxis *axis, int categories);
    //! The labels' room in height that keepCategoryLabelsReadable() fits into, for \a plotHeight.
    static double categoryLabelRoom(double plotHeight, int categories);
    //! About \a ticks round values ("nice numbers") covering [low, high], ascending.
    static QList<double> niceTicks(double low, double high, int ticks);
    //! A value rounded for an axis or a label: 3 significant digits at most, no trailing zeros.
    static QString shortNumber(double v);
    /*!
     * Value labels at the end of each bar of \a set (in \a series, horizontal, on \a chart), with
     * \a decimals fixed decimals: Qt's own labels drop trailing zeros ("0.3" next to "0.41") and
     * skip zero bars. They follow the plot area when the chart is resized.
     */
    static void addBarValueLabels(QChart *chart, QAbstractBarSeries *series, QBarSet *set, int decimals);
};

} // namespace churnlens
