#!/usr/bin/env bash
# Builds and runs the benchmarks (tests/bench/) and prints their figures, each target marked PASS or MISS:
#   1. `get` against the local emulator, process start to exit, beside curl (median of KAW_BENCH_RUNS runs each):
#      target within 3x of curl;
#   2. the window from process start to the configuration shown (--exit-after-load, offscreen) and its peak memory:
#      targets 300 ms and 60 MiB;
#   3. signature verification, lines per second beside OpenSSL's Ed25519 verify rate times the cores: target 70 %;
#   4. the event loop's longest stall while a retried request and a verification run: target 50 ms;
#   5. `logs --output jsonl --page-size 1000` pulling the emulator's audit-log history (KAW_BENCH_PULL_RECORDS),
#      beside curl fetching the same pages in sequence: target within 1.5x of curl; its peak memory: target under
#      60 MiB, and less than 10 % more with twice the records.
#   6. `fleet` over 10 profiles x 7 regions against the emulator beside one `status` call: target within 3x, peak
#      memory under 60 MiB; and with one region answering only after KAW_BENCH_SLOW_SECONDS (default 20 s, as in
#      the issue; one such run), the other rows within 3x of status too. Tokens come from the keychain only, so it
#      runs inside scripts/with-private-keyring.sh.
#   7. the tray watch: the watching process's idle CPU between polls (measured over KAW_BENCH_IDLE_SECONDS, default
#      60 s, the minute the target speaks of): target under 0.5 %; and its memory over 100
#      poll cycles on a fast-forward clock: target flat (growth under 1 MiB). Runs inside
#      scripts/with-private-keyring.sh, as it keeps its profiles' tokens in a (throwaway) keychain.
#   8. the Audit logs tab with KAW_BENCH_LOG_RECORDS (default 100000) records from the emulator: first rows shown
#      300 ms after the first page arrived, peak memory under 150 MiB, the event loop's longest busy stretch while
#      loading, filtering and scrolling 16 ms.
#
#   scripts/run-benchmarks.sh [--no-build] [BUILD_DIR]      BUILD_DIR default: $KAW_BUILD_DIR, else build
#
# Environment: KAW_BENCH_RUNS (default 30) runs per side for `get`; KAW_BENCH_WINDOW_RUNS (default 15);
# KAW_BENCH_LINES (default 200000) lines for the verification and the stall benchmarks; KAW_BENCH_PULL_RECORDS
# (default 100000) and KAW_BENCH_PULL_RUNS (default 7) for the pull; KAW_BENCH_FLEET_RUNS (default 10) for the fleet;
# KAW_BENCH_IDLE_SECONDS (default 60) for the watch's idle CPU; KAW_BENCH_JOBS (default: the number of cores) compile
# jobs. Use an optimised build (the default RelWithDebInfo; not Debug) for figures
# worth quoting.
#
# A benchmark that misses a target is measured once more; if it misses again, that is a regression.
# Exit code: 0 when every benchmark ran and met its targets; 1 when a benchmark could not be built or did not run to
# the end; 2 when a target was missed twice in a row. The summary ends with the figures as a Markdown table.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build=1
if [[ "${1:-}" == "--no-build" ]]; then
    build=0
    shift
fi
build_dir="${1:-${KAW_BUILD_DIR:-build}}"
runs="${KAW_BENCH_RUNS:-30}"
window_runs="${KAW_BENCH_WINDOW_RUNS:-15}"
lines="${KAW_BENCH_LINES:-200000}"
pull_records="${KAW_BENCH_PULL_RECORDS:-100000}"
pull_runs="${KAW_BENCH_PULL_RUNS:-7}"
log_records="${KAW_BENCH_LOG_RECORDS:-100000}"
jobs="${KAW_BENCH_JOBS:-$(nproc)}"
fleet_runs="${KAW_BENCH_FLEET_RUNS:-10}"
slow_seconds="${KAW_BENCH_SLOW_SECONDS:-20}"
benchmarks=(kaw_bench_get kaw_bench_window kaw_bench_verify kaw_bench_stall kaw_bench_pull kaw_bench_fleet kaw_bench_watch
    kaw_bench_logwindow)
idle_seconds="${KAW_BENCH_IDLE_SECONDS:-60}"

if ((build)); then
    if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
        cmake -S . -B "$build_dir" -G Ninja >/dev/null
    fi
    cmake --build "$build_dir" --parallel "$jobs" --target konnect-audit-webhook "${benchmarks[@]}"
fi
binary="$build_dir/bin/konnect-audit-webhook"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build_dir/CMakeCache.txt" 2>/dev/null || true)
build_type=${build_type:-"RelWithDebInfo (the project default)"}
log_dir=$(mktemp -d "${TMPDIR:-/tmp}/kaw-bench.XXXXXX")
trap 'rm -rf "$log_dir"' EXIT

