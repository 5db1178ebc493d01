# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Summary of bench_check.sh's samples.tsv: median and spread per latency and tool, set beside
the critical path.

    summarize_check.py SAMPLES.tsv

The critical path is the longest chain of round trips that cannot overlap, counted in the
relay's added round trip L (`testbed.sh up --latency L`: every chunk is passed on L/2 later in
each direction; the TCP handshake with the relay itself is not delayed). The resolver is not
behind the relay and has every answer cached after the warm-up round, so DNS adds no L:

  policy:  TLS 1.3 handshake (ClientHello -> server Finished)           1
           GET -> response (sent with the client Finished)             1    = 2 L
  each MX: banner (the server speaks first: only the way back)         0.5
           EHLO, STARTTLS, TLS 1.3 handshake: the certificate          3    = 3.5 L (the verdict)
           EHLO after TLS (QUIT's reply is not waited for)             1    = 4.5 L (complete)

The policy and the MX run side by side, so a full check's critical path is 4.5 L, its verdict's
3.5 L, and a policy fetch's 2 L. (With TLS 1.2 each handshake would cost one more L.) With DNS
on the path (stsscope+dns, --dns-on-path) the MX and then the MX host's address lookups come
first, 2 L more; DNSSEC validation asks for keys besides, which the path does not count. At
latency 0 the path is below a millisecond and no ratio is given.
Standard library only.
"""

import csv
import statistics
import sys
from collections import defaultdict

POLICY_RTTS = 2.0
FULL_CHECK_RTTS = 4.5
VERDICT_RTTS = 3.5
DNS_RTTS = 2.0  # MX, then A/AAAA/TLSA of the MX host
WHAT = {"stsscope": ("full check", FULL_CHECK_RTTS), "stsscope-verdict": ("its verdict", VERDICT_RTTS),
        "stsscope+dns": ("full check, DNS on the path", FULL_CHECK_RTTS + DNS_RTTS),
        "stsscope+dns-verdict": ("its verdict, DNS on the path", VERDICT_RTTS + DNS_RTTS),
        "mta-sts-query": ("policy only", POLICY_RTTS), "mailauth": ("policy only", POLICY_RTTS)}


def spread(values):
    return f"{statistics.median(values):.0f} ({min(values):.0f}-{max(values):.0f})"


def main(path):
    groups = defaultdict(lambda: {"wall": [], "inprocess": [], "status": set()})
    bulk = []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["tool"].startswith("bulk-"):
                bulk.append(row)
                continue
            if row["run"] == "0":
                continue  # warm-up
            g = groups[(int(row["latency_ms"]), row["tool"])]
            g["wall"].append(float(row["wall_ms"]))
            if row["inprocess_ms"] not in ("-", "null"):
                g["inprocess"].append(float(row["inprocess_ms"]))
            g["status"].add(row["status"])
    print("| latency | tool | what | runs | in-process ms, median (min-max) | process wall ms, median (min-max) "
          "| critical path ms | in-process / path | wall / path | StsScope / tool (in-process) | result |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for (latency, tool), g in sorted(groups.items()):
        what, rtts = WHAT[tool]
        path_ms = rtts * latency
        inproc = g["inprocess"]
        ours = groups.get((latency, "stsscope"), {}).get("inprocess")
        ratio = lambda v: f"{statistics.median(v) / path_ms:.2f}" if path_ms and v else "-"
        versus = f"{statistics.median(ours) / statistics.median(inproc):.2f}" if ours and inproc else "-"
        print(f"| {latency} | {tool} | {what} | {len(g['wall'])} | {spread(inproc) if inproc else '-'} "
              f"| {spread(g['wall'])} | {path_ms:.0f} | {ratio(inproc)} | {ratio(g['wall'])} | {versus} "
              f"| {','.join(sorted(g['status']))} |")
    for row in bulk:
        verdicts, *cpu = row["status"].split(";")
        cpu = dict(item.split("=") for item in cpu)
        print(f"\n{row['tool'][5:]} domains at latency {row['latency_ms']} ms: wall {int(row['wall_ms']) / 1000:.1f} s, "
              f"peak RSS {int(row['inprocess_ms'].rstrip('KiB')) / 1024:.0f} MiB, verdicts {verdicts}, "
              f"CPU: stsscope-cli {cpu.get('cpu', '?')} s, testbed servers and relay {cpu.get('servers_cpu', '?')} s")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
