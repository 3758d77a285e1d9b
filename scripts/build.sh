#!/usr/bin/env bash
# Configures and builds ChurnLens in Release into ./build (or $BUILD_DIR).
# Extra arguments go to CMake's configure step, e.g. -DCHURNLENS_WERROR=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build "$BUILD_DIR" -j"$(nproc)"
