#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/CMakeLists.txt: the core library and the targets with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each one for a while, starting from its seed corpus in fuzz/corpus/<target>/.
#
#   scripts/run-fuzzers.sh [TARGET...]        default: every target
#
# Environment: KAW_FUZZ_TOTAL_SECONDS (default 240) shared evenly by the targets, or KAW_FUZZ_SECONDS per target
# instead; KAW_FUZZ_BUILD_DIR (default build-fuzz); KAW_FUZZ_JOBS
# (default 2) parallel compile jobs. New inputs found go to a scratch corpus, never into the repository; a crash
# leaves its input as <build dir>/artifacts/<target>/crash-* (rerun it with `<build dir>/<target> FILE`).
#
# Exit code: 0 when every target ran its time without a report; 1 when any target crashed, leaked, hit a sanitizer
# report or did not run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build_dir="${KAW_FUZZ_BUILD_DIR:-build-fuzz}"
total_seconds="${KAW_FUZZ_TOTAL_SECONDS:-240}"
jobs="${KAW_FUZZ_JOBS:-2}"

for tool in clang clang++; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-fuzzers: '$tool' is missing; run scripts/setup-debian.sh (packages clang, libclang-rt-14-dev)." >&2
        exit 1
    fi
done

CC=clang CXX=clang++ cmake -S fuzz -B "$build_dir" -G Ninja >/dev/null
cmake --build "$build_dir" --parallel "$jobs"

if (($# > 0)); then
    targets=("$@")
else
    mapfile -t targets < <(find fuzz -maxdepth 1 -name 'fuzz_*.cpp' -printf '%f\n' | sed 's/\.cpp$//' | sort)
fi
# A new target shares the stage's time with the others instead of making the stage longer.
seconds="${KAW_FUZZ_SECONDS:-$((total_seconds / ${#targets[@]}))}"

# halt_on_error and abort_on_error make any sanitizer report a crash that libFuzzer records and stops on.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:halt_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# Qt prints a warning for malformed input now and then; fuzzing output stays readable without it.
export QT_LOGGING_RULES="*.warning=false"

failed=()
for target in "${targets[@]}"; do
    binary="$build_dir/$target"
    seeds="fuzz/corpus/$target"
    if [[ ! -x "$binary" || ! -d "$seeds" ]]; then
        echo "run-fuzzers: $target: no binary ($binary) or no seed corpus ($seeds)" >&2
        failed+=("$target")
        continue
    fi
    scratch="$build_dir/corpus/$target"
    artifacts="$build_dir/artifacts/$target"
    mkdir -p "$scratch" "$artifacts"
    log="$build_dir/$target.log"
    echo "== $target: ${seconds} s from $(find "$seeds" -type f | wc -l) seeds"
    set +e
    # The scratch corpus comes first: libFuzzer writes what it finds there; the seeds are only read.
    "$binary" "$scratch" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" >"$log" 2>&1
    rc=$?
    set -e
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' "$log" | sed 's/^/   /' || true
    if ((rc != 0)) || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log"; then
        echo "run-fuzzers: $target FAILED (exit $rc); the report:" >&2
        grep -E -A40 'ERROR: |runtime error:|==[0-9]+==' "$log" | head -80 >&2 || tail -40 "$log" >&2
        ls "$artifacts" >&2 || true
        failed+=("$target")
    else
        echo "   ok"
    fi
done

if ((${#failed[@]} > 0)); then
    echo "run-fuzzers: failed: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: ${#targets[@]} targets, ${seconds} s each, no report"
