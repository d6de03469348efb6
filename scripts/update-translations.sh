#!/usr/bin/env bash
# Refreshes the translation sources from the code (lupdate): strings new in app/ or ui/ are added as unfinished,
# strings no longer in the code are dropped, existing translations are kept. Then translate what is unfinished in
# resources/translations/konnect-audit-webhook_de.ts (Qt Linguist, or any editor) and the plural forms in _en.ts.
#
#   scripts/update-translations.sh
#
# LUPDATE overrides the lupdate program. KAW_TS_DIR updates the .ts files in another folder instead (tst_translations
# runs this script on copies to find strings missing from the committed files).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ts_dir="${KAW_TS_DIR:-$root/resources/translations}"

lupdate="${LUPDATE:-}"
if [[ -z "$lupdate" ]]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate-qt6 || true)" "$(command -v lupdate || true)"; do
        if [[ -n "$candidate" && -x "$candidate" ]]; then
            lupdate="$candidate"
            break
        fi
    done
fi
if [[ -z "$lupdate" ]]; then
    echo "update-translations: lupdate not found (Debian: apt install qt6-l10n-tools), or set LUPDATE" >&2
    exit 2
fi

cd "$root"
# No source locations: line numbers would change the .ts files on every unrelated edit.
common=(app ui -extensions cpp,h,ui -I app/core -I app/emulator -I app/cli -I app/gui
        -no-obsolete -locations none -source-language en -silent)
"$lupdate" "${common[@]}" -target-language de -ts "$ts_dir/konnect-audit-webhook_de.ts"
# English is the source language: only the plural forms (%n) need a translation.
"$lupdate" "${common[@]}" -pluralonly -target-language en -ts "$ts_dir/konnect-audit-webhook_en.ts"

for ts in "$ts_dir"/konnect-audit-webhook_*.ts; do
    echo "$(basename "$ts"): $(grep -c '<message' "$ts") strings, $(grep -c 'type="unfinished"' "$ts") to translate"
done
