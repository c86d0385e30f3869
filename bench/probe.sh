#!/usr/bin/env bash
# albdoctor probe against the tools an engineer reaches for, in the incident built in network
# namespaces (lab/lab.sh: node A healthy, node B with no route back; root only):
#  1. time to a verdict on test.lab (2 addresses, one blackholed, connect timeout 3 s) for
#     albdoctor, for testssl.sh (one run per address, as it needs) and for a `curl -v` loop over
#     each address; goal: albdoctor <= connect timeout + 0.5 s.
#  2. full handshakes per second against node A: albdoctor --rounds (TCP + TLS + GET each round)
#     versus `openssl s_time -new -www /` (TCP + TLS + GET each connection) on the same nginx;
#     goal: albdoctor >= 80% of openssl's rate.
#
#   sudo bench/probe.sh            ROUNDS=2000 SECONDS_OPENSSL=10 to change the second part
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "bench/probe.sh needs root (network namespaces)" >&2; exit 2; }
command -v testssl >/dev/null || apt-get install -y testssl.sh >/dev/null
swift build -c release --product albdoctor >/dev/null
albdoctor=$PWD/.build/release/albdoctor
rounds=${ROUNDS:-2000}
openssl_seconds=${SECONDS_OPENSSL:-10}

lab=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
export LAB_PREFIX=albb
trap 'lab/lab.sh down "$lab"; rm -rf "$lab"' EXIT
lab/lab.sh up "$lab" "$port"
ca=$lab/certs/root.pem

seconds() { python3 -c 'import sys,time; s=time.monotonic(); import subprocess; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print("%.2f" % (time.monotonic()-s))' "$@"; }

echo "1. time to verdict on test.lab (10.77.1.2 healthy, 10.77.2.2 blackholed), connect timeout 3 s"
t_alb=$(seconds "$albdoctor" probe test.lab --dns "127.0.0.1:$port" --ca-file "$ca" --connect-timeout 3s --format json)
"$albdoctor" probe test.lab --dns "127.0.0.1:$port" --ca-file "$ca" --connect-timeout 3s --no-color | grep -E "^error|^warning" | cut -c1-110 || true
t_curl=$(seconds bash -c "for ip in 10.77.1.2 10.77.2.2; do curl -sv -o /dev/null --connect-timeout 3 --cacert '$ca' --resolve test.lab:443:\$ip https://test.lab/; done")
t_testssl=$(seconds bash -c "for ip in 10.77.1.2 10.77.2.2; do testssl --quiet --color 0 --warnings off --connect-timeout 3 --openssl-timeout 3 --add-ca '$ca' --ip \$ip -S https://test.lab/; done")
printf '   %-34s %8s s\n' "albdoctor probe (all addresses)" "$t_alb" "curl -v loop (2 addresses)" "$t_curl" "testssl.sh -S (per address)" "$t_testssl"
python3 - "$t_alb" "$t_curl" "$t_testssl" <<'PY'
import sys
alb, curl, testssl = map(float, sys.argv[1:])
print("   albdoctor %.2f s vs goal <= 3.5 s: %s; %.1fx faster than the curl loop, %.1fx faster than testssl.sh"
      % (alb, "met" if alb <= 3.5 else "NOT met", curl / alb, testssl / alb))
PY

echo "2. handshakes per second against node A (10.77.1.2:443, TLS + GET per connection)"
start=$(date +%s.%N)
"$albdoctor" probe https://test.lab/ --address 10.77.1.2 --ca-file "$ca" --no-port-80 --rounds "$rounds" --interval 0 --format json > "$lab/rounds.json"
end=$(date +%s.%N)
ok=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["addresses"][0]["rounds"]["succeeded"])' "$lab/rounds.json")
s_time=$(openssl s_time -connect 10.77.1.2:443 -new -www / -time "$openssl_seconds" -CAfile "$ca" 2>/dev/null | grep "connections in" | grep -v "user" | head -1)
python3 - "$start" "$end" "$ok" "$rounds" "$s_time" <<'PY'
import re, sys
start, end, ok, rounds, s_time = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
alb = ok / (end - start)
m = re.search(r"(\d+) connections in ([\d.]+)s?", s_time)
ossl = int(m.group(1)) / float(m.group(2))
print("   albdoctor: %d of %d rounds ok in %.2f s = %.0f/s" % (ok, rounds, end - start, alb))
print("   openssl s_time -new -www /: %s = %.0f/s" % (s_time.strip(), ossl))
print("   ratio %.2f (goal >= 0.80: %s)" % (alb / ossl, "met" if alb / ossl >= 0.8 else "NOT met"))
PY
