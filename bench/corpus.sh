#!/usr/bin/env bash
# Lints every template under the given folders, one albdoctor process per file (as a user runs
# it), and prints counts per exit code, crashes, refused templates (exit 2, with the reason) and
# every error-level finding, so that each can be checked to be a real fault.
#
#   bench/corpus.sh ../shared/corpus            # a folder of templates written by others
#   ALBDOCTOR=.build/debug/albdoctor bench/corpus.sh DIR…
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: bench/corpus.sh DIR…" >&2; exit 2; }
. bench/albdoctor-binary.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
declare -A counts=()
crashes=()
refused=()
errors=()
total=0
while IFS= read -r -d '' file; do
    total=$((total + 1))
    timeout 60 "$albdoctor" lint "$file" --no-color > "$out/stdout" 2> "$out/stderr"
    status=$?
    counts[$status]=$(( ${counts[$status]:-0} + 1 ))
    case $status in
        0|1) ;;
        2) refused+=("$file: $(head -c 300 "$out/stderr" | tr '\n' ' ')") ;;
        *) crashes+=("$file: exit $status: $(tail -c 300 "$out/stderr" | tr '\n' ' ')") ;;
    esac
    while IFS= read -r line; do errors+=("$line"); done < <(grep -E '^[^ ].*error\[[A-Z]+[0-9]+\]' "$out/stdout" || true)
done < <(find "$@" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.template' \) -print0 | sort -z)

echo "templates: $total"
for status in $(printf '%s\n' "${!counts[@]}" | sort -n); do
    case $status in 0) what="clean";; 1) what="findings at error level";; 2) what="refused";; *) what="crashed";; esac
    echo "exit $status ($what): ${counts[$status]}"
done
echo "crashes: ${#crashes[@]}"
for line in "${crashes[@]}"; do echo "  $line"; done
echo "refused: ${#refused[@]}"
for line in "${refused[@]}"; do echo "  $line"; done
echo "error findings: ${#errors[@]}"
for line in "${errors[@]}"; do echo "  $line"; done
