#!/usr/bin/env bash
# Lints Terraform written by others, one albdoctor process per configuration (as a user runs
# it), and prints per folder whether it was read or refused, and how many errors, warnings and
# notes (unverified) it gave; then every error and warning, so that each can be checked to be a
# real fault. The Terraform twin of bench/corpus.sh.
#
#   bench/terraform-corpus.sh REPO…         # every folder under REPO/examples holding .tf files
#   ALBDOCTOR=.build/debug/albdoctor bench/terraform-corpus.sh /tmp/terraform-aws-vpc
#
# A folder whose modules have local sources (`source = "../../"`) is linted with those folders
# too, as the note albdoctor gives without them says to.
set -uo pipefail
here=$(pwd)
cd "$(dirname "$0")/.." || exit 2
[ $# -gt 0 ] || { echo "usage: bench/terraform-corpus.sh REPO…" >&2; exit 2; }
. bench/albdoctor-binary.sh
. bench/module-folders.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

printf '%-58s %-7s %6s %8s %6s\n' folder status errors warnings notes
findings=()
for repo in "$@"; do
    repo=$(cd "$here" && cd "$repo" && pwd)
    declare -A totals=([read]=0 [refused]=0 [crashed]=0 [errors]=0 [warnings]=0 [notes]=0)
    while IFS= read -r folder; do
        mapfile -t extra < <(module_folders "$folder")
        timeout 120 "$albdoctor" lint "$folder" "${extra[@]}" --no-color > "$out/stdout" 2> "$out/stderr"
        status=$?
        name=${folder#"$(dirname "$repo")"/}
        case $status in
            0|1)
                totals[read]=$((totals[read] + 1))
                summary=$(grep -E '^[0-9]+ errors?, [0-9]+ warnings?, [0-9]+ notes?' "$out/stdout" | tail -1)
                errors=$(sed -nE 's/^([0-9]+) errors?.*/\1/p' <<<"$summary"); errors=${errors:-0}
                warnings=$(sed -nE 's/^[0-9]+ errors?, ([0-9]+) warnings?.*/\1/p' <<<"$summary"); warnings=${warnings:-0}
                notes=$(sed -nE 's/^[0-9]+ errors?, [0-9]+ warnings?, ([0-9]+) notes?.*/\1/p' <<<"$summary"); notes=${notes:-0}
                totals[errors]=$((totals[errors] + errors)); totals[warnings]=$((totals[warnings] + warnings)); totals[notes]=$((totals[notes] + notes))
                printf '%-58s %-7s %6s %8s %6s\n' "$name" read "$errors" "$warnings" "$notes"
                while IFS= read -r line; do findings+=("$line"); done < <(grep -E '^[^ ].*(error|warning)\[[A-Z]+[0-9]+\]' "$out/stdout" || true)
                ;;
            2)
                totals[refused]=$((totals[refused] + 1))
                printf '%-58s %-7s %s\n' "$name" refused "$(head -c 200 "$out/stderr" | tr '\n' ' ')"
                ;;
            *)
                totals[crashed]=$((totals[crashed] + 1))
                printf '%-58s %-7s exit %s %s\n' "$name" crashed "$status" "$(tail -c 200 "$out/stderr" | tr '\n' ' ')"
                ;;
        esac
    done < <(find "$repo/examples" -name '*.tf' -not -path '*/.terraform/*' -printf '%h\n' 2>/dev/null | sort -u)
    echo "$(basename "$repo"): read ${totals[read]}, refused ${totals[refused]}, crashed ${totals[crashed]}, errors ${totals[errors]}, warnings ${totals[warnings]}, notes ${totals[notes]}"
    unset totals
done
echo "errors and warnings: ${#findings[@]}"
for line in "${findings[@]}"; do echo "  $line"; done
