#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The StsScope testbed: real DNS (knot + unbound), HTTPS (nginx), SMTP (postfix), IMAP (dovecot)
# servers, plus a hostile server and a delaying relay of its own, on 127.x/fd00:5753::
# addresses inside a network namespace. See README.md.
#
#   testbed.sh up [--latency MS] [--bulk N]
#                                  start (first tearing down any earlier testbed); --bulk adds
#                                  N healthy domains b0001.bulk.test... for load tests
#   testbed.sh down                stop everything, delete the namespace and the state
#   testbed.sh status              what runs, where the CA bundle and trust anchor are
#   testbed.sh scenarios           one line per scenario: domain, expected verdict
#   testbed.sh exec CMD...         run CMD inside the namespace (resolving through the testbed)
#   testbed.sh blackhole ADDR      drop every packet to ADDR (connects hang)
#   testbed.sh unblackhole ADDR    undo that
#   testbed.sh condition [NAME on|off]
#                                  observer-side network conditions (smtp-blocked, no-ipv6, or
#                                  all): what the machine running a check cannot reach; alone:
#                                  list the ones that are on
#   testbed.sh guard-count [--addresses]
#                                  packets the guard dropped on their way out of the testbed
#                                  (with --addresses: also where to, on stderr)
#   testbed.sh guard-reset         set that count to 0 and forget the addresses
#   testbed.sh imap-fill FOLDER N  append N report messages to FOLDER of the IMAP server (created
#                                  if missing); prints their report ids (mail/README.md)
#   testbed.sh imap-uidvalidity FOLDER
#                                  give FOLDER a new UIDVALIDITY (same messages); prints it
#   testbed.sh imap-stop           stop the IMAP server (dovecot); imap-start starts it again
#   testbed.sh mutate watch-policy|watch-mx|watch-cert
#                                  change the scenario watch.test while it runs (the watch test):
#                                  its policy text without a new id, an MX the policy does not
#                                  cover, mx1's certificate for one expiring in 3 days
#   testbed.sh restore             undo every mutate
#
# Environment: STS_TESTBED_NS (default stsscope-tb), STS_TESTBED_DIR (default
# /tmp/stsscope-testbed), STS_TESTBED_SLOW_POLICY_S (30), STS_TESTBED_BULK (--bulk's
# default, 0). Exit 77: cannot run here (not root, or no network namespaces) -- CTest
# reports that as skipped.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NS=${STS_TESTBED_NS:-stsscope-tb}
STATE=${STS_TESTBED_DIR:-/tmp/stsscope-testbed}
SLOW_POLICY_S=${STS_TESTBED_SLOW_POLICY_S:-30}
BULK=${STS_TESTBED_BULK:-0}
SCENARIOS=$HERE/scenarios.json
# Debian's interpreter, not whatever a version manager puts first on PATH.
PY=/usr/bin/python3
MARKER=.stsscope-testbed
SKIP=77
NEEDED=(knotd knotc keymgr kdig unbound nginx postfix posttls-finger dig curl openssl ip nft jq danted dovecot doveadm)
# The observer-side conditions (testbed.sh condition NAME on|off).
CONDITIONS=(smtp-blocked no-ipv6)
# IPv6: the addresses clients reach (fd00:5753::/64), the relay's twins behind them
# (fd00:5753:1::/64); the guard lets both through, as the whole /32.
V6_PUBLIC=fd00:5753::/64
V6_TESTBED=fd00:5753::/32
V4_TWINS=127.11.0.0/16
V6_TWINS=fd00:5753:1::/64
# ip -6 rule preferences: the no-ipv6 condition's rules come before the local table's.
RULE_PREF_LOCAL=1000
RULE_PREFS_NO_IPV6=(571 572 573)

# shellcheck source=ca.sh
. "$HERE/ca.sh"

log() { echo "testbed: $*" >&2; }
die() {
    log "$*"
    exit 1
}
nsexec() { ip netns exec "$NS" "$@"; }
ns_exists() { [[ -e /run/netns/$NS ]]; }

# skip REASON: this machine cannot run the testbed; say so where verify.sh finds it.
skip() {
    log "skipped: $*"
    if mkdir -p "$STATE" 2>/dev/null; then
        echo "$*" >"$STATE/SKIPPED" 2>/dev/null || true
    fi
    exit "$SKIP"
}

missing_tools() {
    local t
    for t in "${NEEDED[@]}"; do
        command -v "$t" >/dev/null || PATH=$PATH:/usr/sbin:/sbin command -v "$t" >/dev/null || echo "$t"
    done
    [[ -x $PY ]] || echo "$PY"
}

