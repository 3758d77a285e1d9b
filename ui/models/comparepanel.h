#pragma once

#include "comparisoncharts.h"
#include "project/runrecord.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace churnlens {

class ChartPanel;
class ComparisonModel;

/*!
 * Runs side by side: a table of every setting and result ("Only what differs" on by default),
 * the ROC and precision–recall curves of each run's best model overlaid, and a search's CV
 * ROC AUC against a chosen parameter. Shows the runs it is given; reads nothing itself.
 * GUI thread only.
 */
class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(QWidget *parent = nullptr);

    /*!
     * Shows \a runs (read with report and settings), in this order; \a selected is how many
     * runs the user selected (more than shown when there were too many to compare).
     */
    void setRuns(QList<RunRecord> runs, qsizetype selected);
    const QList<RunRecord> &runs() const { return m_runs; }
    //! The message shown while no run is selected.
    void setHint(const QString &text);

    QCheckBox *onlyDifferences() const { return m_onlyDifferences; }
    QTableView *table() const { return m_table; }
    ComparisonModel *model() const { return m_model; }
    QTabWidget *chartTabs() const { return m_tabs; }
    ChartPanel *rocPanel() const { return m_roc; }
    ChartPanel *prPanel() const { return m_pr; }
    ChartPanel *searchPanel() const { return m_search; }
    QComboBox *parameterChoice() const { return m_parameter; }
    QLabel *summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildCharts();
    void updateSummary();
    void updateSearchChart();
    void fitColumns();

    QList<RunRecord> m_runs;
    qsizetype m_selected = 0;
    QList<SearchedParameter> m_parameters;
    QStackedWidget *m_stack;
    QLabel *m_placeholder = nullptr;
    QLabel *m_summary;
    QCheckBox *m_onlyDifferences;
    ComparisonModel *m_model;
    QTableView *m_table;
    QTabWidget *m_tabs;
    ChartPanel *m_roc;
    ChartPanel *m_pr;
    ChartPanel *m_search;
    QComboBox *m_parameter;
    QWidget *m_parameterBar;
};

} // namespace churnlens
