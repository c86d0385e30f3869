#!/usr/bin/env python3
"""moto's AWS APIs on a free loopback port: prints the endpoint URL, then serves until stdin
closes (the test that started it ends or kills it)."""
import sys

from moto.server import ThreadedMotoServer

server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
host, port = server.get_host_and_port()
print("http://%s:%d" % (host, port), flush=True)
try:
    sys.stdin.read()
finally:
    server.stop()
