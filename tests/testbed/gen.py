# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Render the testbed's server configurations and zone files from scenarios.json.

Two phases, because zone files need what only exists after the certificates and
DNSSEC keys have been made:

  gen.py config SCENARIOS STATE LATENCY_MS SLOW_POLICY_S [BULK]
      knot.conf, unbound configs, nginx.conf and docroots, postfix main.cf/master.cf,
      danted.conf (the SOCKS proxy), dovecot.conf and its passwd file (the IMAP server
      of report mail, mail/README.md), hostile.json, relay.json, infra.env (the
      infrastructure addresses, shell syntax), and the work lists the shell acts on:
      addresses.txt, blackhole.txt, certs.tsv, zones.tsv (and bulk-domains.txt)
  gen.py zones SCENARIOS STATE [BULK]
      knot zone files, using dnssec/<zone>.ds and the certificates and keys in certs/ and ca/
      (TLSA), and bogus-anchor.txt (trust-anchor.txt with a wrong digest)

BULK (default 0) adds that many healthy domains for load tests, b0001.bulk.test and on, all
in one signed zone bulk.test: each has its own _mta-sts and _smtp._tls records and policy
host name, and shares healthy.test's MX hosts and policy text (one nginx server per
BULK_PER_CERT policy hosts, one certificate naming them all), so that 500 of them cost a few
certificates, no postfix listener and no DNSSEC key beyond the one of bulk.test.

TLSA records (setup.tlsa, one object per record; see tlsa_rdata): usage, selector and matching
type (default 3 1 1), and what they match: match_cert (the certificate or key of that host in
certs/), match_ca ("root" or "intermediate", the testbed CA), or match_next_key (a spare key
of that host, made here and used by no server: the "next" key of a rollover). Each record goes
into the zone that holds its name, which may be a child zone of the scenario's
(setup.child_zones: [{zone, delegation: ok | bad-ds, signed}]), delegated from the scenario's
zone; a bad-ds child validates as bogus while its parent stays secure.

