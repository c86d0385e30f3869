#!/usr/bin/env bash
# albdoctor logs against DuckDB (read_csv + SQL, the way people query ALB logs by hand today) on the
# same generated logs, in one run. Both must give the same answers; prints per mix wall time,
# throughput, peak memory and the ratios. Goal: DuckDB's wall time >= 1.5x albdoctor's and
# albdoctor's peak memory <= half of DuckDB's, on every mix.
#
# Mixes (bench/generate-logs.py writes them, with the true answers in truth.json):
#   access         >= 250 MB of gzip access logs in the S3 layout (60 min, 2 nodes), and the same
#                  uncompressed; gzip read once with libdeflate (when libdeflate.so.0 is installed)
#                  and once with zlib alone (ALBDOCTOR_NO_LIBDEFLATE=1), each row naming its inflater
#   conn=access    access and connection logs, one connection per https request (as many
#                  connection lines as https access lines)
#   small-files    an hour of 5-minute files from 4 nodes, both logs, one connection per visitor
# The analyses compared: orphan redirects (the set), TLS failures by code, connections whose
# conn_trace_id never reaches the access logs, target processing time p50/p90/p99 (within
# HdrHistogram's 3 significant digits). Throughput per log kind: albdoctor on each kind's files alone,
# gzip as written and decompressed beforehand (inflating costs differ per kind: see below).
#
#   bench/logs.sh                      # generates into a temporary folder (a few minutes)
#   BENCH_DATA=/path bench/logs.sh     # keeps and reuses the generated logs there
#   RUNS=3 bench/logs.sh               # runs per measurement (median; default 3)
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -c "import duckdb" 2>/dev/null || python3 -m pip install --quiet duckdb
swift build -c release --product albdoctor >/dev/null
albdoctor=$PWD/.build/release/albdoctor
runs=${RUNS:-3}

data=${BENCH_DATA:-}
if [ -z "$data" ]; then
    data=$(mktemp -d)
    trap 'rm -rf "$data"' EXIT
fi
[ -f "$data/gz/truth.json" ] || python3 bench/generate-logs.py "$data/gz" --minutes 60 --rate 60
[ -f "$data/plain/truth.json" ] || python3 bench/generate-logs.py "$data/plain" --minutes 60 --rate 60 --plain
[ -f "$data/conn/truth.json" ] || python3 bench/generate-logs.py "$data/conn" --minutes 60 --rate 12 --connections request
[ -f "$data/small/truth.json" ] || python3 bench/generate-logs.py "$data/small" --minutes 60 --rate 4 --nodes 4 --connections visitor

# check LABEL ALBDOCTOR_JSON DUCKDB_JSON TRUTH: the same answers from both, and the known ones.
check() {
    python3 - "$@" <<'PY'
import json, sys
label, mine_file, duck_file, truth_file = sys.argv[1:]
truth = json.load(open(truth_file))
mine = json.load(open(mine_file))["analyses"]
duck = json.load(open(duck_file))
problems = []
known = {(o["client"], o["time"]) for o in truth["orphans"]}
if {(c["client"], c["time"]) for c in mine["orphanRedirects"]["clients"]} != known: problems.append("albdoctor's orphans differ from the known ones")
if {tuple(o) for o in duck["orphans"]} != known: problems.append("DuckDB's orphans differ from the known ones")
for name in ("p50", "p90", "p99"):
    a, d = mine["errors"]["targetProcessingMilliseconds"].get(name), duck["targetProcessingMilliseconds"][name]
    if a is None or abs(a - d) > max(0.002 * d, 0.002): problems.append("%s: albdoctor %s ms, DuckDB %s ms" % (name, a, d))
if "connectionLogs" in truth:
    tls = mine["tlsFailures"]
    expected = truth["connectionLogs"]
    if tls["byCode"] != expected["failures"] or duck["tlsFailuresByCode"] != expected["failures"]: problems.append("TLS failures by code differ")
    if tls["connectionsWithoutRequest"] != expected["withoutRequest"] or duck["connectionsWithoutRequest"] != expected["withoutRequest"]:
        problems.append("connections without request: albdoctor %d, DuckDB %d, known %d" % (tls["connectionsWithoutRequest"], duck["connectionsWithoutRequest"], expected["withoutRequest"]))
print("%-18s %s" % (label, "same answers (%d orphans%s)" % (len(known), ", %d connections without request" % truth["connectionLogs"]["withoutRequest"] if "connectionLogs" in truth else "") if not problems else "DIFFERENT: " + "; ".join(problems)))
sys.exit(1 if problems else 0)
PY
}

