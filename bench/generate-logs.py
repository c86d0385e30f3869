#!/usr/bin/env python3
"""Writes realistic ALB access logs with a known set of orphan clients, as ALB does: one gzip file
per node per 5 minutes in the S3 layout AWSLogs/ACCOUNT/elasticloadbalancing/REGION/YYYY/MM/DD/.

  generate-logs.py FOLDER --minutes M --rate R [--nodes N] [--plain] [--seed S] [--connections visitor|request]

Traffic: clients arrive over http, get the load balancer's 301 to https://test.jp:443/, and come
back over https (h2) within seconds — except the orphans: clients whose node does not answer, who
never come back (some of them redirected just before a file boundary, so redirect and silence
straddle files), and a few who come back only after the 180 s window (orphans too). Writes
FOLDER/truth.json with the orphan clients and their redirect times.

With --connections, connection logs too (conn_log.* files, one per node per 5 minutes): one TLS
connection per returning visitor (`visitor`, its requests share the conn_trace_id) or one per
request (`request`: as many connection lines as https access lines), plus handshakes that failed
(tls_verify_status Failed:…) and connections that carried no request. truth.json then also holds
the connection count, failures by code and the connections without a request.
"""
import argparse
import gzip
import json
import os
import random

ACCOUNT = "123456789012"
REGION = "ap-northeast-1"
LB = "app/test-alb/50dc6c495c0c9188"
START = 1766706000  # 2025-12-25T23:40:00Z
UA = ['"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36"',
      '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"',
      '"curl/8.5.0"']
PATHS = ["/", "/login", "/api/items?page=2", "/static/app.js", "/images/logo.png"]


def iso(t):
    whole = int(t)
    micros = int(round((t - whole) * 1e6))
    if micros == 1000000:
        whole, micros = whole + 1, 0
    return "%s.%06dZ" % (__import__("time").strftime("%Y-%m-%dT%H:%M:%S", __import__("time").gmtime(whole)), micros)


def redirect_line(t, client, port, ua):
    return ('http %s %s %s:%d - -1 -1 -1 301 - 473 342 "GET http://test.jp:80/ HTTP/1.1" %s - - - "Root=1-%08x-%024x" "-" "-" 0 %s '
            '"waf,redirect" "https://test.jp:443/" "-" "-" "-" "-" "-" TID_%032x') % (
        iso(t), LB, client, port, ua, int(t), random.getrandbits(96), iso(t - 0.007), random.getrandbits(128))


def https_line(t, client, port, ua, kind="h2", trace=None):
    path = random.choice(PATHS)
    target = random.random() * 0.25
    status = random.choice((200, 200, 200, 200, 304, 404, 502)) if random.random() < 0.02 else 200
    elb = status if status != 502 else 502
    target_status = "-" if status == 502 else str(status)
    reason = '"TargetConnectionError"' if status == 502 else '"-"'
    return ('%s %s %s %s:%d 10.0.10.%d:80 0.000 %.3f 0.000 %d %s 612 %d "GET https://test.jp:443%s HTTP/2.0" %s '
            'TLS_AES_128_GCM_SHA256 TLSv1.3 arn:aws:elasticloadbalancing:%s:%s:targetgroup/web/73e2d6bc24d8a067 '
            '"Root=1-%08x-%024x" "test.jp" "arn:aws:acm:%s:%s:certificate/abc" 0 %s "forward" "-" %s "10.0.10.%d:80" "%s" "-" "-" TID_%032x') % (
        kind, iso(t), LB, client, port, random.randint(10, 20), target, elb, target_status, random.randint(300, 40000), path, ua,
        REGION, ACCOUNT, int(t), random.getrandbits(96), REGION, ACCOUNT, iso(t - target - 0.001), reason, random.randint(10, 20),
        target_status, random.getrandbits(128) if trace is None else trace)


FAILURES = ["Failed:ClientCertUntrusted", "Failed:ClientCertExpired", "Failed:ClientCertRevoked"]


