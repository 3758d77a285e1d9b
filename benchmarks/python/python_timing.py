#!/usr/bin/python3
"""Scaling / timing anchor for the churn app (Python side).

Needs /tmp/telco_1m.csv from benchmarks/python/make_big.py. Every step is timed with
time.perf_counter(); the reported figure is the median of --reps runs (default 3)
unless stated otherwise (GridSearchCV: --grid-reps, default 3).

Steps
  read_csv      pandas.read_csv of the 1M-row file, each rep in a FRESH interpreter
                so that peak RSS (resource.getrusage ru_maxrss) is that of the read alone
  preprocess    blank->NaN + TotalCharges to numeric + target map (clean), then
                ColumnTransformer fit_transform (median/mode impute, missing indicators,
                one-hot, StandardScaler) on all 1M rows
  smote_100k    SMOTE(k=5, seed 42).fit_resample on the first 100K preprocessed rows
  xgb_fit_100k / xgb_fit_1m   XGBClassifier(200 trees, depth 6, lr 0.1, hist, n_jobs=2)
  predict_proba_1m            the 1M-trained model on all 1M rows
  shap_10k / shap_100k        Booster.predict(DMatrix, pred_contribs=True)
  gridsearch    GridSearchCV(5-fold stratified, roc_auc) over the 27-point grid of
                python_reference.py on --grid-rows rows (XGB n_jobs=2, CV n_jobs=1)

  /usr/bin/python3 benchmarks/python/python_timing.py [--reps 3] [--grid-rows 100000]
Writes /tmp/python_timing_results.json and prints Markdown tables.
OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE and other environment variables are not touched.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import warnings

import numpy as np
import pandas as pd
import xgboost as xgb
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import GridSearchCV, StratifiedKFold

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import python_reference as ref  # noqa: E402  (same preprocessing code)

READ_CHILD = r"""
import json, resource, sys, time
import pandas as pd
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
df = pd.read_csv(sys.argv[1])
dt = time.perf_counter() - t
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": dt, "maxrss_kib_before": rss0, "maxrss_kib_after": rss1,
                  "shape": list(df.shape),
                  "df_memory_bytes_deep": int(df.memory_usage(deep=True).sum())}))
