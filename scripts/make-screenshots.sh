#!/usr/bin/env bash
# Screenshots of the window in --demo for docs/screenshots/: on a 1024×700 screen, at 200 % (the same logical
# size on a 2048×1400 screen) and in German. Runs on Qt's offscreen platform with a screen of the given size, so it
# needs no X server (the window grabs itself after loading: the hidden --screenshot option).
#
#   scripts/make-screenshots.sh            # builds konnect-audit-webhook if needed
#
# KAW_BUILD_DIR picks the build folder (default: build).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build_dir="${KAW_BUILD_DIR:-build}"
out="$root/docs/screenshots"
mkdir -p "$out"

if [[ ! -x "$build_dir/bin/konnect-audit-webhook" ]]; then
    cmake -S . -B "$build_dir" -G Ninja
    cmake --build "$build_dir" --target konnect-audit-webhook
fi
program="$build_dir/bin/konnect-audit-webhook"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# screen WIDTH HEIGHT: a config file for the offscreen platform with one screen of that many device pixels.
screen() {
    local file="$work/screen-$1x$2.json"
    printf '{ "screens": [ { "name": "screen", "x": 0, "y": 0, "width": %d, "height": %d, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] }\n' \
        "$1" "$2" >"$file"
    echo "$file"
}

# shoot NAME WIDTH HEIGHT TAB [VAR=value...]: TAB is the object name of the tab to show.
shoot() {
    local name="$1" width="$2" height="$3" tab="$4"
    shift 4
    # A fresh HOME and settings: the screenshot shows the defaults, not this computer's remembered window.
    env -i PATH="$PATH" HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work" \
        QT_QPA_PLATFORM="offscreen:configfile=$(screen "$width" "$height")" "$@" \
        "$program" --demo --screenshot "$out/$name.png" --screenshot-tab "$tab"
    echo "$out/$name.png"
}

shoot window-1024x700 1024 700 configureTab LANG=C.UTF-8
shoot window-200-percent 2048 1400 configureTab LANG=C.UTF-8 QT_SCALE_FACTOR=2
shoot window-de 1024 700 configureTab LANG=de_DE.UTF-8 LANGUAGE=de
shoot overview-1024x700 1024 700 overviewPage LANG=C.UTF-8
shoot audit-logs-1024x700 1024 700 auditLogsPage LANG=C.UTF-8
