#!/usr/bin/env bash
# Sets up the machine (Debian), builds with warnings as errors and runs every test, then proves the rest of issue 7.
# Stages, each under its own heading:
#   1. tests       the whole ctest suite, inside a private D-Bus session with its own unlocked gnome-keyring and a
#                  throwaway HOME (scripts/with-private-keyring.sh), so the keychain tests use a real Secret Service
#                  and never touch the user's own keychain or settings;
#   2. sanitizers  a second build with AddressSanitizer and UndefinedBehaviorSanitizer, and the whole suite again
#                  (scripts/run-sanitized-tests.sh): any sanitizer report fails;
#   3. fuzzing     the libFuzzer targets, KAW_FUZZ_TOTAL_SECONDS (default 240) shared by them, from their seed
#                  corpora (scripts/run-fuzzers.sh): any crash, leak or sanitizer report fails;
#   4. benchmarks  figures and PASS/MISS against the targets (scripts/run-benchmarks.sh): a target missed twice in a
#                  row (the benchmark is measured again after a first miss) fails.
#
#   scripts/run-tests.sh [--quick] [CTEST ARGS...]
#     --quick      only build and stage 1 (for developers)
#     CTEST ARGS   passed to both ctest stages, e.g. scripts/run-tests.sh --quick -R tst_tokenstore
#
# Every stage runs even when an earlier one failed, so that one run shows everything. Exit code: 0 when every stage
# passed, else the code of the first stage that failed. KAW_BUILD_DIR overrides the build directory (default:
# build); see the stage scripts for theirs. The time of every stage is printed at the end.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build_dir="${KAW_BUILD_DIR:-build}"
quick=0
if [[ "${1:-}" == "--quick" ]]; then
    quick=1
    shift
fi

timings=()
stage_started=$SECONDS
heading() {
    stage_started=$SECONDS
    echo
    echo "================================================================================"
    echo "== $*"
    echo "================================================================================"
}
stage_done() {
    timings+=("$(printf '%-32s %4d s  %s' "$1" "$((SECONDS - stage_started))" "$2")")
}
summary() {
    echo
    echo "Stage times (total $((SECONDS)) s):"
    printf '  %s\n' "${timings[@]}"
}

heading "set-up and build ($build_dir)"
scripts/setup-debian.sh
cmake -S . -B "$build_dir" -G Ninja -DKAW_WERROR=ON
cmake --build "$build_dir" --parallel "$(nproc)"
# The contract test's mock server (installed from its lock file; a no-op when already installed).
if [[ -x tests/contract/install.sh ]]; then
    tests/contract/install.sh
elif [[ -f tests/contract/package.json ]]; then
    (cd tests/contract && npm ci --no-audit --no-fund)
fi
stage_done "set-up and build" "ok"

heading "tests: the whole ctest suite in a private keyring"
export QT_QPA_PLATFORM=offscreen
set +e
scripts/with-private-keyring.sh ctest --test-dir "$build_dir" --output-on-failure --no-tests=error "$@"
tests_rc=$?
set -e
stage_done "tests" "$( ((tests_rc == 0)) && echo passed || echo "FAILED ($tests_rc)")"
if ((quick)); then
    summary
    exit "$tests_rc"
fi

heading "sanitizers: ASan+UBSan build and the whole ctest suite again"
set +e
scripts/run-sanitized-tests.sh "$@"
sanitizers_rc=$?
set -e
stage_done "sanitizers" "$( ((sanitizers_rc == 0)) && echo passed || echo "FAILED ($sanitizers_rc)")"

if [[ -n "${KAW_FUZZ_SECONDS:-}" ]]; then
    heading "fuzzing: every libFuzzer target for ${KAW_FUZZ_SECONDS} s"
else
    heading "fuzzing: the libFuzzer targets, ${KAW_FUZZ_TOTAL_SECONDS:-240} s shared by them"
fi
set +e
scripts/run-fuzzers.sh
fuzz_rc=$?
set -e
stage_done "fuzzing" "$( ((fuzz_rc == 0)) && echo passed || echo "FAILED ($fuzz_rc)")"

heading "benchmarks: figures against the targets"
set +e
scripts/run-benchmarks.sh --no-build "$build_dir"
bench_rc=$?
set -e
stage_done "benchmarks" "$( ((bench_rc == 0)) && echo "every target met" || echo "FAILED ($bench_rc)")"

summary
for rc in "$tests_rc" "$sanitizers_rc" "$fuzz_rc" "$bench_rc"; do
    if ((rc != 0)); then
        exit "$rc"
    fi
done
