#!/usr/bin/env bash
# albdoctor against checkov on the same Terraform folders: wall time of each, side by side, the
# ratio, and whether each names the subnet of the incident (fixtures/terraform/unrouted-alb-subnet:
# aws_subnet.public_b has no route to the internet gateway, aws_subnet.public_a has one).
#
#   bench/terraform.sh                        # the Terraform fixtures
#   bench/terraform.sh /tmp/terraform-aws-alb/examples/complete-alb …   # and folders of others
#
# checkov comes from PyPI into a virtual environment under /tmp when it is not on PATH. A
# folder whose modules have local sources is given to albdoctor with those folders, as its note
# says; checkov follows local sources by itself.
set -uo pipefail
here=$(pwd)
cd "$(dirname "$0")/.." || exit 2
. bench/albdoctor-binary.sh
. bench/module-folders.sh
checkov=$(command -v checkov || true)
if [ -z "$checkov" ]; then
    venv=/tmp/albdoctor-bench-checkov
    [ -x "$venv/bin/checkov" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q checkov; } || { echo "cannot install checkov" >&2; exit 1; }
    checkov=$venv/bin/checkov
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

folders=()
while IFS= read -r folder; do folders+=("$folder"); done < <(find fixtures/terraform -name '*.tf' -not -path '*/.terraform/*' -printf '%h\n' | sort -u)
for folder in "$@"; do folders+=("$(cd "$here" && cd "$folder" && pwd)"); done

now() { date +%s.%N; }
printf '%-60s %10s %10s %8s\n' folder albdoctor checkov ratio
total_albdoctor=0
total_checkov=0
for folder in "${folders[@]}"; do
    mapfile -t extra < <(module_folders "$folder")
    start=$(now)
    "$albdoctor" lint "$folder" "${extra[@]}" --region ap-northeast-1 --format json > "$out/albdoctor.json" 2> /dev/null
    middle=$(now)
    "$checkov" -d "$folder" -o json --quiet --compact --framework terraform --skip-download > "$out/checkov.json" 2> /dev/null
    end=$(now)
    a=$(echo "$middle - $start" | bc -l)
    c=$(echo "$end - $middle" | bc -l)
    total_albdoctor=$(echo "$total_albdoctor + $a" | bc -l)
    total_checkov=$(echo "$total_checkov + $c" | bc -l)
    printf '%-60s %9.3fs %9.3fs %7.0fx\n' "${folder#"$PWD"/}" "$a" "$c" "$(echo "$c / $a" | bc -l)"
    if [ "$folder" = fixtures/terraform/unrouted-alb-subnet ]; then
        cp "$out/albdoctor.json" "$out/incident-albdoctor.json"
        cp "$out/checkov.json" "$out/incident-checkov.json"
    fi
done
printf '%-60s %9.3fs %9.3fs %7.0fx\n' "total (${#folders[@]} folders)" "$total_albdoctor" "$total_checkov" "$(echo "$total_checkov / $total_albdoctor" | bc -l)"

# Names the incident's subnet: a finding about aws_subnet.public_b that is not also made about
# aws_subnet.public_a (which routes to the internet gateway and is fine).
python3 - "$out/incident-albdoctor.json" "$out/incident-checkov.json" <<'EOF'
import json, sys
def load(path):
    try:
        with open(path) as f: return json.load(f)
    except (OSError, ValueError): return None
albdoctor, checkov = load(sys.argv[1]), load(sys.argv[2])
named = {f["rule"] for f in (albdoctor or {}).get("findings", []) if f.get("subject") == "aws_subnet.public_b" and f.get("severity") == "error"}
print("albdoctor names aws_subnet.public_b:", ", ".join(sorted(named)) if named else "no")
reports = checkov if isinstance(checkov, list) else [checkov or {}]
failed = [c for r in reports for c in (r.get("results") or {}).get("failed_checks", [])]
by = lambda name: {c["check_id"] for c in failed if c.get("resource") == name}
only_b = by("aws_subnet.public_b") - by("aws_subnet.public_a")
print("checkov failed checks on aws_subnet.public_b:", ", ".join(sorted(by("aws_subnet.public_b"))) or "none")
print("checkov names aws_subnet.public_b alone:", ", ".join(sorted(only_b)) if only_b else "no (nothing it says tells public_b from public_a)")
EOF
