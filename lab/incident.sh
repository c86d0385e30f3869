# Sourced by bench/diagnose.sh and scripts/pictures.sh: the incident end to end on this machine —
# the lab (lab/lab.sh: node A healthy, node B blackholed, dnsmasq) and moto_server holding the
# account, with the ALB's node interfaces on the lab's addresses and its logs in moto's S3
# (Tests/LabTests/Peers/incident_account.py). Needs root. Sets:
#   incident_dir        a temporary folder, removed by incident_down (the caller's EXIT trap)
#   incident_dns        the lab's DNS server, 127.0.0.1:PORT
#   incident_ca         the lab's root certificate
#   incident_endpoint   moto's URL
#   incident_logs       a local copy of the uploaded logs
incident_up() {
    incident_dir=$(mktemp -d)
    local port=$((20000 + RANDOM % 20000))
    mkfifo "$incident_dir/moto.in"
    mkdir -p "$incident_dir/lab"
    PATH="$PATH:/usr/sbin:/sbin" bash lab/lab.sh up "$incident_dir/lab" "$port" > "$incident_dir/lab/lab.log" 2>&1
    python3 Tests/AWSInventoryTests/Peers/moto_peer.py < "$incident_dir/moto.in" > "$incident_dir/moto.url" 2>/dev/null &
    exec 9>"$incident_dir/moto.in"
    for _ in $(seq 50); do [ -s "$incident_dir/moto.url" ] && break; sleep 0.2; done
    incident_endpoint=$(head -1 "$incident_dir/moto.url")
    incident_dns="127.0.0.1:$port"
    incident_ca="$incident_dir/lab/certs/root.pem"
    incident_logs="$incident_dir/logs"
    python3 Tests/LabTests/Peers/incident_account.py "$incident_endpoint" create 10.77.1.2 10.77.2.2 --copy-logs "$incident_logs" > "$incident_dir/ids.json"
}

incident_down() {
    [ -n "${incident_dir:-}" ] || return 0
    exec 9>&- 2>/dev/null || true
    PATH="$PATH:/usr/sbin:/sbin" bash lab/lab.sh down "$incident_dir/lab" >/dev/null 2>&1 || true
    rm -rf "$incident_dir"
}
