#!/usr/bin/env python3
"""An AWS endpoint whose EC2 and ELB calls are refused while S3 works: every Query-protocol call
(a POST to / with Action=…) gets HTTP 403 and EC2's UnauthorizedOperation error; everything else
(S3's GETs) goes on to the moto endpoint given as the argument. Prints its URL, serves until stdin
closes. Loopback only."""
import http.client
import http.server
import sys
import threading
import urllib.parse

upstream = urllib.parse.urlsplit(sys.argv[1])
denied = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>UnauthorizedOperation</Code>'
          b'<Message>You are not authorized to perform this operation.</Message></Error></Errors>'
          b'<RequestID>ec2-denied-peer</RequestID></Response>')


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, headers, body):
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def forward(self, body):
        connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
        headers = {name: value for name, value in self.headers.items() if name.lower() not in ("host", "content-length")}
        connection.request(self.command, self.path, body=body, headers=headers)
        response = connection.getresponse()
        self.answer(response.status, response.getheaders(), response.read())
        connection.close()

    def do_GET(self):
        self.forward(None)

    def do_HEAD(self):
        self.forward(None)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if b"Action=" in body:
            sys.stderr.write("denied %s\n" % body.split(b"&")[0].decode())
            self.answer(403, [("Content-Type", "text/xml")], denied)
        else:
            self.forward(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("http://127.0.0.1:%d" % server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
server.shutdown()