echo "Benchmarks: $(nproc) cores, build type $build_type, load average $(cut -d' ' -f1-3 /proc/loadavg)"
failed=()
# Runs one benchmark into $log_dir/<name>.log (and the terminal); its RESULT lines are its verdicts.
measure() {
    local name=$1
    local start=$SECONDS
    local rc
    set +e
    case "$name" in
    get) "$build_dir/tests/bench/kaw_bench_get" --binary "$binary" --runs "$runs" ;;
    window) "$build_dir/tests/bench/kaw_bench_window" --binary "$binary" --runs "$window_runs" ;;
    verify)
        echo
        echo "signature verification: lines per second beside OpenSSL's verify rate x cores"
        "$build_dir/tests/bench/kaw_bench_verify" --lines "$lines"
        ;;
    stall) "$build_dir/tests/bench/kaw_bench_stall" --binary "$binary" --lines "$lines" ;;
    pull) "$build_dir/tests/bench/kaw_bench_pull" --binary "$binary" --records "$pull_records" --runs "$pull_runs" ;;
    fleet)
        scripts/with-private-keyring.sh "$(realpath "$build_dir/tests/bench/kaw_bench_fleet")" \
            --binary "$(realpath "$binary")" --runs "$fleet_runs" --slow-seconds "$slow_seconds"
        ;;
    watch)
        scripts/with-private-keyring.sh "$(realpath "$build_dir/tests/bench/kaw_bench_watch")" \
            --binary "$(realpath "$binary")" --idle-seconds "$idle_seconds" --cycles 100
        ;;
    logwindow) "$build_dir/tests/bench/kaw_bench_logwindow" --binary "$binary" --records "$log_records" ;;
    esac 2>&1 | tee "$log_dir/$name.log"
    rc=${PIPESTATUS[0]}
    set -e
    if [[ "$name" == verify ]]; then
        verify_verdict "$log_dir/$name.log"
    fi
    echo "  ($name took $((SECONDS - start)) s)"
    return "$rc"
}
# bench_verify prints percentages; its verdict is made here in the same form as the others'.
verify_verdict() {
    local plain percent per_cpu verdict multi
    plain=$(grep -E '^plain: +[0-9.]+ % of OpenSSL x cores' "$1" | tail -1) || return 0
    percent=$(sed -E 's/^plain: +([0-9.]+) %.*/\1/' <<<"$plain")
    per_cpu=$(sed -E 's/.*, +([0-9.]+) % per CPU-second.*/\1/' <<<"$plain")
    verdict=MISS
    if awk -v p="$percent" 'BEGIN { exit !(p >= 70) }'; then verdict=PASS; fi
    # bench_verify also compares with `openssl speed -multi` run just after, which is as busy a machine as it saw.
    multi=$(grep -E '^plain: +[0-9.]+ % of that' "$1" | tail -1 | sed -E 's/^plain: +([0-9.]+) %.*/, \1 % of openssl -multi/' || true)
    echo "RESULT verification, lines/s vs OpenSSL verify/s x cores: ${percent} % wall clock (${per_cpu} % per CPU-second${multi}) (target >= 70 %) $verdict" | tee -a "$1"
}

export QT_QPA_PLATFORM=offscreen
missed=()
for name in get window verify stall pull fleet watch logwindow; do
    if ! measure "$name"; then
        failed+=("$name")
    elif grep -q '^RESULT .* MISS$' "$log_dir/$name.log"; then
        missed+=("$name")
    fi
done

# A missed target is measured once more before it counts: one busy moment of a shared machine is not a regression,
# a second miss in a row is.
regressed=()
for name in "${missed[@]}"; do
    echo
    echo "run-benchmarks: $name missed its target; measuring it once more"
    mv "$log_dir/$name.log" "$log_dir/$name.first.log"
    if ! measure "$name"; then
        failed+=("$name")
    elif grep -q '^RESULT .* MISS$' "$log_dir/$name.log"; then
        regressed+=("$name")
    fi
done

echo
echo "Summary:"
results=$(cat "$log_dir"/{get,window,verify,stall,pull,fleet,watch,logwindow}.log 2>/dev/null | grep '^RESULT ' | sed 's/^RESULT //' || true)
if [[ -n "$results" ]]; then
    sed 's/^/  /' <<<"$results"
    # The same figures as a Markdown table, to paste into the README as they were printed.
    echo
    echo "| benchmark | figure | target | verdict |"
    echo "|---|---|---|---|"
    sed -E 's/^([^:]+): (.*) \(target ([^)]*)\) (PASS|MISS)$/| \1 | \2 | \3 | \4 |/' <<<"$results"
else
    echo "  no results"
fi
if ((${#failed[@]} > 0)); then
    echo "run-benchmarks: did not run to the end: ${failed[*]}" >&2
    exit 1
fi
if ((${#regressed[@]} > 0)); then
    echo "run-benchmarks: target missed twice in a row (a regression): ${regressed[*]}" >&2
    exit 2
fi
echo "run-benchmarks: every target met"
