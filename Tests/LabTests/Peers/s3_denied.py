#!/usr/bin/env python3
"""An S3 endpoint that denies everything: answers every GET with HTTP 403 and the AccessDenied
error S3 sends (s3-access-denied.xml, as recorded), and logs each path to stderr. Prints its URL,
serves until stdin closes. Loopback only."""
import http.server
import os
import sys
import threading

body = open(os.path.join(os.path.dirname(__file__), "s3-access-denied.xml"), "rb").read()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        sys.stderr.write("GET %s\n" % self.path)
        self.send_response(403)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("http://127.0.0.1:%d" % server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
server.shutdown()