preflight() {
    [[ $EUID -eq 0 ]] || skip "needs root (ip netns, ports 25/53/443)"
    if [[ -n $(missing_tools) ]]; then
        log "installing missing packages"
        "$HERE/install-deps.sh" >&2 || die "install-deps.sh failed"
        [[ -z $(missing_tools) ]] || die "still missing: $(missing_tools | xargs)"
    fi
}

# The state dir is deleted on down: only ever delete one that we made.
guard_state() {
    if [[ -d $STATE && ! -e $STATE/$MARKER && -n $(ls -A "$STATE") ]]; then
        [[ $(ls -A "$STATE") == SKIPPED ]] && return
        die "$STATE exists and is not a testbed state directory; refusing to touch it"
    fi
}

gen() { "$PY" "$HERE/gen.py" "$@"; }

make_certs() {
    mkdir -p "$STATE/certs"
    ca_init "$STATE/ca"
    cp "$STATE/ca/root.crt" "$STATE/ca.pem"
    cp "$STATE/ca/intermediate.crt" "$STATE/intermediate.pem"
    # A few hundred short openssl runs: keep every core busy.
    # shellcheck disable=SC2016 # expanded by the inner bash
    tr '\t' '\n' <"$STATE/certs.tsv" |
        xargs -d '\n' -n 4 -P "$((2 * $(nproc)))" bash -ec '. "$0" && ca_leaf "$1" "$2/$3" "$4" "$5" "$6"' \
            "$HERE/ca.sh" "$STATE/ca" "$STATE/certs" ||
        die "making certificates failed (see $STATE/certs/*.log)"
}

# Keys are made before knot starts so that the DS records of every child zone and the
# trust anchor of test. are known before the zone files are written.
make_dnssec_keys() {
    local conf=$STATE/knot/knot.conf zone signed
    mkdir -p "$STATE/dnssec" "$STATE/knot/db" "$STATE/knot/zones"
    while IFS=$'\t' read -r zone signed; do
        [[ $signed == 1 ]] || continue
        keymgr -c "$conf" "$zone" generate algorithm=ecdsap256sha256 ksk=yes zsk=yes >/dev/null
        keymgr -c "$conf" "$zone" ds | awk '$5 == 2' >"$STATE/dnssec/${zone}ds"
    done <"$STATE/zones.tsv"
    cp "$STATE/dnssec/test.ds" "$STATE/trust-anchor.txt"
    keymgr -c "$conf" test. dnskey >"$STATE/trust-anchor-dnskey.txt"
}

setup_namespace() {
    local a
    ip netns add "$NS" 2>/dev/null || skip "cannot create network namespace $NS"
    nsexec ip link set lo up
    nsexec sysctl -qw net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.lo.disable_ipv6=0 ||
        log "warning: no IPv6 in the namespace"
    # Every host on its own address of lo, really there: postfix binds nothing else.
    while read -r a; do
        if [[ $a == *:* ]]; then
            echo "address add $a/128 dev lo nodad"
        else
            echo "address add $a/32 dev lo"
        fi
    done <"$STATE/addresses.txt" | nsexec ip -batch -
    # Drop in the input hook: a drop on output would fail connect() at once with EPERM.
    nsexec nft -f - <<'EOF'
table inet stsscope {
    set blackhole4 { type ipv4_addr; }
    set blackhole6 { type ipv6_addr; }
    chain input {
        type filter hook input priority 0; policy accept;
        ip daddr @blackhole4 drop
        ip6 daddr @blackhole6 drop
    }
}
EOF
    while read -r a; do
        blackhole_set add "$a"
    done <"$STATE/blackhole.txt"
    setup_proxy_source
    setup_guard
    # The local table's rule after the places of the no-ipv6 condition's (added first: never a gap).
    nsexec ip -6 rule add pref "$RULE_PREF_LOCAL" lookup local
    nsexec ip -6 rule del pref 0 lookup local
    mkdir -p "/etc/netns/$NS"
    # trust-ad: without it glibc strips the AD bit from the resolver's answers.
    printf 'nameserver %s\noptions trust-ad\n' "$STS_TESTBED_RESOLVER" >"/etc/netns/$NS/resolv.conf"
}

# The SOCKS proxy connects from its own IPv4 and IPv6 address (danted.conf: external), which the
# conditions exempt. The IPv6 one is deprecated so that no other program takes it as its source
# address by itself; a socket bound to it explicitly (dante) still works.
setup_proxy_source() {
    local a
    for a in $STS_TESTBED_SOCKS_SOURCES; do
        [[ $a == *:* ]] || continue
        nsexec ip addr change "$a/128" dev lo nodad preferred_lft 0
    done
}

