#pragma once

#include "common/error.h"
#include "score/riskthresholds.h"

#include <QObject>

#include <memory>
#include <optional>

namespace churnlens {

class DataTable;
class ModelBundle;
class Workspace;
class TaskRunner;
struct ScoreResult;

/*!
 * What the "Score & export" and "Explain" areas share: the model in use and the customers it
 * scored. The model is the one trained in this session, a saved model folder the user opened,
 * or else the default model shipped with ChurnLens. Scoring (and loading a model or another
 * customer file) runs off the GUI thread on runner(), with progress and cancel in the status bar.
 * When the model changes, the same customers are scored again.
 * Lives on the GUI thread; the published model, table and scores are immutable snapshots that
 * workers may read.
 */
class ScoringContext : public QObject
{
    Q_OBJECT

public:
    enum class Origin { None, Trained, Folder, Default };

    explicit ScoringContext(Workspace *workspace, QObject *parent = nullptr);
    ~ScoringContext() override;

    Workspace *workspace() const { return m_workspace; }

    std::shared_ptr<const ModelBundle> model() const { return m_model; }
    Origin origin() const { return m_origin; }
    //! The folder the model was read from; empty for the model trained in this session.
    QString modelPath() const { return m_modelPath; }
    //! One line for people: "XGBoost trained in this session", "XGBoost from churn-2024 (folder)"…
    QString modelTitle() const;
    //! Why there is no model, when a load failed; empty otherwise.
    QString modelProblem() const { return m_modelProblem; }

    //! The customers scored last (the session's table or another file), or null.
    std::shared_ptr<const DataTable> scoredTable() const { return m_table; }
    std::shared_ptr<const ScoreResult> scores() const { return m_scores; }
    //! Where the scored customers came from, for titles and the export log.
    QString scoredSource() const { return m_source; }
    //! True when the scored customers are the session's current table.
    bool scoresSessionTable() const;
    //! Problems met while reading another file to score (the scorer's own are in scores()).
    const QList<Issue> &loadIssues() const { return m_loadIssues; }
    RiskThresholds riskThresholds() const;

    //! Loading a model, reading a file and scoring, one at a time.
    TaskRunner *runner() const { return m_runner; }
    bool isBusy() const;

    //! Scores the session's table unless its current snapshot is already scored (or being scored).
    void ensureScored();
    //! Uses \a model directly (the default model in tests, a model a caller already loaded).
    void setModel(std::shared_ptr<const ModelBundle> model, Origin origin, const QString &path);

public Q_SLOTS:
    //! Reads a saved model folder; on success it replaces the current model.
    void openModel(const QString &directory);
    //! Switches to the model trained in this session (if any).
    void useSessionModel();
    void scoreSessionTable();
    //! Reads \a path (CSV, TSV or SQLite) and scores it, leaving the session's data alone.
    void scoreFile(const QString &path);
    //! New cut points for the risk levels; the scores are re-labelled (probabilities stay).
    void setRiskThresholds(const RiskThresholds &thresholds);
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
    struct Input;
    struct Scored;
    void onSessionModelChanged();
    void onSessionTableChanged();
    void loadDefaultModel();
    void startPending();
    void startScoring(const Input &input);
    void clearScores();

    Workspace *m_workspace;
    TaskRunner *m_runner;
    std::shared_ptr<const ModelBundle> m_model;
    Origin m_origin = Origin::None;
    QString m_modelPath;
    QString m_modelProblem;
    std::optional<RiskThresholds> m_risk;

    std::shared_ptr<const DataTable> m_table;
    std::shared_ptr<const ScoreResult> m_scores;
    QString m_source;
    bool m_fromSession = false;
    QList<Issue> m_loadIssues;

    // What to do once the runner is free: a model to load, then customers to score.
    std::unique_ptr<Input> m_pendingInput;
    QString m_pendingModel;
    bool m_pendingSessionModel = false;
    bool m_pendingDefault = false;
    bool m_userChoseModel = false; //!< the default model never replaces a model the user asked for
};

} // namespace churnlens
