#!/usr/bin/env bash
# Installs the contract test's tools (Stoplight Prism) from the committed lock file. Idempotent: it does nothing
# while node_modules is newer than package-lock.json, so the test set-up can call it on every run. The build never
# downloads anything; only this script does, and only when asked.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ -d node_modules && -x node_modules/.bin/prism && node_modules/.package-lock.json -nt package-lock.json ]]; then
    exit 0
fi

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "tests/contract/install.sh: '$tool' is not installed (Debian: apt-get install nodejs npm)." >&2
        exit 1
    fi
done

echo "tests/contract/install.sh: installing Stoplight Prism from package-lock.json (node $(node --version))"
npm ci --no-audit --no-fund --loglevel=error
# Stamp the install with its own time: the check above then compares against when it finished, not what npm wrote.
touch node_modules/.package-lock.json
