#!/usr/bin/env bash
# albdoctor's parsers under libFuzzer (Swift's -sanitize=fuzzer,address), apart from the normal build:
# the root package's AlbdoctorFuzz executable, which Package.swift adds when ALBDOCTOR_FUZZ is set,
# built with AddressSanitizer in .build/fuzz. It links only the pure parser modules (no NIO, TLS,
# HTTP client or server), so its sanitizer build is a few small modules, not the whole graph.
#
#   fuzz/run.sh --list              the targets, one per line (what each parses is in its name)
#   fuzz/run.sh --build             build only; prints the fuzzer's path
#   fuzz/run.sh TARGET SECONDS [LIBFUZZER OPTIONS...]
#                                   build once, fuzz TARGET for SECONDS from its corpus; exit 0 when
#                                   nothing was found, else non-zero with the crashing input's path;
#                                   the log is .build/fuzz/TARGET.log
#   fuzz/run.sh --ci [RUNS]         what CI runs: each target from its committed corpus (every input of
#                                   it run first, under the sanitizer) and a fixed seed for a fixed
#                                   number of executions (RUNS, default 20000; fewer for the slow
#                                   targets) — the same inputs on every run, so a landing never fails
#                                   on a new random find; one target per core at a time
#
# Corpora: fuzz/corpus/TARGET (committed seeds, read only); new inputs go to .build/fuzz/work/TARGET.
# Every crash becomes a file in fuzz/regressions/TARGET/, which the normal test suite replays
# (Tests/FuzzRegressionTests) — there, not here, so that each input runs once per CI run. FUZZ_BINARY=PATH uses a fuzzer built before instead of building;
# FUZZ_CONFIGURATION=release builds optimized (a longer build, several times the executions per
# second: what bench/fuzz-long.sh uses; --ci stays on the quicker debug build).
set -euo pipefail
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
[ -z "${FUZZ_BINARY:-}" ] || FUZZ_BINARY=$(realpath "$FUZZ_BINARY")
cd "$(dirname "$0")"

targets() { grep -o 'case "[a-z0-9-]*"' Sources/AlbdoctorFuzz/FuzzTargets.swift | cut -d'"' -f2; }
dictionary() { case $1 in template-*) echo "-dict=template.dict";; log-*) echo "-dict=log.dict";; esac; }
# Executions per target under --ci: about ten seconds each on a 2-core machine (the slow ones
# evaluate a whole template or module per input), under three minutes in all.
ci_runs() { case $1 in ini-*) echo 5000;; template-*|terraform-*) echo 6000;; hcl-*) echo 10000;; *) echo "${runs:-20000}";; esac; }

# AddressSanitizer everywhere; libFuzzer's coverage only in albdoctor's own modules (Package.swift,
# at its end, says why). --scratch-path keeps the sanitizer build apart from the normal one (each
# would otherwise rebuild the other), with the same Package.resolved.
export ALBDOCTOR_FUZZ=1
flags=(--package-path .. --scratch-path ../.build/fuzz -c "${FUZZ_CONFIGURATION:-debug}" --sanitize=address --product AlbdoctorFuzz)

build() {
    binary=${FUZZ_BINARY:-}
    [ -z "$binary" ] || return 0
    echo "building the fuzz targets (sanitizer build of the parser modules)" >&2
    # The first time, the package checkouts of the normal build (the same Package.resolved) are
    # linked in instead of cloned again: SwiftPM then finds each at its pinned revision (half a
    # minute saved on a fresh clone). Git replaces a file rather than writing into it, so the two
    # scratch folders never change each other's files.
    if [ ! -e ../.build/fuzz/workspace-state.json ] && [ -e ../.build/workspace-state.json ] && [ -d ../.build/checkouts ] && [ -d ../.build/repositories ]; then
        mkdir -p ../.build/fuzz
        cp -al ../.build/checkouts ../.build/repositories ../.build/fuzz/ && cp ../.build/workspace-state.json ../.build/fuzz/
    fi
    swift build "${flags[@]}" >&2
    binary="$(swift build "${flags[@]}" --show-bin-path)/AlbdoctorFuzz"
}

# fuzz TARGET OPTIONS...: runs libFuzzer; on a crash prints where the input is and returns non-zero.
fuzz() {
    local target=$1; shift
    local work=../.build/fuzz/work/$target artifacts=../.build/fuzz/artifacts/$target/ log=../.build/fuzz/$target.log
    mkdir -p "$work" "$artifacts"
    # shellcheck disable=SC2046
    if ! ALBDOCTOR_FUZZ_TARGET=$target "$binary" -artifact_prefix="$artifacts" -rss_limit_mb=2048 -timeout=10 $(dictionary "$target") "$@" "$work" "corpus/$target" 2> "$log"; then
        tail -30 "$log" >&2
        local found
        found=$(ls -t "$artifacts" 2>/dev/null | head -1)
        echo "fuzz target $target failed; the input: ${artifacts#../}$found (copy it to fuzz/regressions/$target/ to keep it as a test)" >&2
        return 1
    fi
    grep -E "^(#[0-9]+\s+DONE|Done [0-9]+ runs)" "$log" | tail -1 | sed "s/^/$target: /" >&2 || true
}

case "${1:-}" in
    --list)
        targets
        ;;
    --build)
        build
        echo "$binary"
        ;;
    --ci)
        runs=${2:-20000}
        build
        # One target per core at a time: each is one process, as deterministic beside another
        # as alone (its own seed, corpus copy and log).
        jobs=$(nproc 2>/dev/null || echo 1)
        failed=0
        running=0
        for target in $(targets); do
            if [ "$running" -ge "$jobs" ]; then
                wait -n || failed=1
                running=$((running - 1))
            fi
            fuzz "$target" -seed=1 -runs="$(ci_runs "$target")" -max_len=65536 &
            running=$((running + 1))
        done
        while [ "$running" -gt 0 ]; do
            wait -n || failed=1
            running=$((running - 1))
        done
        exit $failed
        ;;
    "" | -h | --help)
        awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$self"
        [ -n "${1:-}" ] || exit 2
        ;;
    *)
        target=$1
        seconds=${2:?give the seconds to fuzz, e.g. fuzz/run.sh $1 60}
        targets | grep -qx "$target" || { echo "unknown target '$target'; fuzz/run.sh --list names them" >&2; exit 2; }
        build
        fuzz "$target" -max_total_time="$seconds" "${@:3}"
        ;;
esac
