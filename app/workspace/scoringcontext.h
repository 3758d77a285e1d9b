#pragma once

#include "common/error.h"
#include "modelchoice.h"
#include "score/riskthresholds.h"

#include <QObject>

#include <limits>
#include <memory>
#include <optional>

namespace churnlens {

class DataTable;
class ModelBundle;
class TaskRunner;
class Workspace;
struct ScoreResult;
struct TrainResults;

/*!
 * The Workspace's scoring state, shared by the "Score & export" and "Explain" areas: the model
 * in use with its decision threshold — one explicit choice — and the customers it scored.
 * The model is one the user put in use from a training run (at the threshold they chose), a
 * saved model folder they opened, a version of the open project's registry (v3) or a model of
 * a run recorded in it, or else the default model shipped with ChurnLens; training never
 * replaces it on its own. Loading a model, reading a file and scoring run as one job on
 * runner() ("latest wins": a newer request replaces one not yet done), with progress and
 * cancel in the status bar. When the model changes, the same customers are scored again.
 * A job's scores land only on the data they were computed from: scores of the Workspace's
 * data that changed meanwhile are dropped. A model folder the user opened is remembered
 * between sessions.
 * Lives on the GUI thread; the published model, table and scores are immutable snapshots that
 * workers may read.
 */
class ScoringContext : public QObject
{
    Q_OBJECT

public:
    enum class Origin { None, Trained, Folder, Default, Version, ProjectRun };

    explicit ScoringContext(Workspace *workspace, QObject *parent = nullptr);
    ~ScoringContext() override;

    Workspace *workspace() const { return m_workspace; }

    std::shared_ptr<const ModelBundle> model() const { return m_model; }
    Origin origin() const { return m_origin; }
    //! The folder the model was read from; empty for a model from a training run.
    QString modelPath() const { return m_modelPath; }
    //! For Origin::Trained: the run and the index of the model in it.
    std::shared_ptr<const TrainResults> trainedRun() const { return m_run; }
    int trainedIndex() const { return m_runIndex; }
    //! For Origin::Version: the registered version (3 for v3); 0 otherwise.
    int version() const { return m_version; }
    //! For Origin::ProjectRun: the project's run id (trainedIndex() is the model's index in it); 0 otherwise.
    qint64 projectRun() const { return m_projectRun; }
    //! The decision threshold in use (NaN without a model).
    double threshold() const;
    //! One line for people: "XGBoost from training run 2 (telco.csv)", "XGBoost from churn-2024"…
    QString modelTitle() const;
    //! What records and logs name the model by: "v3 (XGBoost)", "run 12: XGBoost", the folder, else modelTitle().
    QString modelName() const;
    /*!
     * The model in use as a project saves it. A model of a training run of this session is of
     * kind Run with run 0: the caller names the project run it was recorded as.
     */
    ModelChoice modelChoice() const;
    //! Why there is no model, when a load failed; empty otherwise.
    QString modelProblem() const { return m_modelProblem; }

    //! The customers scored last (the workspace's table or another file), or null.
    std::shared_ptr<const DataTable> scoredTable() const { return m_table; }
    std::shared_ptr<const ScoreResult> scores() const { return m_scores; }
    //! Goes up with every scoring (not with new risk cut points): tells new scores from re-labelled ones.
    quint64 scoringSerial() const { return m_scoringSerial; }
    //! Where the scored customers came from, for titles and the export log.
    QString scoredSource() const { return m_source; }
    //! True when the scored customers are the workspace's current table.
    bool scoresSessionTable() const;
    //! The loader's notes on the scored customers (those that matter for scoring are in scores()->issues).
    const QList<Issue> &loadIssues() const { return m_loadIssues; }
    RiskThresholds riskThresholds() const;
    /*!
     * True when the risk cut points were given (by the user, or saved with the project's model
     * choice); false when they follow Preferences::riskTiers for the model in use, and are
     * worked out again when that rule changes (Workspace::preferencesChanged()).
     */
    bool riskThresholdsPinned() const { return m_risk.has_value(); }
    //! How the current cut points were chosen, one line per level (RiskTierRule::describe()).
    QString riskThresholdsDescription() const;
    /*!
     * True when the scored customers are the very data the model was trained on
     * (ScoringService::isTrainingData()): their scores are in-sample.
     */
    bool scoresTrainingData() const { return m_scores && m_inSample; }

