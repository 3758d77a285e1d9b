#!/usr/bin/env bash
# The .deb as a user gets it: builds it from the Release build (cpack -G DEB), checks it
# (lintian without errors, the desktop file, the AppStream metadata, a man page for every
# program), installs it with apt, runs the INSTALLED programs on sample data (the shipped
# default model, a model trained on the spot, reasons, exit codes), and removes it again
# unless it was installed before (KEEP_PACKAGE=1 keeps it).
# Needs root or sudo (apt-get install). scripts/test.sh runs it after the other stages;
# on its own: BUILD_DIR=build bash scripts/package-check.sh (builds first if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${BUILD_DIR:-build}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
START=$SECONDS
step() { echo "-- [$((SECONDS - START)) s] $*"; }
fail() { echo "package-check: FAILED: $*" >&2; exit 1; }

WORK=$(mktemp -d /tmp/churnlens-package-check.XXXXXX)
INSTALLED_BY_US=0
cleanup() {
  if [ "$INSTALLED_BY_US" = 1 ] && [ "${KEEP_PACKAGE:-0}" != 1 ]; then
    echo "-- removing the package again (KEEP_PACKAGE=1 keeps it)"
    $SUDO dpkg --purge churnlens >/dev/null || echo "package-check: could not remove churnlens" >&2
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
step "Building the package"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  BUILD_DIR="$BUILD_DIR" bash scripts/build.sh
fi
# What the package holds (after scripts/build.sh there is nothing left to do).
cmake --build "$BUILD_DIR" -j"$(nproc)" --target churnlens churnlens-cli churnlens_package_files >/dev/null
rm -f "$BUILD_DIR"/churnlens_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; fail "cpack"; }
DEB=$(ls "$ROOT/$BUILD_DIR"/churnlens_*.deb 2>/dev/null || true)
[ -n "$DEB" ] && [ "$(echo "$DEB" | wc -l)" -eq 1 ] || fail "expected one churnlens_*.deb in $BUILD_DIR, got: $DEB"
VERSION=$(dpkg-deb -f "$DEB" Version)
echo "$(basename "$DEB"): $(du -h "$DEB" | cut -f1), version $VERSION"
dpkg-deb -f "$DEB" Depends

# ---------------------------------------------------------------------------------------------
step "lintian (fails on errors; warnings and notes are listed)"
# Errors fail the check; warnings (W:) and notes (I:) are printed for the log.
LINTIAN_RC=0
lintian --fail-on error --tag-display-limit 0 --display-info "$DEB" >"$WORK/lintian.log" 2>&1 || LINTIAN_RC=$?
grep -v "running with root privileges is not recommended" "$WORK/lintian.log" || true
grep -q '^E: ' "$WORK/lintian.log" && fail "lintian reports errors (E:) above"
[ "$LINTIAN_RC" = 0 ] || fail "lintian exited with $LINTIAN_RC"
echo "lintian: $(grep -c '^E: ' "$WORK/lintian.log" || true) errors, $(grep -c '^W: ' "$WORK/lintian.log" || true) warnings, $(grep -c '^I: ' "$WORK/lintian.log" || true) notes"

# ---------------------------------------------------------------------------------------------
step "Contents: desktop file, AppStream metadata, man pages"
TREE="$WORK/tree"
dpkg-deb -x "$DEB" "$TREE"
desktop-file-validate "$TREE/usr/share/applications/churnlens.desktop" || fail "desktop-file-validate"
METAINFO="$TREE/usr/share/metainfo/io.churnlens.ChurnLens.metainfo.xml"
[ -f "$METAINFO" ] || fail "no AppStream metadata in the package"
appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli validate"
# The metadata and the desktop file it launches, together, as a software centre reads them.
appstreamcli validate-tree --no-net "$TREE" || fail "appstreamcli validate-tree"
grep -q "<release version=\"$VERSION\"" "$METAINFO" || fail "the AppStream metadata has no release $VERSION"
for f in copyright changelog.gz; do
  [ -f "$TREE/usr/share/doc/churnlens/$f" ] || fail "no /usr/share/doc/churnlens/$f"
