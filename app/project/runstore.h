#pragma once

#include "runrecord.h"

#include <QList>

#include <optional>

namespace churnlens {

class ProjectFile;

/*!
 * The project's training runs: recorded whole (a run and all its models in one transaction,
 * so a crash never leaves half a run), listed fast (the list reads only the runs table's
 * columns, not reports or models), annotated, deleted.
 */
class RunStore
{
public:
    explicit RunStore(ProjectFile &project);

    //! Stores \a run with its models; returns its id.
    Result<qint64> add(const RunRecord &run);
    //! Every run, oldest first.
    Result<QList<RunSummary>> list() const;
    //! One run with report and settings; models are read only when \a withModels.
    Result<RunRecord> get(qint64 id, bool withModels = false) const;
    Result<ModelBundle::Files> modelFiles(qint64 runId, int modelIndex) const;
    Result<void> annotate(qint64 id, const QString &note, const QStringList &tags);
    //! Deletes runs and their models (model versions registered from them stay).
    Result<void> remove(const QList<qint64> &ids);
    Result<qint64> count() const;

private:
    ProjectFile &m_project;
};

} // namespace churnlens
