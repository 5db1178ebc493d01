#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The report-mail corpus: TLS-RPT report mail as big senders send it, beside mail that is no
report, written as a Maildir, with expected.json saying what an import must find (README.md).

  corpus.py maildir DIR              the corpus as a Maildir in DIR (INBOX; DIR/.TLS-RPT is the
                                     Maildir++ folder TLS-RPT), and DIR/expected.json
  corpus.py fill FOLDERDIR N FIRST   N report messages with report ids fill-FIRST... into the
                                     Maildir folder FOLDERDIR (its new/); prints the ids

Deterministic: fixed dates, boundaries, message ids and gzip/zip timestamps, so the same bytes
every run. Standard library only.
"""

import base64
import calendar
import gzip
import io
import json
import os
import quopri
import sys
import time
import zipfile
from email import message_from_bytes
import email.utils

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, "..", "..", "data", "tlsrpt")
# Real messages, verbatim (provenance: tests/data/README-tlsrpt.md).
REAL_GOOGLE = "parsedmarc-google.com_smtp_tls_report.eml"
REAL_MICROSOFT = "isseis-tlsrpt_success_microsoft.eml"

DOMAIN = "example.test"
RUA = "tlsrpt@example.test"
DAY = 86400
# 2026-10-01T00:00:00Z: the first report day; message n reports day n.
EPOCH = calendar.timegm((2026, 10, 1, 0, 0, 0))
FILL_ORG = "Fill Sender Inc."


def iso(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def rfc5322_date(t):
    return email.utils.formatdate(t, usegmt=True)


def report_json(org, contact, report_id, day, failures=0, pretty=False):
    """One TLS-RPT report (RFC 8460 §4) for DOMAIN, day DAY after EPOCH."""
    start = EPOCH + day * DAY
    details = []
    if failures:
        details.append({"result-type": "certificate-expired", "sending-mta-ip": "192.0.2.25",
                        "receiving-mx-hostname": "mx2." + DOMAIN, "receiving-ip": "198.51.100.2",
                        "failed-session-count": failures})
    doc = {
        "organization-name": org,
        "date-range": {"start-datetime": iso(start), "end-datetime": iso(start + DAY - 1)},
        "contact-info": contact,
        "report-id": report_id,
        "policies": [{
            "policy": {"policy-type": "sts", "policy-domain": DOMAIN,
                       "policy-string": ["version: STSv1", "mode: enforce", "mx: mx1." + DOMAIN,
                                         "mx: mx2." + DOMAIN, "max_age: 604800"],
                       "mx-host": ["mx1." + DOMAIN, "mx2." + DOMAIN]},
            "summary": {"total-successful-session-count": 100 + day, "total-failure-session-count": failures},
            "failure-details": details,
        }],
    }
    if pretty:
        return json.dumps(doc, indent=2).encode()
    return json.dumps(doc, separators=(",", ":")).encode()


def gz(data):
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as f:
        f.write(data)
    return out.getvalue()


def b64(data):
    text = base64.encodebytes(data).decode()  # 76-character lines
    return text if text.endswith("\n") else text + "\n"


def zipped(name, data):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo(name, date_time=(2026, 10, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def headers(sender, subject, msgid, t, ctype, extra=()):
    lines = [f"Return-Path: <{sender.split('<')[-1].rstrip('>')}>",
             f"Received: from outbound.sender.invalid by mx1.{DOMAIN} with ESMTPS; {rfc5322_date(t + 60)}",
             f"From: {sender}", f"To: {RUA}", f"Date: {rfc5322_date(t)}", f"Subject: {subject}",
             f"Message-ID: {msgid}", "MIME-Version: 1.0", *extra, f"Content-Type: {ctype}"]
    return "\n".join(lines) + "\n"


def google_message(report_id, day, payload=None, failures=0):
    """Google's shape: multipart/report; report-type=tlsrpt, a text part, application/tlsrpt+gzip
    named google.com!DOMAIN!START!END!001.json.gz, base64."""
    start = EPOCH + day * DAY
    body = payload if payload is not None else report_json("Google LLC", "smtp-tls-reporting@google.com",
                                                             report_id, day, failures)
    name = f"google.com!{DOMAIN}!{start}!{start + DAY - 1}!001.json.gz"
    boundary = f"000000000000{day:04d}google{len(report_id):02d}"
    t = start + DAY + 3 * 3600
    return (headers("noreply-smtp-tls-reporting@google.com",
                    f"Report Domain: {DOMAIN} Submitter: google.com Report-ID: <{report_id}>",
                    f"<{day:04d}.{abs(hash_of(report_id))}tls@google.com>", t,
                    f'multipart/report; boundary="{boundary}"; report-type=tlsrpt') +
            f"\n--{boundary}\nContent-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\n"
            "Content-Transfer-Encoding: base64\n\n" +
            b64(f"This is an aggregate TLS report from google.com\n".encode()) +
            f"\n--{boundary}\nContent-Type: application/tlsrpt+gzip; \n\tname=\"{name}\"\n"
            f"Content-Disposition: attachment; \n\tfilename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n" +
            b64(gz(body)) + f"--{boundary}--\n").encode()


def hash_of(text):
    """A stable small number from TEXT (Python's hash() is salted per run)."""
    n = 0
    for c in text.encode():
        n = (n * 131 + c) % 1000000007
    return n


def microsoft_message(report_id, day):
    """Microsoft's shape: multipart/report with a quoted-printable text/html part and the gzip
    named microsoft.com!DOMAIN!START!END!ID.json.gz, base64 (as tests/data's real one)."""
    start = EPOCH + day * DAY
    body = report_json("Microsoft Corporation", "tlsrpt-noreply@microsoft.com", report_id, day)
    name = f"microsoft.com!{DOMAIN}!{start}!{start + DAY - 1}!{report_id.split('+')[0]}.json.gz"
    boundary = f"_{hash_of(report_id):08x}-fc83-492a-bd16-{day:012d}_"
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
            "</head>\n<body>\n<div>This is an aggregate TLS report from microsoft.com</div>\n</body>\n</html>\n")
    return (headers("<tlsrpt-noreply@microsoft.com>",
                    f"Report Domain: {DOMAIN} Submitter: microsoft.com Report-ID:\n {report_id}",
                    f"<{report_id}@{DOMAIN}>", start + DAY + 5 * 3600,
                    f'multipart/report;\n\tboundary="{boundary}"; report-type=tlsrpt',
                    (f"TLS-Report-Domain: {DOMAIN}", "TLS-Report-Submitter: microsoft.com")) +
            f"\n--{boundary}\nContent-Type: text/html; charset=\"us-ascii\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(html.encode()).decode() +
            f"\n--{boundary}\nContent-Type: application/tlsrpt+gzip\nContent-Description:\n {name}\n"
            f"Content-Disposition: attachment;\n\tfilename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n" +
            b64(gz(body)) + f"\n--{boundary}--\n").encode()


