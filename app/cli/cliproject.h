#pragma once

// What the commands that read or write a project (--project FILE; runs, models, promote,
// rollback, history, archive) share: opening it, naming versions, and the JSON they print.

#include "cliutil.h"

#include "data/fieldlabels.h"
#include "ml/modelbundle.h"
#include "project/modelregistry.h"
#include "project/projectfile.h"
#include "project/runrecord.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace churnlens::cli {

//! --project FILE, described for the command that takes it.
void addProjectOption(QCommandLineParser &p, const QString &description);

/*!
 * Opens the project at \a path for \a access. A project another ChurnLens window or command has
 * open for writing is an I/O error saying it is in use: the CLI never waits for it. When
 * \a created is given and there is no file at \a path, a new project is made there (and
 * *created set).
 */
Result<std::unique_ptr<ProjectFile>> openProject(const QString &path, ProjectFile::Access access, bool *created = nullptr);

/*!
 * The field labels the user gave in the project's workspace (what the GUI saved), for the reasons
 * of score and explain; none when the project has no saved workspace or it cannot be read.
 */
FieldLabels fieldLabelsOf(const ProjectFile &project);

//! VERSION as a positional argument: its number, or a usage error reported into *exitCode.
std::optional<int> versionArgument(const QString &text, const QString &command, int *exitCode);

//! A family's display name ("xgboost" → "XGBoost"); unknown names as they are.
QString familyName(const QString &family);
//! How output and logs name a version: "v3 (XGBoost)".
QString versionTitle(const ModelVersion &version);

//! The model score and explain use, and how their output names it.
struct ModelChoice
{
    ModelBundle bundle;
    QString title;                        //!< the model folder, or "v3 (XGBoost)"
    std::optional<ModelVersion> version;  //!< the project's version, when it is one
};
/*!
 * --model DIR; else, with \a project, the project's champion at its registered threshold; else
 * the default model shipped with ChurnLens. A project without a champion is a model error that
 * says how to get one. On failure the error is reported, *exitCode set and nullopt returned.
 */
std::optional<ModelChoice> chooseModel(const QCommandLineParser &p, ProjectFile *project, const QString &command, int *exitCode);

//! ISO 8601 in UTC with milliseconds, as every JSON time.
QString isoUtc(const QDateTime &when);
//! A time for tables: local time, to the minute.
QString localTime(const QDateTime &when);
//! A number, or null when it is not finite (a metric that was not computed).
QJsonValue numberOrNull(double value);

//! {"version", "label", "status", "family", "threshold", "test_auc", "created", "run_id", "model_index", "origin"}
QJsonObject versionJson(const ModelVersion &version);
//! {"id", "at", "action", "version", "previous_champion", "champion", "user", "reason"}
QJsonObject eventJson(const RegistryEvent &event);
//! {"id", "created", "data", "fingerprint", "target", "train_rows", "test_rows", "families", "best", "cv_auc", "test_auc", "test_f1", "seconds", "status", "note", "tags"}
QJsonObject runJson(const RunSummary &run);

/*!
 * What promote, rollback and archive print after a change: the event in words (or as JSON with
 * --json: {"project", "event", "champion"}). Returns the exit code.
 */
int reportRegistryChange(ProjectFile &project, const RegistryEvent &event, bool json);

} // namespace churnlens::cli
