#!/usr/bin/env bash
# albdoctor's parsers under libFuzzer (Swift's -sanitize=fuzzer,address), apart from the normal build.
#
#   fuzz/run.sh --list              the targets, one per line (what each parses is in its name)
#   fuzz/run.sh --build             build only; prints the fuzzer's path
#   fuzz/run.sh TARGET SECONDS [LIBFUZZER OPTIONS...]
#                                   build once, fuzz TARGET for SECONDS from its corpus; exit 0 when
#                                   nothing was found, else non-zero with the crashing input's path;
#                                   the log is .build/fuzz-TARGET.log
#   fuzz/run.sh --ci [RUNS]         what CI runs: replay every committed corpus, then each target from
#                                   a fixed seed for a fixed number of executions (RUNS, default 20000;
#                                   fewer for the slow targets) — the same inputs on every run, so a
#                                   landing never fails on a new random find
#
# Corpora: fuzz/corpus/TARGET (committed seeds, read only); new inputs go to .build/fuzz-work/TARGET.
# Every crash becomes a file in fuzz/regressions/TARGET/, which the normal test suite replays
# (Tests/FuzzRegressionTests). FUZZ_BINARY=PATH uses a fuzzer built before instead of building;
# FUZZ_CONFIGURATION=release builds optimized (a longer build, several times the executions per
# second: what bench/fuzz-long.sh uses; --ci stays on the quicker debug build).
set -euo pipefail
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
[ -z "${FUZZ_BINARY:-}" ] || FUZZ_BINARY=$(realpath "$FUZZ_BINARY")
cd "$(dirname "$0")"

targets() { grep -o 'case "[a-z0-9-]*"' Sources/AlbdoctorFuzz/FuzzTargets.swift | cut -d'"' -f2; }
dictionary() { case $1 in template-*) echo "-dict=template.dict";; log-*) echo "-dict=log.dict";; esac; }
# Executions per target under --ci: about ten seconds each on a 2-core machine (the slow ones
# evaluate a whole template or sign a request per input), under three minutes in all.
ci_runs() { case $1 in sigv4-*) echo 2000;; ini-*) echo 5000;; template-*) echo 6000;; *) echo "${runs:-20000}";; esac; }

# AddressSanitizer everywhere; libFuzzer's coverage only in albdoctor's own modules, which
# ../Package.swift instruments when ALBDOCTOR_FUZZ_COVERAGE is set (a coverage counter in every
# dependency made libFuzzer walk a million of them after each input). swiftc keeps only the last
# -sanitize= flag it is given: the modules' own `-sanitize=fuzzer,address` comes after SwiftPM's.
export ALBDOCTOR_FUZZ_COVERAGE=1
flags=(-c "${FUZZ_CONFIGURATION:-debug}" --sanitize=address)

build() {
    binary=${FUZZ_BINARY:-}
    [ -z "$binary" ] || return 0
    echo "building the fuzz targets (sanitizer build; the first one takes several minutes)" >&2
    swift build "${flags[@]}" >&2
    binary="$(swift build "${flags[@]}" --show-bin-path)/AlbdoctorFuzz"
}

# fuzz TARGET OPTIONS...: runs libFuzzer; on a crash prints where the input is and returns non-zero.
fuzz() {
    local target=$1; shift
    local work=.build/fuzz-work/$target artifacts=.build/fuzz-artifacts/$target/
    mkdir -p "$work" "$artifacts"
    # shellcheck disable=SC2046
    if ! ALBDOCTOR_FUZZ_TARGET=$target "$binary" -artifact_prefix="$artifacts" -rss_limit_mb=2048 -timeout=10 $(dictionary "$target") "$@" "$work" "corpus/$target" 2> ".build/fuzz-$target.log"; then
        tail -30 ".build/fuzz-$target.log" >&2
        local found
        found=$(ls -t "$artifacts" 2>/dev/null | head -1)
        echo "fuzz target $target failed; the input: fuzz/$artifacts$found (copy it to fuzz/regressions/$target/ to keep it as a test)" >&2
        return 1
    fi
    grep -E "^(#[0-9]+\s+DONE|Done [0-9]+ runs)" ".build/fuzz-$target.log" | tail -1 | sed "s/^/$target: /" >&2 || true
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
        failed=0
        for target in $(targets); do
            # The committed corpus and regressions, each input once, then a fixed-seed run.
            ALBDOCTOR_FUZZ_TARGET=$target "$binary" -runs=0 "corpus/$target" $( [ -d "regressions/$target" ] && echo "regressions/$target" ) 2> ".build/fuzz-$target-replay.log" \
                || { tail -20 ".build/fuzz-$target-replay.log" >&2; echo "replaying the corpus of $target failed" >&2; failed=1; continue; }
            fuzz "$target" -seed=1 -runs="$(ci_runs "$target")" -max_len=65536 || failed=1
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
