#!/usr/bin/env bash
# Each fuzz target for 10^7 executions or SECONDS (default an hour), whichever comes first, from
# its corpus; prints executions, executions per second, corpus growth and findings per target.
#
#   bench/fuzz-long.sh                 # every target, up to an hour each
#   SECONDS_PER_TARGET=600 bench/fuzz-long.sh template-yaml log-access-line
#   FUZZ_BINARY=/tmp/AlbdoctorFuzz bench/fuzz-long.sh   # a sanitizer build made before (no build)
set -uo pipefail
cd "$(dirname "$0")/.."
limit=${SECONDS_PER_TARGET:-3600}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(fuzz/run.sh --list)
binary=${FUZZ_BINARY:-}
[ -n "$binary" ] || binary=$(fuzz/run.sh --build | tail -1)
printf '%-26s %12s %10s %8s %s\n' target executions "exec/s" corpus findings
for target in "${targets[@]}"; do
    work=fuzz/.build/fuzz-long/$target
    artifacts=fuzz/.build/fuzz-long-artifacts/$target/
    mkdir -p "$work" "$artifacts"
    dict=""; case $target in template-*) dict="-dict=fuzz/template.dict";; log-*) dict="-dict=fuzz/log.dict";; esac
    ALBDOCTOR_FUZZ_TARGET=$target "$binary" -runs=10000000 -max_total_time="$limit" -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$artifacts" \
        -print_final_stats=1 $dict "$work" "fuzz/corpus/$target" > "$work.log" 2>&1
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work.log" | grep -o '[0-9]*$' || echo "?")
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work.log" | grep -o '[0-9]*$' || echo "?")
    corpus=$(ls "$work" | wc -l)
    # crash-, timeout-, oom- and leak- files are findings; slow-unit- files are inputs that took
    # longer than 10 s of wall time (a loaded or paused machine makes those too: rerun them alone).
    found=$(find "$artifacts" -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' | wc -l)
    slow=$(find "$artifacts" -name 'slow-unit-*' | wc -l)
    report="$([ "$found" = 0 ] && echo none || echo "$found in $artifacts")"
    [ "$slow" = 0 ] || report="$report; $slow slow input(s) in $artifacts"
    printf '%-26s %12s %10s %8s %s\n' "$target" "$runs" "$speed" "$corpus" "$report"
done
