#!/bin/sh
# Builds the CSV reader's libFuzzer target with clang 14 (ASan + UBSan) and runs it.
#   scripts/fuzz-csv.sh [SECONDS]     (default 60)
# Crashes are written to build-fuzz/fuzz-artifacts/; new inputs go to build-fuzz/fuzz-corpus/.
set -eu
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CHURNLENS_FUZZ_BUILD:-$root/build-fuzz}"
if ! command -v clang++-14 >/dev/null 2>&1; then
    echo "fuzz-csv.sh: clang++-14 is needed (apt-get install -y clang-14)" >&2
    exit 1
fi
CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCHURNLENS_FUZZ=ON -DCHURNLENS_BUILD_GUI=OFF -DCHURNLENS_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target fuzz_csvreader -j 2
mkdir -p "$build/fuzz-corpus" "$build/fuzz-artifacts"
# One job on a 2-core machine; inputs up to 64 KiB cover multi-chunk splits.
"$build/tests/fuzz/fuzz_csvreader" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$build/fuzz-artifacts/" -print_final_stats=1 \
    "$build/fuzz-corpus" "$root/tests/fuzz/corpus"
