#!/usr/bin/env python3
"""Answers AWS Query calls with recorded XML from a folder, for what moto does not model (the
load balancer's own network interfaces, paging), and misbehaves on request:

  recorded_aws.py FOLDER [--throttle-first ACTION] [--deny ACTION] [--imds]

A call to ACTION is answered with FOLDER/ACTION.xml, or FOLDER/ACTION-TOKEN.xml when it carries a
NextToken/Marker. --throttle-first answers the first call to ACTION with HTTP 503 Throttling;
--deny answers ACTION with UnauthorizedOperation. --imds also serves an IMDSv2 endpoint with a
role 'albdoctor-test'. Prints the endpoint URL, logs each call's action to stderr, and serves until
stdin closes. Listens on loopback only.
"""
import http.server
import os
import sys
import threading
import urllib.parse

folder = sys.argv[1]
args = sys.argv[2:]
throttle = set(args[i + 1] for i, a in enumerate(args) if a == "--throttle-first")
deny = set(args[i + 1] for i, a in enumerate(args) if a == "--deny")
imds = "--imds" in args
throttled = set()
IMDS_TOKEN = "imds-session-token"


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="text/xml"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_PUT(self):
        if imds and self.path == "/latest/api/token" and self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
            return self.reply(200, IMDS_TOKEN, "text/plain")
        self.reply(404, "not found", "text/plain")

    def do_GET(self):
        if not imds or self.headers.get("X-aws-ec2-metadata-token") != IMDS_TOKEN:
            return self.reply(401, "unauthorized", "text/plain")
        if self.path == "/latest/meta-data/iam/security-credentials/":
            return self.reply(200, "albdoctor-test", "text/plain")
        if self.path == "/latest/meta-data/iam/security-credentials/albdoctor-test":
            return self.reply(200, '{"Code": "Success", "AccessKeyId": "ASIAIMDSEXAMPLE", "SecretAccessKey": "imds-secret", '
                                   '"Token": "imds-token", "Expiration": "2099-01-01T00:00:00Z"}', "application/json")
        self.reply(404, "not found", "text/plain")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        action = form.get("Action", [""])[0]
        token = (form.get("NextToken") or form.get("Marker") or [""])[0]
        if not self.headers.get("Authorization", "").startswith("AWS4-HMAC-SHA256 Credential="):
            return self.reply(403, "<Response><Errors><Error><Code>AuthFailure</Code><Message>unsigned</Message></Error></Errors></Response>")
        print(action + (" " + token if token else ""), file=sys.stderr, flush=True)
        if action in deny:
            return self.reply(403, "<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized "
                                   "to perform this operation.</Message></Error></Errors><RequestID>1</RequestID></Response>")
        if action in throttle and action not in throttled:
            throttled.add(action)
            return self.reply(503, "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded."
                                   "</Message></Error></Errors></Response>")
        name = action + ("-" + token if token else "") + ".xml"
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            return self.reply(400, "<ErrorResponse><Error><Code>InvalidAction</Code><Message>no recording %s</Message></Error></ErrorResponse>" % name)
        with open(path) as f:
            self.reply(200, f.read())


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
print("http://127.0.0.1:%d" % server.server_address[1], flush=True)
try:
    sys.stdin.read()
finally:
    server.shutdown()
