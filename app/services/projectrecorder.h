#pragma once

#include "common/error.h"
#include "project/activitylog.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace churnlens {

class DataTable;
class Progress;
class Project;
class TaskRunner;
class Workspace;
struct TrainResults;

/*!
 * Writes what happens in a session into the open project, as it happens: every training run
 * that ends with at least one model (finished, or canceled after some), every scoring, every
 * export of a customer list (linked to the model version and the scoring it came from). Runs
 * and scorings need work first (a run's models encoded, a table's fingerprint): that is done
 * on a worker, one item after another in the order things happened; the write itself is one
 * transaction on the GUI thread. A scoring identical to the project's last one (opening a
 * project scores its data again) is not recorded twice.
 *
 * A write that fails (a read-only project, a full disk) is reported once through failed(),
 * with the store's message, until a write succeeds again; what the project already holds is
 * never touched by a failed write. Without a project nothing is recorded.
 * Owned by the Workspace; GUI thread only.
 */
class ProjectRecorder : public QObject
{
    Q_OBJECT

public:
    explicit ProjectRecorder(Workspace *workspace, QObject *parent = nullptr);
    ~ProjectRecorder() override;

    //! The run of the open project that session run \a sessionRunId was recorded as; 0 if none (yet).
    qint64 projectRunOf(int sessionRunId) const { return m_projectRuns.value(sessionRunId); }
    //! True while something waits to be written.
    bool isBusy() const;
    TaskRunner *runner() const { return m_runner; }

    /*!
     * Records an export (ExportService gave \a record) of the scores of scoring \a scoringSerial
     * (ScoringContext::scoringSerial() when the export started; unset: the current scores).
     */
    void recordExport(const ExportRecord &record, std::optional<quint64> scoringSerial = std::nullopt);
    /*!
     * Records the session's runs on the data loaded now (and the run of the model in use) and,
     * when \a withScoring, the current scoring, when they are not in the open project yet (a new
     * project made after the work began).
     */
    void recordSessionWork(bool withScoring = true);
    //! The next project set is a copy of the current one (Save As): what was recorded stays linked.
    void keepLinksOnce() { m_keepLinks = true; }

Q_SIGNALS:
    void runRecorded(int sessionRunId, qint64 projectRunId);
    void scoringRecorded(qint64 id);
    void exportRecorded(qint64 id);
    //! A write failed; said once until a write succeeds again.
    void failed(const churnlens::Error &error);

private:
    struct Item
    {
        QString title;
        QPointer<Project> project;
        std::function<void(Progress &)> prepare; //!< on a worker; may be empty
        std::function<void(Project &)> write;    //!< on the GUI thread
    };
    void enqueue(Item item);
    void pump();
    void onProjectChanged();
    void onTrainingStarted();
    void onTrainingFinished();
    void onScoresChanged();
    void recordRun(const std::shared_ptr<const TrainResults> &run, bool canceled);
    void recordScoring();
    //! Reports \a error unless a failure was reported and nothing succeeded since.
    void report(const Error &error);
    void succeeded() { m_failureReported = false; }

    Workspace *m_workspace;
    TaskRunner *m_runner;
    std::deque<Item> m_queue;
    bool m_failureReported = false;
    bool m_keepLinks = false;
    //! Roles of the data each session run trains on, by session run id (taken when it starts).
    QHash<int, QJsonObject> m_roles;
    QHash<int, qint64> m_projectRuns;
    QHash<int, bool> m_canceled;
    //! The scoring each scoring serial was recorded as, and the model version it used.
    struct ScoringLink
    {
        qint64 id = 0;
        std::optional<int> version;
    };
    QHash<quint64, ScoringLink> m_scorings;
    quint64 m_lastSerial = 0;
    std::optional<ScoringRecord> m_lastScoring; //!< the project's latest scoring
    //! The last table fingerprinted for a scoring, so scoring the same data again is quick.
    std::shared_ptr<std::pair<std::weak_ptr<const DataTable>, QString>> m_fingerprintCache;
};

} // namespace churnlens
