#!/usr/bin/python3
"""Python reference ("anchor") for the churn-prediction desktop app.

Reproduces the pipeline of a typical churn project on the IBM Telco file and records
every number the C++ app will be compared against:

  load CSV -> drop id -> TotalCharges to numeric (" " -> NaN)
  -> stratified 80/20 split (seed 42)
  -> fit on TRAIN only: median impute (numeric) / mode impute (categorical)
     + 0/1 missing-indicator columns, one-hot nominal (binary -> 1 column),
     StandardScaler on numeric columns
  -> three imbalance variants:
       smote    : SMOTE(k=5, seed 42) on the training part only
       none     : no resampling, no weights
       weighted : class_weight='balanced' (LR, RF) / scale_pos_weight=neg/pos (XGB)
  -> baselines LogisticRegression, RandomForest(200), XGBClassifier(hist)
  -> GridSearchCV(5-fold stratified, roc_auc) over
       learning_rate [0.05,0.1,0.2] x max_depth [3,4,6] x n_estimators [100,200,300]
     (for 'smote' SMOTE runs inside each CV fold via an imblearn Pipeline; the common
      leaky practice "SMOTE first, then CV" is also run, to show its optimistic CV score)
  -> test metrics (threshold 0.5): accuracy, precision, recall, F1, ROC AUC, PR AUC
     (average precision), Brier, log loss, lift in the top decile
  -> tuned-XGB top-10 gain importances and mean |SHAP| (pred_contribs=True) top-10.

Run with Debian's interpreter (python3-sklearn, python3-xgboost, python3-pandas,
python3-imblearn):   /usr/bin/python3 benchmarks/python/python_reference.py
Writes /tmp/python_reference_results.json and
/tmp/python_reference_test_predictions.csv; prints Markdown tables.
Environment variables such as OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE are NOT touched.
"""
import argparse
import json
import os
import platform
import sys
import time
import warnings

import numpy as np
import pandas as pd
import scipy
import sklearn
import xgboost as xgb
import imblearn
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import MissingIndicator, SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, average_precision_score, brier_score_loss,
                             f1_score, log_loss, precision_score, recall_score,
                             roc_auc_score, confusion_matrix)
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "..", "..", "tests", "data", "telco.csv")
SEED = 42
ID_COL = "customerID"
TARGET = "Churn"
NUMERIC = ["SeniorCitizen", "tenure", "MonthlyCharges", "TotalCharges"]
GRID = {"learning_rate": [0.05, 0.1, 0.2], "max_depth": [3, 4, 6],
        "n_estimators": [100, 200, 300]}


# ----------------------------------------------------------------------------- data
def load_telco(path):
    """Read the raw CSV; return (X DataFrame without id/target, y 0/1, ids)."""
    df = pd.read_csv(path)
    ids = df[ID_COL].astype(str).to_numpy()
    df = df.drop(columns=[ID_COL])
    # Blank / whitespace-only cells -> NaN (Telco: 11 TotalCharges cells are " ").
    obj = df.select_dtypes(include="object").columns
    df[obj] = df[obj].apply(lambda s: s.str.strip()).replace("", np.nan)
    df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
    y = (df.pop(TARGET) == "Yes").astype(int).to_numpy()
    return df, y, ids


def make_preprocessor(X):
    num = [c for c in NUMERIC if c in X.columns]
    cat = [c for c in X.columns if c not in num]
    return ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                          ("scale", StandardScaler())]), num),
        ("cat", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                          ("onehot", OneHotEncoder(drop="if_binary",
                                                   handle_unknown="ignore",
                                                   sparse_output=False))]), cat),
        # 0/1 indicator for every column that had a missing value in TRAIN
        ("missing", MissingIndicator(features="missing-only", error_on_new=False),
         num + cat),
    ])