def connection_line(t, client, port, status, trace):
    return ('%s %s %d 443 TLSv1.3 TLS_AES_128_GCM_SHA256 %.3f "-" - - %s TID_%032x') % (
        iso(t), client, port, random.random() * 20, status, trace)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--minutes", type=int, default=30)
    parser.add_argument("--rate", type=float, default=50, help="new visitors per second")
    parser.add_argument("--nodes", type=int, default=2)
    parser.add_argument("--plain", action="store_true", help="write .log instead of .log.gz")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--connections", choices=["visitor", "request"], help="write connection logs too")
    args = parser.parse_args()
    random.seed(args.seed)
    nodes = ["10.0.%d.%d" % (n, 20 + n) for n in range(args.nodes)]
    files = {}  # (node, interval end) -> lines
    connection_files = {}
    truth = []
    connections = {"connections": 0, "failures": {}, "withoutRequest": 0}

    def connect(at, node, client, port, status):
        trace = random.getrandbits(128)
        end = START + (int((at - START) / 300) + 1) * 300
        connection_files.setdefault((node, end), []).append((at, connection_line(at, client, port, status, trace)))
        connections["connections"] += 1
        return trace
    duration = args.minutes * 60
    visitors = int(duration * args.rate)
    for v in range(visitors):
        client = "%d.%d.%d.%d" % (random.randint(1, 223), random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))
        t = START + random.random() * (duration - 1)
        if v % 97 == 0:
            t = START + (int((t - START) / 300) + 1) * 300 - random.random() * 2  # just before a file boundary
        t = min(t, START + duration - 0.5)
        ua = random.choice(UA)
        port = random.randint(1024, 65535)
        first = random.randrange(len(nodes))
        events = [(t, first, redirect_line(t, client, port, ua))]
        fate = random.random()
        if fate < 0.03:
            truth.append({"client": client, "time": iso(t)})  # never comes back: node unreachable
        elif fate < 0.035:
            late = t + 181 + random.random() * 60  # comes back after the window: still an orphan
            truth.append({"client": client, "time": iso(t)})
            if late < START + duration:
                events.append((late, random.randrange(len(nodes)), https_line(late, client, port + 1, ua)))
        else:
            arrive = t + 0.05 + random.random() * 3
            node = random.randrange(len(nodes))
            trace = None
            if args.connections and random.random() < 0.01 and arrive < START + duration:
                # A handshake that failed before the visitor got through on a second try.
                code = random.choice(FAILURES)
                connect(arrive - 0.02, node, client, port + 2, code)
                connections["failures"][code] = connections["failures"].get(code, 0) + 1
                connections["withoutRequest"] += 1
            if args.connections and random.random() < 0.005 and arrive < START + duration:
                connect(arrive - 0.03, node, client, port + 3, "Success")  # opened, never used
                connections["withoutRequest"] += 1
            if args.connections == "visitor" and arrive < START + duration:
                trace = connect(arrive - 0.01, node, client, port + 1, "Success")
            for n in range(random.randint(1, 30)):
                at = arrive + n * random.random() * 4
                if at >= START + duration:
                    break
                if args.connections == "request":
                    trace = connect(at - 0.01, node, client, port + 1 + n, "Success")
                events.append((at, node, https_line(at, client, port + 1, ua, trace=trace)))
            if len(events) == 1:
                truth.append({"client": client, "time": iso(t)})  # its arrival falls after the end of the logs
        for at, node, line in events:
            end = START + (int((at - START) / 300) + 1) * 300
            files.setdefault((node, end), []).append((at, line))
    written = 0
    written_by_kind = {"access": 0, "connection": 0}
    all_files = [("", key, entries) for key, entries in files.items()] + [("conn_log.", key, entries) for key, entries in connection_files.items()]
    for prefix, (node, end), entries in all_files:
        entries.sort()
        stamp = __import__("time").strftime("%Y%m%dT%H%MZ", __import__("time").gmtime(end))
        day = __import__("time").strftime("%Y/%m/%d", __import__("time").gmtime(end))
        folder = os.path.join(args.folder, "AWSLogs", ACCOUNT, "elasticloadbalancing", REGION, day)
        os.makedirs(folder, exist_ok=True)
        name = "%s%s_elasticloadbalancing_%s_%s_%s_%s_%08x.log" % (prefix, ACCOUNT, REGION, LB.replace("/", "."), stamp, nodes[node], random.getrandbits(32))
        data = ("\n".join(line for _, line in entries) + "\n").encode()
        if args.plain:
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
        else:
            with gzip.open(os.path.join(folder, name + ".gz"), "wb", compresslevel=6) as f:
                f.write(data)
        written += len(data)
        written_by_kind["connection" if prefix else "access"] += len(data)
    truth.sort(key=lambda o: (o["time"], o["client"]))
    document = {"orphans": truth, "uncompressedBytes": written, "bytesByKind": written_by_kind, "files": len(all_files)}
    if args.connections:
        document["connectionLogs"] = connections
    with open(os.path.join(args.folder, "truth.json"), "w") as f:
        json.dump(document, f)


if __name__ == "__main__":
    main()
