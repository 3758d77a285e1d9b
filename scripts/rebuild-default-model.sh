#!/bin/sh
# Rebuilds models/default, the model ChurnLens ships, with the default training (Auto: tuned and
# calibrated) on the IBM Telco file with the Python reference's 1,409 test customers held out.
# Deterministic: the same build gives the same files, except meta.json's creation time and versions.
#   scripts/rebuild-default-model.sh [path/to/churnlens-cli]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-"$here/build/app/churnlens-cli"}
"$cli" train "$here/tests/data/telco.csv" \
    --test-ids "$here/tests/data/telco_test_ids.txt" \
    --seed 42 --out "$here/models/default" --json --quiet > "$here/build/default-model-report.json"
echo "models/default rebuilt; the training report is in build/default-model-report.json"
