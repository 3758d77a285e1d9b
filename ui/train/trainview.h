#pragma once

#include "common/error.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace churnlens {

class Workspace;
class TrainJobsPanel;
class TrainResultsView;
class TrainRun;
class TrainSettings;

/*!
 * The Train area: settings on the left, Start, one progress row per model being trained,
 * and the results (leaderboard, curves, confusion matrix with a threshold slider, feature
 * importance, save). Training runs off the GUI thread (TrainRun), trains the session's
 * current snapshot, and hands the best model to the Workspace when it is done.
 * Lives on the GUI thread.
 */
class TrainView : public QWidget
{
    Q_OBJECT

public:
    explicit TrainView(Workspace *workspace, QWidget *parent = nullptr);
    ~TrainView() override;

    TrainSettings *settings() const { return m_settings; }
    TrainRun *run() const { return m_run; }
    TrainJobsPanel *jobsPanel() const { return m_jobs; }
    TrainResultsView *resultsView() const { return m_results; }
    QPushButton *startButton() const { return m_start; }
    bool isTraining() const;

public Q_SLOTS:
    //! Trains with the current settings (does nothing while training or without a churn column).
    void start();
    void cancel();

Q_SIGNALS:
    //! Every job of the run is over (done, canceled or failed).
    void trainingFinished();
    void trainingFailed(const churnlens::Error &error);

private:
    void buildUi();
    void updateStart();
    void onResultsChanged();
    void onFinished();
    void showError(const QString &title, const Error &error);

    Workspace *m_workspace;
    TrainRun *m_run;
    TrainSettings *m_settings = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_start = nullptr;
    QWidget *m_jobsBox = nullptr;
    TrainJobsPanel *m_jobs = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    TrainResultsView *m_results = nullptr;
    QScrollArea *m_resultsArea = nullptr;
};

} // namespace churnlens
