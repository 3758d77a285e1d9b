#pragma once

#include "common/error.h"
#include "data/datasource.h"
#include "data/datatable.h"
#include "data/fieldlabels.h"
#include "preferences.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace churnlens {

class Project;
class ProjectRecorder;
class ScoringContext;
struct Profile;
class TaskRunner;
class TrainRun;
struct TrainResults;

//! Whole-table figures the views show; O(rows), so computed next to the copy or the load, off the GUI thread.
struct TableStats
{
    qsizetype rowsWithMissing = 0;
    double churnRate = std::numeric_limits<double>::quiet_NaN();
    static TableStats of(const DataTable &table);
};

/*!
 * The single source of truth of a working session (as QGIS has QgsProject): the data the
 * user is working on, the training runs made on it, the model in use for scoring with its
 * threshold and the customers it scored (scoring()), and the settings that belong to the
 * work. Views observe it through signals and ask it to change; they keep no state of their
 * own beyond presentation. It is what a project file saves and restores.
 *
 * The data is an immutable snapshot of the table plus where it came from and what the loader
 * noticed. Edits (role, type, target, positive value, semantic) copy the table, change the
 * copy and publish it as the new snapshot, so a worker still reading the old one is never
 * disturbed. Every newly loaded (or closed) data gets a new dataGeneration(): results of
 * jobs started on older data are kept as what they are, but never shown as results of the
 * current data nor put in use for scoring without the user choosing them.
 * Lives on the GUI thread; the snapshots themselves may be read from any thread.
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    //! Increases with every load and every close of data (not with edits of the same data).
    quint64 dataGeneration() const { return m_generation; }

    bool hasTable() const { return bool(m_table); }
    std::shared_ptr<const DataTable> table() const { return m_table; }
    const DataSource &source() const { return m_source; }
    double loadSeconds() const { return m_loadSeconds; }
    //! Problems found while reading (parse warnings), without the data-quality warnings.
    const QList<Issue> &loadIssues() const { return m_loadIssues; }
    //! Load problems, notes from type changes, and the data-quality warnings for the current snapshot.
    QList<Issue> issues() const;

    //! Figures for the current snapshot.
    const TableStats &stats() const { return m_stats; }

    //! Publishes freshly loaded data; \a issues are the loader's (quality warnings included).
    //! Pass \a stats and \a fingerprint (of \a table) when they were computed on the worker.
    void setLoaded(DataTable table, const DataSource &source, QList<Issue> issues, double seconds,
                   std::optional<TableStats> stats = std::nullopt, const QString &fingerprint = {});
    /*!
     * SHA-256 of the data's contents with its column types (Trainer::fingerprint(); roles and
     * meanings do not change it), so that a project can tell whether its data changed since it
     * was saved. Worked out by a job while a project is open, after a load or a type change
     * (fingerprintChanged() follows); empty until then, without data and without a project.
     */
    const QString &dataFingerprint() const { return m_fingerprint; }
    //! Publishes an edited snapshot of the same data.
    void setTable(std::shared_ptr<const DataTable> table, std::optional<TableStats> stats = std::nullopt);
    /*!
     * Copy-on-write edit: copies the current table, applies \a edit, publishes the copy.
     * Immediate for small tables; from AsyncEditRows rows the copy is made on a worker
     * (the GUI thread must not stall) and tableChanged() follows when it is done.
     * \a edit must capture by value: it may run later, on another thread.
     */
    void editTable(std::function<void(DataTable &)> edit);
    //! True while edits of a large table are being applied.
    bool isEditing() const;
    //! The job that applies edits to large tables (for progress display).
    TaskRunner *editor() const { return m_editor; }

    static constexpr qsizetype AsyncEditRows = 200000;
    void clear();

    // Edits the column panel and the target picker make. All publish a new snapshot.
    void setRole(int column, ColumnRole role);
    void setSemantic(int column, Semantic semantic);
    //! Makes \a column the target (-1: none) and guesses its positive value.
    void setTarget(int column);
    void setPositiveLabel(const QString &label);
    /*!
     * The labels business users read for the fields (reasons, report, headings): the user's own
     * labels by column name; fields without one get the known or readable label (FieldLabels).
     * Kept by column name across loads of data; saved in the project. Without a project they are
     * remembered for the data they were typed for (RememberedLabels) and come back when that data
     * is opened again without a project.
     */
    const FieldLabels &fieldLabels() const { return m_labels; }
    //! Gives the column named \a column the label \a label (empty: back to the default label).
    void setFieldLabel(const QString &column, const QString &label);
    //! Replaces all labels (a project opened).
    void setFieldLabels(const FieldLabels &labels);
    //! Replaces a column (a type change); \a issues says what the conversion lost, and replaces
    //! earlier notes about the same column.
    void replaceColumn(int index, Column column, const QList<Issue> &issues = {});

    /*!
     * The profile (Explore's statistics) of the data loaded now: of the current snapshot, or of
     * an earlier snapshot of the same data while the current one is being profiled
     * (profileIsCurrent() tells); null before the first profile of this data.
     */
    std::shared_ptr<const Profile> profile() const { return m_profile; }
    bool profileIsCurrent() const { return m_profile && m_profileOf == m_table; }
    /*!
     * Publishes the profile of snapshot \a of, computed for data generation \a generation;
     * ignored (returns false) when that data was closed or replaced meanwhile.
     */
    bool setProfile(quint64 generation, std::shared_ptr<const DataTable> of, std::shared_ptr<const Profile> profile);

    //! The training service: one run at a time, its families trained one after another.
    TrainRun *training() const { return m_training; }
    //! Every training run of this session, oldest first (finished, canceled or still running).
    const QList<std::shared_ptr<const TrainResults>> &runs() const { return m_runs; }
    //! The runs made on the data loaded now (dataGeneration()), oldest first.
    QList<std::shared_ptr<const TrainResults>> runsOfCurrentData() const;
    //! The latest run that produced a model, on any data; null if none.
    std::shared_ptr<const TrainResults> latestRunWithModel() const;

    //! The model in use for scoring and explaining, its threshold, and the customers it scored.
    ScoringContext *scoring() const { return m_scoring; }

    //! The open project (runs, registry, scorings and exports are recorded into it); null without one.
    Project *project() const { return m_project; }
    //! Makes \a project the open project (the workspace owns it; null closes the project).
    void setProject(std::unique_ptr<Project> project);
    //! Records training runs, scorings and exports into the open project as they happen.
    ProjectRecorder *recorder() const { return m_recorder; }

    /*!
     * What a long job working on the current data would lose if the data were closed or
     * replaced now ("a model is training on this data"); empty when nothing would be lost.
     */
    QString jobsOnCurrentData() const;
    //! Stops the jobs jobsOnCurrentData() names (after the user agreed).
    void cancelJobsOnCurrentData();

    // Settings that belong to the work; remembered between sessions (without a project, in the
    // application's settings). Stored as JSON objects, read back by their owners' fromJson().
    QJsonObject trainSettings() const;
    void setTrainSettings(const QJsonObject &settings);
    QJsonObject campaignSettings() const;
    void setCampaignSettings(const QJsonObject &settings);
    //! Puts settings saved in a project back; the views re-read them (settingsRestored()).
    void restoreSettings(const QJsonObject &train, const QJsonObject &campaign);

    /*!
     * The user's preferences (language, theme, currency, threads, risk levels, campaign
     * defaults): read from QSettings when the workspace is made; setPreferences() saves them,
     * makes their currency Currency::current() and their thread count the default of long jobs
     * (setDefaultThreads()), and emits preferencesChanged().
     */
    const Preferences &preferences() const { return m_preferences; }
    void setPreferences(const Preferences &preferences);

