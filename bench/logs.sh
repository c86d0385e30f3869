#!/usr/bin/env bash
# albdoctor logs against DuckDB (read_csv + SQL, the way people query ALB logs by hand today) on
# the same generated access logs, in one run: >= 250 MB of gzip files in the S3 layout, and the
# same logs uncompressed. Both must find the generator's known orphan set. Prints wall time,
# throughput (uncompressed bytes per second) and peak memory of both, and the ratios. The gzip
# files are read twice by albdoctor: with libdeflate (when libdeflate.so.0 is installed) and with
# zlib alone (ALBDOCTOR_NO_LIBDEFLATE=1), each row naming its inflater.
# Goal (issue 4): albdoctor >= 1.5x DuckDB's throughput on both, with at most half its peak memory.
#
#   bench/logs.sh            # generates into a temporary folder (a few minutes)
#   BENCH_DATA=/path bench/logs.sh   # keeps and reuses the generated logs there
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -c "import duckdb" 2>/dev/null || python3 -m pip install --quiet duckdb
swift build -c release --product albdoctor >/dev/null
albdoctor=.build/release/albdoctor
runs=${RUNS:-3}

data=${BENCH_DATA:-}
if [ -z "$data" ]; then
    data=$(mktemp -d)
    trap 'rm -rf "$data"' EXIT
fi
[ -f "$data/gz/truth.json" ] || python3 bench/generate-logs.py "$data/gz" --minutes 60 --rate 60
[ -f "$data/plain/truth.json" ] || python3 bench/generate-logs.py "$data/plain" --minutes 60 --rate 60 --plain

check() { # label, albdoctor json, duckdb lines, truth
    python3 - "$@" <<'PY'
import json, sys
label, mine_file, duck_file, truth_file = sys.argv[1:]
truth = {(o["client"], o["time"]) for o in json.load(open(truth_file))["orphans"]}
mine = {(c["client"], c["time"]) for c in json.load(open(mine_file))["analyses"]["orphanRedirects"]["clients"]}
duck = {tuple(line.split()) for line in open(duck_file)}
ok = mine == truth and duck == truth
print("%s: %d known orphans; albdoctor %s, DuckDB %s" % (label, len(truth), "same" if mine == truth else "DIFFERENT", "same" if duck == truth else "DIFFERENT"))
sys.exit(0 if ok else 1)
PY
}

printf '%-18s %10s %10s %12s %12s %11s %11s %9s %9s\n' input "GB (raw)" "GB (disk)" "albdoctor" DuckDB "alb MB/s" "duck MB/s" speed-up memory
inflaters=(zlib)
ldconfig -p 2>/dev/null | grep -q 'libdeflate\.so\.0' && inflaters=(libdeflate zlib)
rows=()
for inflater in "${inflaters[@]}"; do rows+=("gz:$inflater"); done
rows+=("plain:none")
for row in "${rows[@]}"; do
    kind=${row%%:*}
    inflater=${row#*:}
    label="$kind"; [ "$kind" = gz ] && label="gz ($inflater)"
    disable=(); [ "$inflater" = zlib ] && disable=(env ALBDOCTOR_NO_LIBDEFLATE=1)
    folder="$data/$kind/AWSLogs"
    glob="$folder/**/*.log"; [ "$kind" = gz ] && glob="$glob.gz"
    "${disable[@]}" "$albdoctor" logs "$folder" --format json > "$data/$kind.albdoctor.json" || true
    python3 bench/duckdb_orphans.py "$glob" > "$data/$kind.duckdb.txt"
    check "$label" "$data/$kind.albdoctor.json" "$data/$kind.duckdb.txt" "$data/$kind/truth.json"
    read -r a_time a_rss < <(python3 bench/measure.py "$runs" "${disable[@]}" "$albdoctor" logs "$folder" --format json)
    read -r d_time d_rss < <(python3 bench/measure.py "$runs" python3 bench/duckdb_orphans.py "$glob")
    raw=$(python3 -c "import json; print(json.load(open('$data/$kind/truth.json'))['uncompressedBytes'])")
    disk=$(du -sb "$folder" | cut -f1)
    python3 -c "
import sys
raw, disk, a, d, ar, dr = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
print('%-18s %10.2f %10.2f %10.2f s %10.2f s %11.0f %11.0f %8.2fx %8.2fx' % (sys.argv[7], raw/1e9, disk/1e9, a, d, raw/a/1e6, raw/d/1e6, d/a, dr/ar))
print('%-18s peak memory: albdoctor %d MiB, DuckDB %d MiB' % ('', ar // 1024, dr // 1024))
" "$raw" "$disk" "$a_time" "$d_time" "$a_rss" "$d_rss" "$label"
done
