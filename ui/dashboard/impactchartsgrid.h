#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;

namespace churnlens {

class ChartPanel;
class DataTable;
class ImpactChartWidget;
struct ImpactReport;
struct SegmentBreakdown;

/*!
 * The impact dashboard's four charts, each in a ChartPanel (PNG/SVG export, numbers as CSV):
 * the profit curve, cumulative gains, revenue at risk by segment (with a picker for the
 * segment column: the report's columns plus any categorical column of the data) and the
 * trend over the project's scorings. Draws with ImpactCharts; computes nothing. GUI thread only.
 */
class ImpactChartsGrid : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactChartsGrid(QWidget *parent = nullptr);

    /*!
     * Shows \a report; \a table (the scored customers) offers its categorical columns in the
     * segment picker. \a hasProject says whether a missing trend is for want of a project.
     */
    void setReport(std::shared_ptr<const ImpactReport> report, const DataTable *table, bool hasProject);
    //! The segment column picked by the user (empty: the report's first).
    QString segmentColumn() const { return m_segmentColumn; }
    //! How columns are named in the picker and the chart titles (their labels); takes effect at the next setReport().
    void setFieldNamer(std::function<QString(const QString &)> namer) { m_name = std::move(namer); }
    //! How a column's values are named on the segment chart (known values translated; empty: as in the file).
    void setValueNamer(std::function<QString(const QString &column, const QString &value)> namer) { m_valueName = std::move(namer); }
    //! Picks \a column without telling (restoring settings).
    void setSegmentColumn(const QString &column);

    ChartPanel *profitPanel() const { return m_profit; }
    ChartPanel *gainsPanel() const { return m_gains; }
    ChartPanel *segmentsPanel() const { return m_segments; }
    ChartPanel *trendPanel() const { return m_trend; }
    QComboBox *segmentPicker() const { return m_picker; }
    //! The breakdown the segment chart shows; null when none.
    const SegmentBreakdown *shownSegments() const;
    //! The same as drawn: known levels named in the user's language; null when none.
    const SegmentBreakdown *drawnSegments() const { return m_drawn.get(); }

Q_SIGNALS:
    //! The user picked another segment column.
    void segmentColumnChanged(const QString &column);

private:
    void fillPicker(const DataTable *table);
    void showSegments();
    void showTrend(bool hasProject);
    void showCurves();
    //! The panel's chart widget, made anew when the panel showed a message instead.
    static ImpactChartWidget *chartOf(ChartPanel *panel);

    QString named(const QString &column) const { return m_name ? m_name(column) : column; }

    std::shared_ptr<const ImpactReport> m_report;
    std::function<QString(const QString &)> m_name;
    std::function<QString(const QString &, const QString &)> m_valueName;
    std::shared_ptr<const SegmentBreakdown> m_drawn;
    QString m_segmentColumn;
    ChartPanel *m_profit;
    ChartPanel *m_gains;
    ChartPanel *m_segments;
    ChartPanel *m_trend;
    QComboBox *m_picker;
};

} // namespace churnlens
