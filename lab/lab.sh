#!/usr/bin/env bash
# The incident in network namespaces: node A (healthy) and node B (its replies have no route back),
# nginx on both, dnsmasq answering the lab's names. Root only; touches nothing but what it creates.
#
#   lab/lab.sh up FOLDER DNS_PORT     build it (certificates, configs, pids and logs go in FOLDER)
#   lab/lab.sh down FOLDER            tear it down (safe to run twice)
#
# Addresses (only these, and 127.0.0.1 for dnsmasq, are ever used):
#   10.77.1.2, fd77:1::2  node A: nginx 80 → 301 https, 443 with root → intermediate → leaf
#   10.77.1.3             node A: nothing listens (RST)
#   10.77.1.4             node A: accepts TCP on 443 and never speaks
#   10.77.2.2, fd77:2::2  node B: nginx too, but no route back to the client (connect timeout)
#   10.77.3.2             routed through node A, which has no route to it and answers ICMP unreachable
#
# DNS: dnsmasq on 127.0.0.1:DNS_PORT answers every *.lab name (empty answers where a name has no
# record of a type); a second dnsmasq on DNS_PORT+1 holds test.lab's A records only and has no
# upstream server, so it answers AAAA test.lab with REFUSED, as a resolver does that fails one family.
set -euo pipefail
# Close what the caller let us inherit (a test runner's descriptors): the daemons started below
# live on and must not keep the caller's pipes or process-watch sockets open.
for fd in /proc/$$/fd/*; do n=${fd##*/}; if [ "$n" -gt 2 ] && [ "$n" -lt 255 ]; then eval "exec $n>&-"; fi; done 2>/dev/null || true
here=$(cd "$(dirname "$0")" && pwd)
prefix=${LAB_PREFIX:-albd}
a=$prefix-a
b=$prefix-b