    //! Loading a model, reading a file and scoring: one job at a time, the latest request wins.
    TaskRunner *runner() const { return m_runner; }
    bool isBusy() const;

    //! Scores the workspace's table unless its current snapshot is already scored (or being scored).
    void ensureScored();
    //! Uses \a model directly (the default model in tests, a model a caller already loaded).
    void setModel(std::shared_ptr<const ModelBundle> model, Origin origin, const QString &path);

public Q_SLOTS:
    //! Reads a saved model folder; on success it becomes the model in use (and is remembered).
    void openModel(const QString &directory);
    //! Puts model \a index of training run \a run in use, deciding churn at \a threshold (NaN: the
    //! threshold chosen when it was trained).
    void useTrainedModel(std::shared_ptr<const TrainResults> run, int index,
                         double threshold = std::numeric_limits<double>::quiet_NaN());
    //! The best model of the latest training run (the Score area's "Use the trained model").
    void useLatestTrainedModel();
    //! Goes back to the model shipped with ChurnLens.
    void useDefaultModel();
    //! Puts version \a version of the open project's registry in use (NaN: at its own threshold).
    void useVersion(int version, double threshold = std::numeric_limits<double>::quiet_NaN());
    //! Puts model \a index of run \a runId recorded in the open project in use.
    void useProjectRun(qint64 runId, int index, double threshold = std::numeric_limits<double>::quiet_NaN());
    /*!
     * Puts \a choice in use with its threshold and risk cut points (opening a project). A version
     * or run is read from the open project; when it cannot be, modelFailed() says why.
     */
    void useModel(const churnlens::ModelChoice &choice);
    //! Changes the decision threshold of the model in use; the customers are scored again.
    void setThreshold(double threshold);
    void scoreSessionTable();
    //! Reads \a path (CSV, TSV or SQLite) and scores it, leaving the workspace's data alone.
    void scoreFile(const QString &path);
    //! New cut points for the risk levels; the scores are re-labelled (probabilities stay).
    void setRiskThresholds(const RiskThresholds &thresholds);
    //! Back to the cut points of the preferences' rule (riskThresholdsPinned() becomes false).
    void useDefaultRiskThresholds();
    void cancel();
    //! Asks the Explain area to show the customer in \a row of scoredTable().
    void showCustomer(qsizetype row);

Q_SIGNALS:
    void modelChanged();
    //! A model could not be read or converted; the previous model stays.
    void modelFailed(const churnlens::Error &error);
    void scoringStarted();
    //! scores() changed (new scores, re-labelled scores, or none).
    void scoresChanged();
    void scoringFailed(const churnlens::Error &error);
    void customerRequested(qsizetype row);

private:
    struct Request;
    struct Outcome;
    void submit(Request request);
    void apply(Result<Outcome> &&outcome);
    void onFieldLabelsChanged();
    void onWorkspaceTableChanged();
    void clearScores();
    Request customersAgain() const;
    void onPreferencesChanged();
    void relabel(const RiskThresholds &thresholds);
    bool useProjectFiles(Request &request, Origin origin);

    Workspace *m_workspace;
    TaskRunner *m_runner;
    std::shared_ptr<const ModelBundle> m_model;
    Origin m_origin = Origin::None;
    QString m_modelPath;
    QString m_modelProblem;
    std::shared_ptr<const TrainResults> m_run;
    int m_runIndex = -1;
    int m_version = 0;
    qint64 m_projectRun = 0;
    quint64 m_scoringSerial = 0;
    std::optional<RiskThresholds> m_risk; //!< cut points given (pinned); unset: the preferences' rule
    bool m_inSample = false;

    std::shared_ptr<const DataTable> m_table;
    std::shared_ptr<const ScoreResult> m_scores;
    QString m_source;
    bool m_fromWorkspace = false;
    QList<Issue> m_loadIssues;

    //! The request submitted and not yet applied (the next one builds on it).
    std::unique_ptr<Request> m_inflight;
    bool m_userChoseModel = false; //!< the default model never replaces a model the user asked for
};

} // namespace churnlens
