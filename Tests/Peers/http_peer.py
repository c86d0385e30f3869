#!/usr/bin/env python3
"""A loopback HTTP server for `serve` tests: prints its URL, serves until stdin closes.

  http_peer.py            answers every GET with 200 and a short body
  http_peer.py --trickle  accepts, then sends the status line one byte every 0.3 s and never ends
"""
import socket
import sys
import threading
import time

trickle = "--trickle" in sys.argv
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(64)


def handle(connection):
    try:
        connection.settimeout(30)
        connection.recv(65536)
        if trickle:
            for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100000:
                connection.sendall(bytes([byte]))
                time.sleep(0.3)
        else:
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n")
    except OSError:
        pass
    finally:
        connection.close()


def accept():
    while True:
        try:
            connection, _ = server.accept()
        except OSError:
            return
        threading.Thread(target=handle, args=(connection,), daemon=True).start()


threading.Thread(target=accept, daemon=True).start()
print("http://127.0.0.1:%d" % server.getsockname()[1], flush=True)
sys.stdin.read()
