# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The testbed's DNSSEC-stripping resolver: a forwarder like a home router that does not pass
DNSSEC on.

    dnsstrip.py LISTEN UPSTREAM PIDFILE

Listens on LISTEN port 53 (UDP and TCP) and forwards every query to UPSTREAM port 53 (the
testbed's validating resolver) over the same transport, after clearing the query's DO bit
(EDNS) and AD flag. From every answer it removes the RRSIG, NSEC and NSEC3 records (all
sections), clears the AD flag and the DO bit, and passes the rest on unchanged: the same
data, rcode and TTLs, but nothing a client could validate, and no claim that anything was.
What the validating resolver refuses (SERVFAIL for a bogus zone) stays refused.

A UDP answer that no longer fits the client's buffer (512 bytes, or its EDNS size) goes
back truncated (TC), so the client retries over TCP. A query the upstream does not answer
within UPSTREAM_TIMEOUT_S gets no answer, as from a forwarder that gave up.

Standard library only. PIDFILE is written once both listeners are bound.
"""

import asyncio
import os
import struct
import sys

PORT = 53
UPSTREAM_TIMEOUT_S = 10
IDLE_S = 60
STRIPPED_TYPES = {46, 47, 50}  # RRSIG, NSEC, NSEC3
OPT = 41
FLAG_AD = 0x0020
FLAG_TC = 0x0200
EDNS_DO = 0x8000
# RDATA layouts with domain names that a server may compress (RFC 3597 section 4) or that a
# receiver must decompress anyway: a list of "n" (a name) and byte counts of fixed fields.
# Names are decompressed on reading; they are written compressed only where RFC 1035 allows.
NAME_LAYOUTS = {
    2: ["n"], 3: ["n"], 4: ["n"], 5: ["n"], 7: ["n"], 8: ["n"], 9: ["n"], 12: ["n"],  # NS .. PTR
    6: ["n", "n", 20],  # SOA
    14: ["n", "n"],  # MINFO
    15: [2, "n"],  # MX
    17: ["n", "n"], 18: [2, "n"], 21: [2, "n"], 36: [2, "n"],  # RP, AFSDB, RT, KX
    33: [6, "n"],  # SRV
    39: ["n"],  # DNAME
}
COMPRESSIBLE = {2, 3, 4, 5, 6, 7, 8, 9, 12, 14, 15}


class FormatError(Exception):
    pass


def read_name(msg, off):
    """The name at off in wire format without compression, and the offset after it."""
    labels, end, jumps = [], None, 0
    while True:
        if off >= len(msg):
            raise FormatError("name runs past the message")
        n = msg[off]
        if n & 0xC0 == 0xC0:
            if off + 1 >= len(msg) or jumps > 64:
                raise FormatError("bad compression pointer")
            if end is None:
                end = off + 2
            off = (n & 0x3F) << 8 | msg[off + 1]
            jumps += 1
            continue
        if n & 0xC0:
            raise FormatError("unknown label type")
        if n == 0:
            return b"".join(labels) + b"\x00", end if end is not None else off + 1
        labels.append(msg[off:off + 1 + n])
        off += 1 + n


class Writer:
    """A DNS message being written, with name compression where it is allowed."""

    def __init__(self):
        self.buf = bytearray()
        self.offsets = {}  # uncompressed suffix -> offset of its first occurrence

    def name(self, wire, compress=True):
        pos = 0
        while wire[pos] != 0:
            suffix = wire[pos:]
            if compress and suffix in self.offsets:
                self.buf += struct.pack("!H", 0xC000 | self.offsets[suffix])
                return
            if compress and len(self.buf) < 0x3FFF:
                self.offsets.setdefault(suffix, len(self.buf))
            self.buf += wire[pos:pos + 1 + wire[pos]]
            pos += 1 + wire[pos]
        self.buf += b"\x00"


def parse(msg):
    """(flags, questions, [section records]) of a DNS message; each record is
    [owner, type, class, ttl, rdata-parts] with names uncompressed."""
    if len(msg) < 12:
        raise FormatError("short header")
    _id, flags, qd, an, ns, ar = struct.unpack("!6H", msg[:12])
    off = 12
    questions = []
    for _ in range(qd):
        name, off = read_name(msg, off)
        if off + 4 > len(msg):
            raise FormatError("short question")
        questions.append((name, msg[off:off + 4]))
        off += 4
    sections = []
    for count in (an, ns, ar):
        records = []
        for _ in range(count):
            owner, off = read_name(msg, off)
            if off + 10 > len(msg):
                raise FormatError("short record")
            rtype, rclass, ttl, rdlen = struct.unpack("!HHIH", msg[off:off + 10])
            off += 10
            end = off + rdlen
            if end > len(msg):
                raise FormatError("short rdata")
            parts, pos = [], off
            for field in NAME_LAYOUTS.get(rtype, []):
                if field == "n":
                    name, pos = read_name(msg, pos)
                    parts.append(("n", name))
                else:
                    parts.append(("b", msg[pos:pos + field]))
                    pos += field
            if pos > end:
                raise FormatError("rdata shorter than its names")
            parts.append(("b", msg[pos:end]))
            records.append([owner, rtype, rclass, ttl, parts])
            off = end
        sections.append(records)
    return flags, questions, sections


def build(msg_id, flags, questions, sections):
    w = Writer()
    w.buf += struct.pack("!6H", msg_id, flags, len(questions), *(len(s) for s in sections))
    for name, tail in questions:
        w.name(name)
        w.buf += tail
    for records in sections:
        for owner, rtype, rclass, ttl, parts in records:
            w.name(owner)
            w.buf += struct.pack("!HHI", rtype, rclass, ttl) + b"\x00\x00"
            start = len(w.buf)
            for kind, value in parts:
                if kind == "n":
                    w.name(value, rtype in COMPRESSIBLE)
                else:
                    w.buf += value
            struct.pack_into("!H", w.buf, start - 2, len(w.buf) - start)
    return bytes(w.buf)


def clear_do(sections):
    for record in sections[2]:
        if record[1] == OPT:
            record[3] &= ~EDNS_DO & 0xFFFFFFFF


def strip_query(msg):
    """The query as forwarded: DO and AD cleared. Also the client's UDP buffer size."""
    flags, questions, sections = parse(msg)
    clear_do(sections)
    size = max([512] + [r[2] for r in sections[2] if r[1] == OPT])
    return build(struct.unpack("!H", msg[:2])[0], flags & ~FLAG_AD, questions, sections), size


def strip_answer(msg, limit=None):
    """The answer as passed on: no RRSIG, NSEC or NSEC3, AD and DO cleared; truncated (TC,
    no records but the OPT) when it is longer than limit."""
    msg_id = struct.unpack("!H", msg[:2])[0]
    flags, questions, sections = parse(msg)
    sections = [[r for r in s if r[1] not in STRIPPED_TYPES] for s in sections]
    clear_do(sections)
    flags &= ~FLAG_AD
    out = build(msg_id, flags, questions, sections)
    if limit is not None and len(out) > limit:
        out = build(msg_id, flags | FLAG_TC, questions, [[], [], [r for r in sections[2] if r[1] == OPT]])
    return out


class UpstreamUdp(asyncio.DatagramProtocol):
    def __init__(self, future):
        self.future = future

    def datagram_received(self, data, _addr):
        if not self.future.done():
            self.future.set_result(data)

    def error_received(self, exc):
        if not self.future.done():
            self.future.set_exception(exc)


async def ask_udp(upstream, query):
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    transport, _ = await loop.create_datagram_endpoint(lambda: UpstreamUdp(future), remote_addr=(upstream, PORT))
    try:
        transport.sendto(query)
        return await asyncio.wait_for(future, UPSTREAM_TIMEOUT_S)
    finally:
        transport.close()


async def ask_tcp(upstream, query):
    async def exchange():
        reader, writer = await asyncio.open_connection(upstream, PORT)
        try:
            writer.write(struct.pack("!H", len(query)) + query)
            await writer.drain()
            size = struct.unpack("!H", await reader.readexactly(2))[0]
            return await reader.readexactly(size)
        finally:
            writer.close()

    return await asyncio.wait_for(exchange(), UPSTREAM_TIMEOUT_S)


class Front(asyncio.DatagramProtocol):
    def __init__(self, upstream):
        self.upstream = upstream
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        asyncio.ensure_future(self.answer(data, addr))

    async def answer(self, data, addr):
        try:
            query, size = strip_query(data)
            self.transport.sendto(strip_answer(await ask_udp(self.upstream, query), size), addr)
        except (FormatError, struct.error, asyncio.TimeoutError, OSError):
            pass  # a malformed query or answer, or no answer: the client times out


async def tcp_client(upstream, reader, writer):
    try:
        while True:
            size = struct.unpack("!H", await asyncio.wait_for(reader.readexactly(2), IDLE_S))[0]
            query, _ = strip_query(await reader.readexactly(size))
            answer = strip_answer(await ask_tcp(upstream, query))
            writer.write(struct.pack("!H", len(answer)) + answer)
            await writer.drain()
    except (FormatError, struct.error, asyncio.TimeoutError, asyncio.IncompleteReadError, OSError):
        pass
    finally:
        writer.close()


async def main(listen, upstream, pidfile):
    loop = asyncio.get_running_loop()
    await loop.create_datagram_endpoint(lambda: Front(upstream), local_addr=(listen, PORT))
    await asyncio.start_server(lambda r, w: tcp_client(upstream, r, w), listen, PORT, reuse_address=True)
    with open(pidfile, "w", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\n")
    await asyncio.Event().wait()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    asyncio.run(main(*sys.argv[1:]))
