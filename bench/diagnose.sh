#!/usr/bin/env bash
# Time to verdict: `albdoctor diagnose` in the lab (lab/lab.sh: node B blackholed) with the account
# and its log bucket in moto_server, against the same questions asked one view after another
# (probe with as many tries, then aws, then logs on a local copy of the bucket: the download is
# not even counted for them). Goal: diagnose within one connect timeout + 2 s. Needs root (network
# namespaces), nginx, dnsmasq, moto[server], boto3 (scripts/test installs them).
#
#   bench/diagnose.sh              # RUNS=3 runs each, median; CONNECT_TIMEOUT=2s
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
timeout=${CONNECT_TIMEOUT:-2s}
swift build -c release --product albdoctor >/dev/null
albdoctor=$PWD/.build/release/albdoctor

work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
moto_input=$work/moto.in
mkfifo "$moto_input"
cleanup() {
    exec 3>&- 2>/dev/null || true
    PATH="$PATH:/usr/sbin:/sbin" bash lab/lab.sh down "$work/lab" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/lab"
PATH="$PATH:/usr/sbin:/sbin" bash lab/lab.sh up "$work/lab" "$port" > "$work/lab/lab.log" 2>&1
python3 Tests/AWSInventoryTests/Peers/moto_peer.py < "$moto_input" > "$work/moto.url" 2>/dev/null &
exec 3>"$moto_input"
for _ in $(seq 50); do [ -s "$work/moto.url" ] && break; sleep 0.2; done
endpoint=$(head -1 "$work/moto.url")
python3 Tests/LabTests/Peers/incident_account.py "$endpoint" create 10.77.1.2 10.77.2.2 --copy-logs "$work/logs" > "$work/ids.json"

export HOME=$work AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_EC2_METADATA_DISABLED=true NO_COLOR=1
common=(--dns "127.0.0.1:$port" --ca-file "$work/lab/certs/root.pem" --connect-timeout "$timeout")
"$albdoctor" diagnose https://test.lab/ "${common[@]}" --endpoint-url "$endpoint" --region ap-northeast-1 > "$work/verdict.txt" || true
head -1 "$work/verdict.txt"

read -r diagnose_time _ < <(python3 bench/measure.py "$runs" "$albdoctor" diagnose https://test.lab/ "${common[@]}" --endpoint-url "$endpoint" --region ap-northeast-1)
cat > "$work/one-by-one.sh" <<SCRIPT
"$albdoctor" probe https://test.lab/ ${common[*]} --rounds 6 --interval 0
"$albdoctor" aws --endpoint-url "$endpoint" --region ap-northeast-1
"$albdoctor" logs "$work/logs"
SCRIPT
read -r sequence_time _ < <(python3 bench/measure.py "$runs" bash "$work/one-by-one.sh")
python3 - "$diagnose_time" "$sequence_time" "$timeout" <<'PY'
import sys
d, s, t = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
limit = float(t.rstrip("s")) + 2
print("diagnose (probe + account + logs from S3, joined)  %6.2f s   goal <= %.1f s (connect timeout %s + 2 s): %s" % (d, limit, t, "met" if d <= limit else "NOT met"))
print("probe --rounds 6, aws, logs one after another       %6.2f s   (%.1fx longer, and joined by hand)" % (s, s / d))
PY