Q_SIGNALS:
    //! A new source replaced the data (views reset their scroll position, selection…).
    void dataLoaded();
    //! The snapshot changed: after a load, an edit, or clear().
    void tableChanged();
    //! runs() changed: a run started, a model finished, a run ended.
    void runsChanged();
    //! profile() changed (a new profile, or none after new data).
    void profileChanged();
    //! project() was replaced (opened, created, closed).
    void projectChanged();
    //! dataFingerprint() is known (or was cleared).
    void fingerprintChanged();
    //! The train or campaign settings changed.
    void settingsChanged();
    //! restoreSettings() replaced the settings: views showing them read them again.
    void settingsRestored();
    //! preferences() changed: views re-format money, re-read risk levels and defaults.
    void preferencesChanged();
    //! fieldLabels() changed: views re-read field names, reasons are written with the new labels.
    void fieldLabelsChanged();

private:
    void refreshQualityWarnings();
    void dropProfile();
    void runPendingEdits();
    void updateFingerprint();

    std::shared_ptr<const DataTable> m_table;
    DataSource m_source;
    QList<Issue> m_loadIssues;
    QList<Issue> m_qualityWarnings;
    QList<Issue> m_editIssues;
    double m_loadSeconds = 0.0;
    TableStats m_stats;
    QString m_fingerprint;
    QStringList m_fingerprintOf; //!< the column names and types (and rows) m_fingerprint is of
    QStringList m_fingerprintPending; //!< … and those the running job works on
    TaskRunner *m_editor;
    TaskRunner *m_fingerprinter;
    std::vector<std::function<void(DataTable &)>> m_pendingEdits;
    quint64 m_generation = 0;
    std::shared_ptr<const Profile> m_profile;
    std::shared_ptr<const DataTable> m_profileOf;
    TrainRun *m_training;
    Preferences m_preferences;
    FieldLabels m_labels;
    QList<std::shared_ptr<const TrainResults>> m_runs;
    ScoringContext *m_scoring;
    Project *m_project = nullptr;
    ProjectRecorder *m_recorder = nullptr;
};

} // namespace churnlens
