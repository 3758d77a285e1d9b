#include "projectschema.h"

#include "sqlitedb.h"

#include <array>

namespace churnlens::ProjectSchema {

namespace {

// Step 1: the first schema. Times are ISO 8601 UTC text; JSON columns hold objects written by
// the stores; model files are the exact bytes ModelBundle::encode() gives.
constexpr const char *Schema1 = R"sql(
CREATE TABLE state(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE runs(
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    data_name TEXT NOT NULL,
    data_fingerprint TEXT NOT NULL,
    target TEXT NOT NULL,
    train_rows INTEGER NOT NULL,
    test_rows INTEGER NOT NULL,
    families TEXT NOT NULL,
    best_family TEXT NOT NULL,
    test_auc REAL,
    cv_auc REAL,
    test_f1 REAL,
    seconds REAL NOT NULL,
    status TEXT NOT NULL,
    report TEXT NOT NULL,
    settings TEXT NOT NULL);
CREATE TABLE run_models(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    family TEXT NOT NULL,
    model_file TEXT NOT NULL,
    model BLOB NOT NULL,
    preparation BLOB NOT NULL,
    meta BLOB NOT NULL,
    PRIMARY KEY(run_id, idx));
CREATE TABLE versions(
    version INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    run_id INTEGER,
    model_index INTEGER,
    family TEXT NOT NULL,
    status TEXT NOT NULL CHECK(status IN ('champion', 'challenger', 'archived')),
    threshold REAL NOT NULL,
    test_auc REAL,
    origin TEXT NOT NULL,
    model_file TEXT NOT NULL,
    model BLOB NOT NULL,
    preparation BLOB NOT NULL,
    meta BLOB NOT NULL);
CREATE UNIQUE INDEX versions_one_champion ON versions(status) WHERE status = 'champion';
CREATE TABLE registry_events(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    version INTEGER NOT NULL,
    previous_champion INTEGER,
    champion INTEGER,
    user TEXT NOT NULL,
    reason TEXT NOT NULL);
CREATE TABLE scorings(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    source TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    version INTEGER,
    model TEXT NOT NULL,
    threshold REAL NOT NULL,
    rows INTEGER NOT NULL,
    high INTEGER NOT NULL,
    medium INTEGER NOT NULL,
    low INTEGER NOT NULL,
    selection TEXT NOT NULL);
CREATE TABLE exports(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    file TEXT NOT NULL,
    format TEXT NOT NULL,
    model TEXT NOT NULL,
    threshold REAL,
    rows INTEGER NOT NULL,
    selection TEXT NOT NULL,
    source TEXT NOT NULL);
)sql";

// Step 2: what users asked for once they had a history to look back on; and the reports move
// out of the runs table (stored compressed), so listing thousands of runs reads only the
// listed columns.
constexpr const char *Schema2 = R"sql(
CREATE TABLE run_reports(
    run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    report BLOB NOT NULL,
    settings BLOB NOT NULL);
INSERT INTO run_reports(run_id, report, settings) SELECT id, report, settings FROM runs;
ALTER TABLE runs DROP COLUMN report;
ALTER TABLE runs DROP COLUMN settings;
ALTER TABLE runs ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN tags TEXT NOT NULL DEFAULT '';
ALTER TABLE exports ADD COLUMN version INTEGER;
ALTER TABLE exports ADD COLUMN scoring_id INTEGER;
CREATE INDEX runs_created ON runs(created);
CREATE INDEX registry_events_at ON registry_events(at);
CREATE INDEX scorings_at ON scorings(at);
)sql";

// Step 3: what the impact dashboard's trend needs from each scoring: the predicted churn rate,
// the monthly revenue at risk and, when the file recorded outcomes, the realised churn rate
// (NULL where unknown, and for scorings recorded before).
constexpr const char *Schema3 = R"sql(
ALTER TABLE scorings ADD COLUMN mean_probability REAL;
ALTER TABLE scorings ADD COLUMN revenue_at_risk REAL;
ALTER TABLE scorings ADD COLUMN observed_churn REAL;
)sql";

// Step 4: the Monitor's memory. Every check of a file against a model (drift, performance, the
// recommendation; linked to the scoring of the same file when there is one), every champion vs
// challenger comparison, and which comparison a promotion cited.
constexpr const char *Schema4 = R"sql(
CREATE TABLE monitor_checks(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    version INTEGER NOT NULL,
    scoring_id INTEGER REFERENCES scorings(id) ON DELETE SET NULL,
    data_name TEXT NOT NULL,
    data_fingerprint TEXT NOT NULL,
    rows INTEGER NOT NULL,
    drifted_share REAL,
    prediction_psi REAL,
    accuracy REAL,
    accuracy_estimated INTEGER NOT NULL,
    roc_auc REAL,
    recommendation TEXT NOT NULL,
    report BLOB NOT NULL);
CREATE INDEX monitor_checks_at ON monitor_checks(at);
CREATE TABLE comparisons(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    champion INTEGER NOT NULL,
    challenger INTEGER NOT NULL,
    data_name TEXT NOT NULL,
    champion_auc REAL,
    challenger_auc REAL,
    p_value REAL,
    report BLOB NOT NULL);
ALTER TABLE registry_events ADD COLUMN comparison_id INTEGER REFERENCES comparisons(id);
)sql";

constexpr std::array<const char *, Current> Steps{Schema1, Schema2, Schema3, Schema4};

} // namespace

Result<void> migrate(const SqliteDb &db, int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        if (auto done = db.exec(Steps[size_t(version - 1)]); !done)
            return done;
    }
    if (auto done = db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(to)).constData()); !done)
        return done;
    return db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(ApplicationId)).constData());
}

} // namespace churnlens::ProjectSchema