# row LABEL RAW_BYTES A_TIME D_TIME A_RSS D_RSS
row() {
    python3 -c "
import sys
label, raw, a, d, ar, dr = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
print('%-18s %9.2f %9.2f s %9.2f s %9.0f %9.0f %8.2fx %8d %8d %8.2f' % (label, raw/1e9, a, d, raw/a/1e6, raw/d/1e6, d/a, ar // 1024, dr // 1024, ar/dr))
" "$@"
}

# Start-up (process, arguments, an empty file read): a fixed cost that weighs on small inputs;
# each kind's throughput is also given past it.
mkdir -p "$data/startup" && : > "$data/startup/empty.log"
read -r startup _ < <(python3 bench/measure.py "$runs" "$albdoctor" logs "$data/startup/empty.log" --format json)

inflaters=(zlib)
ldconfig -p 2>/dev/null | grep -q 'libdeflate\.so\.0' && inflaters=(libdeflate zlib)
rows=()
for inflater in "${inflaters[@]}"; do rows+=("gz:$inflater"); done
rows+=("plain:-" "conn:libdeflate" "small:libdeflate")

results=()
declare -A duck_time duck_rss
for entry in "${rows[@]}"; do
    mix=${entry%%:*}
    inflater=${entry#*:}
    case $mix in gz) label="access gz ($inflater)";; plain) label="access plain";; conn) label="conn=access gz";; small) label="small-files gz";; esac
    [ "$mix" != plain ] && [ "$mix" != gz ] && [ "$inflater" = libdeflate ] && [ "${inflaters[0]}" = zlib ] && label="$label (zlib)"
    env=(env); [ "$inflater" = zlib ] && env=(env ALBDOCTOR_NO_LIBDEFLATE=1)
    folder="$data/$mix/AWSLogs"
    ext=".log"; [ "$mix" != plain ] && ext=".log.gz"
    access_glob="$folder/**/[0-9]*$ext"
    conn_glob="-"; [ -n "$(find "$folder" -name "conn_log*" -print -quit)" ] && conn_glob="$folder/**/conn_log*$ext"
    "${env[@]}" "$albdoctor" logs "$folder" --format json > "$data/$mix.albdoctor.json" || true
    python3 bench/duckdb_analyses.py "$access_glob" "$conn_glob" > "$data/$mix.duckdb.json"
    check "$label" "$data/$mix.albdoctor.json" "$data/$mix.duckdb.json" "$data/$mix/truth.json"
    read -r a_time a_rss < <(python3 bench/measure.py "$runs" "${env[@]}" "$albdoctor" logs "$folder" --format json)
    # DuckDB does the same work on a mix whichever inflater albdoctor uses: timed once per mix, so
    # the two gz rows are compared with one DuckDB figure (its run-to-run spread is wide).
    if [ -z "${duck_time[$mix]:-}" ]; then
        read -r duck_time[$mix] duck_rss[$mix] < <(python3 bench/measure.py "$runs" python3 bench/duckdb_analyses.py "$access_glob" "$conn_glob")
    fi
    d_time=${duck_time[$mix]}
    d_rss=${duck_rss[$mix]}
    raw=$(python3 -c "import json; print(json.load(open('$data/$mix/truth.json'))['uncompressedBytes'])")
    results+=("$(row "$label" "$raw" "$a_time" "$d_time" "$a_rss" "$d_rss")")
    if [ "$conn_glob" != "-" ]; then
        # Each kind alone, gzip as written and decompressed beforehand: connection lines (random
        # trace ids and addresses) compress about half as well as access lines, so inflating them
        # costs about twice as much per byte; the plain files show the reading itself.
        plain="$data/$mix-plain"
        if [ ! -f "$plain/done" ]; then
            rm -rf "$plain"
            (cd "$data/$mix" && find AWSLogs -name '*.gz') | while read -r file; do
                mkdir -p "$plain/$(dirname "$file")"
                gzip -dc "$data/$mix/$file" > "$plain/${file%.gz}"
            done
            touch "$plain/done"
        fi
        for kind in access connection; do
            bytes=$(python3 -c "import json; print(json.load(open('$data/$mix/truth.json'))['bytesByKind']['$kind'])")
            line=$(printf '  %-16s %-10s lines alone:' '' "$kind")
            for form in gz plain; do
                if [ "$form" = gz ]; then root=$folder; suffix=$ext; else root=$plain/AWSLogs; suffix=.log; fi
                if [ "$kind" = access ]; then mapfile -t files < <(find "$root" -name "[0-9]*$suffix"); else mapfile -t files < <(find "$root" -name "conn_log*$suffix"); fi
                read -r k_time _ < <(python3 bench/measure.py "$runs" "${env[@]}" "$albdoctor" logs "${files[@]}" --format json)
                line="$line $(python3 -c "
import sys
form, seconds, size, startup = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
print('%s %.2f s, %.0f MB/s (%.0f past start-up);' % (form, seconds, size / seconds / 1e6, size / max(seconds - startup, 1e-3) / 1e6))
" "$form" "$k_time" "$bytes" "$startup")"
            done
            results+=("${line%;}")
        done
    fi
done
echo
printf '%-18s %9s %11s %11s %9s %9s %9s %8s %8s %8s\n' mix "GB (raw)" albdoctor DuckDB "alb MB/s" "duck MB/s" speed-up "alb MiB" "duck MiB" "mem ratio"
printf '%s\n' "${results[@]}"
python3 -c "import sys; print('start-up (an empty log file): %.3f s' % float(sys.argv[1]))" "$startup"