def eda(X, y):
    d = X.copy()
    d["_churn"] = y
    out = {"rows": int(len(d)), "columns_after_id_drop": int(X.shape[1]),
           "positive_rate": float(y.mean()),
           "missing_per_column": {c: int(v) for c, v in X.isna().sum().items() if v},
           "churn_rate_by": {}, "numeric_mean_by_churn": {}}
    for c in ["Contract", "InternetService", "PaymentMethod", "SeniorCitizen"]:
        out["churn_rate_by"][c] = {str(k): round(float(v), 4)
                                   for k, v in d.groupby(c)["_churn"].mean().items()}
    bins = pd.cut(d["tenure"], [-1, 12, 24, 48, 72],
                  labels=["0-12", "13-24", "25-48", "49-72"])
    out["churn_rate_by"]["tenure_bucket"] = {
        str(k): round(float(v), 4) for k, v in d.groupby(bins)["_churn"].mean().items()}
    for c in ["tenure", "MonthlyCharges", "TotalCharges"]:
        out["numeric_mean_by_churn"][c] = {
            str(k): round(float(v), 4) for k, v in d.groupby("_churn")[c].mean().items()}
    return out


# -------------------------------------------------------------------------- metrics
def metrics(y_true, p, thr=0.5):
    pred = (p >= thr).astype(int)
    tn, fp, fn, tp = confusion_matrix(y_true, pred, labels=[0, 1]).ravel()
    k = int(np.ceil(0.10 * len(p)))
    top = np.argsort(-p, kind="mergesort")[:k]
    return {
        "accuracy": accuracy_score(y_true, pred),
        "precision": precision_score(y_true, pred, zero_division=0),
        "recall": recall_score(y_true, pred),
        "f1": f1_score(y_true, pred),
        "roc_auc": roc_auc_score(y_true, p),
        "pr_auc": average_precision_score(y_true, p),
        "brier": brier_score_loss(y_true, p),
        "log_loss": log_loss(y_true, np.clip(p, 1e-15, 1 - 1e-15)),
        "lift_top10pct": float(y_true[top].mean() / y_true.mean()),
        "tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn),
        "mean_pred": float(p.mean()),
    }


# --------------------------------------------------------------------------- models
def xgb_model(n_jobs, **kw):
    params = dict(tree_method="hist", n_jobs=n_jobs, random_state=SEED,
                  eval_metric="logloss")
    params.update(kw)
    return xgb.XGBClassifier(**params)


def baselines(variant, n_jobs, spw):
    cw = "balanced" if variant == "weighted" else None
    xkw = {"scale_pos_weight": spw} if variant == "weighted" else {}
    return {
        "LogisticRegression": LogisticRegression(max_iter=1000, class_weight=cw),
        "RandomForest": RandomForestClassifier(n_estimators=200, random_state=SEED,
                                               n_jobs=n_jobs, class_weight=cw),
        "XGBoost": xgb_model(n_jobs, **xkw),
    }


def importance_and_shap(model, feat_names, Xte):
    booster = model.get_booster() if hasattr(model, "get_booster") else model
    gain = booster.get_score(importance_type="gain")          # keys f0, f1, ...
    total = booster.get_score(importance_type="total_gain")
    g = sorted(((feat_names[int(k[1:])], v, total[k]) for k, v in gain.items()),
               key=lambda t: -t[1])
    dm = xgb.DMatrix(Xte)
    contrib = booster.predict(dm, pred_contribs=True)          # (n, F+1), last = bias
    margin = booster.predict(dm, output_margin=True)
    mabs = np.abs(contrib[:, :-1]).mean(axis=0)
    order = np.argsort(-mabs)
    return {
        "n_features_used_in_trees": len(gain),
        "top10_gain": [{"feature": f, "avg_gain": float(a), "total_gain": float(t)}
                       for f, a, t in g[:10]],
        "top10_mean_abs_shap": [{"feature": feat_names[i], "mean_abs_shap": float(mabs[i])}
                                for i in order[:10]],
        "shap_bias": float(contrib[0, -1]),
        "shap_additivity_max_abs_err": float(np.abs(contrib.sum(axis=1) - margin).max()),
    }


def grid_search(estimator, param_prefix, X, y, n_jobs_cv):
    grid = {param_prefix + k: v for k, v in GRID.items()}
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    gs = GridSearchCV(estimator, grid, scoring="roc_auc", cv=cv, n_jobs=n_jobs_cv,
                      refit=True)
    t0 = time.perf_counter()
    gs.fit(X, y)
    dt = time.perf_counter() - t0
    best = {k[len(param_prefix):]: v for k, v in gs.best_params_.items()}
    return gs, best, float(gs.best_score_), dt