# The guard: every packet to an address outside 127/8, ::1 and the testbed's fd00:5753::/32 is
# dropped and counted, and its destination kept, so that a test can show that nothing tried to
# reach anything else. The namespace has no route out, so without default routes connect() to
# such an address would fail before any packet existed; through lo there is a packet to count.
# Dropped on output, such a TCP connect hangs (a UDP send fails at once).
setup_guard() {
    nsexec ip route add default dev lo
    nsexec ip -6 route add default dev lo
    nsexec nft -f - <<EOF
table inet stsscope_guard {
    counter outside { }
    set outside4 { type ipv4_addr; flags dynamic; size 65535; }
    set outside6 { type ipv6_addr; flags dynamic; size 65535; }
    chain output {
        type filter hook output priority -100; policy accept;
        ip daddr 127.0.0.0/8 accept
        ip6 daddr { ::1, $V6_TESTBED } accept
        meta nfproto ipv4 add @outside4 { ip daddr } counter name outside drop
        meta nfproto ipv6 add @outside6 { ip6 daddr } counter name outside drop
    }
}
EOF
}

guard_count() {
    nsexec nft list counter inet stsscope_guard outside | awk '$1 == "packets" { print $2 }'
}

# guard_addresses: where the dropped packets were going, one address a line.
guard_addresses() {
    local set
    for set in outside4 outside6; do
        nsexec nft -j list set inet stsscope_guard "$set" |
            jq -r '.nftables[] | .set? // empty | .elem // [] | .[] | if type == "object" then .elem.val else . end'
    done
}

# ---------------------------------------------------------------- observer-side conditions
# Each condition is what the machine running a check may suffer and a mail server does not: the
# check must then say "inconclusive", never blame the domain. They are namespace-wide, so they
# hit every client in it, except the SOCKS proxy (known by its source addresses), through which
# a check sees what a mail server would. Both are idempotent; down removes them with the namespace.

condition_on() {
    local src4 src6 a
    for a in $STS_TESTBED_SOCKS_SOURCES; do
        if [[ $a == *:* ]]; then src6=$a; else src4=$a; fi
    done
    case $1 in
        smtp-blocked)
            # Dropped when the SYN arrives (input): connects hang, as behind an ISP's port-25 block.
            # The proxy's connections pass, and so do the relay's to the servers' twin addresses
            # (up --latency) -- clients only ever connect to the relay.
            nsexec nft -f - <<EOF
table inet stsscope_smtp_blocked
delete table inet stsscope_smtp_blocked
table inet stsscope_smtp_blocked {
    chain input {
        type filter hook input priority 0; policy accept;
        ip saddr $src4 accept
        ip6 saddr $src6 accept
        ip daddr $V4_TWINS accept
        ip6 daddr $V6_TWINS accept
        tcp dport 25 drop
    }
}
EOF
            ;;
        no-ipv6)
            # Routing, not a firewall rule: connect() fails at once with ENETUNREACH, as on a host
            # without an IPv6 route (an ICMP reject would arrive while connect() holds the socket
            # and only count on the retransmission, a second later). Everything the testbed
            # serves on IPv6 is in $V6_PUBLIC; the proxy's own connections, and the answers to
            # them, still find the local table.
            condition_off no-ipv6
            nsexec ip -6 rule add pref "${RULE_PREFS_NO_IPV6[0]}" from "$src6" lookup local
            nsexec ip -6 rule add pref "${RULE_PREFS_NO_IPV6[1]}" to "$src6" lookup local
            nsexec ip -6 rule add pref "${RULE_PREFS_NO_IPV6[2]}" to "$V6_PUBLIC" unreachable
            ;;
    esac
}

condition_off() {
    local pref
    case $1 in
        smtp-blocked)
            nsexec nft -f - <<<$'table inet stsscope_smtp_blocked\ndelete table inet stsscope_smtp_blocked'
            ;;
        no-ipv6)
            for pref in "${RULE_PREFS_NO_IPV6[@]}"; do
                while nsexec ip -6 rule del pref "$pref" 2>/dev/null; do :; done
            done
            ;;
    esac
}

condition_is_on() {
    case $1 in
        smtp-blocked) nsexec nft list table inet stsscope_smtp_blocked >/dev/null 2>&1 ;;
        no-ipv6) [[ -n $(nsexec ip -6 rule show pref "${RULE_PREFS_NO_IPV6[2]}") ]] ;;
    esac
}