down() {
  local dir=$1
  for pid in "$dir"/*.pid; do
    [ -f "$pid" ] && kill -9 "$(cat "$pid")" 2>/dev/null || true
  done
  # SIGKILL: processes started from a test runner may inherit a mask that blocks SIGTERM.
  for ns in "$a" "$b"; do
    ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
  done
  ip netns del "$a" 2>/dev/null || true
  ip netns del "$b" 2>/dev/null || true
  ip link del "$a"0 2>/dev/null || true
  ip link del "$b"0 2>/dev/null || true
}

nginx_conf() {
  local dir=$1 node=$2 v4=$3 v6=$4
  cat > "$dir/nginx-$node.conf" <<CONF
daemon on;
pid $dir/nginx-$node.pid;
error_log $dir/nginx-$node.error.log warn;
worker_processes 1;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/tmp-$node; proxy_temp_path $dir/tmp-$node; fastcgi_temp_path $dir/tmp-$node;
  uwsgi_temp_path $dir/tmp-$node; scgi_temp_path $dir/tmp-$node;
  ssl_certificate_key $dir/certs/leaf.key;
  ssl_protocols TLSv1.2 TLSv1.3;
  server_tokens off;
  server { listen $v4:80 default_server; listen [$v6]:80 default_server; return 301 https://\$host\$request_uri; }
  server { listen $v4:80; server_name badredirect.lab; return 301 https://elsewhere.lab/; }
  server { listen $v4:443 ssl default_server; listen [$v6]:443 ssl default_server; ssl_certificate $dir/certs/good.pem;
           location / { return 200 "node $node\n"; } }
  server { listen $v4:443 ssl; server_name expired.lab; ssl_certificate $dir/certs/expired.pem; location / { return 200 "expired\n"; } }
  server { listen $v4:443 ssl; server_name soon.lab; ssl_certificate $dir/certs/soon.pem; location / { return 200 "soon\n"; } }
  server { listen $v4:443 ssl; server_name other.lab; ssl_certificate $dir/certs/other.pem; location / { return 200 "other\n"; } }
  server { listen $v4:443 ssl; server_name nochain.lab; ssl_certificate $dir/certs/nochain.pem; location / { return 200 "nochain\n"; } }
}
CONF
  mkdir -p "$dir/tmp-$node"
}

up() {
  local dir=$1 port=$2
  down "$dir"
  mkdir -p "$dir/certs"
  python3 "$here/make_certs.py" "$dir/certs"

  ip netns add "$a"
  ip netns add "$b"
  ip link add "$a"0 type veth peer name "$a"1 netns "$a"
  ip link add "$b"0 type veth peer name "$b"1 netns "$b"
  for ns in "$a" "$b"; do
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
    ip netns exec "$ns" ip link set lo up
  done
  sysctl -qw net.ipv6.conf."$a"0.accept_dad=0 net.ipv6.conf."$b"0.accept_dad=0

  # Node A: an ordinary, reachable subnet.
  ip addr add 10.77.1.1/24 dev "$a"0
  ip -6 addr add fd77:1::1/64 dev "$a"0 nodad
  ip link set "$a"0 up
  for address in 10.77.1.2 10.77.1.3 10.77.1.4; do ip netns exec "$a" ip addr add $address/24 dev "$a"1; done
  ip netns exec "$a" ip -6 addr add fd77:1::2/64 dev "$a"1 nodad
  ip netns exec "$a" ip link set "$a"1 up

  # 10.77.3.0/24 goes through node A, a router with no route there: it answers ICMP host unreachable.
  ip netns exec "$a" sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
  ip netns exec "$a" ip route add unreachable 10.77.3.0/24
  ip route add 10.77.3.0/24 via 10.77.1.2

  # Node B: packets reach it, but it has no route back to anyone — like an ALB subnet without 0.0.0.0/0.
  ip link set "$b"0 up
  ip netns exec "$b" ip addr add 10.77.2.2/32 dev "$b"1
  ip netns exec "$b" ip -6 addr add fd77:2::2/128 dev "$b"1 nodad
  ip netns exec "$b" ip link set "$b"1 up
  local mac
  mac=$(ip netns exec "$b" cat /sys/class/net/"$b"1/address)
  ip route add 10.77.2.2/32 dev "$b"0
  ip -6 route add fd77:2::2/128 dev "$b"0
  ip neigh replace 10.77.2.2 lladdr "$mac" dev "$b"0 nud permanent
  ip -6 neigh replace fd77:2::2 lladdr "$mac" dev "$b"0 nud permanent

  nginx_conf "$dir" a 10.77.1.2 fd77:1::2
  nginx_conf "$dir" b 10.77.2.2 fd77:2::2
  # Daemons get no inherited output: whoever runs this script reads its output to the end.
  ip netns exec "$a" nginx -c "$dir/nginx-a.conf" -p "$dir" -e "$dir/nginx-a.error.log" </dev/null >/dev/null 2>&1
  ip netns exec "$b" nginx -c "$dir/nginx-b.conf" -p "$dir" -e "$dir/nginx-b.error.log" </dev/null >/dev/null 2>&1

  # A server that accepts and never says a word.
  ip netns exec "$a" python3 -c '
import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("10.77.1.4", 443)); s.listen(64)
held = []
while True:
    held.append(s.accept()[0])
'  </dev/null >/dev/null 2>&1 &
  echo $! > "$dir/silent.pid"

  local records=(
    --host-record=test.lab,10.77.1.2,60 --host-record=test.lab,10.77.2.2,60 --cname=www.test.lab,test.lab
    --host-record=v6.lab,10.77.1.2,fd77:1::2,60 --host-record=v6dead.lab,10.77.1.2,fd77:2::2,60
    --host-record=refused.lab,10.77.1.3 --host-record=silent.lab,10.77.1.4 --host-record=unreachable.lab,10.77.3.2
  )
  for name in expired soon other nochain badredirect; do records+=(--host-record=$name.lab,10.77.1.2); done
  dnsmasq --conf-file=/dev/null --no-resolv --no-hosts --local=/lab/ --bind-interfaces --listen-address=127.0.0.1 --port="$port" \
    --pid-file="$dir/dnsmasq.pid" --log-facility="$dir/dnsmasq.log" "${records[@]}" </dev/null >/dev/null 2>&1
  dnsmasq --conf-file=/dev/null --no-resolv --no-hosts --bind-interfaces --listen-address=127.0.0.1 --port="$((port + 1))" \
    --pid-file="$dir/dnsmasq-refusing.pid" --log-facility="$dir/dnsmasq-refusing.log" \
    --host-record=test.lab,10.77.1.2,60 --host-record=test.lab,10.77.2.2,60 </dev/null >/dev/null 2>&1

  # Ready when both nginx answer inside their namespaces and dnsmasq answers.
  for _ in $(seq 1 50); do
    if ip netns exec "$a" bash -c 'exec 3<>/dev/tcp/10.77.1.2/443' 2>/dev/null \
      && ip netns exec "$b" bash -c 'exec 3<>/dev/tcp/10.77.2.2/443' 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "lab: nginx did not start; see $dir/nginx-*.error.log" >&2
  return 1
}

case "${1:-}" in
  up) up "$2" "$3" ;;
  down) down "$2" ;;
  *) echo "usage: $0 up FOLDER DNS_PORT | down FOLDER" >&2; exit 2 ;;
esac