# ----------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--n-jobs", type=int, default=2, help="threads for XGB/RF")
    ap.add_argument("--out-json", default="/tmp/python_reference_results.json")
    ap.add_argument("--out-pred",
                    default="/tmp/python_reference_test_predictions.csv")
    args = ap.parse_args()
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)

    t_start = time.perf_counter()
    X, y, ids = load_telco(args.data)
    result = {"data": os.path.abspath(args.data), "eda": eda(X, y)}
    Xtr_df, Xte_df, ytr, yte, id_tr, id_te = train_test_split(
        X, y, ids, test_size=0.2, stratify=y, random_state=SEED)
    pre = make_preprocessor(Xtr_df)
    Xtr = pre.fit_transform(Xtr_df).astype(np.float64)
    Xte = pre.transform(Xte_df).astype(np.float64)
    feat = [n.split("__", 1)[1] for n in pre.get_feature_names_out()]
    spw = float((ytr == 0).sum() / (ytr == 1).sum())
    smote = SMOTE(random_state=SEED, k_neighbors=5)
    Xtr_sm, ytr_sm = smote.fit_resample(Xtr, ytr)
    result["split"] = {
        "train_rows": int(len(ytr)), "test_rows": int(len(yte)),
        "train_pos": int(ytr.sum()), "test_pos": int(yte.sum()),
        "test_missing_TotalCharges": int(Xte_df["TotalCharges"].isna().sum()),
        "train_missing_TotalCharges": int(Xtr_df["TotalCharges"].isna().sum()),
        "n_features": len(feat), "features": feat,
        "smote_train_rows": int(len(ytr_sm)), "smote_train_pos": int(ytr_sm.sum()),
        "scale_pos_weight": spw,
        "median_TotalCharges_train": float(pre.named_transformers_["num"]
                                           .named_steps["impute"].statistics_[3]),
    }

    preds = {"customerID": id_te, "y_true": yte}
    result["variants"] = {}
    for variant in ["smote", "none", "weighted"]:
        Xfit, yfit = (Xtr_sm, ytr_sm) if variant == "smote" else (Xtr, ytr)
        vres = {"models": {}}
        for name, model in baselines(variant, args.n_jobs, spw).items():
            t0 = time.perf_counter()
            model.fit(Xfit, yfit)
            fit_s = time.perf_counter() - t0
            p = model.predict_proba(Xte)[:, 1]
            vres["models"][name] = dict(metrics(yte, p), fit_seconds=fit_s)
            preds[f"{variant}_{name}"] = p

        # tuned XGB
        if variant == "smote":
            est = ImbPipeline([("smote", SMOTE(random_state=SEED, k_neighbors=5)),
                               ("xgb", xgb_model(args.n_jobs))])
            gs, best, cv_auc, gs_s = grid_search(est, "xgb__", Xtr, ytr, 1)
            tuned = gs.best_estimator_.named_steps["xgb"]
        else:
            xkw = {"scale_pos_weight": spw} if variant == "weighted" else {}
            gs, best, cv_auc, gs_s = grid_search(xgb_model(args.n_jobs, **xkw), "",
                                                 Xtr, ytr, 1)
            tuned = gs.best_estimator_
        p = tuned.predict_proba(Xte)[:, 1]
        preds[f"{variant}_XGBoost_tuned"] = p
        vres["models"]["XGBoost_tuned"] = dict(metrics(yte, p), best_params=best,
                                               cv_best_roc_auc=cv_auc,
                                               gridsearch_seconds=gs_s)
        vres["explain"] = importance_and_shap(tuned, feat, Xte)
        vres["cv_table"] = [
            {"params": {k.split("__")[-1]: v for k, v in prm.items()},
             "mean_test_roc_auc": float(m), "std_test_roc_auc": float(s)}
            for prm, m, s in zip(gs.cv_results_["params"],
                                 gs.cv_results_["mean_test_score"],
                                 gs.cv_results_["std_test_score"])]
        result["variants"][variant] = vres

    # the common (leaky) practice: SMOTE the whole training part, then cross-validate
    gs, best, cv_auc, gs_s = grid_search(xgb_model(args.n_jobs), "", Xtr_sm, ytr_sm, 1)
    p = gs.best_estimator_.predict_proba(Xte)[:, 1]
    result["smote_before_cv_leaky"] = dict(metrics(yte, p), best_params=best,
                                           cv_best_roc_auc=cv_auc,
                                           gridsearch_seconds=gs_s)

    result["versions"] = versions()
    result["total_seconds"] = time.perf_counter() - t_start
    with open(args.out_json, "w") as f:
        json.dump(result, f, indent=1, default=float)
    pd.DataFrame(preds).to_csv(args.out_pred, index=False, float_format="%.6f")
    print_markdown(result)