The scenarios are those of "scenarios" and of "private_address_scenarios" (hosts on
private, link-local or ULA addresses: only their DNS records exist; no such address is put
on an interface, and gen.py refuses to bind anything outside the testbed's own ranges).

Standard library only: the testbed must not depend on anything pip installs.
"""

import hashlib
import json
import os
import secrets
import subprocess
import sys

TTL = 300
SOA = "ns.test. hostmaster.test. 1 3600 600 86400 300"
# Extension lines (RFC 8461 sts-policy-extension) that pad a policy past 64 KiB.
PAD_LINE = "xpad{:05d}: " + "a" * 80
BULK_ZONE = "bulk.test."
BULK_TEMPLATE = "healthy.test"  # the scenario whose MX hosts and policy the bulk domains share
BULK_PER_CERT = 100
BULK_POLICY_NET = "127.20.{}.{}"  # policy host addresses, out of the scenarios' 127.10/16
# The IMAP server that holds report mail (dovecot; mail/README.md): its name, a second name
# its certificate does not cover, its address, and the one user.
IMAP_HOST = "imap.mail.test"
IMAP_WRONG_NAME_HOST = "imap-wrong-name.mail.test"
IMAP_ADDRESS = "127.143.0.1"
IMAP_USER = "tlsrpt"
IMAP_PORTS = (993, 143)  # implicit TLS, STARTTLS


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write(path, text, mode=0o644):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.chmod(path, mode)


def zone_of(domain):
    return domain.rstrip(".") + "."


def backend(addr, latency):
    """Where a server really binds: its public address, or, with a relay in front,
    a twin address (127.10.x.y -> 127.11.x.y, fd00:5753::... -> fd00:5753:1::...)."""
    if not latency:
        return addr
    if ":" in addr:
        assert addr.startswith("fd00:5753::"), addr
        return "fd00:5753:1::" + addr[len("fd00:5753::"):]
    octets = addr.split(".")
    octets[1] = str(int(octets[1]) + 1)
    return ".".join(octets)


def testbed_address(addr):
    """An address the testbed may put on its loopback: 127/8 or its own fd00:5753::/32."""
    return addr.startswith("127.") or addr.startswith("fd00:5753:")


def all_scenarios(doc):
    """Every scenario: the catalogue's, then those with non-public addresses."""
    return doc["scenarios"] + doc.get("private_address_scenarios", [])


def sockaddr(addr, port):
    return f"[{addr}]:{port}" if ":" in addr else f"{addr}:{port}"


def all_mx(s):
    return s["mx"] + s["setup"].get("hidden_mx", [])


def served_zones(doc, bulk=0):
    """(zone, signed, delegation) of every zone knot serves, test. first."""
    zones = [("test.", True, "ok")]
    for name in doc["infrastructure"]["helper_zones"]:
        zones.append((zone_of(name), True, "ok"))
    if bulk:
        zones.append((BULK_ZONE, True, "ok"))
    for s in all_scenarios(doc):
        delegation = s["setup"].get("delegation", "ok")
        if delegation in ("ok", "bad-ds"):
            zones.append((zone_of(s["domain"]), s["setup"].get("signed", True), delegation))
            for c in s["setup"].get("child_zones", []):
                assert zone_of(c["zone"]).endswith("." + zone_of(s["domain"])), c
                zones.append((zone_of(c["zone"]), c.get("signed", True), c.get("delegation", "ok")))
    return zones


def enclosing_zone(name, zones):
    """The deepest of ZONES (absolute names) that NAME is in or at."""
    name = zone_of(name)
    return max((z for z in zones if name == z or name.endswith("." + z)), key=len)


def cert_san(host, kind):
    if kind in ("wrong-name", "self-signed-expired-wrong-name"):
        return "www.other-domain.test"
    if kind == "wildcard":
        parent = host.split(".", 1)[1]
        return f"*.{parent},{parent}"
    return host


def policy_text(ps):
    eol = "\n" if ps.get("line_ending") == "lf" else "\r\n"
    lines = list(ps["lines"])
    pad_to = ps.get("pad_to")
    n = 0
    while pad_to and len(eol.join(lines)) < pad_to:
        n += 1
        lines.append(PAD_LINE.format(n))
    return eol.join(lines) + eol


def bulk_domain(i):
    return f"b{i + 1:04d}.{BULK_ZONE.rstrip('.')}"


def bulk_policy_address(i):
    chunk = i // BULK_PER_CERT
    return BULK_POLICY_NET.format(chunk // 250, chunk % 250 + 1)


def bulk_template(doc):
    return next(s for s in doc["scenarios"] if s["domain"] == BULK_TEMPLATE)


class Config:
    def __init__(self, doc, state, latency, slow_s, bulk=0):
        self.doc = doc
        self.state = state
        self.latency = latency
        self.slow_s = slow_s
        self.bulk = bulk
        self.sans = {}  # host -> SAN list, where it is not the host's own name
        self.infra = doc["infrastructure"]
        self.addresses = []  # every address that must exist on lo
        self.blackhole = []
        self.certs = {}  # host -> (kind, keytype)
        self.nginx_servers = []
        self.smtp_listeners = []  # postfix
        self.hostile = []
        self.relays = []

    def addr(self, public, port=None, protos=("tcp",)):
        """Register a public address; return the address its server binds to. With a
        port, a server listens there, behind the relay when there is latency."""
        bind = backend(public, self.latency) if port else public
        # Never a private, link-local or public address: nothing may be sent there.
        assert testbed_address(public), public
        for a in (public, bind):
            if a not in self.addresses:
                self.addresses.append(a)
        if bind != public:
            self.relays += [{"proto": p, "listen": [public, port], "target": [bind, port]} for p in protos]
        return bind

    def cert(self, host, kind, keytype="ec", sans=None):
        if kind == "weak":
            keytype = "rsa1024"
        prev = self.certs.get(host)
        assert prev in (None, (kind, keytype)), host
        self.certs[host] = (kind, keytype)
        if sans:
            self.sans[host] = ",".join(sans)
        return os.path.join(self.state, "certs", host)

    def policy_host(self, s):
        p = s["policy"]
        ps = p["setup"]
        server = ps["server"]
        if server in ("none", "non-public"):  # no host, or only its DNS record
            return
        addr = p["address"]
        if server == "refuse":
            self.addr(addr)
            return
        if server == "blackhole":
            self.addr(addr)
            self.blackhole.append(addr)
            return
        bind = self.addr(addr, 443)
        host = p["host"]
        base = self.cert(host, ps["cert"])
        docroot = os.path.join(self.state, "www", s["domain"])
        body = policy_text(ps)
        write(os.path.join(docroot, ".well-known", "mta-sts.txt"), body)
        if server == "slow":
            self.hostile.append({"kind": "https-slow", "bind": bind, "port": 443, "hostname": host,
                                 "chain": base + ".chain.pem", "key": base + ".key",
                                 "delay": self.slow_s, "body": body})
            return
        http = ps.get("http", {})
        status = http.get("status", 200)
        if status in (301, 302, 307, 308):
            location = f"return {status} {http['location']};"
        elif status != 200:
            location = f"return {status};"
        else:
            location = f"types {{ }} default_type {http.get('content_type', 'text/plain')};"
        self.nginx_server(bind, [host], base, docroot, location)

    def nginx_server(self, bind, names, base, docroot, location):
        self.nginx_servers.append(f"""
    server {{
        listen {sockaddr(bind, 443)} ssl;
        server_name {" ".join(names)};
        ssl_certificate {base}.chain.pem;
        ssl_certificate_key {base}.key;
        root {docroot};
        location = /.well-known/mta-sts.txt {{ {location} }}
        location / {{ return 404; }}
    }}""")

    def bulk_hosts(self):
        """The policy hosts of the bulk domains: BULK_PER_CERT names per address and certificate."""
        docroot = os.path.join(self.state, "www", BULK_ZONE.rstrip("."))
        write(os.path.join(docroot, ".well-known", "mta-sts.txt"),
              policy_text(bulk_template(self.doc)["policy"]["setup"]))
        domains = [bulk_domain(i) for i in range(self.bulk)]
        for first in range(0, self.bulk, BULK_PER_CERT):
            names = ["mta-sts." + d for d in domains[first:first + BULK_PER_CERT]]
            bind = self.addr(bulk_policy_address(first), 443)
            base = self.cert(f"policy-{first // BULK_PER_CERT + 1}.{BULK_ZONE.rstrip('.')}", "valid", sans=names)
            self.nginx_server(bind, names, base, docroot, "types { } default_type text/plain;")
        write(os.path.join(self.state, "bulk-domains.txt"), "".join(d + "\n" for d in domains))

    def mx_host(self, mx):
        ms = mx["setup"]
        server = ms["server"]
        if server == "non-public":  # only its DNS records: nothing listens, nothing connects
            return
        failures = mx.get("address_failures", {})
        base = self.cert(mx["host"], ms["cert"], ms.get("key", "ec"))
        for a in mx["addresses"]:
            if server == "blackhole":
                self.addr(a)
                self.blackhole.append(a)
                continue
            if server == "refuse" or failures.get(a) == "connection-refused":
                self.addr(a)
                continue
            bind = self.addr(a, 25)
            if server.startswith("hostile:"):
                self.hostile.append({"kind": "smtp", "behaviour": server.split(":", 1)[1], "bind": bind,
                                     "port": 25, "hostname": mx["host"], "chain": base + ".chain.pem",
                                     "key": base + ".key"})
                continue
            tls = "none" if server == "postfix-notls" else "may"
            opts = [f"myhostname={mx['host']}", f"smtpd_tls_security_level={tls}"]
            if tls != "none":
                opts += [f"smtpd_tls_cert_file={base}.chain.pem", f"smtpd_tls_key_file={base}.key"]
            self.smtp_listeners.append((bind, opts))

    def build(self):
        auth_bind = self.addr(self.infra["authoritative"], 53, ("udp", "tcp"))
        for key in ("resolver", "bogus_resolver", "stripping_resolver", "socks_proxy", "socks_ipv6_source"):
            self.addr(self.infra[key])
        dead = self.infra["dead_nameserver"]
        self.addr(dead)
        self.blackhole.append(dead)  # queries vanish: the resolver times out
        broken = self.infra["servfail_nameserver"]
        self.addr(broken)  # not behind the relay: unbound must get its SERVFAIL at once
        self.hostile.append({"kind": "dns-servfail", "bind": broken, "port": 53})
        for s in all_scenarios(self.doc):
            self.policy_host(s)
            for mx in all_mx(s):
                self.mx_host(mx)
            for t in s["setup"].get("tlsa", []):
                # TLSA data comes from a certificate made here, the CA, or a spare key of a host
                source = [k for k in ("match_cert", "match_ca", "match_next_key") if k in t]
                assert len(source) == 1, t
                assert t.get("match_ca") in (None, "root", "intermediate"), t
                assert t.get(source[0]) in self.certs or source[0] == "match_ca", t
                assert "match_next_key" not in t or t.get("selector", 1) != 0, t  # a key has no certificate
        if self.bulk:
            self.bulk_hosts()
        self.imap_bind = self.addr(IMAP_ADDRESS, IMAP_PORTS[0])
        self.addr(IMAP_ADDRESS, IMAP_PORTS[1])
        self.imap_cert = self.cert(IMAP_HOST, "valid")
        self.write_all(auth_bind)

    def write_all(self, auth_bind):
        st = self.state
        write(os.path.join(st, "addresses.txt"), "".join(a + "\n" for a in self.addresses))
        infra = self.infra
        write(os.path.join(st, "infra.env"), "".join(f"STS_TESTBED_{k.upper()}='{infra[k]}'\n" for k in (
            "resolver", "bogus_resolver", "stripping_resolver", "authoritative", "servfail_nameserver",
            "dead_nameserver")) + f"STS_TESTBED_SOCKS='{infra['socks_proxy']}:{infra['socks_port']}'\n"
              f"STS_TESTBED_SOCKS_SOURCES='{infra['socks_proxy']} {infra['socks_ipv6_source']}'\n"
              f"STS_TESTBED_ROOT_HINTS='{os.path.join(st, 'root-hints.txt')}'\n"
              f"STS_TESTBED_DEAD_ROOT_HINTS='{os.path.join(st, 'root-hints-dead.txt')}'\n"
              + self.imap_env())
        # The lab's root (knot serves "." too), for a resolver that iterates instead of forwarding;
        # and one where nothing answers, as on a network that lets no DNS out.
        for name, address in (("root-hints.txt", infra["authoritative"]), ("root-hints-dead.txt",
                                                                          infra["dead_nameserver"])):
            write(os.path.join(st, name), f". 3600000 NS ns.test.\nns.test. 3600000 A {address}\n")
        write(os.path.join(st, "blackhole.txt"), "".join(a + "\n" for a in self.blackhole))
        write(os.path.join(st, "certs.tsv"), "".join(
            f"{h}\t{k}\t{t}\t{self.sans.get(h) or cert_san(h, k)}\n" for h, (k, t) in sorted(self.certs.items())))
        zones = served_zones(self.doc, self.bulk)
        write(os.path.join(st, "zones.tsv"), "".join(
            f"{z}\t{int(signed)}\n" for z, signed, _ in zones))
        write(os.path.join(st, "knot", "knot.conf"), self.knot_conf(auth_bind, zones))
        write(os.path.join(st, "unbound", "unbound.conf"),
              self.unbound_conf("unbound", self.infra["resolver"], "trust-anchor.txt"))
        write(os.path.join(st, "unbound-bogus", "unbound.conf"),
              self.unbound_conf("unbound-bogus", self.infra["bogus_resolver"], "bogus-anchor.txt"))
        write(os.path.join(st, "nginx", "nginx.conf"), self.nginx_conf())
        write(os.path.join(st, "socks", "danted.conf"), self.danted_conf())
        write(os.path.join(st, "postfix", "etc", "main.cf"), self.postfix_main())
        write(os.path.join(st, "postfix", "etc", "master.cf"), self.postfix_master())
        write(os.path.join(st, "dovecot", "dovecot.conf"), self.dovecot_conf())
        # Only dovecot's auth process reads it (testbed.sh gives it to group dovecot).
        write(os.path.join(st, "dovecot", "passwd"), f"{IMAP_USER}:{{PLAIN}}{self.imap_password}::::::\n", 0o640)
        write(os.path.join(st, "hostile.json"), json.dumps(self.hostile, indent=1), 0o600)
        write(os.path.join(st, "relay.json"),
              json.dumps({"delay_ms": self.latency / 2, "listeners": self.relays}, indent=1))

    def knot_conf(self, bind, zones):
        st = os.path.join(self.state, "knot")
        out = [f"""# Generated by gen.py: knot, authoritative for test. and every scenario zone.
server:
    rundir: "{st}"
    listen: {bind}@53
    udp-workers: 1
    tcp-workers: 1
    background-workers: 1
log:
  - target: "{st}/knot.log"
    any: info
database:
    storage: "{st}/db"
# Keys are made by keymgr before knot starts (so the DS records and the trust anchor are
# known up front); the policy never rolls them.
policy:
  - id: testbed
    algorithm: ecdsap256sha256
    single-type-signing: on
    ksk-lifetime: 0
    zsk-lifetime: 0
    nsec3: off
template:
  - id: default
    storage: "{st}/zones"
    file: "%s.zone"
    zonefile-sync: -1
    zonefile-load: whole
    journal-content: none
  - id: signed
    storage: "{st}/zones"
    file: "%s.zone"
    zonefile-sync: -1
    zonefile-load: whole
    journal-content: none
    dnssec-signing: on
    dnssec-policy: testbed
zone:
  - domain: .
    file: "{st}/zones/root.zone"
"""]
        for z, signed, _ in zones:
            out.append(f"  - domain: {z}")
            if signed:
                out.append("    template: signed")
        return "\n".join(out) + "\n"

    def unbound_conf(self, name, listen, anchor):
        d = os.path.join(self.state, name)
        return f"""# Generated by gen.py: validating resolver in front of knot.
server:
    interface: {listen}
    port: 53
    access-control: 0.0.0.0/0 allow
    access-control: ::/0 allow
    username: ""
    chroot: ""
    directory: "{d}"
    pidfile: "{d}/unbound.pid"
    logfile: "{d}/unbound.log"
    use-syslog: no
    verbosity: 1
    val-log-level: 2
    num-threads: 1
    do-ip6: no
    # knot is on a loopback address
    do-not-query-localhost: no
    module-config: "validator iterator"
    trust-anchor-file: "{os.path.join(self.state, anchor)}"
    # unbound serves test. itself (RFC 6761) unless told not to
    local-zone: "test." nodefault
    # the lame delegations must fail fast, not after minutes of back-off
    infra-host-ttl: 30
    val-bogus-ttl: 5
stub-zone:
    name: "test."
    stub-addr: {self.infra["authoritative"]}
remote-control:
    control-enable: yes
    control-interface: "{d}/unbound.ctl"
"""

    def nginx_conf(self):
        d = os.path.join(self.state, "nginx")
        temps = "\n".join(f"    {t}_temp_path {d}/tmp/{t};" for t in
                          ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        return f"""# Generated by gen.py: every mta-sts.<scenario>.test policy host.
# root: the state dir may sit below directories that www-data cannot search
user root;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log {d}/access.log;
{temps}
    server_tokens off;
    charset off;
    types {{ }}
    default_type text/plain;
    ssl_protocols TLSv1.2 TLSv1.3;
{"".join(self.nginx_servers)}
}}
"""

    def danted_conf(self):
        d = os.path.join(self.state, "socks")
        infra = self.infra
        return f"""# Generated by gen.py: the SOCKS5 proxy (dante), no authentication. It connects from its own
# addresses, which the observer-side conditions (testbed.sh condition) leave alone; the
# guard counts and drops what it would send out of the testbed, like anything else's.
logoutput: {d}/danted.log
internal: {infra["socks_proxy"]} port = {infra["socks_port"]}
external: {infra["socks_proxy"]}
external: {infra["socks_ipv6_source"]}
clientmethod: none
socksmethod: none
user.privileged: root
user.unprivileged: nobody
user.libwrap: nobody
client pass {{
    from: 127.0.0.0/8 to: 0.0.0.0/0
    log: error
}}
# Any destination (the guard stops what is not the testbed's, and counts it): CONNECT only.
socks pass {{
    from: 127.0.0.0/8 to: 0.0.0.0/0
    command: connect
    log: error
}}
socks pass {{
    from: 127.0.0.0/8 to: ::/0
    command: connect
    log: error
}}
"""

    def imap_env(self):
        self.imap_password = secrets.token_hex(12)  # a throwaway: new at every up
        return "".join(f"STS_TESTBED_IMAP_{k}='{v}'\n" for k, v in (
            ("HOST", IMAP_HOST), ("ADDRESS", IMAP_ADDRESS), ("PORT", IMAP_PORTS[0]),
            ("STARTTLS_PORT", IMAP_PORTS[1]), ("WRONG_NAME_HOST", IMAP_WRONG_NAME_HOST),
            ("USER", IMAP_USER), ("PASSWORD", self.imap_password)))

    def dovecot_conf(self):
        d = os.path.join(self.state, "dovecot")
        return f"""# Generated by gen.py: the IMAP server of report mail (mail/README.md). Started by
# testbed.sh with -c: no system configuration, no systemd. Maildir++ under the user's home.
base_dir = {d}/run
state_dir = {d}/lib
log_path = {d}/dovecot.log
protocols = imap
listen = {self.imap_bind}
shutdown_clients = yes
# required: no authentication at all without TLS (and LOGINDISABLED before STARTTLS).
ssl = required
ssl_cert = <{self.imap_cert}.chain.pem
ssl_key = <{self.imap_cert}.key
ssl_dh = </usr/share/dovecot/dh.pem
ssl_min_protocol = TLSv1.2
# No login before STARTTLS on 143: a client must not send the password in clear. Dovecot takes a
# connection from its own address as secure: testbed.sh makes clients connect from 127.0.0.1.
disable_plaintext_auth = yes
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={d}/home/%u
}}
mail_location = maildir:~/Maildir
# The mail belongs to the unprivileged system user dovecot (uid below the default 500).
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
# Tests connect side by side, all from 127.0.0.1 as one user (the default allows 10).
protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  inet_listener imap {{
    address = {self.imap_bind}
    port = {IMAP_PORTS[1]}
  }}
  inet_listener imaps {{
    address = {self.imap_bind}
    port = {IMAP_PORTS[0]}
    ssl = yes
  }}
}}
"""

    def postfix_main(self):
        d = os.path.join(self.state, "postfix")
        ifaces = ", ".join(f"[{a}]" if ":" in a else a for a, _ in self.smtp_listeners)
        return f"""# Generated by gen.py: one private postfix for every MX address.
compatibility_level = 3.6
queue_directory = {d}/spool
data_directory = {d}/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = {ifaces}
inet_protocols = all
myhostname = mx.testbed.test
mydestination =
relay_domains =
alias_maps =
alias_database =
local_recipient_maps =
biff = no
smtpd_banner = $myhostname ESMTP StsScope testbed
maillog_file_prefixes = {d}
maillog_file = {d}/maillog
smtpd_tls_loglevel = 1
smtpd_tls_security_level = may
# The weak-key MX (RSA-1024, SHA-1) cannot even be loaded at OpenSSL's default
# security level; this only lowers what the servers accept, never what clients check.
import_environment = MAIL_CONFIG MAIL_DEBUG MAIL_LOGTAG TZ LANG=C OPENSSL_CONF={d}/openssl-server.cnf
"""

    def postfix_master(self):
        # chroot (5th column) must be n: the spool has no copies of /etc and the libraries.
        out = ["# Generated by gen.py. service type private unpriv chroot wakeup maxproc command"]
        for addr, opts in self.smtp_listeners:
            out.append(f"{sockaddr(addr, 25)} inet n - n - - smtpd " + " ".join(f"-o {o}" for o in opts))
        out.append("""pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd""")
        return "\n".join(out) + "\n"


def txt(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rel(name, zone):
    """A name relative to $ORIGIN zone (or absolute if outside it)."""
    name = zone_of(name)
    if name == zone:
        return "@"
    if name.endswith("." + zone):
        return name[: -len(zone) - 1]
    return name


def der(args):
    return subprocess.run(["openssl"] + args + ["-outform", "DER"], check=True, capture_output=True).stdout


def next_key(state, host):
    """The spare ("next") key of HOST: made once, used by no server."""
    path = os.path.join(state, "certs", host + ".next.key")
    if not os.path.exists(path):
        subprocess.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-out", path], check=True, capture_output=True)
    return path


def tlsa_rdata(state, t):
    """RDATA of TLSA record T (setup.tlsa): "usage selector matching hex".

    Selector 0 takes the DER certificate, 1 (and any unassigned selector) the DER
    SubjectPublicKeyInfo; matching type 0 the data itself, 2 SHA-512, 1 (and any unassigned
    type) SHA-256. Usage is copied as given: unusable usages are the scenario's business."""
    usage, selector, matching = t.get("usage", 3), t.get("selector", 1), t.get("matching", 1)
    if "match_ca" in t:
        cert, key = os.path.join(state, "ca", t["match_ca"] + ".crt"), None
    elif "match_next_key" in t:
        cert, key = None, next_key(state, t["match_next_key"])
    else:
        cert = os.path.join(state, "certs", t["match_cert"] + ".crt")
        key = os.path.join(state, "certs", t["match_cert"] + ".key")
    if selector == 0:
        data = der(["x509", "-in", cert])
    elif key:
        data = der(["pkey", "-in", key, "-pubout"])
    else:
        data = spki_of_cert(cert)
    if matching == 0:
        digest = data.hex()
    elif matching == 2:
        digest = hashlib.sha512(data).hexdigest()
    else:
        digest = hashlib.sha256(data).hexdigest()
    return f"{usage} {selector} {matching} {digest}"


def spki_of_cert(cert):
    """DER SubjectPublicKeyInfo of the certificate in file CERT."""
    pem = subprocess.run(["openssl", "x509", "-in", cert, "-pubkey", "-noout"], check=True,
                         capture_output=True).stdout
    return subprocess.run(["openssl", "pkey", "-pubin", "-outform", "DER"], input=pem, check=True,
                          capture_output=True).stdout


def zone_head(zone):
    return [f"$ORIGIN {zone}", f"$TTL {TTL}", f"@ SOA {SOA}", "@ NS ns.test."]


def scenario_zone(s, state, delegated):
    """The zone files of scenario S: {zone: text}, its own zone and its child zones
    (setup.child_zones), each TLSA record in the zone that holds its name."""
    zone = zone_of(s["domain"])
    setup = s["setup"]
    files = {zone: zone_head(zone)}
    for c in setup.get("child_zones", []):
        files[zone_of(c["zone"])] = zone_head(zone_of(c["zone"]))
    out = files[zone]
    for t in setup.get("sts_txt", []):
        out.append(f"_mta-sts TXT {txt(t)}")
    for t in setup.get("tlsrpt_txt", []):
        out.append(f"_smtp._tls TXT {txt(t)}")
    p = s["policy"]
    if p.get("address") and not setup.get("cname_policy_host"):
        out.append(f"{rel(p['host'], zone)} A {p['address']}")
    for mx in all_mx(s):
        out.append(f"@ MX {mx['preference']} {zone_of(mx['host'])}")
        for a in mx["addresses"]:
            out.append(f"{rel(mx['host'], zone)} {'AAAA' if ':' in a else 'A'} {a}")
    for t in setup.get("tlsa", []):
        owner = "_25._tcp." + zone_of(t["host"])
        home = enclosing_zone(owner, files)
        files[home].append(f"{rel(owner, home)} TLSA {tlsa_rdata(state, t)}")
    out.extend(setup.get("records", []))
    for z, lines in files.items():
        lines.extend(delegated.get(z, []))
    return {z: "\n".join(lines) + "\n" for z, lines in files.items()}


def wrong_ds(line):
    """The RDATA of DS record LINE with its digest changed: same key tag, matches no key."""
    _owner, _rtype, tag, alg, dtype, digest = line.split()
    return f"{tag} {alg} {dtype} {int(digest, 16) ^ 1:0{len(digest)}x}"


def bulk_zone(doc, bulk):
    """The bulk domains, all in one zone: healthy.test's MX hosts and policy, own record names."""
    template = bulk_template(doc)
    setup = template["setup"]
    out = zone_head(BULK_ZONE)
    for i in range(bulk):
        name = rel(bulk_domain(i), BULK_ZONE)
        for t in setup.get("sts_txt", []):
            out.append(f"_mta-sts.{name} TXT {txt(t)}")
        for t in setup.get("tlsrpt_txt", []):
            out.append(f"_smtp._tls.{name} TXT {txt(t)}")
        out.append(f"mta-sts.{name} A {bulk_policy_address(i)}")
        for mx in template["mx"]:
            out.append(f"{name} MX {mx['preference']} {zone_of(mx['host'])}")
    return "\n".join(out) + "\n"


def delegations(doc, state, bulk=0):
    """{parent zone: [NS and DS lines]}: every served zone but test. is delegated from the
    deepest served zone above it (test., or a scenario's zone for its child zones)."""
    served = served_zones(doc, bulk)
    names = [z for z, _, _ in served]
    out = {}
    for z, signed, delegation in served[1:]:
        parent = enclosing_zone(z.split(".", 1)[1], names)
        label = rel(z, parent)
        lines = out.setdefault(parent, [])
        lines.append(f"{label} NS ns.test.")
        if not signed:
            continue  # insecure delegation: NSEC proves there is no DS
        for line in open(os.path.join(state, "dnssec", z + "ds"), encoding="utf-8"):
            # a DS that matches no key of the child: the zone validates as bogus
            lines.append(f"{label} DS " + (wrong_ds(line) if delegation == "bad-ds" else line.split(None, 2)[2].strip()))
    return out


def parent_zone(doc, delegated):
    infra = doc["infrastructure"]
    out = zone_head("test.")
    out.append(f"ns A {infra['authoritative']}")
    for host in (IMAP_HOST, IMAP_WRONG_NAME_HOST):
        out.append(f"{rel(host, 'test.')} A {IMAP_ADDRESS}")
    out.append(f"broken-ns A {infra['servfail_nameserver']}")
    out.extend(delegated.get("test.", []))
    for s in all_scenarios(doc):
        if s["setup"].get("delegation") == "lame":
            out.append(f"{rel(s['domain'], 'test.')} NS broken-ns.test.")
    return "\n".join(out) + "\n"


def zones(doc, state, bulk=0):
    # The wrong-anchor resolver's anchor: everything below test. validates as bogus there.
    with open(os.path.join(state, "trust-anchor.txt"), encoding="utf-8") as f:
        write(os.path.join(state, "bogus-anchor.txt"), f"test. DS {wrong_ds(f.readline())}\n")
    zdir = os.path.join(state, "knot", "zones")
    delegated = delegations(doc, state, bulk)
    write(os.path.join(zdir, "test.zone"), parent_zone(doc, delegated))
    # Unsigned: validation starts at the test. anchor, as it would at the root's on the internet.
    write(os.path.join(zdir, "root.zone"), "\n".join(zone_head(".") + [
        "test. NS ns.test.", f"ns.test. A {doc['infrastructure']['authoritative']}"]) + "\n")
    if bulk:
        write(os.path.join(zdir, BULK_ZONE + "zone"), bulk_zone(doc, bulk))
    for name, records in doc["infrastructure"]["helper_zones"].items():
        zone = zone_of(name)
        write(os.path.join(zdir, zone + "zone"), "\n".join(zone_head(zone) + records) + "\n")
    for s in all_scenarios(doc):
        if s["setup"].get("delegation", "ok") in ("ok", "bad-ds"):
            for zone, text in scenario_zone(s, state, delegated).items():
                write(os.path.join(zdir, zone + "zone"), text)


def main(argv):
    if len(argv) in (6, 7) and argv[1] == "config":
        Config(load(argv[2]), argv[3], int(argv[4]), int(argv[5]), int((argv[6:] or [0])[0])).build()
    elif len(argv) in (4, 5) and argv[1] == "zones":
        zones(load(argv[2]), argv[3], int((argv[4:] or [0])[0]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
