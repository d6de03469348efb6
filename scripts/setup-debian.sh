#!/usr/bin/env bash
# Installs what building, testing and running the demo need on Debian 12 (bookworm). Idempotent: packages that are
# already installed are skipped, so a second run only checks and takes a moment.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # Qt 6.4 and QtKeychain; libgl-dev because Qt6Gui's CMake package looks for OpenGL
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools fonts-dejavu-core
    qtkeychain-qt6-dev libgl-dev
    libssl-dev zlib1g-dev openssl ca-certificates curl
    # A real Secret Service for the keychain tests (scripts/with-private-keyring.sh): gnome-keyring plus a session
    # bus (dbus-run-session is in dbus-daemon, dbus-send in dbus-bin, the session config in dbus-session-bus-common).
    # dbus-x11 provides the session bus gnome-keyring depends on without pulling in systemd's user session.
    gnome-keyring dbus dbus-bin dbus-daemon dbus-session-bus-common dbus-x11
    # The SVG image and icon plugins (the window's icons); the package check (tests/packaging/check-package.sh):
    # cpack's dpkg-shlibdeps and file, desktop-file-validate, appstreamcli, man
    libqt6svg6 dpkg-dev file desktop-file-utils appstream man-db
    # Fuzzing (scripts/run-fuzzers.sh): clang with libFuzzer and the sanitizer runtimes; llvm-14 brings
    # llvm-symbolizer, so that sanitizer reports name files and lines.
    clang libclang-rt-14-dev llvm-14
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-debian: this is not a Debian system; install the equivalents of: ${packages[*]} nodejs npm" >&2
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
# Node and npm run the contract test's mock server. Any node/npm on PATH will do (e.g. NodeSource's node, which bundles
# npm and conflicts with Debian's npm package), so Debian's are installed only when the commands are missing.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if ((${#missing[@]} == 0)); then
    echo "setup-debian: everything needed is installed"
    exit 0
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "setup-debian: missing packages (${missing[*]}) and no sudo; install them as root." >&2
        exit 1
    fi
    sudo=(sudo)
fi

echo "setup-debian: installing ${missing[*]}"
# A fresh machine has empty package lists, and old lists point at removed files: refresh before installing.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