done
for program in "$TREE"/usr/bin/*; do
  name=$(basename "$program")
  page="$TREE/usr/share/man/man1/$name.1.gz"
  [ -f "$page" ] || fail "no man page for /usr/bin/$name"
  # The page renders without a single groff or man warning.
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || fail "man page of $name: $warnings"
  echo "man page $name.1.gz: $(zcat "$page" | grep -c '^\.TP') entries"
done

# ---------------------------------------------------------------------------------------------
step "Installing it (apt resolves the dependencies)"
if dpkg-query -W -f='${Status}' churnlens 2>/dev/null | grep -q "install ok installed"; then
  echo "churnlens $(dpkg-query -W -f='${Version}' churnlens) was installed before: it is replaced and stays installed"
else
  INSTALLED_BY_US=1
fi
install_deb() { $SUDO apt-get install -y -qq --reinstall --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1; }
if ! install_deb; then
  # A fresh machine may have no package lists yet.
  $SUDO apt-get update -qq
  install_deb || { cat "$WORK/apt.log"; fail "apt-get install $DEB"; }
fi
grep -E "^(Setting up|Unpacking|The following NEW)" "$WORK/apt.log" || true
dpkg-query -W -f='${Package} ${Version} ${Status}\n' churnlens
[ "$(dpkg-query -W -f='${Version}' churnlens)" = "$VERSION" ] || fail "installed version is not $VERSION"
dpkg -L churnlens | grep -E '^/usr/(bin/|share/(man|metainfo|applications|churnlens/models/default/meta.json))'
# The desktop integration took effect through the system's dpkg triggers (the package has no
# maintainer scripts): the project file type is known, and the desktop entry opens it.
if command -v update-mime-database >/dev/null; then
  [ -f /usr/share/mime/application/x-churnlens-project.xml ] || fail "the MIME database does not know application/x-churnlens-project"
  echo "MIME type application/x-churnlens-project registered"
fi
if command -v update-desktop-database >/dev/null; then
  grep -q "^application/x-churnlens-project=.*churnlens.desktop" /usr/share/applications/mimeinfo.cache \
    || fail "the desktop database does not open .churnlens files with churnlens.desktop"
  echo "desktop database: .churnlens files open with churnlens.desktop"
fi

# ---------------------------------------------------------------------------------------------
step "Running the installed churnlens-cli on sample data"
CLI=/usr/bin/churnlens-cli
# As a user would: own home, no model folder set, away from any build tree.
mkdir -p "$WORK/home" "$WORK/run"
cd "$WORK/run"
export HOME="$WORK/home"
unset CHURNLENS_MODEL_DIR XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
[ "$(command -v churnlens-cli)" = "$CLI" ] || fail "churnlens-cli on PATH is $(command -v churnlens-cli), not $CLI"
expect() { # expect CODE command...: runs it, output to $WORK/out and $WORK/err, checks the exit code
  local want=$1; shift
  local got=0
  "$@" >"$WORK/out" 2>"$WORK/err" || got=$?
  if [ "$got" != "$want" ]; then
    cat "$WORK/out" "$WORK/err"
    fail "\"$*\" exited with $got, expected $want"
  fi
}
expect 0 "$CLI" --version
grep -qx "churnlens-cli $VERSION" "$WORK/out" || fail "--version printed: $(cat "$WORK/out")"
[ "$(man -w churnlens-cli)" = /usr/share/man/man1/churnlens-cli.1.gz ] || fail "man does not find churnlens-cli's page"

expect 0 "$CLI" generate --rows 2000 --seed 7 --out customers.csv --quiet
[ "$(wc -l <customers.csv)" -eq 2001 ] || fail "generate wrote $(wc -l <customers.csv) lines, expected 2001"

# The shipped default model, found where the package put it.
expect 0 "$CLI" score customers.csv --top 100 --out campaign.csv --quiet
cat "$WORK/out"
grep -q "^Model: /usr/share/churnlens/models/default" "$WORK/out" || fail "score did not use the installed default model"
[ "$(wc -l <campaign.csv)" -eq 101 ] || fail "campaign.csv has $(wc -l <campaign.csv) lines, expected 101"
head -1 campaign.csv | grep -q "churn_probability.*factor_1" || fail "campaign.csv header: $(head -1 campaign.csv)"
python3 - campaign.csv <<'EOF' || fail "campaign.csv lacks probabilities or reasons"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
assert len(rows) == 100, len(rows)
for r in rows:
    p = float(r["churn_probability"])
    assert 0.0 <= p <= 1.0, r
    assert r["risk_level"] in ("high", "medium", "low"), r
    assert r["factor_1"].strip() and "risk" in r["factor_1"], r
print("campaign.csv: 100 customers, every one with a probability, a risk level and reasons"
      " (first: %s %.3f %s: %s)" % (rows[0]["customerID"], float(rows[0]["churn_probability"]), rows[0]["risk_level"], rows[0]["factor_1"]))
EOF
[ -s "$HOME/.local/share/churnlens/exports.jsonl" ] || fail "the export was not logged in ~/.local/share/churnlens/exports.jsonl"

expect 0 "$CLI" score customers.csv --json --quiet
python3 - "$WORK/out" <<'EOF' || fail "score --json: $(cat "$WORK/out")"
import json, sys
o = json.load(open(sys.argv[1]))
assert o["rows"] == 2000 and o["scored"] == 2000, o
assert o["high"] + o["medium"] + o["low"] == 2000, o
assert o["model"] == "/usr/share/churnlens/models/default", o["model"]
print("score --json: %d scored, %d high / %d medium / %d low risk" % (o["scored"], o["high"], o["medium"], o["low"]))
EOF

# A model trained by the installed program, then used.
expect 0 "$CLI" train customers.csv --model logistic --tune none --folds 0 --out my-model --quiet --json
python3 - "$WORK/out" <<'EOF' || fail "train --json: $(head -c 2000 "$WORK/out")"
import json, sys
o = json.load(open(sys.argv[1]))
text = json.dumps(o)
assert "roc_auc" in text, "no ROC AUC in the report"
print("train: logistic regression trained and saved (%d bytes of JSON report)" % len(text))
EOF
[ -f my-model/meta.json ] || fail "train --out wrote no model"
expect 0 "$CLI" score customers.csv --model my-model --threshold 0.5 --out mine.xlsx --quiet
[ -s mine.xlsx ] || fail "score --out mine.xlsx wrote nothing"
expect 0 "$CLI" explain customers.csv --quiet
[ -s "$WORK/out" ] || fail "explain printed nothing"
head -5 "$WORK/out"

# Exit codes scripts rely on.
expect 2 "$CLI" score
expect 2 "$CLI" frobnicate
expect 6 "$CLI" score no-such-file.csv --quiet
printf 'id,x,Churn\n1,"abc,Yes\n2,3,No\n' >broken.csv
expect 3 "$CLI" profile broken.csv --quiet
grep -q "broken.csv" "$WORK/err" || fail "the bad-data message does not name the file: $(cat "$WORK/err")"
echo "exit codes: usage 2, missing file 6, bad data 3"

# The installed GUI starts, opens the sample, scores it with the installed model, and quits.
step "Starting the installed churnlens (offscreen) once"
expect 0 env QT_QPA_PLATFORM=offscreen /usr/bin/churnlens --version
grep -q "$VERSION" "$WORK/out" || fail "churnlens --version printed: $(cat "$WORK/out")"
expect 0 env QT_QPA_PLATFORM=offscreen timeout 180 /usr/bin/churnlens --sample --area score --size 1366x768 --screenshot score.png
[ -s score.png ] || fail "the GUI wrote no screenshot"
echo "churnlens --sample --area score: window pictured in score.png ($(stat -c %s score.png) bytes)"

cd "$ROOT"
step "Package check passed"