def single_attachment_message(sender, org, report_id, day, ctype, name, data, encoding, boundary):
    """A plain multipart/mixed with one report attachment, as small MTAs and scripts send it."""
    start = EPOCH + day * DAY
    if encoding == "base64":
        encoded = b64(data)
    else:
        encoded = quopri.encodestring(data).decode()
        if not encoded.endswith("\n"):
            encoded += "\n"
    return (headers(sender, f"Report Domain: {DOMAIN} Submitter: {org} Report-ID: <{report_id}>",
                    f"<{hash_of(report_id)}.{day}@{sender.split('@')[-1]}>", start + DAY + 600,
                    f'multipart/mixed; boundary="{boundary}"') +
            f"\nThis is a multi-part message in MIME format.\n\n--{boundary}\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            f"TLS report for {DOMAIN}, {iso(start)[:10]}.\n\n--{boundary}\n"
            f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
            f"Content-Transfer-Encoding: {encoding}\n\n" + encoded + f"--{boundary}--\n").encode()


def forwarded_message(inner, day):
    """A person forwards a report message as an attachment (message/rfc822)."""
    t = EPOCH + day * DAY + DAY + 9 * 3600
    boundary = f"------------fwd{day:06d}"
    return (headers("Postmaster Pat <pat@example.test>", "Fwd: TLS report from a partner",
                    f"<fwd.{day}@example.test>", t, f'multipart/mixed; boundary="{boundary}"') +
            f"\nThis is a multi-part message in MIME format.\n--{boundary}\n"
            "Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 7bit\n\n"
            "Forwarding the report our partner sent to the old address.\n\n"
            f"--{boundary}\nContent-Type: message/rfc822; name=\"report.eml\"\n"
            'Content-Disposition: attachment; filename="report.eml"\n\n').encode() + inner + \
        f"\n--{boundary}--\n".encode()