"""


def timed(fn, reps):
    times, out = [], None
    for _ in range(reps):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times, out


def row(name, rows, med, times, **extra):
    d = {"step": name, "rows": rows, "median_s": med, "all_s": times,
         "rows_per_s": rows / med if med > 0 else None}
    d.update(extra)
    print(f"  {name:<18} rows={rows:>9} median={med:8.3f}s  runs={['%.3f' % x for x in times]}"
          + (f"  {extra}" if extra else ""), flush=True)
    return d


def clean(df):
    """Same cleaning as python_reference.load_telco, on an in-memory DataFrame."""
    df = df.drop(columns=[ref.ID_COL])
    obj = df.select_dtypes(include="object").columns
    df[obj] = df[obj].apply(lambda s: s.str.strip()).replace("", np.nan)
    df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
    y = (df.pop(ref.TARGET) == "Yes").astype(int).to_numpy()
    return df, y


def xgb_fixed(n_jobs):
    return xgb.XGBClassifier(n_estimators=200, max_depth=6, learning_rate=0.1,
                             tree_method="hist", n_jobs=n_jobs, random_state=ref.SEED,
                             eval_metric="logloss")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", default="/tmp/telco_1m.csv")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--n-jobs", type=int, default=2)
    ap.add_argument("--grid-rows", type=int, default=100_000,
                    help="rows for the GridSearchCV timing (0 = skip)")
    ap.add_argument("--grid-reps", type=int, default=3)
    ap.add_argument("--out-json", default="/tmp/python_timing_results.json")
    a = ap.parse_args()
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
    res = {"csv": a.csv, "csv_bytes": os.path.getsize(a.csv), "reps": a.reps,
           "n_jobs": a.n_jobs, "steps": [], "versions": ref.versions()}
    S = res["steps"]

    # 1. read_csv in fresh interpreters (peak RSS of the read alone)
    print("read_csv (fresh interpreter per run)", flush=True)
    child = []
    for _ in range(a.reps):
        out = subprocess.run([sys.executable, "-c", READ_CHILD, a.csv], check=True,
                             capture_output=True, text=True).stdout
        child.append(json.loads(out.strip().splitlines()[-1]))
    times = [c["seconds"] for c in child]
    n_rows = child[0]["shape"][0]
    S.append(row("read_csv", n_rows, statistics.median(times), times,
                 peak_rss_mib=max(c["maxrss_kib_after"] for c in child) / 1024,
                 rss_after_import_mib=child[0]["maxrss_kib_before"] / 1024,
                 df_memory_mib=child[0]["df_memory_bytes_deep"] / 2**20))

    # in-process copy for the following steps
    df = pd.read_csv(a.csv)

    # 2. preprocessing
    print("preprocess", flush=True)
    med, ts, (X_df, y) = timed(lambda: clean(df), a.reps)
    S.append(row("clean", len(df), med, ts))

    def fit_transform():
        pre = ref.make_preprocessor(X_df)
        return pre.fit_transform(X_df).astype(np.float32), pre
    med, ts, (X, pre) = timed(fit_transform, a.reps)
    S.append(row("column_transform", len(df), med, ts, n_features=int(X.shape[1])))
    tot = [c + t for c, t in zip(S[-2]["all_s"], S[-1]["all_s"])]
    S.append(row("preprocess_total", len(df), statistics.median(tot), tot))
    del df

    # 3. SMOTE on 100K
    print("smote", flush=True)
    n = 100_000
    med, ts, (Xs, ys) = timed(
        lambda: SMOTE(random_state=ref.SEED, k_neighbors=5).fit_resample(X[:n], y[:n]),
        a.reps)
    S.append(row("smote_100k", n, med, ts, out_rows=int(len(ys)),
                 minority_in=int(y[:n].sum())))
    del Xs, ys

    # 4. XGB fit 100K / 1M
    print("xgb fit", flush=True)
    for n, name in [(100_000, "xgb_fit_100k"), (len(y), "xgb_fit_1m")]:
        med, ts, model = timed(lambda: xgb_fixed(a.n_jobs).fit(X[:n], y[:n]), a.reps)
        S.append(row(name, n, med, ts))
    booster = model.get_booster()

    # 5. predict_proba on 1M (model trained on 1M)
    print("predict", flush=True)
    med, ts, p = timed(lambda: model.predict_proba(X)[:, 1], a.reps)
    S.append(row("predict_proba_1m", len(y), med, ts, mean_prob=float(p.mean())))

    # 6. TreeSHAP
    print("shap", flush=True)
    for n, name in [(10_000, "shap_10k"), (100_000, "shap_100k")]:
        med, ts, c = timed(lambda: booster.predict(xgb.DMatrix(X[:n]), pred_contribs=True),
                           a.reps)
        S.append(row(name, n, med, ts, out_shape=list(c.shape)))

    # 7. GridSearchCV
    if a.grid_rows:
        print("gridsearch", flush=True)
        n = min(a.grid_rows, len(y))

        def gs():
            cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=ref.SEED)
            g = GridSearchCV(ref.xgb_model(a.n_jobs), ref.GRID, scoring="roc_auc",
                             cv=cv, n_jobs=1)
            g.fit(X[:n], y[:n])
            return g
        med, ts, g = timed(gs, a.grid_reps)
        S.append(row("gridsearch_27x5", n, med, ts, fits=135,
                     best_params=g.best_params_, cv_best_roc_auc=float(g.best_score_)))

    res["peak_rss_process_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open(a.out_json, "w") as f:
        json.dump(res, f, indent=1, default=str)
    print("\n| step | rows | median s | rows/s | runs (s) |")
    print("|---|---|---|---|---|")
    for s in S:
        print(f"| {s['step']} | {s['rows']:,} | {s['median_s']:.3f} | "
              f"{s['rows_per_s']:,.0f} | {', '.join('%.3f' % x for x in s['all_s'])} |")
    print(f"peak RSS of this process: {res['peak_rss_process_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
