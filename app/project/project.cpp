#include "project.h"

namespace churnlens {

namespace {

//! Runs \a change and emits \a signal when it succeeded.
template<typename R, typename Signal>
R notifying(Project *project, R result, Signal signal)
{
    if (result)
        Q_EMIT(project->*signal)();
    return result;
}

} // namespace

Project::Project(std::unique_ptr<ProjectFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
{
}

Project::~Project() = default;

Result<qint64> Project::recordRun(const RunRecord &run)
{
    return notifying(this, runs().add(run), &Project::runsChanged);
}

Result<void> Project::annotateRun(qint64 id, const QString &note, const QStringList &tags)
{
    return notifying(this, runs().annotate(id, note, tags), &Project::runsChanged);
}

Result<void> Project::removeRuns(const QList<qint64> &ids)
{
    return notifying(this, runs().remove(ids), &Project::runsChanged);
}

Result<ModelVersion> Project::registerRun(qint64 runId, int modelIndex, const QString &reason)
{
    return notifying(this, registry().registerRun(runId, modelIndex, reason), &Project::registryChanged);
}

Result<ModelVersion> Project::registerFiles(const ModelBundle::Files &files, const QString &origin, const QString &reason)
{
    return notifying(this, registry().registerFiles(files, origin, reason), &Project::registryChanged);
}

Result<RegistryEvent> Project::promote(int version, const QString &reason)
{
    return notifying(this, registry().promote(version, reason), &Project::registryChanged);
}

Result<RegistryEvent> Project::rollback(const QString &reason)
{
    return notifying(this, registry().rollback(reason), &Project::registryChanged);
}

Result<RegistryEvent> Project::archive(int version, const QString &reason)
{
    return notifying(this, registry().archive(version, reason), &Project::registryChanged);
}

Result<qint64> Project::recordScoring(const ScoringRecord &scoring)
{
    return notifying(this, activity().addScoring(scoring), &Project::activityChanged);
}

Result<qint64> Project::recordExport(const ExportRecord &record, std::optional<int> version, std::optional<qint64> scoringId)
{
    return notifying(this, activity().addExport(record, version, scoringId), &Project::activityChanged);
}

} // namespace churnlens
