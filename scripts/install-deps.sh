#!/usr/bin/env bash
# Installs every Debian 12 package ChurnLens needs to build, test, benchmark and package.
# Works as root or through sudo. Idempotent: packages already present are skipped by apt.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
PKGS=(
  build-essential cmake ninja-build pkg-config git ccache python3
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev
  libgl1-mesa-dev libxkbcommon-dev
  libxgboost-dev xgboost libeigen3-dev libsqlite3-dev libxlsxwriter-dev zlib1g-dev
  clang-14 libclang-rt-14-dev
  postgresql postgresql-client
  xvfb xauth imagemagick fonts-dejavu-core unzip
  poppler-utils
  qt6-httpserver-dev qt6-websockets-dev wrk
  lintian appstream desktop-file-utils man-db
)
# --bench: also the Python reference stack (Debian's own packages) that the benchmarks compare against.
if [ "${1:-}" = "--bench" ]; then
  PKGS+=(python3-pandas python3-numpy python3-sklearn python3-imblearn python3-xgboost hyperfine)
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
