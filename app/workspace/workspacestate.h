#pragma once

#include "common/error.h"
#include "data/datasource.h"
#include "data/fieldlabels.h"
#include "modelchoice.h"

#include <QDir>
#include <QJsonObject>

#include <optional>

namespace churnlens {

class Workspace;

/*!
 * What a project saves of the workspace (the "workspace" state, one JSON object): where the
 * data comes from (kind, path, CSV options, database connection without its password, table
 * or query) and its content fingerprint, how the columns are set up (ColumnRoles), the model
 * in use with its threshold and risk cut points, and the train and campaign settings.
 * Not the data itself and not the scores: opening the project reads the data again and scores
 * it again. Value type.
 */
struct WorkspaceState
{
    static constexpr int Format = 1;

    std::optional<DataSource> source; //!< unset: no data
    QString fingerprint;               //!< Workspace::dataFingerprint() when saved; empty: unknown
    QJsonObject columns;               //!< ColumnRoles::of(); empty: as the loader guesses
    FieldLabels labels;                //!< the user's field labels ("labels": {"column": "label"})
    ModelChoice model;
    QJsonObject train;
    QJsonObject campaign;

    /*!
     * The state of \a workspace now. A model from a training run of this session is named by the
     * project run the recorder recorded it as (run 0 while that is being written).
     */
    static WorkspaceState of(const Workspace &workspace);

    /*!
     * As JSON; a data file's path is also kept relative to \a projectFolder, so that a project
     * moved with its data (or mailed with it) still finds it.
     */
    QJsonObject toJson(const QDir &projectFolder) const;
    /*!
     * From JSON: a data file that is not where it was saved but is found at the same place
     * relative to \a projectFolder is taken from there.
     */
    static Result<WorkspaceState> fromJson(const QJsonObject &json, const QDir &projectFolder);
};

//! A data source as JSON, without the database password.
QJsonObject dataSourceToJson(const DataSource &source);
Result<DataSource> dataSourceFromJson(const QJsonObject &json);

} // namespace churnlens
