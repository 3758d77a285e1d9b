#!/usr/bin/env python3
"""Writes project_schema1.churnlens: a project as ChurnLens's first project format (schema 1)
saved it, with one run, its model and one registered champion version (the shipped default
model). tst_projectfile opens it to check that an older project is upgraded. The schema below
is frozen: it is step 1 of app/project/projectschema.cpp and must never change.

    python3 tests/data/make_project_schema1.py
"""
import json
import os
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = os.path.join(HERE, "..", "..", "models", "default")
OUT = os.path.join(HERE, "project_schema1.churnlens")

SCHEMA1 = """
CREATE TABLE state(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE runs(id INTEGER PRIMARY KEY, created TEXT NOT NULL, data_name TEXT NOT NULL,
    data_fingerprint TEXT NOT NULL, target TEXT NOT NULL, train_rows INTEGER NOT NULL,
    test_rows INTEGER NOT NULL, families TEXT NOT NULL, best_family TEXT NOT NULL, test_auc REAL,
    cv_auc REAL, test_f1 REAL, seconds REAL NOT NULL, status TEXT NOT NULL, report TEXT NOT NULL,
    settings TEXT NOT NULL);
CREATE TABLE run_models(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, family TEXT NOT NULL, model_file TEXT NOT NULL, model BLOB NOT NULL,
    preparation BLOB NOT NULL, meta BLOB NOT NULL, PRIMARY KEY(run_id, idx));
CREATE TABLE versions(version INTEGER PRIMARY KEY, created TEXT NOT NULL, run_id INTEGER,
    model_index INTEGER, family TEXT NOT NULL,
    status TEXT NOT NULL CHECK(status IN ('champion', 'challenger', 'archived')),
    threshold REAL NOT NULL, test_auc REAL, origin TEXT NOT NULL, model_file TEXT NOT NULL,
    model BLOB NOT NULL, preparation BLOB NOT NULL, meta BLOB NOT NULL);
CREATE UNIQUE INDEX versions_one_champion ON versions(status) WHERE status = 'champion';
CREATE TABLE registry_events(id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL,
    version INTEGER NOT NULL, previous_champion INTEGER, champion INTEGER, user TEXT NOT NULL,
    reason TEXT NOT NULL);
CREATE TABLE scorings(id INTEGER PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL,
    fingerprint TEXT NOT NULL, version INTEGER, model TEXT NOT NULL, threshold REAL NOT NULL,
    rows INTEGER NOT NULL, high INTEGER NOT NULL, medium INTEGER NOT NULL, low INTEGER NOT NULL,
    selection TEXT NOT NULL);
CREATE TABLE exports(id INTEGER PRIMARY KEY, at TEXT NOT NULL, file TEXT NOT NULL,
    format TEXT NOT NULL, model TEXT NOT NULL, threshold REAL, rows INTEGER NOT NULL,
    selection TEXT NOT NULL, source TEXT NOT NULL);
"""


def read(name):
    with open(os.path.join(MODEL, name), "rb") as f:
        return f.read()


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    db = sqlite3.connect(OUT)
    db.executescript(SCHEMA1)
    model, prep, meta = read("model.json"), read("preparation.json"), read("meta.json")
    m = json.loads(meta)
    auc = m["metrics"]["test"]["roc_auc"]
    db.execute("INSERT INTO runs VALUES(1, '2026-01-05T09:30:00.000Z', 'telco.csv', ?, 'Churn', 5634, 1409,"
               " 'xgboost', 'xgboost', ?, NULL, NULL, 2.5, 'finished', ?, '{}')",
               (m.get("data_fingerprint", ""), auc, json.dumps({"seed": m.get("seed", 42)})))
    db.execute("INSERT INTO run_models VALUES(1, 0, 'xgboost', 'model.json', ?, ?, ?)", (model, prep, meta))
    db.execute("INSERT INTO versions VALUES(1, '2026-01-05T09:31:00.000Z', 1, 0, 'xgboost', 'champion', ?, ?,"
               " 'run 1', 'model.json', ?, ?, ?)", (m["threshold"], auc, model, prep, meta))
    db.execute("INSERT INTO registry_events VALUES(1, '2026-01-05T09:31:00.000Z', 'register', 1, NULL, NULL,"
               " 'analyst', 'first model')")
    db.execute("INSERT INTO registry_events VALUES(2, '2026-01-05T09:31:00.000Z', 'promote', 1, NULL, 1,"
               " 'analyst', 'The project''s first model version becomes champion.')")
    db.execute("INSERT INTO exports VALUES(1, '2026-01-06T10:00:00.000Z', '/home/analyst/high-risk.xlsx', 'xlsx',"
               " 'run 1: XGBoost', ?, 500, 'top 500', 'telco.csv')", (m["threshold"],))
    db.execute("PRAGMA user_version = 1")
    db.execute("PRAGMA application_id = %d" % 0x43484C4E)
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    main()
