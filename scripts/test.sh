#!/usr/bin/env bash
# Quick start, command 2: install what is needed, build with warnings as errors, and run
# the whole test suite through CTest: unit and offscreen GUI tests (with a real PostgreSQL
# server on loopback), then the core tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer, then a short fuzzing run of the CSV reader, then the Debian
# package (scripts/package-check.sh: lintian, install, the installed programs on sample data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

# A throwaway PostgreSQL cluster on 127.0.0.1 for the database tests.
if [ -f scripts/start-postgres.sh ]; then
  eval "$(bash scripts/start-postgres.sh)"
fi

echo "== Build (Release, warnings are errors)"
BUILD_DIR=build bash scripts/build.sh -DCHURNLENS_WERROR=ON
echo "== Tests"
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 600)

echo "== Core tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHURNLENS_SANITIZE=ON \
      -DCHURNLENS_BUILD_GUI=OFF -DCHURNLENS_WERROR=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
   ctest --output-on-failure -j2 -L core --timeout 900)

if [ -f scripts/fuzz-csv.sh ]; then
  echo "== Fuzzing the CSV reader briefly"
  FUZZ_SECONDS=${FUZZ_SECONDS:-60} bash scripts/fuzz-csv.sh
fi
echo "== The .deb: build, lintian, install, run the installed churnlens-cli"
BUILD_DIR=build bash scripts/package-check.sh
echo "All test stages passed."
