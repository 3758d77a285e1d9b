#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

namespace churnlens {

class TrainRun;

/*!
 * One row per job of a TrainRun: the model, a bar, what it is doing now (fold, parameter
 * set, round), elapsed time and time left, and a Cancel button; finished rows say how they
 * ended. A "Cancel all" button stops the run. GUI thread only.
 */
class TrainJobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrainJobsPanel(TrainRun *run, QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    //! The step text of row \a index (for tests).
    QString stepText(int index) const;
    QToolButton *cancelButton(int index) const;
    QPushButton *cancelAllButton() const { return m_cancelAll; }

private:
    struct Row
    {
        QLabel *name;
        QProgressBar *bar;
        QLabel *step;
        QLabel *time;
        QToolButton *cancel;
    };
    void rebuild();
    void updateRow(int index);
    void tick();

    TrainRun *m_run;
    QWidget *m_rowsBox;
    QPushButton *m_cancelAll;
    QLabel *m_summary;
    QTimer *m_clock;
    std::vector<Row> m_rows;
};

} // namespace churnlens
