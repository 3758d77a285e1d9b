#!/usr/bin/env bash
# Builds the benchmarks (Release) and runs them one after the other. Each prints ChurnLens'
# figures next to the Python reference stack measured in the same run (pandas, scikit-learn,
# imbalanced-learn, xgboost from Debian's packages, installed here) and the ratio.
#   scripts/bench.sh                      every benchmark
#   scripts/bench.sh load smote grid      only these (load prep smote xgb grid profile shap score drift runs auto serve longjobs)
#   scripts/bench.sh --no-install load    without installing the Python stack: the ratios then use
#                                         the stored figures of benchmarks/anchors.json (printed as such)
# Everything comes from the repository: the 1M-row Telco-schema file is grown from
# tests/data/telco.csv by benchmarks/python/make_big.py (with the product's generator when pandas
# is missing), the Python reference is benchmarks/python/. Run on an otherwise idle machine: both
# cores are used. "auto" is benchmarks/bench_auto.sh (default training vs grid vs Python), run
# with the CLI built here; "serve" is benchmarks/bench_serve.sh (the scoring service under wrk).
# "longjobs" (not in the default list: ~30 min) trains a random forest on 1M generated rows as the
# Train area does (progress and ETA timeline, then a run canceled after 60 s: cancel latency and
# memory), and drives every long GUI job on 1M rows with the stall monitor on (tst_longjobsgui).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CHURNLENS_BENCH_BUILD:-$root/build-bench}"
if [ "${1:-}" = "--no-install" ]; then
  shift
else
  bash "$root/scripts/install-deps.sh" --bench
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHURNLENS_BUILD_GUI=OFF \
    -DCHURNLENS_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target benchmarks -j 2
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=(load prep smote xgb grid profile shap score drift runs auto serve)
fi
for n in "${names[@]}"; do
  if [ "$n" = auto ]; then
    cmake --build "$build" --target churnlens-cli -j 2
    echo "== bench_auto"
    bash "$root/benchmarks/bench_auto.sh" --cli "$build/app/churnlens-cli"
    continue
  fi
  if [ "$n" = longjobs ]; then
    gui="$build-gui"
    cmake -S "$root" -B "$gui" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$gui" --target bench_longjobs tst_longjobsgui churnlens-cli -j 2
    data="${TMPDIR:-/tmp}/churnlens_bench_longjobs_1000000.csv"
    [ -f "$data" ] || "$gui/app/churnlens-cli" generate --rows 1000000 --out "$data" --quiet
    echo "== bench_longjobs: random forest on 1M rows (timeline)"
    "$gui/benchmarks/bench_longjobs" "$data" --model forest --every 10
    echo "== bench_longjobs: canceled after 60 s"
    "$gui/benchmarks/bench_longjobs" "$data" --model forest --cancel-at 60 --every 5
    echo "== tst_longjobsgui: every long GUI job on 1M rows, stall monitor on"
    CHURNLENS_LONGJOBS_ROWS=1000000 QT_QPA_PLATFORM=offscreen "$gui/tests/tst_longjobsgui"
    continue
  fi
  if [ "$n" = serve ]; then
    cmake --build "$build" --target churnlens-cli -j 2
    echo "== bench_serve"
    bash "$root/benchmarks/bench_serve.sh" --cli "$build/app/churnlens-cli"
    continue
  fi
  exe="$build/benchmarks/bench_$n"
  if [ ! -x "$exe" ]; then
    echo "bench.sh: no benchmark \"$n\" (have: load prep smote xgb grid profile shap score drift runs auto serve)" >&2
    exit 2
  fi
  echo "== bench_$n"
  "$exe"
done