cmd_condition() {
    local name=${1:-} state=${2:-} c
    [[ $EUID -eq 0 ]] || die "needs root"
    if ! ns_exists || [[ ! -e $STATE/infra.env ]]; then die "the testbed is not up"; fi
    # shellcheck source=/dev/null
    . "$STATE/infra.env"
    if (($# == 0)); then
        for c in "${CONDITIONS[@]}"; do
            if condition_is_on "$c"; then echo "$c"; fi
        done
        return 0
    fi
    [[ $# -eq 2 && $state =~ ^(on|off)$ ]] || die "usage: testbed.sh condition [NAME on|off]"
    if [[ $name == all ]]; then
        for c in "${CONDITIONS[@]}"; do "condition_$state" "$c"; done
        return 0
    fi
    [[ " ${CONDITIONS[*]} " == *" $name "* ]] || die "no condition '$name' (${CONDITIONS[*]}, all)"
    "condition_$state" "$name"
}

blackhole_set() {
    local op=$1 a=$2 set=blackhole4
    [[ $a == *:* ]] && set=blackhole6
    nsexec nft "$op" element inet stsscope "$set" "{ $a }"
}

# start NAME CMD...: run CMD (a server that daemonizes itself) in the namespace.
start() {
    local name=$1 log=$STATE/logs/$1.log
    shift
    nsexec "$@" </dev/null >>"$log" 2>&1 || die "$name did not start: $(tail -n 5 "$log")"
}

# daemon NAME CMD...: start CMD in the namespace, detached, its output in NAME.log.
daemon() {
    local name=$1
    shift
    nsexec setsid "$@" </dev/null >>"$STATE/logs/$name.log" 2>&1 &
    disown
}

start_servers() {
    local latency=$1
    mkdir -p "$STATE/logs" "$STATE/nginx/tmp" "$STATE/postfix/spool" "$STATE/postfix/data"
    chown postfix: "$STATE/postfix/data"
    printf 'openssl_conf = conf\n[conf]\nssl_conf = ssl\n[ssl]\nsystem_default = sys\n[sys]\nCipherString = DEFAULT:@SECLEVEL=0\n' \
        >"$STATE/postfix/openssl-server.cnf"
    start knot knotd -d -c "$STATE/knot/knot.conf"
    start unbound unbound -c "$STATE/unbound/unbound.conf"
    start unbound-bogus unbound -c "$STATE/unbound-bogus/unbound.conf"
    start nginx nginx -p "$STATE/nginx" -c "$STATE/nginx/nginx.conf" -e "$STATE/nginx/error.log"
    start postfix postfix -c "$STATE/postfix/etc" start
    daemon hostile "$PY" "$HERE/hostile.py" "$STATE/hostile.json" "$STATE/hostile.pid"
    daemon dnsstrip "$PY" "$HERE/dnsstrip.py" "$STS_TESTBED_STRIPPING_RESOLVER" "$STS_TESTBED_RESOLVER" \
        "$STATE/dnsstrip.pid"
    start socks danted -D -f "$STATE/socks/danted.conf" -p "$STATE/socks/danted.pid"
    if ((latency > 0)); then
        daemon relay "$PY" "$HERE/relay.py" "$STATE/relay.json" "$STATE/relay.pid"
    fi
    start_imap
}

# ---------------------------------------------------------------- the IMAP server (dovecot)
# Report mail for the mailbox fetcher (mail/README.md): the corpus in INBOX and TLS-RPT, the same
# as a plain Maildir in $STATE/maildir. The mail belongs to the system user dovecot.
IMAP_HOME=home/tlsrpt
IMAP_USER=tlsrpt

prepare_imap() {
    local d=$STATE/dovecot
    "$PY" "$HERE/mail/corpus.py" maildir "$STATE/maildir"
    mkdir -p "$d/$IMAP_HOME" "$d/run" "$d/lib"
    cp -a "$STATE/maildir" "$d/$IMAP_HOME/Maildir"
    chown -R dovecot:dovecot "$d/$IMAP_HOME"
    chgrp dovecot "$d/passwd"
    echo 1 >"$d/fill-next"
}

start_imap() {
    local a
    # Dovecot takes a client on its own address as secure (plaintext login before STARTTLS): so
    # clients of its addresses (the public one, and the relay's twin) connect from 127.0.0.1.
    for a in $(awk '$1 == "listen" { print $3 }' "$STATE/dovecot/dovecot.conf") "$STS_TESTBED_IMAP_ADDRESS"; do
        nsexec ip route replace table local local "$a" dev lo proto kernel scope host src 127.0.0.1
    done
    start dovecot dovecot -c "$STATE/dovecot/dovecot.conf"
}

imap_listens() {
    # shellcheck disable=SC2016 # expanded by the inner bash
    nsexec timeout 1 bash -c 'exec 3<>"/dev/tcp/$1/993" && exec 4<>"/dev/tcp/$1/143"' _ "$STS_TESTBED_IMAP_ADDRESS"
}

doveadm() {
    nsexec doveadm -c "$STATE/dovecot/dovecot.conf" "$@"
}

imap_ready() {
    [[ $EUID -eq 0 ]] || die "needs root"
    if ! ns_exists || [[ ! -e $STATE/env ]]; then die "the testbed is not up"; fi
    # shellcheck source=/dev/null
    . "$STATE/env"
}

# imap_folder NAME: NAME checked (Maildir++ folder names without the separator), or die.
imap_folder() {
    [[ $1 =~ ^[A-Za-z0-9_-]+$ ]] || die "folder names are letters, digits, _ and - (not '$1')"
    echo "$1"
}

cmd_imap_fill() {
    local folder count first dir
    [[ $# -eq 2 && $2 =~ ^[0-9]+$ ]] || die "usage: testbed.sh imap-fill FOLDER N"
    imap_ready
    folder=$(imap_folder "$1")
    count=$2
    dir=$STATE/dovecot/$IMAP_HOME/Maildir
    if [[ $folder != INBOX ]]; then
        doveadm mailbox status -u "$IMAP_USER" messages "$folder" >/dev/null 2>&1 ||
            doveadm mailbox create -u "$IMAP_USER" "$folder"
        dir=$dir/.$folder
    fi
    # One filler at a time: the report ids count on across calls.
    exec 9>"$STATE/dovecot/fill.lock"
    flock 9
    read -r first <"$STATE/dovecot/fill-next"
    echo $((first + count)) >"$STATE/dovecot/fill-next"
    runuser -u dovecot -- "$PY" "$HERE/mail/corpus.py" fill "$dir" "$count" "$first"
    # UIDs now, not at the client's first SELECT.
    doveadm force-resync -u "$IMAP_USER" "$folder"
}

cmd_imap_uidvalidity() {
    local folder old new
    [[ $# -eq 1 ]] || die "usage: testbed.sh imap-uidvalidity FOLDER"
    imap_ready
    folder=$(imap_folder "$1")
    old=$(doveadm -f flow mailbox status -u "$IMAP_USER" uidvalidity "$folder") || die "no folder $folder"
    old=${old##*=}
    new=$((old + 1))
    doveadm mailbox update -u "$IMAP_USER" --uid-validity "$new" "$folder"
    echo "$new"
}

cmd_imap_stop() {
    imap_ready
    nsexec dovecot -c "$STATE/dovecot/dovecot.conf" stop 2>/dev/null || true
    # shellcheck disable=SC2016 # expanded by the inner bash
    wait_for 15 "dovecot to stop" bash -c '! kill -0 "$(cat "$1")" 2>/dev/null' _ "$STATE/dovecot/run/master.pid"
}

cmd_imap_start() {
    imap_ready
    pid_alive "$STATE/dovecot/run/master.pid" && return 0
    start_imap
    wait_for 15 "dovecot" imap_listens
}

# wait_for SECONDS DESCRIPTION CMD...: poll until CMD succeeds.
wait_for() {
    local deadline=$((SECONDS + $1)) what=$2
    shift 2
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || die "timed out waiting for $what (logs in $STATE/logs)"
        sleep 0.2
    done
}

zones_signed() {
    local want
    want=$(awk '$2 == 1' "$STATE/zones.tsv" | wc -l)
    [[ $(nsexec knotc -c "$STATE/knot/knot.conf" zone-status 2>/dev/null | grep -c 're-sign') -ge $want ]]
}

socks_listens() {
    # shellcheck disable=SC2016 # expanded by the inner bash
    nsexec timeout 1 bash -c 'exec 3<>"/dev/tcp/${1%:*}/${1##*:}"' _ "$STS_TESTBED_SOCKS"
}

resolver_validates() {
    nsexec dig +time=1 +tries=1 @"$STS_TESTBED_RESOLVER" test. SOA | grep -q 'flags:.* ad'
}

wait_ready() {
    local latency=$1
    wait_for 30 "knot to load and sign the zones" zones_signed
    wait_for 30 "the validating resolver" resolver_validates
    wait_for 15 "the hostile server" test -s "$STATE/hostile.pid"
    wait_for 15 "the stripping resolver" test -s "$STATE/dnsstrip.pid"
    wait_for 15 "the SOCKS proxy" socks_listens
    if ((latency > 0)); then
        wait_for 15 "the relay" test -s "$STATE/relay.pid"
    fi
    wait_for 15 "postfix" test -s "$STATE/postfix/spool/pid/master.pid"
    wait_for 15 "nginx" test -s "$STATE/nginx/nginx.pid"
    wait_for 15 "dovecot" imap_listens
}

write_env() {
    local latency=$1 bulk_list=''
    if ((BULK > 0)); then bulk_list=$STATE/bulk-domains.txt; fi
    cat >"$STATE/env" <<EOF
# Generated by testbed.sh up. Source it: . "\$STS_TESTBED_DIR/env"
STS_TESTBED_NS='$NS'
STS_TESTBED_DIR='$STATE'
$(cat "$STATE/infra.env")
STS_TESTBED_CA='$STATE/ca.pem'
STS_TESTBED_TRUST_ANCHOR='$STATE/trust-anchor.txt'
STS_TESTBED_TRUST_ANCHOR_DNSKEY='$STATE/trust-anchor-dnskey.txt'
STS_TESTBED_SCENARIOS='$SCENARIOS'
STS_TESTBED_LATENCY_MS='$latency'
STS_TESTBED_SLOW_POLICY_S='$SLOW_POLICY_S'
STS_TESTBED_BULK='$BULK'
STS_TESTBED_BULK_DOMAINS='$bulk_list'
STS_TESTBED_IMAP_EXPECTED='$STATE/maildir/expected.json'
STS_TESTBED_MAILDIR='$STATE/maildir'
EOF
}

cmd_up() {
    local latency=0 start=$SECONDS
    while (($#)); do
        case $1 in
            --latency)
                [[ ${2:-} =~ ^[0-9]+$ ]] || die "--latency needs milliseconds"
                latency=$2
                shift 2
                ;;
            --bulk)
                [[ ${2:-} =~ ^[0-9]+$ ]] || die "--bulk needs a number of domains"
                BULK=$2
                shift 2
                ;;
            *) die "up: unknown option $1" ;;
        esac
    done
    preflight
    cmd_down
    # Say where a half-done up stopped; `down` cleans up after it.
    set -E
    trap 'log "up failed at line $LINENO: $BASH_COMMAND; logs in $STATE/logs; run \"$0 down\""' ERR
    mkdir -p "$STATE"
    touch "$STATE/$MARKER"
    # postfix's and dovecot's daemons run as their users and must reach their files in the state dir
    local user
    for user in postfix dovecot; do
        runuser -u "$user" -- test -x "$STATE" ||
            die "user $user cannot reach $STATE (a parent directory is not searchable); choose another STS_TESTBED_DIR"
    done
    gen config "$SCENARIOS" "$STATE" "$latency" "$SLOW_POLICY_S" "$BULK"
    # shellcheck source=/dev/null
    . "$STATE/infra.env"
    # Keys, certificates and the report mail do not depend on each other: make them side by side.
    make_dnssec_keys &
    local keys=$!
    prepare_imap &
    local mail=$!
    make_certs
    wait "$keys" || die "making the DNSSEC keys failed"
    wait "$mail" || die "writing the report mail for the IMAP server failed"
    gen zones "$SCENARIOS" "$STATE" "$BULK"
    log "$((SECONDS - start)) s: certificates, keys and zones made"
    setup_namespace
    start_servers "$latency"
    wait_ready "$latency"
    write_env "$latency"
    log "up in $((SECONDS - start)) s: $(grep -c . "$STATE/addresses.txt") addresses, latency ${latency} ms, $BULK bulk domains"
    log "env: $STATE/env   CA: $STATE/ca.pem   trust anchor: $STATE/trust-anchor.txt"
}

# ---------------------------------------------------------------- watch.test, changed at run time
# What a watched domain goes through, made to happen between two checks: the policy file nginx
# serves is rewritten, the zone is changed in knot (a transaction, signed again by knot), mx1's
# certificate is replaced and postfix reloaded. What was there before is kept in watch-saved/.
WATCH_ZONE=watch.test
WATCH_MX=127.10.58.11

watch_saved() { echo "$STATE/watch-saved"; }
watch_knotc() { knotc -c "$STATE/knot/knot.conf" "$@" >/dev/null; }

# The resolvers forget what they hold of watch.test, so that the next check sees the change.
watch_flush() {
    local name
    for name in unbound unbound-bogus; do
        unbound-control -c "$STATE/$name/unbound.conf" flush_zone "$WATCH_ZONE" >/dev/null
    done
}

# watch_serves_cert FILE: mx1.watch.test presents the certificate in FILE.
watch_serves_cert() {
    local want got
    want=$(openssl x509 -in "$1" -noout -fingerprint -sha256)
    got=$(nsexec timeout 5 openssl s_client -connect "$WATCH_MX:25" -starttls smtp -servername mx1.watch.test \
        </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256)
    [[ $got == "$want" ]]
}

watch_reload_postfix() {
    nsexec postfix -c "$STATE/postfix/etc" reload >>"$STATE/logs/postfix.log" 2>&1
    wait_for 20 "postfix serving the new certificate of mx1.watch.test" watch_serves_cert "$1"
}

cmd_mutate() {
    [[ $EUID -eq 0 ]] || die "needs root"
    ns_exists || die "the testbed is not up"
    local saved policy cert
    saved=$(watch_saved)
    policy=$STATE/www/$WATCH_ZONE/.well-known/mta-sts.txt
    cert=$STATE/certs/mx1.$WATCH_ZONE
    mkdir -p "$saved"
    case ${1:-} in
        watch-policy) # a new mx line; the id in _mta-sts stays
            [[ -e $saved/mta-sts.txt ]] || cp -p "$policy" "$saved/mta-sts.txt"
            printf 'version: STSv1\r\nmode: enforce\r\nmx: mx1.watch.test\r\nmx: backup.watch.test\r\nmax_age: 604800\r\n' \
                >"$policy"
            ;;
        watch-mx) # mx2, not covered by the policy; it answers with mx1's server
            if [[ ! -e $saved/mx ]]; then
                watch_knotc zone-begin "$WATCH_ZONE"
                watch_knotc zone-set "$WATCH_ZONE" @ 300 MX 20 "mx2.$WATCH_ZONE."
                watch_knotc zone-set "$WATCH_ZONE" mx2 300 A "$WATCH_MX"
                watch_knotc zone-commit "$WATCH_ZONE"
                touch "$saved/mx"
            fi
            ;;
        watch-cert) # valid, but for 3 days only: less than the policy's max_age of 7 days
            if [[ ! -e $saved/mx1.key ]]; then
                cp -p "$cert.key" "$saved/mx1.key"
                cp -p "$cert.chain.pem" "$saved/mx1.chain.pem"
            fi
            (ca_leaf "$STATE/ca" "$saved/short" short ec "mx1.$WATCH_ZONE") || die "making the short certificate failed"
            cp "$saved/short.key" "$cert.key"
            cp "$saved/short.chain.pem" "$cert.chain.pem"
            watch_reload_postfix "$saved/short.crt"
            ;;
        *) die "usage: testbed.sh mutate watch-policy|watch-mx|watch-cert" ;;
    esac
    watch_flush
}

cmd_restore() {
    [[ $EUID -eq 0 ]] || die "needs root"
    ns_exists || die "the testbed is not up"
    local saved cert
    saved=$(watch_saved)
    cert=$STATE/certs/mx1.$WATCH_ZONE
    [[ -d $saved ]] || return 0
    if [[ -e $saved/mta-sts.txt ]]; then
        cp -p "$saved/mta-sts.txt" "$STATE/www/$WATCH_ZONE/.well-known/mta-sts.txt"
    fi
    if [[ -e $saved/mx ]]; then
        watch_knotc zone-begin "$WATCH_ZONE"
        watch_knotc zone-unset "$WATCH_ZONE" @ MX 20 "mx2.$WATCH_ZONE."
        watch_knotc zone-unset "$WATCH_ZONE" mx2
        watch_knotc zone-commit "$WATCH_ZONE"
    fi
    if [[ -e $saved/mx1.key ]]; then
        cp -p "$saved/mx1.key" "$cert.key"
        cp -p "$saved/mx1.chain.pem" "$cert.chain.pem"
        openssl x509 -in "$saved/mx1.chain.pem" >"$saved/mx1.crt"
        watch_reload_postfix "$saved/mx1.crt"
    fi
    rm -rf "$saved"
    watch_flush
}

kill_namespace_processes() {
    local pids i
    for i in $(seq 50); do
        pids=$(ip netns pids "$NS" 2>/dev/null || true)
        [[ -n $pids ]] || return 0
        # TERM first (servers clean up), KILL what is left after 3 s.
        # shellcheck disable=SC2086
        if ((i < 30)); then kill $pids 2>/dev/null || true; else kill -9 $pids 2>/dev/null || true; fi
        sleep 0.1
    done
    log "warning: processes left in $NS: $(ip netns pids "$NS" | xargs)"
}

cmd_down() {
    local n
    [[ $EUID -eq 0 ]] || skip "needs root"
    guard_state
    if ns_exists; then
        # Say whether anything tried to leave the testbed, before the evidence is gone.
        n=$(guard_count 2>/dev/null) || true
        if [[ ${n:-0} != 0 ]]; then
            log "the guard dropped $n packets to $(guard_addresses 2>/dev/null | xargs)"
        fi
        kill_namespace_processes
        ip netns delete "$NS"
    fi
    rm -rf "/etc/netns/$NS"
    rm -rf "$STATE"
}

# pid_alive FILE: the process in pid file FILE runs (postfix pads its pid with blanks).
pid_alive() {
    local pid
    [[ -s $1 ]] || return 1
    read -r pid <"$1" || true # knot writes no newline
    kill -0 "$pid" 2>/dev/null
}

cmd_status() {
    local name file up=0
    if ! ns_exists || [[ ! -e $STATE/env ]]; then
        echo "testbed: down (namespace $NS, state $STATE)"
        return 3
    fi
    echo "namespace:    $NS"
    echo "state:        $STATE"
    echo "CA bundle:    $STATE/ca.pem"
    echo "trust anchor: $STATE/trust-anchor.txt"
    echo "env file:     $STATE/env"
    # shellcheck source=/dev/null
    . "$STATE/env"
    echo "resolver:     $STS_TESTBED_RESOLVER (validating), $STS_TESTBED_BOGUS_RESOLVER (wrong trust anchor)," \
        "$STS_TESTBED_STRIPPING_RESOLVER (strips DNSSEC)"
    echo "SOCKS proxy:  $STS_TESTBED_SOCKS (exempt from the conditions)"
    echo "name servers: $STS_TESTBED_AUTHORITATIVE (knot), $STS_TESTBED_SERVFAIL_NAMESERVER (answers SERVFAIL)," \
        "$STS_TESTBED_DEAD_NAMESERVER (black hole)"
    echo "IMAP:         $STS_TESTBED_IMAP_HOST ($STS_TESTBED_IMAP_ADDRESS) 993 TLS, 143 STARTTLS; user $STS_TESTBED_IMAP_USER"
    echo "latency:      $STS_TESTBED_LATENCY_MS ms added round trip"
    echo "conditions:   $(cmd_condition | xargs | sed 's/^$/none/')"
    echo "guard:        $(guard_count) packets dropped on their way out of the testbed"
    for name in knot:knot/knot.pid unbound:unbound/unbound.pid unbound-bogus:unbound-bogus/unbound.pid \
        nginx:nginx/nginx.pid postfix:postfix/spool/pid/master.pid hostile:hostile.pid dnsstrip:dnsstrip.pid \
        socks:socks/danted.pid relay:relay.pid dovecot:dovecot/run/master.pid; do
        file=$STATE/${name#*:}
        if pid_alive "$file"; then
            printf '%-14s running (pid %s)\n' "${name%%:*}" "$(xargs <"$file")"
        elif [[ ${name%%:*} == relay ]]; then
            printf '%-14s not used\n' relay
        else
            printf '%-14s STOPPED\n' "${name%%:*}"
            up=1
        fi
    done
    return "$up"
}

cmd_scenarios() {
    "$PY" -c 'import json, sys
print("\n".join("%-30s %s" % (s["domain"], s["verdict"]) for s in json.load(open(sys.argv[1]))["scenarios"]))' "$SCENARIOS"
}

cmd_exec() {
    [[ $EUID -eq 0 ]] || die "needs root"
    ns_exists || die "the testbed is not up"
    # Tools trust the testbed CA (the environment points them at the system store).
    nsexec env SSL_CERT_FILE="$STATE/ca.pem" CURL_CA_BUNDLE="$STATE/ca.pem" "$@"
}

main() {
    local cmd=${1:-}
    (($#)) && shift
    case $cmd in
        up) cmd_up "$@" ;;
        down) cmd_down ;;
        status) cmd_status ;;
        scenarios) cmd_scenarios ;;
        exec) cmd_exec "$@" ;;
        condition) cmd_condition "$@" ;;
        guard-count)
            [[ $EUID -eq 0 ]] || die "needs root"
            ns_exists || die "the testbed is not up"
            guard_count
            if [[ ${1:-} == --addresses ]]; then guard_addresses >&2; fi
            ;;
        guard-reset)
            [[ $EUID -eq 0 ]] || die "needs root"
            ns_exists || die "the testbed is not up"
            nsexec nft -f - >/dev/null <<<$'reset counter inet stsscope_guard outside\nflush set inet stsscope_guard outside4\nflush set inet stsscope_guard outside6'
            ;;
        imap-fill) cmd_imap_fill "$@" ;;
        imap-uidvalidity) cmd_imap_uidvalidity "$@" ;;
        imap-stop) cmd_imap_stop ;;
        imap-start) cmd_imap_start ;;
        mutate) cmd_mutate "$@" ;;
        restore) cmd_restore ;;
        blackhole | unblackhole)
            [[ $# -eq 1 ]] || die "usage: testbed.sh $cmd ADDR"
            ns_exists || die "the testbed is not up"
            blackhole_set "$([[ $cmd == blackhole ]] && echo add || echo delete)" "$1"
            ;;
        *)
            sed -n '6,40s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
            exit 2
            ;;
    esac
}

main "$@"
