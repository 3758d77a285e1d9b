#!/usr/bin/python3
"""A churn model trained by Python's xgboost on Telco, for ChurnLens's import cross-check.

tst_modelimporter imports model.json here with preparation.json (a copy of the preparation of
models/default, which made the features), scores tests/data/telco.csv through ChurnLens's own
scoring path and requires every probability to be within 1e-6 of predictions.csv, which is
Python's own Booster.predict() on the same customers.

Regenerate (Debian 12: apt-get install python3-xgboost python3-numpy; use /usr/bin/python3):

    build/app/churnlens-cli prepare tests/data/telco.csv --model models/default -o /tmp/telco_features.csv
    /usr/bin/python3 tests/data/python_model/make_python_model.py /tmp/telco_features.csv \
        --preparation models/default/preparation.json

The features CSV has one column per model feature, named as ChurnLens names it, and the churn
label (0/1) as the last column "__label"; empty cells are missing values. Only the standard
csv module and float() read it, so every value reaches xgboost exactly as ChurnLens has it.
Training is deterministic (one thread, fixed seed): the same CSV gives the same files.
"""

import argparse
import csv
import math
import os
import shutil
import sys

import numpy as np
import xgboost as xgb

LABEL = "__label"
PARAMS = {
    "objective": "binary:logistic",
    "eval_metric": "logloss",
    "max_depth": 4,
    "eta": 0.1,
    "tree_method": "hist",
    "seed": 7,
    "nthread": 1,
}
ROUNDS = 60


def read_features(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    if header[-1] != LABEL:
        sys.exit(f"{path}: the last column must be {LABEL} (prepare a file that has the churn column)")
    names = header[:-1]
    x = np.array([[float(v) if v != "" else math.nan for v in r[:-1]] for r in body], dtype=np.float64)
    y = np.array([float(r[-1]) if r[-1] != "" else math.nan for r in body], dtype=np.float64)
    return names, x, y


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("features", help="CSV written by churnlens-cli prepare")
    parser.add_argument("--preparation", help="preparation.json of the model that prepared the CSV (copied next to the model)")
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)), help="output folder (default: this script's)")
    args = parser.parse_args()

    names, x, y = read_features(args.features)
    known = ~np.isnan(y)
    train = xgb.DMatrix(x[known], label=y[known], feature_names=names, missing=math.nan)
    booster = xgb.train(PARAMS, train, num_boost_round=ROUNDS)
    booster.save_model(os.path.join(args.out, "model.json"))

    everyone = xgb.DMatrix(x, feature_names=names, missing=math.nan)
    p = booster.predict(everyone)
    with open(os.path.join(args.out, "predictions.csv"), "w", newline="", encoding="utf-8") as f:
        f.write("row,probability\n")
        for i, v in enumerate(p):
            f.write("%d,%.17g\n" % (i, float(v)))
    if args.preparation:
        shutil.copyfile(args.preparation, os.path.join(args.out, "preparation.json"))
    print(f"xgboost {xgb.__version__}: {ROUNDS} rounds on {int(known.sum())} rows, {len(names)} features; "
          f"predicted {len(p)} rows (mean {float(np.mean(p)):.4f})")


if __name__ == "__main__":
    main()
