#!/bin/sh
# Builds bench_load (Release) and runs it: CsvReader on the 1M-row Telco-schema file,
# next to pandas.read_csv when Debian's python3-pandas is installed.
#   scripts/bench-load.sh [FILE] [--runs N] [--threads N] [--no-pandas]
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CHURNLENS_BENCH_BUILD:-$root/build-bench}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHURNLENS_BUILD_GUI=OFF \
    -DCHURNLENS_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target bench_load -j 2
exec "$build/benchmarks/bench_load" "$@"
