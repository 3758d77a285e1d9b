#!/usr/bin/python3
"""What a Python expert does to get a tuned XGBoost on a churn file, timed.

The preparation and grid of python_reference.py ("none" variant), generalised to any churn CSV:

  load CSV -> blank cells to NaN -> drop the id column (if there is one)
  -> every column whose non-blank values are all numbers is numeric (Telco: SeniorCitizen,
     tenure, MonthlyCharges, TotalCharges), the others nominal
  -> test rows: the ids of --test-ids, or a stratified 80/20 split (seed 42)
  -> fit on TRAIN only: median impute (numeric) / mode impute (nominal) + 0/1 missing-indicator
     columns, one-hot nominal (binary -> 1 column), StandardScaler on numeric columns
  -> GridSearchCV(XGBClassifier hist, 5-fold stratified seed 42, roc_auc) over
     learning_rate [0.05,0.1,0.2] x max_depth [3,4,6] x n_estimators [100,200,300], refit
  -> test ROC AUC, Brier, log loss, ECE (10 equal-width bins, sum n_b/N |mean y - mean p|).

Prints one JSON object. Run with Debian's interpreter (python3-sklearn, python3-xgboost,
python3-pandas):
  /usr/bin/python3 benchmarks/python/python_tuned_xgb.py tests/data/telco.csv \
      --test-ids tests/data/telco_test_ids.txt
"""
import time

T_START = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
import xgboost as xgb  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.impute import MissingIndicator, SimpleImputer  # noqa: E402
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score  # noqa: E402
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split  # noqa: E402
from sklearn.pipeline import Pipeline  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

SEED = 42
# python_reference.GRID (not imported: that module needs imbalanced-learn)
GRID = {"learning_rate": [0.05, 0.1, 0.2], "max_depth": [3, 4, 6],
        "n_estimators": [100, 200, 300]}
POSITIVE = {"yes", "1", "1.0", "true"}


def load(path, target, id_col):
    """Read the CSV; return (X without id/target, y 0/1, ids as strings, numeric columns)."""
    df = pd.read_csv(path)
    if target not in df.columns:
        sys.exit(f"python_tuned_xgb: no column \"{target}\" in {path}")
    obj = df.select_dtypes(include="object").columns
    df[obj] = df[obj].apply(lambda s: s.str.strip()).replace("", np.nan)
    if id_col and id_col in df.columns:
        ids = df.pop(id_col).astype(str).to_numpy()
    else:
        ids = np.array([str(i) for i in range(len(df))])
    y = df.pop(target).astype(str).str.strip().str.lower().isin(POSITIVE).astype(int).to_numpy()
    numeric = []
    for c in df.columns:
        if pd.api.types.is_numeric_dtype(df[c]):
            numeric.append(c)
            continue
        coerced = pd.to_numeric(df[c], errors="coerce")
        if df[c].notna().any() and coerced.notna().sum() == df[c].notna().sum():
            df[c] = coerced          # e.g. Telco's TotalCharges, read as text for its " " cells
            numeric.append(c)
    return df, y, ids, numeric


def make_preprocessor(num, cat):
    """python_reference.make_preprocessor with the numeric columns given."""
    return ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                          ("scale", StandardScaler())]), num),
        ("cat", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                          ("onehot", OneHotEncoder(drop="if_binary",
                                                   handle_unknown="ignore",
                                                   sparse_output=False))]), cat),
        ("missing", MissingIndicator(features="missing-only", error_on_new=False),
         num + cat),
    ])


def ece(y, p, bins=10):
    """Expected calibration error, bin b = [b/bins, (b+1)/bins), the last one holding 1."""
    b = np.minimum((np.clip(p, 0.0, 1.0) * bins).astype(int), bins - 1)
    total = 0.0
    for k in range(bins):
        m = b == k
        if m.any():
            total += m.sum() / len(p) * abs(y[m].mean() - p[m].mean())
    return float(total)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data")
    ap.add_argument("--target", default="Churn")
    ap.add_argument("--id", default="customerID", help="id column (dropped; optional)")
    ap.add_argument("--test-ids", help="file with one id per line: the test rows")
    ap.add_argument("--n-jobs", type=int, default=2, help="threads for XGBoost")
    args = ap.parse_args()
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)

    X, y, ids, num = load(args.data, args.target, args.id)
    cat = [c for c in X.columns if c not in num]
    if args.test_ids:
        with open(args.test_ids) as f:
            wanted = {line.strip() for line in f if line.strip()}
        test = np.isin(ids, list(wanted))
        if not test.any():
            sys.exit("python_tuned_xgb: no row has an id of " + args.test_ids)
        Xtr_df, Xte_df, ytr, yte = X[~test], X[test], y[~test], y[test]
    else:
        Xtr_df, Xte_df, ytr, yte = train_test_split(X, y, test_size=0.2, stratify=y,
                                                    random_state=SEED)
    pre = make_preprocessor(num, cat)
    Xtr = pre.fit_transform(Xtr_df).astype(np.float64)
    Xte = pre.transform(Xte_df).astype(np.float64)

    est = xgb.XGBClassifier(tree_method="hist", n_jobs=args.n_jobs, random_state=SEED,
                            eval_metric="logloss")
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    gs = GridSearchCV(est, GRID, scoring="roc_auc", cv=cv, n_jobs=1, refit=True)
    t0 = time.perf_counter()
    gs.fit(Xtr, ytr)
    grid_s = time.perf_counter() - t0
    p = gs.best_estimator_.predict_proba(Xte)[:, 1].astype(np.float64)

    out = {
        "data": args.data,
        "train_rows": int(len(ytr)), "test_rows": int(len(yte)),
        "test_positives": int(yte.sum()), "features": int(Xtr.shape[1]),
        "numeric_columns": num,
        "best_params": {k: (float(v) if isinstance(v, float) else int(v))
                        for k, v in gs.best_params_.items()},
        "cv_roc_auc": float(gs.best_score_),
        "test": {
            "roc_auc": float(roc_auc_score(yte, p)),
            "brier": float(brier_score_loss(yte, p)),
            "log_loss": float(log_loss(yte, np.clip(p, 1e-15, 1 - 1e-15))),
            "ece": ece(yte, p),
        },
        "grid_seconds": grid_s,
        "seconds": time.perf_counter() - T_START,
        "versions": {"python": sys.version.split()[0], "xgboost": xgb.__version__,
                     "sklearn": sklearn.__version__, "pandas": pd.__version__},
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
