#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the inputs of bench_import_memory.sh, the same bytes on every run (up to zlib's
version): a zip of large TLS-RPT reports that compress about 100:1 (under the importer's
250:1 bomb ratio) and an mbox of many small reports, each a multipart/report message with a
gzip attachment, as a rua mailbox collects them.

    make_import_inputs.py OUTDIR [--zip-reports 32] [--report-mb 30] [--mbox-reports 100000]
"""

import argparse
import base64
import gzip
import os
import zipfile

RESULT_TYPES = ["certificate-expired", "starttls-not-supported", "certificate-host-mismatch",
                "validation-failure", "sts-policy-fetch-error"]


class Lcg:
    """A fixed pseudo-random sequence, independent of Python's random module."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % bound


def failure_details(target_bytes):
    """Failure details of about target_bytes of JSON. They repeat every 64 details but for a
    counter and a random bit in every 16th, so that they compress about 100:1 with deflate."""
    rng = Lcg(8460)
    details = []
    size = 0
    i = 0
    while size < target_bytes:
        detail = ('{"result-type":"%s","sending-mta-ip":"198.51.%d.%d","receiving-mx-hostname":'
                  '"mx%d.example.com","receiving-mx-helo":"mx%d.example.com","receiving-ip":"203.0.113.%d",'
                  '"failed-session-count":%d,"additional-information":"certificate verify failed: the '
                  'certificate presented by the receiving MX expired; the chain was served without its '
                  'intermediate and the name did not match %d","failure-reason-code":"X509_V_ERR_%d"}'
                  % (RESULT_TYPES[i % 4], 100 + i % 2, i % 64, i % 4, i % 4, i % 8,
                     i % 8 + 1 + (rng.next(2) if i % 16 == 0 else 0), i >> 6, i % 4))
        details.append(detail)
        size += len(detail) + 1
        i += 1
    return details


def large_report(index, details_text, detail_sum):
    return ('{"organization-name":"Sender %d","date-range":{"start-datetime":"2026-01-%02dT00:00:00Z",'
            '"end-datetime":"2026-01-%02dT23:59:59Z"},"contact-info":"tlsrpt@sender%d.example",'
            '"report-id":"large-%04d","policies":[{"policy":{"policy-type":"sts","policy-string":'
            '["version: STSv1","mode: enforce","mx: *.example.com","max_age: 604800"],'
            '"policy-domain":"example.com","mx-host":["*.example.com"]},"summary":'
            '{"total-successful-session-count":%d,"total-failure-session-count":%d},'
            '"failure-details":[%s]}]}'
            % (index, index % 28 + 1, index % 28 + 1, index, index, 1000000 + index, detail_sum,
               details_text)).encode()


def write_zip(path, count, report_mb):
    details = failure_details(report_mb << 20)
    detail_sum = sum(int(d.split('"failed-session-count":')[1].split(",")[0]) for d in details)
    details_text = ",".join(details)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for index in range(count):
            info = zipfile.ZipInfo("large-%04d.json" % index, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, large_report(index, details_text, detail_sum), compresslevel=6)


def small_report(index):
    failed = index % 3
    details = ""
    if failed:
        details = (',"failure-details":[{"result-type":"%s","sending-mta-ip":"198.51.100.%d",'
                   '"receiving-mx-hostname":"mx%d.example.org","failed-session-count":%d}]'
                   % (RESULT_TYPES[index % len(RESULT_TYPES)], index % 256, index % 2, failed))
    return ('{"organization-name":"Sender %d","date-range":{"start-datetime":"2026-%02d-%02dT00:00:00Z",'
            '"end-datetime":"2026-%02d-%02dT23:59:59Z"},"contact-info":"tlsrpt@sender%d.example",'
            '"report-id":"mbox-%07d","policies":[{"policy":{"policy-type":"sts","policy-string":'
            '["version: STSv1","mode: testing","mx: mx0.example.org","mx: mx1.example.org","max_age: 86400"],'
            '"policy-domain":"example.org","mx-host":["mx0.example.org","mx1.example.org"]},'
            '"summary":{"total-successful-session-count":%d,"total-failure-session-count":%d}%s}]}'
            % (index % 50, index % 12 + 1, index % 28 + 1, index % 12 + 1, index % 28 + 1, index % 50,
               index, 100 + index % 1000, failed, details)).encode()


def write_mbox(path, count):
    with open(path, "wb") as mbox:
        for index in range(count):
            attachment = base64.encodebytes(gzip.compress(small_report(index), mtime=0)).decode()
            boundary = "b%07d" % index
            mbox.write(("From tlsrpt@sender%d.example Thu Jan  1 00:00:00 2026\n"
                        "From: tlsrpt@sender%d.example\n"
                        "To: tlsrpt@example.org\n"
                        "Subject: Report Domain: example.org Submitter: sender%d.example Report-ID: <mbox-%07d>\n"
                        "MIME-Version: 1.0\n"
                        "Content-Type: multipart/report; report-type=\"tlsrpt\"; boundary=\"%s\"\n"
                        "\n"
                        "--%s\n"
                        "Content-Type: text/plain\n"
                        "\n"
                        "TLS report.\n"
                        "--%s\n"
                        "Content-Type: application/tlsrpt+gzip\n"
                        "Content-Transfer-Encoding: base64\n"
                        "Content-Disposition: attachment; filename=\"mbox-%07d.json.gz\"\n"
                        "\n"
                        "%s"
                        "--%s--\n"
                        "\n" % (index % 50, index % 50, index % 50, index, boundary, boundary, boundary, index,
                                attachment, boundary)).encode())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--zip-reports", type=int, default=32)
    parser.add_argument("--report-mb", type=int, default=30)
    parser.add_argument("--mbox-reports", type=int, default=100000)
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    write_zip(os.path.join(args.outdir, "large-reports.zip"), args.zip_reports, args.report_mb)
    write_mbox(os.path.join(args.outdir, "reports.mbox"), args.mbox_reports)


if __name__ == "__main__":
    main()
