# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A DNS forwarder that costs one round trip: DNS on the critical path of a check.

    dnsdelay.py LISTEN UPSTREAM RTT_MS PIDFILE

Listens on LISTEN port 53 (UDP and TCP) and passes every query to UPSTREAM port 53 RTT_MS/2
later, and every answer back RTT_MS/2 later, unchanged: a resolver across a link of that round
trip. The testbed's own resolver is local and caches everything after the first round, so
without this a check's DNS lookups cost nothing in bench_check.sh (--dns-on-path).
Standard library only. PIDFILE is written once both listeners are bound.
"""

import asyncio
import os
import struct
import sys

PORT = 53
UPSTREAM_TIMEOUT_S = 10


class Forwarder(asyncio.DatagramProtocol):
    def __init__(self, upstream, half_s):
        self.upstream, self.half_s, self.transport = upstream, half_s, None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        asyncio.get_running_loop().create_task(self.forward(data, addr))

    async def forward(self, query, client):
        await asyncio.sleep(self.half_s)
        loop = asyncio.get_running_loop()
        answer = loop.create_future()

        class Once(asyncio.DatagramProtocol):
            def datagram_received(self, data, _addr):
                if not answer.done():
                    answer.set_result(data)

        transport, _ = await loop.create_datagram_endpoint(Once, remote_addr=(self.upstream, PORT))
        try:
            transport.sendto(query)
            data = await asyncio.wait_for(answer, UPSTREAM_TIMEOUT_S)
        except (asyncio.TimeoutError, OSError):
            return
        finally:
            transport.close()
        await asyncio.sleep(self.half_s)
        self.transport.sendto(data, client)


async def tcp_client(reader, writer, upstream, half_s):
    try:
        up_reader, up_writer = await asyncio.open_connection(upstream, PORT)
    except OSError:
        writer.close()
        return
    try:
        while True:
            head = await reader.readexactly(2)
            query = await reader.readexactly(struct.unpack("!H", head)[0])
            await asyncio.sleep(half_s)
            up_writer.write(head + query)
            await up_writer.drain()
            size = await asyncio.wait_for(up_reader.readexactly(2), UPSTREAM_TIMEOUT_S)
            answer = await up_reader.readexactly(struct.unpack("!H", size)[0])
            await asyncio.sleep(half_s)
            writer.write(size + answer)
            await writer.drain()
    except (asyncio.IncompleteReadError, asyncio.TimeoutError, OSError):
        pass
    finally:
        up_writer.close()
        writer.close()


async def main(listen, upstream, rtt_ms, pidfile):
    half_s = rtt_ms / 2000
    loop = asyncio.get_running_loop()
    await loop.create_datagram_endpoint(lambda: Forwarder(upstream, half_s), local_addr=(listen, PORT))
    server = await asyncio.start_server(lambda r, w: tcp_client(r, w, upstream, half_s), listen, PORT)
    with open(pidfile, "w", encoding="ascii") as f:
        f.write(f"{os.getpid()}\n")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    asyncio.run(main(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]))
