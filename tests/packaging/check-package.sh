#!/usr/bin/env bash
# Builds the Debian package from a finished build and checks it as an installer would see it: the control fields,
# the files it installs, the unpacked program's --version and --help without a display, the desktop entry, the
# AppStream metainfo and the man page.
#
#   tests/packaging/check-package.sh BUILD_DIR [VERSION]
#
# VERSION defaults to the one in the top-level CMakeLists.txt's project(). CPACK overrides the cpack command (ctest
# passes the one of the CMake that configured the build). Needs dpkg-dev (dpkg-deb, dpkg-shlibdeps), file,
# desktop-file-utils, appstream and man-db. Exit code 0 when every check passes, 1 otherwise.
set -euo pipefail

if (($# < 1 || $# > 2)); then
    echo "usage: $0 BUILD_DIR [VERSION]" >&2
    exit 2
fi
build_dir="$(cd "$1" && pwd)"
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="${2:-$(sed -n 's/^project(.*VERSION \([0-9][0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt" | head -n 1)}"
cpack="${CPACK:-cpack}"
program=konnect-audit-webhook
app_id=io.github.konnect_audit_webhook.KonnectAuditWebhook

failures=0
ok() { echo "ok: $*"; }
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
check() { # check DESCRIPTION COMMAND...: ok when the command succeeds
    local description="$1"
    shift
    if "$@"; then ok "$description"; else fail "$description"; fi
}

for tool in "$cpack" dpkg-deb dpkg-query desktop-file-validate appstreamcli man; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is missing (scripts/setup-debian.sh installs it)"
        exit 1
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The package goes to a scratch folder (-B), so the build folder only gains what CPack writes next to its config.
echo "== cpack -G DEB in $build_dir"
if ! (cd "$build_dir" && "$cpack" -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
mapfile -t debs < <(find "$work/out" -maxdepth 1 -name '*.deb')
if ((${#debs[@]} != 1)); then
    cat "$work/cpack.log"
    echo "FAIL: expected one .deb, found ${#debs[@]}"
    exit 1
fi
deb="${debs[0]}"
arch="$(dpkg --print-architecture)"
check "file name is ${program}_${version}_${arch}.deb" test "$(basename "$deb")" = "${program}_${version}_${arch}.deb"

echo "== control fields"
dpkg-deb --field "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
check "Package is $program" test "$(field Package)" = "$program"
check "Version is the project version $version" test "$(field Version)" = "$version"
check "Architecture is $arch" test "$(field Architecture)" = "$arch"
check "Maintainer is Name <email>" grep -Eq '^[^<]+ <[^@> ]+@[^> ]+>$' <<<"$(field Maintainer)"
check "Description has a summary and a long text" test "$(field Description | wc -l)" -ge 2
check "Description lines are at most 80 characters" test -z "$(field Description | awk 'length > 80')"
depends="$(field Depends)"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1 libssl3 zlib1g libqt6svg6; do
    check "Depends names $package" grep -Eq "(^|, )$package( |,|$)" <<<"$depends"
done
check "Recommends a Secret Service provider" grep -Eq 'gnome-keyring \| ' <<<"$(field Recommends)"
check "Recommends Qt's own translations" grep -Eq 'qt6-translations-l10n' <<<"$(field Recommends)"

# Every dependency is satisfied on this machine, which built the program: it catches misspelt package names and
# version bounds that no Debian 12 system meets.
satisfied() { # satisfied "name (>= 1.2)"
    local name="${1%% *}" op version installed
    installed="$(dpkg-query -W -f='${Status} ${Version}' "${name%%:*}" 2>/dev/null)" || return 1
    [[ "$installed" == "install ok installed "* ]] || return 1
    if [[ "$1" =~ \((\<\<|\<=|=|\>=|\>\>)\ ([^\)]+)\) ]]; then
        op="${BASH_REMATCH[1]}"
        version="${BASH_REMATCH[2]}"
        case "$op" in '<<') op=lt ;; '<=') op=le ;; '=') op=eq ;; '>=') op=ge ;; '>>') op=gt ;; esac
        dpkg --compare-versions "${installed##* }" "$op" "$version" || return 1
    fi
}
IFS=',' read -ra dependencies <<<"$depends"
for dependency in "${dependencies[@]}"; do
    dependency="$(sed 's/^ *//; s/ *$//' <<<"$dependency")"
    met=1
    IFS='|' read -ra alternatives <<<"$dependency"
    for alternative in "${alternatives[@]}"; do
        if satisfied "$(sed 's/^ *//; s/ *$//' <<<"$alternative")"; then met=0; fi
    done
    if ((met == 0)); then ok "Depends: $dependency is installed here"; else fail "Depends: $dependency is not installed here"; fi
