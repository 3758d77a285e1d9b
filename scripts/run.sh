#!/usr/bin/env bash
# Quick start, command 1: install what is needed, build in Release, and run the main job
# on the bundled sample data — the GUI when a display exists, otherwise the headless
# pipeline (generate sample customers, profile them, train and score when available).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/app/gui/churnlens ]; then
  # The first start makes and opens the sample project (sample customers, the default model as
  # champion); later starts reopen the last project.
  exec build/app/gui/churnlens
fi
bash scripts/headless-demo.sh
