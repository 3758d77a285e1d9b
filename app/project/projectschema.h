#pragma once

#include "common/error.h"

namespace churnlens {

class SqliteDb;

/*!
 * The project file's tables, as a list of steps: step N turns a schema-(N-1) file into a
 * schema-N file, and a new file is made by running every step from 0. PRAGMA user_version
 * holds the schema a file has; application_id marks it as a ChurnLens project.
 *
 * Schema 1: runs and their models, model versions and the registry's event log, scorings,
 *           exports, the saved workspace state.
 * Schema 2: notes and tags on runs; exports linked to the model version and scoring they
 *           came from; a run's report and settings in their own table (run_reports), as
 *           compressed JSON; indexes for the runs table and the registry history.
 * Schema 3: each scoring's predicted churn rate, monthly revenue at risk and realised churn
 *           rate (the impact dashboard's trend).
 */
namespace ProjectSchema {

constexpr int Current = 4;
constexpr int ApplicationId = 0x43484c4e; // "CHLN"

//! Brings \a db from schema \a from up to \a to (inside the caller's transaction).
Result<void> migrate(const SqliteDb &db, int from, int to = Current);

} // namespace ProjectSchema

} // namespace churnlens
