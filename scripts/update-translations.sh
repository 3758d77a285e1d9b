#!/bin/sh
# Extracts every translatable string from core/, ui/ and app/ into translations/*.ts.
# Finished translations are kept; new strings arrive as "unfinished" for a translator
# (Qt Linguist, or any editor), and strings no longer in the sources are dropped.
#   scripts/update-translations.sh            (also: cmake --build BUILD --target update_translations)
#   scripts/update-translations.sh --into DIR (update copies in DIR; translations/ stays untouched)
# The build itself only compiles the .ts files with lrelease; the translations_complete
# test runs this with --into and fails while a message is unfinished or not yet extracted.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/translations"
if [ "${1:-}" = "--into" ] && [ -n "${2:-}" ]; then
    mkdir -p "$2"
    out="$(cd "$2" && pwd)"
    cp "$root/translations/churnlens_de.ts" "$root/translations/churnlens_en.ts" "$out/"
elif [ $# -gt 0 ]; then
    echo "usage: update-translations.sh [--into DIR]" >&2
    exit 2
fi
lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
    if [ -x /usr/lib/qt6/bin/lupdate ]; then
        lupdate=/usr/lib/qt6/bin/lupdate
    elif command -v lupdate >/dev/null 2>&1; then
        lupdate=lupdate
    else
        echo "update-translations.sh: lupdate not found (apt-get install -y qt6-l10n-tools)" >&2
        exit 1
    fi
fi
cd "$root"
# -I lets lupdate resolve Tr::tr() (core/common/error.h) to its "churnlens" context.
# No source locations: line numbers would make every unrelated edit show up in the .ts diff.
common="-extensions cpp,h -I core -I ui -no-obsolete -locations none -source-language en"
# German: every message.
"$lupdate" $common -target-language de core ui app -ts "$out/churnlens_de.ts"
# English: only the %n messages, so that "1 row" / "2 rows" come out right.
"$lupdate" $common -target-language en -pluralonly core ui app -ts "$out/churnlens_en.ts"
