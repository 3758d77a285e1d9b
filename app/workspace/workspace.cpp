#include "workspace.h"

#include "settingswriter.h"

#include "data/schemaguess.h"
#include "eda/profile.h"
#include "jobs/taskrunner.h"
#include "ml/trainer.h"
#include "project/project.h"
#include "rememberedlabels.h"
#include "services/projectrecorder.h"
#include "scoringcontext.h"
#include "services/trainresults.h"
#include "services/trainrun.h"

#include <QJsonDocument>
#include <QSet>
#include "common/currency.h"
#include "common/threads.h"

#include <QSettings>

#include <algorithm>

namespace churnlens {

namespace {
//! What Trainer::fingerprint() hashes besides the values: edits that keep it keep the fingerprint.
QStringList contentsOf(const DataTable &table)
{
    QStringList out{QString::number(table.rowCount())};
    for (const Column &c : table.columns())
        out << c.name() + QLatin1Char(':') + machineName(c.type());
    return out;
}
} // namespace

TableStats TableStats::of(const DataTable &table)
{
    TableStats s;
    s.rowsWithMissing = table.rowsWithMissing();
    s.churnRate = table.churnRate();
    return s;
}

namespace {
const QString TrainSettingsKey = QStringLiteral("workspace/train");
const QString CampaignSettingsKey = QStringLiteral("workspace/campaign");

QJsonObject readSettings(const QString &key)
{
    return QJsonDocument::fromJson(QSettings().value(key).toByteArray()).object();
}

void writeSettings(const QString &key, const QJsonObject &value)
{
    SettingsWriter::setValue(key, QJsonDocument(value).toJson(QJsonDocument::Compact)); // the disk write off the GUI thread
}
} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_editor(new TaskRunner(this))
    , m_fingerprinter(new TaskRunner(this))
    , m_training(new TrainRun(this))
    , m_preferences(Preferences::load())
    , m_scoring(nullptr)
{
    Currency::setCurrent(Currency::fromCode(m_preferences.currency));
    setDefaultThreads(m_preferences.threads);
    // Every snapshot a run publishes is the run's latest state: replace it, or add a new run.
    connect(m_training, &TrainRun::resultsChanged, this, [this]() {
        std::shared_ptr<const TrainResults> results = m_training->results();
        if (!results)
            return;
        const auto same = std::find_if(m_runs.begin(), m_runs.end(), [&](const auto &r) { return r->runId == results->runId; });
        if (same != m_runs.end())
            *same = results;
        else
            m_runs.append(results);
        Q_EMIT runsChanged();
    });
    m_scoring = new ScoringContext(this, this);
    m_recorder = new ProjectRecorder(this, this);
}

Workspace::~Workspace()
{
    // The recorder writes into the project and follows the training and scoring: it goes first.
    delete m_recorder;
    // The scoring and training jobs read this object's snapshots: stop them first.
    delete m_scoring;
    delete m_training;
    delete m_project;
}

bool Workspace::setProfile(quint64 generation, std::shared_ptr<const DataTable> of, std::shared_ptr<const Profile> profile)
{
    if (generation != m_generation || !m_table || !profile)
        return false;
    m_profile = std::move(profile);
    m_profileOf = std::move(of);
    Q_EMIT profileChanged();
    return true;
}

void Workspace::dropProfile()
{
    m_profileOf.reset();
    if (!m_profile)
        return;
    m_profile.reset();
    Q_EMIT profileChanged();
}

QList<std::shared_ptr<const TrainResults>> Workspace::runsOfCurrentData() const
{
    QList<std::shared_ptr<const TrainResults>> out;
    for (const auto &r : m_runs) {
        if (r->dataGeneration == m_generation && m_table)
            out.append(r);
    }
    return out;
}

std::shared_ptr<const TrainResults> Workspace::latestRunWithModel() const
{
    for (auto it = m_runs.rbegin(); it != m_runs.rend(); ++it) {
        if ((*it)->report.best >= 0)
            return *it;
    }
    return nullptr;
}

QString Workspace::jobsOnCurrentData() const
{
    // A run on data closed earlier goes on detached: closing this data does not touch it.
    if (m_training->isRunning() && m_training->dataGeneration() == m_generation)
        return tr("A model is still training on this data; closing it stops the training (the models already finished are kept).");
    return {};
}

void Workspace::cancelJobsOnCurrentData()
{
    if (m_training->isRunning() && m_training->dataGeneration() == m_generation)
        m_training->cancelAll();
}

QJsonObject Workspace::trainSettings() const
{
    return readSettings(TrainSettingsKey);
}

void Workspace::setTrainSettings(const QJsonObject &settings)
{
    if (settings == trainSettings())
        return;
    writeSettings(TrainSettingsKey, settings);
    Q_EMIT settingsChanged();
}

QJsonObject Workspace::campaignSettings() const
{
    return readSettings(CampaignSettingsKey);
}

void Workspace::setCampaignSettings(const QJsonObject &settings)
{
    if (settings == campaignSettings())
        return;
    writeSettings(CampaignSettingsKey, settings);
    Q_EMIT settingsChanged();
}

void Workspace::restoreSettings(const QJsonObject &train, const QJsonObject &campaign)
{
    if (!train.isEmpty())
        writeSettings(TrainSettingsKey, train);
    if (!campaign.isEmpty())
        writeSettings(CampaignSettingsKey, campaign);
    Q_EMIT settingsRestored();
    Q_EMIT settingsChanged();
}

bool Workspace::isEditing() const
{
    return m_editor->isRunning() || !m_pendingEdits.empty();
}

QList<Issue> Workspace::issues() const
{
    return m_loadIssues + m_editIssues + m_qualityWarnings;
}

void Workspace::setLoaded(DataTable table, const DataSource &source, QList<Issue> issues, double seconds,
                        std::optional<TableStats> stats, const QString &fingerprint)
{
    m_source = source;
    m_loadSeconds = seconds;
    ++m_generation;
    dropProfile();
    m_editIssues.clear();
    m_pendingEdits.clear();
    m_table = std::make_shared<const DataTable>(std::move(table));
    m_stats = stats ? *stats : TableStats::of(*m_table);
    m_fingerprint.clear();
    if (!fingerprint.isEmpty()) {
        m_fingerprint = fingerprint;
        m_fingerprintOf = contentsOf(*m_table);
    }
    updateFingerprint();
    refreshQualityWarnings();
    // The loader already appended the quality warnings; keep only the reading problems so
    // that the quality part can follow the user's edits without showing stale duplicates.
    QSet<QString> quality;
    for (const Issue &issue : std::as_const(m_qualityWarnings))
        quality.insert(issue.toString());
    m_loadIssues.clear();
    for (Issue &issue : issues) {
        if (!quality.contains(issue.toString()))
            m_loadIssues.append(std::move(issue));
    }
    // Without a project, labels typed for this data in an earlier session come back (a project keeps its own).
    bool labelsChanged = false;
    if (!m_project) {
        const FieldLabels remembered = RememberedLabels::load(RememberedLabels::keyOf(m_source));
        if (!remembered.isEmpty()) {
            FieldLabels merged = m_labels;
            merged.merge(remembered);
            labelsChanged = merged != m_labels;
            m_labels = merged;
        }
    }
    Q_EMIT dataLoaded();
    Q_EMIT tableChanged();
    if (labelsChanged)
        Q_EMIT fieldLabelsChanged();
}

void Workspace::setTable(std::shared_ptr<const DataTable> table, std::optional<TableStats> stats)
{
    m_table = std::move(table);
    m_stats = !m_table ? TableStats() : stats ? *stats : TableStats::of(*m_table);
    refreshQualityWarnings();
    updateFingerprint();
    Q_EMIT tableChanged();
}

void Workspace::editTable(std::function<void(DataTable &)> edit)
{
    if (!m_table)
        return;
    if (m_table->rowCount() < AsyncEditRows && m_pendingEdits.empty() && !m_editor->isRunning()) {
        auto copy = std::make_shared<DataTable>(*m_table);
        edit(*copy);
        setTable(std::move(copy));
        return;
    }
    m_pendingEdits.push_back(std::move(edit));
    runPendingEdits();
}

void Workspace::runPendingEdits()
{
    if (m_editor->isRunning() || m_pendingEdits.empty() || !m_table)
        return;
    // Copying a million rows takes tens of milliseconds: do it on a worker, and apply every
    // edit made meanwhile to the same copy, in order.
    std::shared_ptr<const DataTable> base = m_table;
    std::vector<std::function<void(DataTable &)>> edits = std::move(m_pendingEdits);
    m_pendingEdits.clear();
    using Edited = std::pair<std::shared_ptr<const DataTable>, TableStats>;
    m_editor->start<Edited>(
        tr("Applying your change"),
        [base, edits = std::move(edits)](Progress &) {
            auto copy = std::make_shared<DataTable>(*base);
            for (const auto &edit : edits)
                edit(*copy);
            const TableStats stats = TableStats::of(*copy);
            return Edited(std::move(copy), stats);
        },
        [this, base](Edited &&edited) {
            if (m_table != base) {
                m_pendingEdits.clear(); // other data was loaded meanwhile: the edits were for the old one
                return;
            }
            setTable(std::move(edited.first), edited.second);
            runPendingEdits();
        });
}

void Workspace::clear()
{
    m_pendingEdits.clear();
    m_table.reset();
    ++m_generation;
    dropProfile();
    m_source = {};
    m_loadIssues.clear();
    m_qualityWarnings.clear();
    m_editIssues.clear();
    m_stats = {};
    m_loadSeconds = 0.0;
    updateFingerprint();
    Q_EMIT dataLoaded();
    Q_EMIT tableChanged();
}

void Workspace::setRole(int column, ColumnRole role)
{
    if (!m_table || column < 0 || column >= m_table->columnCount() || m_table->column(column).role() == role)
        return;
    if (role == ColumnRole::Target) {
        setTarget(column);
        return;
    }
    editTable([column, role](DataTable &t) {
        const bool wasTarget = t.column(column).role() == ColumnRole::Target;
        if (wasTarget) {
            t.setTarget(-1);
            t.setPositiveLabel({});
        }
        // One id column: a second id would make "the customer id" ambiguous for exports.
        if (role == ColumnRole::Id) {
            const int previous = t.idIndex();
            if (previous >= 0 && previous != column)
                t.column(previous).setRole(ColumnRole::Feature);
        }
        t.column(column).setRole(role);
    });
}

void Workspace::setFieldLabel(const QString &column, const QString &label)
{
    FieldLabels labels = m_labels;
    labels.setUserLabel(column, label);
    setFieldLabels(labels);
}

void Workspace::setFieldLabels(const FieldLabels &labels)
{
    if (labels == m_labels)
        return;
    m_labels = labels;
    if (!m_project && m_table)
        RememberedLabels::save(RememberedLabels::keyOf(m_source), m_labels);
    Q_EMIT fieldLabelsChanged();
}

void Workspace::setSemantic(int column, Semantic semantic)
{
    if (!m_table || column < 0 || column >= m_table->columnCount()
        || m_table->column(column).semantic() == semantic)
        return;
    editTable([column, semantic](DataTable &t) {
        // Every meaning but "service" belongs to one column: moving it clears the old owner.
        if (semantic != Semantic::None && semantic != Semantic::Service) {
            for (int c : t.semanticColumns(semantic))
                t.column(c).setSemantic(Semantic::None);
        }
        t.column(column).setSemantic(semantic);
    });
}

void Workspace::setTarget(int column)
{
    if (!m_table || column >= m_table->columnCount() || m_table->targetIndex() == column)
        return;
    editTable([column](DataTable &t) {
        t.setTarget(column);
        t.setPositiveLabel(column >= 0 ? SchemaGuess::guessPositiveLabel(t.column(column)) : QString());
    });
}

void Workspace::setPositiveLabel(const QString &label)
{
    if (!m_table || m_table->positiveLabel() == label)
        return;
    editTable([label](DataTable &t) { t.setPositiveLabel(label); });
}

void Workspace::replaceColumn(int index, Column column, const QList<Issue> &issues)
{
    if (!m_table || index < 0 || index >= m_table->columnCount())
        return;
    const QString name = m_table->column(index).name();
    m_editIssues.removeIf([&name](const Issue &i) { return i.columnName == name; });
    for (Issue issue : issues) {
        if (issue.columnName.isEmpty())
            issue.columnName = name;
        m_editIssues.append(issue);
    }
    auto shared = std::make_shared<Column>(std::move(column));
    editTable([index, shared](DataTable &t) {
        const bool target = t.column(index).role() == ColumnRole::Target;
        t.replaceColumn(index, std::move(*shared));
        // A converted target keeps its role, but its levels (and so the positive value) may differ.
        if (target) {
            t.setTarget(index);
            t.setPositiveLabel(SchemaGuess::guessPositiveLabel(t.column(index)));
        }
    });
}

void Workspace::updateFingerprint()
{
    const QStringList contents = m_table ? contentsOf(*m_table) : QStringList();
    if (!m_fingerprint.isEmpty() && contents == m_fingerprintOf)
        return; // an edit of roles or meanings: same contents
    if (m_fingerprint.isEmpty() && m_fingerprinter->isRunning() && contents == m_fingerprintPending && m_project)
        return; // being worked out
    const bool had = !m_fingerprint.isEmpty();
    m_fingerprint.clear();
    m_fingerprinter->cancel();
    if (had)
        Q_EMIT fingerprintChanged();
    if (!m_table || !m_project)
        return; // only a project needs it
    m_fingerprintPending = contents;
    // Hashing a million rows takes a moment: on a worker, of this snapshot.
    std::shared_ptr<const DataTable> table = m_table;
    m_fingerprinter->startLatest<QString>(
        tr("Checking the data"), [table](Progress &) { return Trainer::fingerprint(*table); },
        [this, table, contents](QString &&fingerprint) {
            if (!m_table || contentsOf(*m_table) != contents)
                return; // other data, or other types, meanwhile
            m_fingerprint = std::move(fingerprint);
            m_fingerprintOf = contents;
            Q_EMIT fingerprintChanged();
        });
}

void Workspace::refreshQualityWarnings()
{
    m_qualityWarnings = m_table ? SchemaGuess::qualityWarnings(*m_table) : QList<Issue>();
}

} // namespace churnlens

namespace churnlens {

void Workspace::setProject(std::unique_ptr<Project> project)
{
    if (!project && !m_project)
        return;
    delete m_project;
    m_project = project.release();
    if (m_project)
        m_project->setParent(this);
    updateFingerprint();
    Q_EMIT projectChanged();
}

void Workspace::setPreferences(const Preferences &preferences)
{
    if (preferences == m_preferences)
        return;
    m_preferences = preferences;
    m_preferences.save();
    Currency::setCurrent(Currency::fromCode(m_preferences.currency));
    setDefaultThreads(m_preferences.threads); // jobs started from now on use it
    Q_EMIT preferencesChanged();
}

} // namespace churnlens