def newsletter(day):
    t = EPOCH + day * DAY + 8 * 3600
    boundary = f"=_news{day:04d}"
    return (headers('"Mail Weekly" <news@newsletter.invalid>', "Mail Weekly: five things about MTA-STS",
                    f"<news.{day}@newsletter.invalid>", t, f'multipart/alternative; boundary="{boundary}"',
                    ("List-Unsubscribe: <https://newsletter.invalid/u?id=42>", "Precedence: bulk")) +
            f"\n--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            "This week: policies, reports =E2=80=93 and why max_age matters.\n"
            f"\n--{boundary}\nContent-Type: text/html; charset=utf-8\n\n"
            "<html><body><h1>Mail Weekly</h1><p>This week: policies and reports.</p></body></html>\n"
            f"--{boundary}--\n").encode()


def bounce(day):
    t = EPOCH + day * DAY + 11 * 3600
    boundary = f"{day:04d}.bounce/mx1.{DOMAIN}"
    return (headers(f"MAILER-DAEMON@mx1.{DOMAIN} (Mail Delivery System)", "Undelivered Mail Returned to Sender",
                    f"<bounce.{day}@mx1.{DOMAIN}>", t,
                    f'multipart/report; report-type=delivery-status;\n\tboundary="{boundary}"',
                    ("Auto-Submitted: auto-replied",)) +
            f"\nThis is a MIME-encapsulated message.\n\n--{boundary}\nContent-Description: Notification\n"
            "Content-Type: text/plain; charset=us-ascii\n\nI'm sorry to have to inform you that your message could not\n"
            f"be delivered to one or more recipients.\n\n--{boundary}\nContent-Description: Delivery report\n"
            f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.{DOMAIN}\n\n"
            "Final-Recipient: rfc822; nobody@nowhere.invalid\nAction: failed\nStatus: 5.1.1\n"
            f"\n--{boundary}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            f"From: {RUA}\nTo: nobody@nowhere.invalid\nSubject: hello\n\n--{boundary}--\n").encode()


def dmarc_report(day):
    """A DMARC aggregate report: a report, but no TLS-RPT one (a zip of XML)."""
    start = EPOCH + day * DAY
    xml = (f'<?xml version="1.0"?>\n<feedback><report_metadata><org_name>google.com</org_name>'
           f"<report_id>{hash_of(str(day))}</report_id></report_metadata>"
           f"<policy_published><domain>{DOMAIN}</domain></policy_published></feedback>\n").encode()
    name = f"google.com!{DOMAIN}!{start}!{start + DAY - 1}.xml"
    return single_attachment_message("noreply-dmarc-support@google.com", "google.com", f"dmarc-{day}", day,
                                     "application/zip", name + ".zip", zipped(name, xml), "base64",
                                     f"dmarc{day:04d}")


def personal(day):
    t = EPOCH + day * DAY + 14 * 3600
    return (headers("Alex <alex@example.test>", "Lunch on Friday?", f"<lunch.{day}@example.test>", t,
                    "text/plain; charset=utf-8") +
            "\nAre you in on Friday? The report numbers can wait.\n").encode()


def real(name):
    with open(os.path.join(REAL, name), "rb") as f:
        return f.read()


def reports_in(raw):
    """(organization, report-id) of every TLS-RPT report in message RAW, found the simple way:
    every gzip, zip or JSON attachment, recursing into message/rfc822. A check of this
    generator, independent of the C++ reader."""
    out = []

    def take(data):
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        elif data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for n in z.namelist():
                    take(z.read(n))
            return
        try:
            doc = json.loads(data)
        except ValueError:
            return
        if isinstance(doc, dict) and "report-id" in doc and "organization-name" in doc:
            out.append({"organization": doc["organization-name"], "report_id": doc["report-id"]})

    for part in message_from_bytes(raw).walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if payload:
            take(payload)
    return out


class Corpus:
    """The messages of each folder, in order, with what an import must make of them."""

    def __init__(self):
        self.folders = {"INBOX": [], "TLS-RPT": []}
        self.tmp = []

    def add(self, folder, raw, kind, style, reason=None):
        self.folders[folder].append({"raw": raw, "kind": kind, "style": style, "reason": reason})

    def build(self):
        day = 0

        def next_day():
            nonlocal day
            day += 1
            return day

        # Google's report-id shape: the start of the report's day
        g = lambda n: time.strftime("%Y.%m.%dT%H.%M.%SZ", time.gmtime(EPOCH + n * DAY)) + f"+{DOMAIN}@google.com"
        ms = lambda n: f"1342326179342{n:05d}+{DOMAIN}"  # Microsoft's
        inbox = "INBOX"
        d = next_day()
        self.add(inbox, google_message(g(d), d), "report", "google")
        d = next_day()
        self.add(inbox, microsoft_message(ms(d), d), "report", "microsoft")
        self.add(inbox, newsletter(next_day()), "non-report", "newsletter")
        d = next_day()
        self.add(inbox, google_message(g(d), d, failures=3), "report", "google")
        self.add(inbox, real(REAL_GOOGLE), "report", "google-real")
        self.add(inbox, real(REAL_MICROSOFT), "report", "microsoft-real")
        d = next_day()
        self.add(inbox, single_attachment_message(
            "tlsrpt@mx.small-host.invalid", "mx.small-host.invalid", f"{EPOCH + d * DAY}_{d}", d,
            "application/json", "report.json",
            report_json("mx.small-host.invalid", None, f"{EPOCH + d * DAY}_{d}", d, pretty=True),
            "base64", f"json{d:04d}"), "report", "json")
        self.add(inbox, bounce(next_day()), "non-report", "bounce")
        d = next_day()
        rid = f"zip-{d:04d}@reports.zip-sender.invalid"
        self.add(inbox, single_attachment_message(
            "reports@zip-sender.invalid", "Zip Sender", rid, d, "application/zip",
            f"zip-sender.invalid!{DOMAIN}!{EPOCH + d * DAY}.zip",
            zipped(f"zip-sender.invalid!{DOMAIN}!{EPOCH + d * DAY}.json",
                   report_json("Zip Sender", "mailto:reports@zip-sender.invalid", rid, d)),
            "base64", f"archive{d:04d}"), "report", "zip-attachment")
        d = next_day()
        self.add(inbox, forwarded_message(google_message(g(d), d), d), "report", "forwarded")
        d = next_day()
        rid = f"qp-{d:04d}.reports@qp-sender.invalid"
        self.add(inbox, single_attachment_message(
            "tls-reports@qp-sender.invalid", "QP Sender", rid, d, "application/tlsrpt+json",
            f"qp-sender.invalid!{DOMAIN}!{EPOCH + d * DAY}!{EPOCH + d * DAY + DAY - 1}.json",
            report_json("QP Sender", "tls-reports@qp-sender.invalid", rid, d, failures=1, pretty=True),
            "quoted-printable", f"qp{d:04d}"), "report", "quoted-printable")
        # A resend: the same Google report (organisation and report-id) once more.
        self.add(inbox, google_message(g(1), 1), "duplicate", "google")
        self.add(inbox, dmarc_report(next_day()), "non-report", "dmarc")
        d = next_day()
        self.add(inbox, google_message(g(d), d, payload=report_json(
            "Google LLC", "smtp-tls-reporting@google.com", g(d), d)[:150]), "malformed", "google",
            "json-truncated")
        d = next_day()
        broken = json.loads(report_json("Microsoft Corporation", "tlsrpt-noreply@microsoft.com", ms(d), d))
        del broken["report-id"]
        self.add(inbox, google_message(ms(d), d, payload=json.dumps(broken).encode()), "malformed", "google",
                 "report-id-missing")
        self.add(inbox, personal(next_day()), "non-report", "personal")
        # The folder a filter sorts reports into (Maildir++ .TLS-RPT).
        folder = "TLS-RPT"
        for _ in range(3):
            d = next_day()
            self.add(folder, google_message(g(d), d), "report", "google")
        d = next_day()
        self.add(folder, microsoft_message(ms(d), d), "report", "microsoft")
        self.add(folder, microsoft_message(ms(2), 2), "duplicate", "microsoft")  # also in INBOX
        # Being delivered: in tmp/, which every reader must leave alone.
        d = next_day()
        self.tmp.append(google_message(f"tmp-{d}@google.com", d))

    def expected(self, names):
        """expected.json: per folder and in total; NAMES maps (folder, index) to the file."""
        seen = set()
        total = {"messages": 0, "report_messages": 0, "duplicates": 0, "malformed": 0, "non_reports": 0}
        result = {"folders": {}}
        for folder, messages in self.folders.items():
            counts = {k: 0 for k in total}
            listed, distinct = [], {}
            for i, m in enumerate(messages):
                raw = m["raw"]
                found = reports_in(raw)
                parsed = message_from_bytes(raw)
                entry = {"file": names[(folder, i)], "kind": m["kind"], "style": m["style"],
                         "subject": " ".join(str(parsed["Subject"]).split()),
                         "message_id": str(parsed["Message-ID"]), "reports": found}
                counts["messages"] += 1
                if m["kind"] in ("report", "duplicate"):
                    assert len(found) == 1, (m["style"], found)
                    key = (found[0]["organization"], found[0]["report_id"])
                    assert (key in seen) == (m["kind"] == "duplicate"), (m["style"], key)
                    seen.add(key)
                    distinct[key] = found[0]
                    counts["report_messages"] += 1
                    counts["duplicates"] += m["kind"] == "duplicate"
                elif m["kind"] == "malformed":
                    entry["reason"] = m["reason"]
                    counts["malformed"] += 1
                else:
                    assert not found, m["style"]
                    counts["non_reports"] += 1
                listed.append(entry)
            # Within one folder a report another folder had first is new to that folder's import.
            counts["duplicates"] = counts["report_messages"] - len(distinct)
            for k in total:
                total[k] += counts[k]
            result["folders"][folder] = {**counts, "reports": sorted(distinct.values(), key=sort_key),
                                         "list": listed}
        total["duplicates"] = total["report_messages"] - len(seen)
        everything = {}
        for f in result["folders"].values():
            for r in f["reports"]:
                everything[(r["organization"], r["report_id"])] = r
        result["total"] = {**total, "reports": sorted(everything.values(), key=sort_key)}
        return result


def sort_key(r):
    return (r["organization"], r["report_id"])


def write_file(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def maildir(root):
    """The corpus as a Maildir at ROOT: every third message in new/, the others seen in cur/."""
    corpus = Corpus()
    corpus.build()
    names = {}
    serial = 0
    for folder, messages in corpus.folders.items():
        base = root if folder == "INBOX" else os.path.join(root, "." + folder)
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(base, sub), exist_ok=True)
        if folder != "INBOX":
            write_file(os.path.join(base, "maildirfolder"), b"")
        for i, m in enumerate(messages):
            serial += 1
            unique = f"{EPOCH + serial * 3600}.M{serial}P1000.testbed"
            rel = f"new/{unique}" if serial % 3 == 0 else f"cur/{unique}:2,S"
            names[(folder, i)] = rel
            write_file(os.path.join(base, rel), m["raw"])
    for i, raw in enumerate(corpus.tmp):
        write_file(os.path.join(root, "tmp", f"{EPOCH + 99 * 3600}.M{99 + i}P1000.testbed"), raw)
    with open(os.path.join(root, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(corpus.expected(names), f, indent=1, sort_keys=True)
        f.write("\n")


def fill(folder_dir, count, first):
    """COUNT Google-style report messages, report ids fill-FIRST..., into FOLDER_DIR/new."""
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(folder_dir, sub), exist_ok=True)
    ids = []
    for n in range(first, first + count):
        rid = f"fill-{n:08d}"
        day = n % 60  # within the two months after EPOCH: never in the future
        body = report_json(FILL_ORG, "mailto:reports@fill-sender.invalid", rid, day)
        write_file(os.path.join(folder_dir, "new", f"{EPOCH + n}.M{n}P2000.fill"),
                   google_message(rid, day, payload=body))
        ids.append(rid)
    sys.stdout.write("".join(i + "\n" for i in ids))


def main(argv):
    if len(argv) == 3 and argv[1] == "maildir":
        maildir(argv[2])
    elif len(argv) == 5 and argv[1] == "fill":
        fill(argv[2], int(argv[3]), int(argv[4]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
