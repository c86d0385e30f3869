#!/usr/bin/env python3
"""One HTTP server on 0.0.0.0:PORT answering 200 to every GET, so that every loopback address
127.x.y.z is a target of its own (bench/serve.sh). Prints http://127.0.0.1:PORT, serves until
stdin closes."""
import asyncio
import sys


async def handle(reader, writer):
    try:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n")
        await writer.drain()
    except Exception:
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print("http://127.0.0.1:%d" % port, flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)


asyncio.run(main())
