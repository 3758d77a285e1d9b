#!/usr/bin/python3
"""Python anchor for the drift report: what a notebook user writes with pandas + numpy + scipy.

Per feature of the reference file: numeric -> PSI and KL on 10 reference-quantile bins (empty bins 1e-4),
Jensen-Shannon distance, two-sample KS; categorical -> PSI, KL, JS on level shares, chi-square test.
Prints one JSON object: seconds (load and compute separately), per-feature measures.
usage: python_drift.py REFERENCE.csv NEW.csv [--target Churn] [--id customerID]
"""
# Copied into the repository on 2026-12-03 from the project's Python anchors (shared/anchors/python_drift.py); code unchanged.
import json, sys, time
import numpy as np, pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon

def shares(counts):
    s = counts / max(counts.sum(), 1)
    return np.where(s == 0, 1e-4, s)

def measures(p, q):
    return {"psi": float(np.sum((q - p) * np.log(q / p))), "kl": float(np.sum(q * np.log(q / p))),
            "js": float(jensenshannon(p, q, base=2))}

def main():
    a = sys.argv[1:]
    target = a[a.index("--target") + 1] if "--target" in a else "Churn"
    idc = a[a.index("--id") + 1] if "--id" in a else "customerID"
    t0 = time.perf_counter()
    ref = pd.read_csv(a[0]); new = pd.read_csv(a[1])
    t1 = time.perf_counter()
    out = {}
    for c in ref.columns:
        if c in (target, idc) or c not in new.columns: continue
        r, n = ref[c], new[c]
        if pd.api.types.is_numeric_dtype(r) and r.nunique() > 10:
            r = r.dropna().to_numpy(float); n = pd.to_numeric(n, errors="coerce").dropna().to_numpy(float)
            edges = np.unique(np.quantile(r, np.linspace(0, 1, 11)))
            edges[0], edges[-1] = -np.inf, np.inf
            p = shares(np.histogram(r, edges)[0].astype(float)); q = shares(np.histogram(n, edges)[0].astype(float))
            m = measures(p, q); ks = stats.ks_2samp(r, n); m.update(ks=float(ks.statistic), ks_p=float(ks.pvalue))
        else:
            levels = sorted(set(r.dropna().astype(str)) | set(n.dropna().astype(str)))
            rc = r.dropna().astype(str).value_counts().reindex(levels, fill_value=0).to_numpy(float)
            nc = n.dropna().astype(str).value_counts().reindex(levels, fill_value=0).to_numpy(float)
            m = measures(shares(rc), shares(nc))
            chi = stats.chi2_contingency(np.vstack([rc, nc]) + 0.5); m.update(chi2_p=float(chi[1]))
        out[c] = m
    t2 = time.perf_counter()
    print(json.dumps({"load_seconds": t1 - t0, "compute_seconds": t2 - t1, "seconds": t2 - t0, "features": out}))

if __name__ == "__main__":
    main()
