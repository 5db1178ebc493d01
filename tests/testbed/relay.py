# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The testbed's delaying relay (the kernel here has no netem).

    relay.py CONFIG.json PIDFILE

CONFIG: {"delay_ms": D, "listeners": [{"proto": "tcp"|"udp", "listen": [ADDR, PORT],
                                      "target": [ADDR, PORT]}, ...]}

Everything received on a listener is passed on D milliseconds later, in each direction,
without limiting throughput (data is queued with its due time). `testbed.sh up --latency MS`
sets D = MS / 2, so every request/response exchange costs MS more: MS is the added round
trip. The TCP handshake with the relay itself is not delayed (the kernel accepts at once).

Standard library only. PIDFILE is written once every listener is bound.
"""

import asyncio
import json
import os
import sys

UDP_IDLE_S = 60


async def pipe(reader, writer, delay):
    """Copy reader to writer, each chunk delay seconds after it arrived."""
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def receive():
        while True:
            data = await reader.read(65536)
            queue.put_nowait((loop.time() + delay, data))
            if not data:
                return

    async def send():
        while True:
            due, data = await queue.get()
            if due > loop.time():
                await asyncio.sleep(due - loop.time())
            if not data:
                if writer.can_write_eof():
                    writer.write_eof()
                return
            writer.write(data)
            await writer.drain()

    await asyncio.gather(receive(), send())


async def tcp_session(target, delay, client_reader, client_writer):
    try:
        server_reader, server_writer = await asyncio.open_connection(*target)
    except OSError:
        client_writer.close()
        return
    tasks = [asyncio.ensure_future(pipe(client_reader, server_writer, delay)),
             asyncio.ensure_future(pipe(server_reader, client_writer, delay))]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for t in tasks:
            t.cancel()
        client_writer.close()
        server_writer.close()


class UdpFront(asyncio.DatagramProtocol):
    """One listening socket; one upstream socket per client address."""

    def __init__(self, target, delay):
        self.target, self.delay = target, delay
        self.loop = asyncio.get_event_loop()
        self.transport = None
        self.upstreams = {}  # client address -> (future of transport, last use)

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.loop.call_later(self.delay, self.forward, data, addr)

    def forward(self, data, addr):
        entry = self.upstreams.get(addr)
        if entry is None:
            future = asyncio.ensure_future(self.loop.create_datagram_endpoint(
                lambda: UdpBack(self, addr), remote_addr=tuple(self.target)))
        else:
            future = entry[0]
        self.upstreams[addr] = (future, self.loop.time())
        future.add_done_callback(lambda f: f.exception() is None and f.result()[0].sendto(data))

    def reply(self, data, addr):
        self.loop.call_later(self.delay, self.transport.sendto, data, addr)

    def expire(self):
        now = self.loop.time()
        for addr, (future, used) in list(self.upstreams.items()):
            if now - used > UDP_IDLE_S:
                del self.upstreams[addr]
                if future.done() and future.exception() is None:
                    future.result()[0].close()


class UdpBack(asyncio.DatagramProtocol):
    def __init__(self, front, client):
        self.front, self.client = front, client

    def datagram_received(self, data, _addr):
        self.front.reply(data, self.client)


async def main(config, pidfile):
    with open(config, encoding="utf-8") as f:
        cfg = json.load(f)
    delay = cfg["delay_ms"] / 1000.0
    loop = asyncio.get_running_loop()
    fronts = []
    for spec in cfg["listeners"]:
        host, port = spec["listen"]
        if spec["proto"] == "tcp":
            await asyncio.start_server(lambda r, w, t=spec["target"]: tcp_session(t, delay, r, w),
                                       host, port, reuse_address=True)
        else:
            _, front = await loop.create_datagram_endpoint(
                lambda t=spec["target"]: UdpFront(t, delay), local_addr=(host, port))
            fronts.append(front)
    with open(pidfile, "w", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\n")
    while True:
        await asyncio.sleep(UDP_IDLE_S)
        for front in fronts:
            front.expire()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    asyncio.run(main(sys.argv[1], sys.argv[2]))
