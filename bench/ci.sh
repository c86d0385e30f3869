#!/usr/bin/env bash
# What CI's run costs on this machine, phase by phase, from a fresh clone of COMMIT (default HEAD):
# the debug build with tests, the tests with the fuzz targets' sanitizer build beside them (as
# scripts/test runs them), the fixed-seed fuzz runs with the release tarball's check beside them.
# The same work as `.ci/run` (CI=true scripts/test), split so that each phase is timed alone.
#
#   bench/ci.sh                 # HEAD, in a clone under /tmp (removed afterwards)
#   bench/ci.sh COMMIT          # another commit of this repository
#   KEEP=1 bench/ci.sh          # keep the clone (its path is printed)
#
# A phase that fails stops the run with its exit code; its log is in the clone's .build/ci-*.log.
set -euo pipefail
repository="$(cd "$(dirname "$0")/.." && pwd)"
commit=${1:-HEAD}
clone=$(mktemp -d /tmp/albdoctor-ci-XXXXXX)
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$clone"' EXIT
git clone --quiet "$repository" "$clone"
git -C "$clone" checkout --quiet "$commit"
cd "$clone"
mkdir -p .build
export CI=true
total=0
phase() {
    local name=$1; shift
    local start
    start=$(date +%s%N)
    if ! "$@" > ".build/ci-$name.log" 2>&1; then
        tail -30 ".build/ci-$name.log" >&2
        echo "phase '$name' failed; its log: $clone/.build/ci-$name.log" >&2
        exit 1
    fi
    local seconds=$(( ($(date +%s%N) - start) / 1000000000 ))
    total=$((total + seconds))
    printf '%-18s %6d s\n' "$name" "$seconds"
}
echo "fresh clone of $(git rev-parse --short HEAD) in $clone, $(nproc) cores"
# The phases of scripts/test's run (what it installs is taken as there: run it once before).
phase build swift build --build-tests
# The tests and, beside them at the lowest priority, the fuzz targets' sanitizer build: as
# scripts/test runs them (the phase ends when both have).
tests_and_fuzz_build() {
    nice -n 19 fuzz/run.sh --build > .build/fuzz-binary-path 2> .build/ci-fuzz-build.log &
    local build=$! tests=0
    swift test --skip-build || tests=$?
    wait "$build" && [ "$tests" -eq 0 ]
}
phase tests+fuzz-build tests_and_fuzz_build
# The fixed-seed fuzz runs and, beside them, the release tarball's check: as scripts/test runs
# them (the phase ends when both have; the check's report is in .build/ci-release.log).
fuzz_runs_and_release() {
    scripts/check-release > .build/ci-release.log 2>&1 &
    local release=$! fuzz=0
    FUZZ_BINARY="$(cat .build/fuzz-binary-path 2>/dev/null)" fuzz/run.sh --ci || fuzz=$?
    wait "$release" && [ "$fuzz" -eq 0 ]
}
phase fuzz-runs+release fuzz_runs_and_release
printf '%-18s %6d s\n' total "$total"
grep -E '^(✔|✘|━)? *Test run with|Executed [0-9]+ tests' .build/ci-tests+fuzz-build.log | tail -2
[ "${KEEP:-}" != 1 ] || echo "kept: $clone"
