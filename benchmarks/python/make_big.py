#!/usr/bin/python3
"""Generate a large synthetic CSV with exactly the IBM Telco schema (for scaling tests).

Rows are drawn with replacement from the real Telco file, tests/data/telco.csv
(numpy default_rng(seed)),
then given small noise:
  * customerID : new unique id  "NNNNNNN-XXXXX" (7-digit running number + the source
                 id's 5-letter suffix)
  * tenure     : +-1 month (uniform in {-1,0,+1}), clipped to [1, 72]; rows whose
                 source tenure is 0 keep tenure 0
  * MonthlyCharges : x (1 + N(0, 0.02)), rounded to cents, clipped to [18.00, 120.00]
  * TotalCharges   : x (1 + N(0, 0.02)), rounded to cents; the source's blank " "
                     cells (tenure 0 customers) stay " " (~0.16% of rows)
  * every categorical column and Churn are copied unchanged.
Output keeps the original's format: same header, CRLF line ends, no index column.

  /usr/bin/python3 benchmarks/python/make_big.py --rows 1000000 --out /tmp/telco_1m.csv
"""
import argparse
import hashlib
import os
import time

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "..", "..", "tests", "data", "telco.csv")


def make_big(src, rows, seed):
    base = pd.read_csv(src, dtype={"TotalCharges": str})
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(base), size=rows)
    df = base.iloc[idx].reset_index(drop=True)

    num = pd.Series(np.arange(1, rows + 1)).astype(str).str.zfill(7)
    df["customerID"] = num + "-" + df["customerID"].str[5:]

    t0 = df["tenure"].to_numpy()
    t = np.clip(t0 + rng.integers(-1, 2, size=rows), 1, 72)
    df["tenure"] = np.where(t0 == 0, 0, t)

    mc = df["MonthlyCharges"].to_numpy() * (1.0 + rng.normal(0.0, 0.02, size=rows))
    df["MonthlyCharges"] = np.clip(np.round(mc, 2), 18.0, 120.0)

    blank = df["TotalCharges"].str.strip() == ""
    tc = pd.to_numeric(df["TotalCharges"], errors="coerce").to_numpy()
    tc = np.round(tc * (1.0 + rng.normal(0.0, 0.02, size=rows)), 2)
    tc_s = pd.Series(tc).astype(str)
    df["TotalCharges"] = tc_s.where(~blank.to_numpy(), " ")
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=DEFAULT_SRC)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", default="/tmp/telco_1m.csv")
    a = ap.parse_args()
    t = time.perf_counter()
    df = make_big(a.src, a.rows, a.seed)
    df.to_csv(a.out, index=False, lineterminator="\r\n")
    h = hashlib.sha256()
    with open(a.out, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    print(f"wrote {a.out}: {len(df)} rows x {df.shape[1]} cols, "
          f"{os.path.getsize(a.out)} bytes, sha256 {h.hexdigest()}, "
          f"churn rate {(df['Churn'] == 'Yes').mean():.4f}, "
          f"blank TotalCharges {(df['TotalCharges'] == ' ').sum()}, "
          f"{time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
