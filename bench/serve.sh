#!/usr/bin/env bash
# albdoctor serve against the usual blackbox probe, and under load.
#
# 1. Side by side on the incident (lab/incident.sh: node B blackholed; needs root): Debian's
#    prometheus-blackbox-exporter and `albdoctor serve` probe https://test.lab/ for the same
#    rounds; what each reports about each node. blackbox_exporter resolves through /etc/hosts
#    (mounted over in a private mount namespace, listing both nodes as the lab's DNS does).
# 2. Load: 500 targets on loopback, each its own 127.x address, every 10 s for MINUTES (default
#    10): CPU time per probe and resident memory at minute 2 and at the end (goal: < 5% growth).
#
#   bench/serve.sh                 # both
#   MINUTES=3 bench/serve.sh       # a shorter load run
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${MINUTES:-10}
rounds=${ROUNDS:-10}
command -v prometheus-blackbox-exporter >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q prometheus-blackbox-exporter >/dev/null
swift build -c release --product albdoctor >/dev/null
albdoctor=$PWD/.build/release/albdoctor
get() { python3 -c "import urllib.request,sys; print(urllib.request.urlopen(sys.argv[1], timeout=30).read().decode())" "$1"; }
port_of() { for _ in $(seq 100); do grep -o 'listening on http://127.0.0.1:[0-9]*' "$1" 2>/dev/null | grep -o '[0-9]*$' && return; sleep 0.1; done; }

. lab/incident.sh
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; exec 8>&- 2>/dev/null || true; incident_down; rm -rf "$work"; }
trap cleanup EXIT
incident_up

echo "== 1. the incident: $rounds rounds, one per second =="
printf '10.77.1.2 test.lab\n10.77.2.2 test.lab\n' > "$work/hosts"
cat > "$work/blackbox.yml" <<YAML
modules:
  https:
    prober: http
    timeout: 2s
    http: { tls_config: { ca_file: "$incident_ca" }, preferred_ip_protocol: ip4 }
YAML
bb_port=$((30000 + RANDOM % 10000))
unshare -m sh -c "mount --bind '$work/hosts' /etc/hosts && exec prometheus-blackbox-exporter --config.file='$work/blackbox.yml' --web.listen-address=127.0.0.1:$bb_port" > "$work/bb.log" 2>&1 &
pids+=($!)
"$albdoctor" serve https://test.lab/ --dns "$incident_dns" --ca-file "$incident_ca" --connect-timeout 2s --interval 1s --listen 127.0.0.1:0 > "$work/serve1.out" 2> "$work/serve1.err" &
pids+=($!)
serve_port=$(port_of "$work/serve1.out")
sleep 1
bb_up=0; bb_down=0; declare -A bb_ips=()
for _ in $(seq "$rounds"); do
    out=$(get "http://127.0.0.1:$bb_port/probe?module=https&target=https://test.lab/")
    echo "$out" | grep -q '^probe_success 1' && bb_up=$((bb_up + 1)) || bb_down=$((bb_down + 1))
    ip=$(echo "$out" | grep -o 'probe_ip_addr_hash [0-9.e+]*' || true)
    bb_ips["$ip"]=1
    sleep 1
done
metrics=$(get "http://127.0.0.1:$serve_port/metrics")
echo "blackbox_exporter 0.23: $bb_up of $rounds probes succeeded, $bb_down failed, ${#bb_ips[@]} distinct address(es) probed; 10.77.2.2 is never named"
echo "albdoctor serve:        $(echo "$metrics" | grep '^albdoctor_probe_success' | sed 's/.*address="\([^"]*\)".* \([0-9.]*\)$/\1 success=\2/' | tr '\n' ';' | sed 's/;$//')"
echo "                        rounds=$(echo "$metrics" | grep '^albdoctor_target_rounds_total' | awk '{print $2}'), 10.77.2.2 failed $(echo "$metrics" | grep 'consecutive_failures{.*10.77.2.2' | awk '{print $2}') rounds in a row"
kill "${pids[@]}" 2>/dev/null || true
pids=()

echo "== 2. 500 targets on loopback for $minutes minutes, every 10 s =="
mkfifo "$work/targets.in"
python3 Tests/Peers/many_targets.py < "$work/targets.in" > "$work/targets.url" &
pids+=($!)
exec 8>"$work/targets.in"
for _ in $(seq 50); do [ -s "$work/targets.url" ] && break; sleep 0.1; done
port=$(grep -o '[0-9]*$' "$work/targets.url")
{
    echo "interval: 10s"
    echo "connect_timeout: 3s"
    echo "timeout: 5s"
    echo "targets:"
    for i in $(seq 500); do echo "  - url: http://127.0.$((i / 250 + 1)).$((i % 250 + 1)):$port/"; done
} > "$work/many.yaml"
"$albdoctor" serve --config "$work/many.yaml" --listen 127.0.0.1:0 > "$work/serve2.out" 2> /dev/null &
serve_pid=$!
pids+=($serve_pid)
serve_port=$(port_of "$work/serve2.out")
rss() { awk '/VmRSS/ {print $2}' "/proc/$serve_pid/status"; }
cpu() { awk '{print $14 + $15}' "/proc/$serve_pid/stat"; }
sleep 120
rss2=$(rss)
sleep $((minutes * 60 - 120))
rss_end=$(rss)
ticks=$(cpu)
probes=$(get "http://127.0.0.1:$serve_port/metrics" | awk '/^albdoctor_target_rounds_total/ {sum += $2} END {print sum}')
failed=$(get "http://127.0.0.1:$serve_port/metrics" | awk '/^albdoctor_probe_success/ && $2 == 0 {n++} END {print n + 0}')
python3 - "$ticks" "$(getconf CLK_TCK)" "$probes" "$rss2" "$rss_end" "$minutes" "$failed" <<'PY'
import sys
ticks, hz, probes, rss2, rss_end, minutes, failed = map(float, sys.argv[1:])
cpu = ticks / hz
print("probes: %d in %d minutes (%d failed now); CPU %.1f s in all, %.2f ms per probe" % (probes, minutes, failed, cpu, cpu / probes * 1000))
print("RSS: %.1f MiB at minute 2, %.1f MiB at minute %d: %+.1f%% (goal < 5%%)" % (rss2 / 1024, rss_end / 1024, minutes, (rss_end - rss2) / rss2 * 100))
PY
