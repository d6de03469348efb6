#!/usr/bin/env bash
# Sets up the machine (Debian), builds with warnings as errors and runs every test. The whole ctest run happens
# inside a private D-Bus session with its own unlocked gnome-keyring and a throwaway HOME, so the keychain tests use a
# real Secret Service and never touch the user's own keychain or settings.
#
#   scripts/run-tests.sh [CTEST ARGS...]      e.g. scripts/run-tests.sh -R tst_tokenstore
#
# Exit code: ctest's. KAW_BUILD_DIR overrides the build directory (default: build).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build_dir="${KAW_BUILD_DIR:-build}"

scripts/setup-debian.sh

cmake -S . -B "$build_dir" -G Ninja -DKAW_WERROR=ON
cmake --build "$build_dir" --parallel "$(nproc)"

# The contract test's mock server (installed from its lock file; a no-op when already installed).
if [[ -x tests/contract/install.sh ]]; then
    tests/contract/install.sh
elif [[ -f tests/contract/package.json ]]; then
    (cd tests/contract && npm ci --no-audit --no-fund)
fi

export QT_QPA_PLATFORM=offscreen
set +e
scripts/with-private-keyring.sh ctest --test-dir "$build_dir" --output-on-failure --no-tests=error "$@"
rc=$?
set -e
exit "$rc"
