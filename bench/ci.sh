#!/usr/bin/env bash
# What CI's run costs on this machine, phase by phase, from a fresh clone of COMMIT (default HEAD):
# `.ci/run`'s own command (CI=true scripts/test) in the clone, with the time of each phase it
# reports: the debug build with tests, the tests with the fuzz targets' sanitizer build beside
# them, the fixed-seed fuzz runs with the release tarball's check beside them. What scripts/test
# installs is installed as there (run it once before, so that the installing is not timed).
#
#   bench/ci.sh                 # HEAD, in a clone under /tmp (removed afterwards)
#   bench/ci.sh COMMIT          # another commit of this repository (one from before scripts/test
#                               # reported its phases gives the total only)
#   KEEP=1 bench/ci.sh          # keep the clone (its path is printed)
#
# A failing run stops with scripts/test's exit code; its log is the clone's .build/ci.log.
set -euo pipefail
repository="$(cd "$(dirname "$0")/.." && pwd)"
commit=${1:-HEAD}
clone=$(mktemp -d /tmp/albdoctor-ci-XXXXXX)
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$clone"' EXIT
git clone --quiet "$repository" "$clone"
git -C "$clone" checkout --quiet "$commit"
cd "$clone"
mkdir -p .build
echo "fresh clone of $(git rev-parse --short HEAD) in $clone, $(nproc) cores"
started=$(date +%s)
status=0
env CI=true scripts/test > .build/ci.log 2>&1 || status=$?
seconds=$(( $(date +%s) - started ))
if [ "$status" -ne 0 ]; then
    tail -30 .build/ci.log >&2
    echo "the run failed (exit $status) after $seconds s; its log: $clone/.build/ci.log" >&2
    exit "$status"
fi
sed -n 's/^scripts\/test: phase \([^ ]*\) took \([0-9]*\) s$/\1 \2/p' .build/ci.log | while read -r name phase; do
    printf '%-18s %6d s\n' "$name" "$phase"
done
printf '%-18s %6d s\n' total "$seconds"
grep -E '^(✔|✘|━)? *Test run with|Executed [0-9]+ tests' .build/ci.log | tail -2
[ "${KEEP:-}" != 1 ] || echo "kept: $clone"
