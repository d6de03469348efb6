#!/usr/bin/env bash
# Runs a command inside a private D-Bus session that has its own gnome-keyring (Secret Service), unlocked with a
# throwaway password, and with HOME and the XDG directories pointed at a fresh temporary directory. Tests then use a
# real Secret Service without ever touching the user's own keychain, settings or caches.
#
#   scripts/with-private-keyring.sh CMD [ARGS...]
#
# Exit code: CMD's. Works as root without a display (CI). Inside, KAW_PRIVATE_KEYRING=1 is set so tests know the
# keyring they see is disposable.
set -euo pipefail

if [[ "${1:-}" == "--inside-session" ]]; then
    shift
    # Second stage, inside dbus-run-session: start the keyring daemon on this private bus.
    # --unlock reads the password from stdin; it creates the "login" collection on first use, unlocks it and makes it
    # the default collection, which is where QtKeychain (libsecret) stores new items.
    password="kaw-throwaway-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    mkdir -m 700 "$XDG_RUNTIME_DIR/keyring"
    keyring_env=$(printf '%s' "$password" | gnome-keyring-daemon --unlock --daemonize --components=secrets \
        --control-directory="$XDG_RUNTIME_DIR/keyring" 2>"$KAW_SANDBOX/gnome-keyring.log") || {
        echo "with-private-keyring: gnome-keyring-daemon failed to start:" >&2
        cat "$KAW_SANDBOX/gnome-keyring.log" >&2
        exit 125
    }
    unset password
    while IFS= read -r line; do
        [[ "$line" == *=* ]] && export "${line?}"
    done <<<"$keyring_env"

    # Wait (bounded) until the Secret Service owns its name on the bus.
    for _ in $(seq 1 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
            break
        fi
        sleep 0.1
    done

    set +e
    "$@"
    rc=$?
    set -e
    # The daemon leaves with the bus when dbus-run-session ends; stop it first so nothing outlives the sandbox.
    if [[ -n "${GNOME_KEYRING_PID:-}" ]]; then
        kill "$GNOME_KEYRING_PID" 2>/dev/null || true
    fi
    exit "$rc"
fi

if [[ $# -eq 0 ]]; then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-private-keyring: '$tool' is missing; run scripts/setup-debian.sh first." >&2
        exit 127
    fi
done

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/kaw-keyring.XXXXXX")
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() { rm -rf "$sandbox"; }
trap cleanup EXIT
mkdir -p "$sandbox/home" "$sandbox/data" "$sandbox/config" "$sandbox/cache" "$sandbox/runtime"
chmod 700 "$sandbox" "$sandbox/runtime"

export KAW_SANDBOX="$sandbox"
export KAW_PRIVATE_KEYRING=1
export HOME="$sandbox/home"
export XDG_DATA_HOME="$sandbox/data"
export XDG_CONFIG_HOME="$sandbox/config"
export XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime"
# Nothing from the caller's desktop session may leak in.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY

# The bus daemon's own complaints (e.g. it may not raise its fd limit as root in a container) go to a log, not
# into the output of CMD.
cat >"$sandbox/dbus-daemon" <<WRAPPER
#!/bin/sh
exec dbus-daemon "\$@" 2>>"$sandbox/dbus-daemon.log"
WRAPPER
chmod 700 "$sandbox/dbus-daemon"

set +e
dbus-run-session --dbus-daemon="$sandbox/dbus-daemon" -- "$0" --inside-session "$@"
rc=$?
set -e
exit "$rc"
