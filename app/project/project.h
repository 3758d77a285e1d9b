#pragma once

#include "activitylog.h"
#include "modelregistry.h"
#include "projectfile.h"
#include "runstore.h"

#include <QObject>

#include <memory>

namespace churnlens {

/*!
 * The open project as the application sees it: the file, and every change to its history
 * made through here so that views hear of it (runsChanged(), registryChanged(),
 * activityChanged()). Runs, versions, scorings and exports are written the moment they
 * happen (nothing of the history waits for Save); the workspace's state (data, roles, model
 * in use) is written by Save. Lives on the GUI thread; the CLI uses the stores directly.
 */
class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(std::unique_ptr<ProjectFile> file, QObject *parent = nullptr);
    ~Project() override;

    ProjectFile &file() const { return *m_file; }
    const QString &path() const { return m_file->path(); }
    QString name() const { return m_file->name(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }

    RunStore runs() const { return RunStore(*m_file); }
    ModelRegistry registry() const { return ModelRegistry(*m_file); }
    ActivityLog activity() const { return ActivityLog(*m_file); }

    // Changes to the history: each writes one transaction and tells the views.
    Result<qint64> recordRun(const RunRecord &run);
    Result<void> annotateRun(qint64 id, const QString &note, const QStringList &tags);
    Result<void> removeRuns(const QList<qint64> &ids);
    Result<ModelVersion> registerRun(qint64 runId, int modelIndex, const QString &reason);
    Result<ModelVersion> registerFiles(const ModelBundle::Files &files, const QString &origin, const QString &reason);
    Result<RegistryEvent> promote(int version, const QString &reason);
    Result<RegistryEvent> rollback(const QString &reason);
    Result<RegistryEvent> archive(int version, const QString &reason);
    Result<qint64> recordScoring(const ScoringRecord &scoring);
    Result<qint64> recordExport(const ExportRecord &record, std::optional<int> version, std::optional<qint64> scoringId);

Q_SIGNALS:
    void runsChanged();
    void registryChanged();
    void activityChanged();

private:
    std::unique_ptr<ProjectFile> m_file;
};

} // namespace churnlens
