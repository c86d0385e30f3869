#!/usr/bin/env bash
# albdoctor lint against cfn-lint on the same templates, in one run, startup included:
#   1. the incident's two stacks (fixtures/unrouted-alb-subnet)
#   2. a generated deployment of 50 stacks x ~40 resources, joined by exports
#   3. scaling: 5 stacks against 50 stacks (10x the resources)
# Goals (issue 2): >= 50x faster than cfn-lint end to end; 10x the resources costs <= 11x the time.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cfn-lint >/dev/null || python3 -m pip install --quiet cfn-lint
swift build -c release --product albdoctor >/dev/null
albdoctor=.build/release/albdoctor
region=ap-northeast-1
runs=${RUNS:-5}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/generate-stacks.py 50 "$work/stacks50"
python3 bench/generate-stacks.py 5 "$work/stacks5"

# Both tools must agree the incident's stacks are broken (albdoctor) / say nothing (cfn-lint's known blind spot),
# and both must accept the generated deployment.
set +e
"$albdoctor" lint fixtures/unrouted-alb-subnet --region "$region" >/dev/null; seed_status=$?
"$albdoctor" lint "$work/stacks50" --region "$region" >/dev/null; gen_status=$?
set -e
[ "$seed_status" = 1 ] || { echo "albdoctor did not flag the incident's stacks (exit $seed_status)"; exit 1; }
[ "$gen_status" = 0 ] || { echo "albdoctor flagged the generated deployment (exit $gen_status)"; exit 1; }

measure() { python3 bench/measure.py "$@"; }
row() { # label, albdoctor seconds, cfn-lint seconds
    python3 -c "import sys; a, c = float(sys.argv[2]), float(sys.argv[3]); print('%-34s %10.3f s %10.3f s %9.0fx' % (sys.argv[1], a, c, c / a))" "$@"
}

printf '%-34s %12s %12s %10s\n' "input" "albdoctor" "cfn-lint" "speed-up"
read -r a_seed _ < <(measure "$runs" "$albdoctor" lint fixtures/unrouted-alb-subnet --region "$region")
read -r c_seed _ < <(measure 3 cfn-lint --regions "$region" -- fixtures/unrouted-alb-subnet/network.yaml fixtures/unrouted-alb-subnet/alb.yaml)
row "incident pair (2 stacks)" "$a_seed" "$c_seed"

read -r a_50 a_50_rss < <(measure "$runs" "$albdoctor" lint "$work/stacks50" --region "$region")
read -r c_50 _ < <(measure 1 cfn-lint --regions "$region" -- "$work"/stacks50/*.yaml)
row "50 stacks x ~40 resources" "$a_50" "$c_50"

read -r a_5 _ < <(measure "$runs" "$albdoctor" lint "$work/stacks5" --region "$region")
python3 -c "import sys; s, l = float(sys.argv[1]), float(sys.argv[2]); print('scaling, 5 -> 50 stacks (10x resources): albdoctor %.3f s -> %.3f s = %.1fx (goal <= 11x)' % (s, l, l / s))" "$a_5" "$a_50"
echo "albdoctor peak memory on 50 stacks: $((a_50_rss / 1024)) MiB"
