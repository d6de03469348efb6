#!/usr/bin/env bash
# Sets up the machine (Debian), builds the application and starts its demo (a local Konnect emulator, no account
# needed). Extra arguments go to the application.
#
#   scripts/run-demo.sh [ARGS...]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build_dir="${KAW_BUILD_DIR:-build}"

scripts/setup-debian.sh

cmake -S . -B "$build_dir" -G Ninja -DKAW_WERROR=ON
cmake --build "$build_dir" --parallel "$(nproc)" --target konnect-audit-webhook

exec "$build_dir/bin/konnect-audit-webhook" --demo "$@"
