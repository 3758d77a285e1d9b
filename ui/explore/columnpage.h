#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace churnlens {

class ChartPanel;
class StatsTable;
struct Profile;

/*!
 * One column in depth: pick it from the list, see its distribution split by churn, the
 * churn rate per level or bin with intervals, the box plot with outliers (numbers) and
 * the statistics table. Shows a finished profile; computes nothing heavy. GUI thread only.
 */
class ColumnPage : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnPage(QWidget *parent = nullptr);

    void setProfile(std::shared_ptr<const Profile> profile);
    //! Selects column \a name; false if the profile has no such column.
    bool showColumn(const QString &name);
    QString currentColumn() const { return m_current; }

    ChartPanel *distributionPanel() const { return m_distribution; }
    ChartPanel *churnPanel() const { return m_churn; }
    ChartPanel *boxPanel() const { return m_box; }
    ChartPanel *statsPanel() const { return m_statsPanel; }
    QComboBox *binChoice() const { return m_bins; }
    QListWidget *columnList() const { return m_list; }
    //! "Find a column": filters the column list.
    QLineEdit *filterField() const { return m_filter; }

    //! Redraws the charts (after a palette change).
    void rebuild();

Q_SIGNALS:
    void columnShown(const QString &name);

private:
    void fillList();
    void filterList(const QString &text);
    void buildChurnChart();

    std::shared_ptr<const Profile> m_profile;
    QString m_current;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_heading;
    QComboBox *m_bins;
    QLabel *m_binsLabel;
    QGridLayout *m_grid;
    ChartPanel *m_distribution;
    ChartPanel *m_churn;
    ChartPanel *m_box;
    ChartPanel *m_statsPanel;
    StatsTable *m_stats;
};

} // namespace churnlens