def versions():
    import threadpoolctl
    return {
        "python": sys.version.split()[0], "executable": sys.executable,
        "numpy": np.__version__, "scipy": scipy.__version__, "pandas": pd.__version__,
        "sklearn": sklearn.__version__, "xgboost": xgb.__version__,
        "imblearn": imblearn.__version__, "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "blas": [{k: d.get(k) for k in ("internal_api", "version", "filepath",
                                         "num_threads")}
                 for d in threadpoolctl.threadpool_info()],
        "env": {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE",
                                               "OMP_NUM_THREADS",
                                               "OPENBLAS_NUM_THREADS")},
    }


def print_markdown(r):
    s = r["split"]
    print(f"train {s['train_rows']} (pos {s['train_pos']}), test {s['test_rows']} "
          f"(pos {s['test_pos']}), features {s['n_features']}, "
          f"SMOTE train {s['smote_train_rows']}, scale_pos_weight {s['scale_pos_weight']:.4f}")
    cols = ["accuracy", "precision", "recall", "f1", "roc_auc", "pr_auc", "brier",
            "lift_top10pct"]
    print("\n| variant | model | " + " | ".join(cols) + " | fit s |")
    print("|---|---|" + "---|" * (len(cols) + 1))
    for v, vres in r["variants"].items():
        for m, d in vres["models"].items():
            t = d.get("fit_seconds", d.get("gridsearch_seconds"))
            print(f"| {v} | {m} | " + " | ".join(f"{d[c]:.4f}" for c in cols)
                  + f" | {t:.2f} |")
    d = r["smote_before_cv_leaky"]
    print("| smote-before-CV (leaky) | XGBoost_tuned | "
          + " | ".join(f"{d[c]:.4f}" for c in cols) + f" | {d['gridsearch_seconds']:.2f} |")
    print("\n| variant | best params | CV ROC AUC | test ROC AUC |")
    print("|---|---|---|---|")
    for v, vres in r["variants"].items():
        d = vres["models"]["XGBoost_tuned"]
        print(f"| {v} | {d['best_params']} | {d['cv_best_roc_auc']:.4f} | {d['roc_auc']:.4f} |")
    print(f"| smote-before-CV (leaky) | {d_l['best_params'] if (d_l := r['smote_before_cv_leaky']) else ''}"
          f" | {d_l['cv_best_roc_auc']:.4f} | {d_l['roc_auc']:.4f} |")
    for v, vres in r["variants"].items():
        e = vres["explain"]
        print(f"\n[{v}] tuned XGB: SHAP bias {e['shap_bias']:.4f}, additivity max err "
              f"{e['shap_additivity_max_abs_err']:.2e}")
        print("| rank | feature (gain) | avg gain | feature (mean abs SHAP) | mean abs SHAP |")
        print("|---|---|---|---|---|")
        for i, (g, sh) in enumerate(zip(e["top10_gain"], e["top10_mean_abs_shap"]), 1):
            print(f"| {i} | {g['feature']} | {g['avg_gain']:.3f} | {sh['feature']} | "
                  f"{sh['mean_abs_shap']:.4f} |")
    print(f"\ntotal {r['total_seconds']:.1f} s")


if __name__ == "__main__":
    main()
