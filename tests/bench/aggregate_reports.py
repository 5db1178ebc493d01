#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The baseline of bench_reports: the same aggregation as StsScope's, done the plain way.

Reads every file under DIR (.json, .json.gz, .eml with a gzip or JSON attachment) with the
standard library only, sums the TLS-RPT reports (RFC 8460) per day, organisation, policy
domain, result type, receiving MX and sending IP, each report once, and prints the totals
and the time taken as one JSON object.
"""
import collections
import email
import email.policy
import gzip
import json
import os
import sys
import time


def payloads(data):
    """The report JSON documents in one file's bytes."""
    if data[:2] == b"\x1f\x8b":
        yield gzip.decompress(data)
    elif data.lstrip()[:1] == b"{":
        yield data
    else:
        message = email.message_from_bytes(data, policy=email.policy.default)
        for part in message.walk():
            if part.is_multipart():
                continue
            content = part.get_content_type()
            if content.startswith("application/") and content != "application/pdf":
                yield from payloads(part.get_payload(decode=True))


def main(folder):
    started = time.perf_counter()
    seen = set()
    totals = collections.Counter()
    per_day = collections.defaultdict(collections.Counter)
    per_org = collections.defaultdict(collections.Counter)
    per_domain = collections.defaultdict(collections.Counter)
    per_type = collections.Counter()
    per_mx = collections.Counter()
    per_ip = collections.Counter()
    for root, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as handle:
                data = handle.read()
            for payload in payloads(data):
                report = json.loads(payload)
                key = (report["report-id"], report["organization-name"])
                if key in seen:
                    continue
                seen.add(key)
                day = report["date-range"]["start-datetime"][:10]
                totals["reports"] += 1
                for policy in report.get("policies", []):
                    summary = policy.get("summary", {})
                    ok = summary.get("total-successful-session-count", 0)
                    failed = summary.get("total-failure-session-count", 0)
                    domain = policy.get("policy", {}).get("policy-domain", "")
                    for bucket in (totals, per_day[day], per_org[report["organization-name"]], per_domain[domain]):
                        bucket["successful"] += ok
                        bucket["failed"] += failed
                    for detail in policy.get("failure-details", []):
                        count = detail.get("failed-session-count", 0)
                        per_type[detail.get("result-type", "")] += count
                        per_mx[detail.get("receiving-mx-hostname") or detail.get("receiving-ip", "")] += count
                        per_ip[detail.get("sending-mta-ip", "")] += count
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "seconds": elapsed,
        "reports": totals["reports"],
        "successful": totals["successful"],
        "failed": totals["failed"],
        "days": len(per_day),
        "organizations": len(per_org),
        "domains": len(per_domain),
        "by_result_type": dict(per_type),
        "receiving_mx": len(per_mx),
        "sending_ips": len(per_ip),
    }))


if __name__ == "__main__":
    main(sys.argv[1])
