#!/usr/bin/env python3
"""moto_server for each test that asks, forked from one process that loaded moto once.

Loading moto and creating its EC2, ELBv2, ACM, S3, IAM and STS backends costs about 3 CPU-seconds,
more than the requests of a test; a test run starts moto about twenty times. This process pays it
once, then forks a fresh server per request, each child a copy of the same untouched state: the
tests stay as isolated as with a moto of their own.

Commands on standard input, one per line; one answer line each on standard output:
  start     -> "http://127.0.0.1:PORT PID": a new server on a free loopback port
               (or "error: WHY")
  stop PID  -> "stopped PID": that server killed and reaped
At the end of standard input (the test run is over, or was killed), every server left is killed;
a server also dies with this process, whatever ends it.
"""
import ctypes
import os
import signal
import sys
import threading

from moto.backends import get_backend
from moto.moto_api._internal import mock_random
from moto.server import ThreadedMotoServer

ACCOUNT = "123456789012"  # moto's default account, the one the tests' "testing" keys land in
REGION = "ap-northeast-1"  # the region of every design the tests build
for service, region in (("ec2", REGION), ("elbv2", REGION), ("acm", REGION), ("s3", "aws"), ("iam", "aws"), ("sts", "aws")):
    get_backend(service)[ACCOUNT][region]  # the global services are kept by partition

if threading.active_count() != 1:
    sys.exit("moto_zygote.py: loading moto started threads; forking now would copy them half-way")


def serve(answer, zygote):
    """The child: a server on a free port, its address (or why it has none) written to `answer`;
    it runs until killed: by `stop`, or with this process, whatever ends it."""
    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: a moto server has nothing to save
    if os.getppid() != zygote:  # this process ended before the line above
        os._exit(1)
    mock_random.seed()  # moto's ids come from its own generator, which a fork copies: each server its own
    try:
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
    except Exception as error:  # noqa: BLE001 - the test is told why, whatever it was
        os.write(answer, ("error: moto_server did not start: %r\n" % error).encode())
        os._exit(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    for descriptor in (0, 1, 2):  # each request's log line is of no use to the test
        os.dup2(devnull, descriptor)
    os.close(devnull)
    os.write(answer, b"http://%s:%d\n" % (host.encode(), port))
    os.close(answer)
    while True:
        signal.pause()


zygote = os.getpid()
children = set()
for line in sys.stdin:
    command = line.split()
    if command == ["start"]:
        reading, writing = os.pipe()
        child = os.fork()
        if child == 0:
            os.close(reading)
            try:
                serve(writing, zygote)
            finally:
                os._exit(1)
        os.close(writing)
        with os.fdopen(reading) as answer:
            said = answer.readline().strip()
        if said.startswith("http://"):
            children.add(child)
            print(said, child, flush=True)
        else:
            os.waitpid(child, 0)
            print(said or "error: moto_server ended before it said its port", flush=True)
    elif len(command) == 2 and command[0] == "stop" and command[1].isdigit() and int(command[1]) in children:
        child = int(command[1])
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        children.discard(child)
        print("stopped", child, flush=True)
    else:
        print("error: expected 'start' or 'stop PID' (a server this process started), not %r" % line.strip(), flush=True)

for child in children:
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
