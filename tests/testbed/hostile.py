# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The testbed's hostile server: behaviour that no real server can be made to show.

    hostile.py CONFIG.json PIDFILE

CONFIG is a list written by gen.py; each entry is one listener:
  {"kind": "smtp", "behaviour": B, "bind": ADDR, "port": 25, "hostname": H, "chain": F, "key": F}
      B = huge-banner        a single 1 MiB greeting line
          slow-banner        the greeting one byte every STS_TESTBED_SLOW_BANNER_S (10) seconds
          garbage-banner     binary garbage instead of a greeting
          drop-after-starttls  answers STARTTLS with 220, then closes the connection
          starttls-454       advertises STARTTLS, answers it with 454
      after the greeting (huge and slow ones too) it speaks enough SMTP for a probe:
      EHLO, STARTTLS (real TLS with the host's certificate), NOOP, RSET, QUIT.
  {"kind": "https-slow", "bind", "port": 443, "hostname", "chain", "key", "delay": S, "body": TEXT}
      completes the TLS handshake at once, answers the request only after S seconds.
  {"kind": "dns-servfail", "bind", "port": 53}
      a broken name server: answers every query (UDP and TCP) with SERVFAIL, so that a
      delegation to it fails at once instead of after the resolver's back-off.

Standard library only (asyncio, ssl). PIDFILE is written once every listener is bound.
"""

import asyncio
import functools
import json
import os
import random
import ssl
import sys

SLOW_BANNER_INTERVAL = float(os.environ.get("STS_TESTBED_SLOW_BANNER_S", "10"))
# A session idle longer than this is closed, so that forgotten clients do not pile up.
IDLE_S = 300
HUGE = 1 << 20


def tls_context(spec):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(spec["chain"], spec["key"])
    return ctx


def reply(code, lines):
    return "".join(f"{code}-{line}\r\n" for line in lines[:-1]).encode() + f"{code} {lines[-1]}\r\n".encode()


async def greet(spec, writer):
    behaviour, host = spec["behaviour"], spec["hostname"]
    if behaviour == "huge-banner":
        writer.write(b"220 " + b"x" * HUGE + b"\r\n")
    elif behaviour == "slow-banner":
        for byte in f"220 {host} ESMTP StsScope testbed, one byte at a time\r\n".encode():
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(SLOW_BANNER_INTERVAL)
    elif behaviour == "garbage-banner":
        # fixed seed: the same garbage every time, never a valid reply code
        writer.write(b"\x00\xff" + random.Random(8461).randbytes(510) + b"\r\n")
    else:
        writer.write(f"220 {host} ESMTP StsScope testbed hostile server\r\n".encode())
    await writer.drain()


async def smtp(spec, reader, writer):
    behaviour, host = spec["behaviour"], spec["hostname"]
    tls = False
    try:
        await greet(spec, writer)
        while True:
            line = await asyncio.wait_for(reader.readline(), IDLE_S)
            if not line:
                return
            verb = line.strip().split(b" ")[0].upper()
            if verb in (b"EHLO", b"HELO"):
                writer.write(reply(250, [host, "PIPELINING", "8BITMIME"] + ([] if tls else ["STARTTLS"])))
            elif verb == b"STARTTLS" and not tls:
                if behaviour == "starttls-454":
                    writer.write(b"454 4.7.0 TLS not available due to local problem\r\n")
                    continue
                writer.write(b"220 2.0.0 Ready to start TLS\r\n")
                await writer.drain()
                if behaviour == "drop-after-starttls":
                    return
                await writer.start_tls(tls_context(spec))
                tls = True
                continue
            elif verb == b"QUIT":
                writer.write(b"221 2.0.0 Bye\r\n")
                await writer.drain()
                return
            elif verb in (b"NOOP", b"RSET"):
                writer.write(b"250 2.0.0 OK\r\n")
            elif verb in (b"MAIL", b"RCPT", b"DATA"):
                writer.write(b"554 5.7.1 The testbed's hostile server takes no mail\r\n")
            else:
                writer.write(b"502 5.5.2 Command not recognized\r\n")
            await writer.drain()
    except (asyncio.TimeoutError, ConnectionError, ssl.SSLError, ValueError, OSError):
        pass
    finally:
        writer.close()


async def https_slow(spec, reader, writer):
    try:
        await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IDLE_S)
        await asyncio.sleep(spec["delay"])
        body = spec["body"].encode()
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                     + b"Content-Length: %d\r\n\r\n" % len(body) + body)
        await writer.drain()
    except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, ssl.SSLError, ValueError, OSError):
        pass
    finally:
        writer.close()


def servfail(query):
    """The query's header and question with QR and RCODE=SERVFAIL; None if unparsable."""
    if len(query) < 12:
        return None
    end = 12
    while end < len(query) and query[end] != 0:
        end += 1 + query[end]
    end += 5  # root label, QTYPE, QCLASS
    if end > len(query):
        return None
    flags = (query[2] & 0x79 | 0x80).to_bytes(1, "big") + b"\x82"  # QR, opcode+RD kept; RA, SERVFAIL
    return query[:2] + flags + b"\x00\x01\x00\x00\x00\x00\x00\x00" + query[12:end]


class DnsServfail(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        answer = servfail(data)
        if answer:
            self.transport.sendto(answer, addr)


async def dns_servfail_tcp(reader, writer):
    try:
        while True:
            size = int.from_bytes(await asyncio.wait_for(reader.readexactly(2), IDLE_S), "big")
            answer = servfail(await reader.readexactly(size))
            if not answer:
                return
            writer.write(len(answer).to_bytes(2, "big") + answer)
            await writer.drain()
    except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def main(config, pidfile):
    with open(config, encoding="utf-8") as f:
        specs = json.load(f)
    servers = []
    for spec in specs:
        if spec["kind"] == "smtp":
            handler, ctx = functools.partial(smtp, spec), None
        elif spec["kind"] == "https-slow":
            handler, ctx = functools.partial(https_slow, spec), tls_context(spec)
        elif spec["kind"] == "dns-servfail":
            await asyncio.get_running_loop().create_datagram_endpoint(
                DnsServfail, local_addr=(spec["bind"], spec["port"]))
            handler, ctx = dns_servfail_tcp, None
        else:
            raise SystemExit(f"hostile.py: unknown kind {spec['kind']}")
        servers.append(await asyncio.start_server(handler, spec["bind"], spec["port"], ssl=ctx,
                                                  reuse_address=True))
    with open(pidfile, "w", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\n")
    await asyncio.Event().wait()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    asyncio.run(main(sys.argv[1], sys.argv[2]))
