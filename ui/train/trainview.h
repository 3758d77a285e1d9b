#pragma once

#include "common/error.h"

#include <QWidget>

class QComboBox;
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
 * importance, save). Training is the Workspace's service (Workspace::training()) and trains
 * the current snapshot; every run stays in the Workspace, and a picker shows the runs made on
 * the data loaded now (none of another file's). Training never changes the model in use for
 * scoring: the user puts a model in use with "Use this model". The settings are remembered.
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
    //! The runs on the current data, latest first (hidden while there is none).
    QComboBox *runPicker() const { return m_runPicker; }
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
    void onRunsChanged();
    void showRun(int runId);
    void onFinished();
    void showError(const QString &title, const Error &error);
    static QString defaultPlaceholder();

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
    QComboBox *m_runPicker = nullptr;
    QWidget *m_runBar = nullptr;
    int m_shownRun = 0; //!< runId of the run shown, 0 = none
    QScrollArea *m_resultsArea = nullptr;
};

} // namespace churnlens
