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

. lab/incident.sh
trap incident_down EXIT
incident_up
endpoint=$incident_endpoint
work=$incident_dir

export HOME=$work AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_EC2_METADATA_DISABLED=true NO_COLOR=1
common=(--dns "$incident_dns" --ca-file "$incident_ca" --connect-timeout "$timeout")
"$albdoctor" diagnose https://test.lab/ "${common[@]}" --endpoint-url "$endpoint" --region ap-northeast-1 > "$work/verdict.txt" || true
head -1 "$work/verdict.txt"

read -r diagnose_time _ < <(python3 bench/measure.py "$runs" "$albdoctor" diagnose https://test.lab/ "${common[@]}" --endpoint-url "$endpoint" --region ap-northeast-1)
cat > "$work/one-by-one.sh" <<SCRIPT
"$albdoctor" probe https://test.lab/ ${common[*]} --rounds 6 --interval 0
"$albdoctor" aws --endpoint-url "$endpoint" --region ap-northeast-1
"$albdoctor" logs "$incident_logs"
SCRIPT
read -r sequence_time _ < <(python3 bench/measure.py "$runs" bash "$work/one-by-one.sh")
python3 - "$diagnose_time" "$sequence_time" "$timeout" <<'PY'
import sys
d, s, t = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
limit = float(t.rstrip("s")) + 2
print("diagnose (probe + account + logs from S3, joined)  %6.2f s   goal <= %.1f s (connect timeout %s + 2 s): %s" % (d, limit, t, "met" if d <= limit else "NOT met"))
print("probe --rounds 6, aws, logs one after another       %6.2f s   (%.1fx longer, and joined by hand)" % (s, s / d))
PY
