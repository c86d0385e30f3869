#!/usr/bin/env bash
# Each fuzz target for 10^7 executions or SECONDS (default an hour), whichever comes first, from
# its corpus; prints executions, executions per second, new inputs and findings per target.
#
#   bench/fuzz-long.sh                 # every target, up to an hour each
#   SECONDS_PER_TARGET=600 bench/fuzz-long.sh template-yaml log-access-line
#   FUZZ_BINARY=/tmp/AlbdoctorFuzz bench/fuzz-long.sh   # a sanitizer build made before (no build)
#
# The fuzzer is built optimized (FUZZ_CONFIGURATION=release; still with AddressSanitizer and
# Swift's bounds and overflow checks): several times the executions per second of a debug build.
set -uo pipefail
cd "$(dirname "$0")/.."
limit=${SECONDS_PER_TARGET:-3600}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(fuzz/run.sh --list)
# Built once; each target then runs through fuzz/run.sh (its corpus, dictionary and limits).
FUZZ_BINARY=${FUZZ_BINARY:-$(FUZZ_CONFIGURATION=${FUZZ_CONFIGURATION:-release} fuzz/run.sh --build | tail -1)}
export FUZZ_BINARY
printf '%-26s %12s %10s %8s %s\n' target executions "exec/s" "new" findings
for target in "${targets[@]}"; do
    log=.build/fuzz/$target.log
    artifacts=.build/fuzz/artifacts/$target/
    mkdir -p "$artifacts"
    start=.build/fuzz/long-start-$target
    touch "$start"
    fuzz/run.sh "$target" "$limit" -runs=10000000 -print_final_stats=1 >/dev/null 2>&1
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    added=$(grep -o 'stat::new_units_added: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    # crash-, timeout-, oom- and leak- files are findings; slow-unit- files are inputs that took
    # longer than 10 s of wall time (a loaded or paused machine makes those too: rerun them alone).
    new=(-newer "$start")
    found=$(find "$artifacts" "${new[@]}" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
    slow=$(find "$artifacts" "${new[@]}" -name 'slow-unit-*' | wc -l)
    report="$([ "$found" = 0 ] && echo none || echo "$found in $artifacts")"
    [ "$slow" = 0 ] || report="$report; $slow slow input(s) in $artifacts"
    printf '%-26s %12s %10s %8s %s\n' "$target" "$runs" "$speed" "$added" "$report"
done