done

echo "== contents"
dpkg-deb --contents "$deb" | awk '{ print $1, $6 }' >"$work/contents"
cat "$work/contents"
expected=(
    "./usr/bin/$program"
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "./usr/share/man/man1/$program.1.gz"
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    check "installs ${path#.}" grep -qxF -- "$path" <(awk '{ print $2 }' "$work/contents")
done
check "/usr/bin/$program is executable" grep -qxF -- "-rwxr-xr-x ./usr/bin/$program" "$work/contents"
check "installs nothing outside /usr" test -z "$(awk '$2 !~ /^\.\/(usr\/.*)?$/' "$work/contents")"

echo "== unpacked program"
root="$work/root"
dpkg-deb --extract "$deb" "$root"
binary="$root/usr/bin/$program"
# Headless: no display, and none of the test environment's platform settings.
headless=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
check "--version prints \"$program $version\" without a display" \
    test "$("${headless[@]}" "$binary" --version 2>/dev/null)" = "$program $version"
check "--help prints the usage without a display" grep -q "^Usage: $program" <("${headless[@]}" "$binary" --help 2>/dev/null)
check "its libraries all resolve from the system" test -z "$(ldd "$binary" | grep 'not found')"
check "it does not look for libraries in the build folder" \
    test -z "$(readelf -d "$binary" 2>/dev/null | grep -E 'RPATH|RUNPATH')"
check "it is stripped" grep -q ', stripped' <(file -L "$binary")

echo "== desktop entry"
desktop="$root/usr/share/applications/$app_id.desktop"
check "desktop-file-validate passes" desktop-file-validate "$desktop"
check "Exec runs $program" grep -qx "Exec=$program" "$desktop"
check "Icon is $app_id" grep -qx "Icon=$app_id" "$desktop"
check "Categories and Keywords are set" grep -q '^Categories=.\+;' "$desktop"
check "Keywords are set" grep -q '^Keywords=.\+;' "$desktop"

echo "== AppStream metainfo"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
check "appstreamcli validate --no-net --strict passes" appstreamcli validate --no-net --strict "$metainfo"
check "appstreamcli validate-tree --no-net passes" appstreamcli validate-tree --no-net "$root"
check "component id is $app_id" grep -q "<id>$app_id</id>" "$metainfo"
check "launchable is $app_id.desktop" grep -q ">$app_id.desktop</launchable>" "$metainfo"
newest_release="$(sed -n 's/.*<release [^>]*version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)"
check "newest <release> is $version (add one when the version changes)" test "$newest_release" = "$version"

echo "== man page"
manpage="$root/usr/share/man/man1/$program.1.gz"
check "man page is gzip" gzip -t "$manpage"
check "man page title carries the version" grep -q "^\.TH .*\"$program $version\"" <(zcat "$manpage" | sed 's/\\-/-/g')
man --warnings -l "$manpage" >"$work/man.txt" 2>"$work/man.warnings" || true
check "man renders it without warnings" test ! -s "$work/man.warnings"
cat "$work/man.warnings"
# Every command of --help has its section, so the page cannot silently miss one.
mapfile -t commands < <("${headless[@]}" "$binary" --help |
    awk '/^Commands:$/ { on = 1; next } on && /^$/ { exit } on { sub(/^ +/, ""); sub(/  .*/, ""); print }')
check "--help lists commands" test "${#commands[@]}" -gt 0
for command in "${commands[@]}"; do
    check "man page has a section for \"$command\"" grep -qxF ".SS \"$command\"" <(zcat "$manpage" | sed 's/\\-/-/g')
done

echo
if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all packaging checks passed"
