#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer (LeakSanitizer included) and UndefinedBehaviorSanitizer and runs the
# whole ctest suite with it, inside scripts/with-private-keyring.sh like the normal run. Fails on any failing test
# and on any sanitizer report, also one from a child process a test started (the tests run the real binary): every
# report is written to a log directory, which must stay empty.
#
#   scripts/run-sanitized-tests.sh [CTEST ARGS...]      e.g. scripts/run-sanitized-tests.sh -R tst_cli
#
# Environment: KAW_ASAN_BUILD_DIR (default build-asan); KAW_ASAN_JOBS (default: the number of cores) compile jobs.
# Qt's and the system libraries' own leaks at exit are suppressed in tests/lsan-suppressions.txt (each with its
# reason); nothing of ours may be suppressed there.
#
# Exit code: 0 when every test passed and no sanitizer said anything; otherwise 1 (or ctest's code).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build_dir="${KAW_ASAN_BUILD_DIR:-build-asan}"
jobs="${KAW_ASAN_JOBS:-$(nproc)}"

sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
# -O1 keeps the instrumented suite fast enough; warnings are checked by the normal build (-Werror) already.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="-O1 -g $sanitizers" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" -DCMAKE_SHARED_LINKER_FLAGS="$sanitizers" >/dev/null
cmake --build "$build_dir" --parallel "$jobs"

if [[ -x tests/contract/install.sh ]]; then
    tests/contract/install.sh
fi

reports="$(cd "$build_dir" && pwd)/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:log_path=$reports/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="suppressions=$root/tests/lsan-suppressions.txt:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
# For a test whose bound sanitizers distort (peak memory: ASan's shadow memory and quarantine count in RSS); such a
# test may skip that one check when KAW_SANITIZED=1 (or when its own build has __SANITIZE_ADDRESS__).
export KAW_SANITIZED=1

set +e
scripts/with-private-keyring.sh ctest --test-dir "$build_dir" --output-on-failure --no-tests=error "$@"
rc=$?
set -e

if compgen -G "$reports/*" >/dev/null; then
    echo "run-sanitized-tests: sanitizer reports:" >&2
    for report in "$reports"/*; do
        echo "---- $report" >&2
        head -60 "$report" >&2
    done
    exit 1
fi
if ((rc != 0)); then
    exit "$rc"
fi
echo "run-sanitized-tests: every test passed under ASan+UBSan, no sanitizer report"
