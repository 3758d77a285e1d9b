#!/usr/bin/env bash
# The headless pipeline on the bundled sample data (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=build/app/churnlens-cli
OUT=${OUT:-build/demo}
mkdir -p "$OUT"
echo "== Generating 100,000 sample customers"
"$CLI" generate --rows 100000 --seed 42 --out "$OUT/customers.csv"
echo "== Profiling them"
"$CLI" profile "$OUT/customers.csv"
if "$CLI" --help | grep -q '^  train'; then
  echo "== Training a model (XGBoost, tuned and calibrated automatically, holdout 20%), recorded in the project $OUT/demo.churnlens"
  "$CLI" train "$OUT/customers.csv" --model xgboost --out "$OUT/model" \
    --project "$OUT/demo.churnlens" --register --reason "Headless demo run"
  "$CLI" models "$OUT/demo.churnlens"
fi
if "$CLI" --help | grep -q '^  score'; then
  echo "== Scoring the customers and exporting the 500 most at risk"
  "$CLI" score "$OUT/customers.csv" --model "$OUT/model" --top 500 --out "$OUT/campaign.csv" --project "$OUT/demo.churnlens"
fi
if "$CLI" --help | grep -q '^  drift'; then
  echo "== Checking next month's customers (another sample) against the champion: drift, performance, recommendation"
  "$CLI" generate --rows 100000 --seed 43 --out "$OUT/next-month.csv" --quiet
  # Exit code 4 means "retraining recommended": a finding, not a failure of the demo.
  "$CLI" drift "$OUT/next-month.csv" --project "$OUT/demo.churnlens" || [ $? -eq 4 ]
fi
echo "Done. Results are in $OUT/"
