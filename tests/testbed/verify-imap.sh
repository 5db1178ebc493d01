#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the testbed's IMAP server (dovecot, mail/README.md) with curl and openssl, not with
# StsScope: TLS on 993 with the testbed CA, STARTTLS on 143 with no login before it, the wrong
# name, the wrong password, the corpus in INBOX and TLS-RPT as expected.json says, and the
# subcommands imap-fill, imap-uidvalidity, imap-stop and imap-start. It stops the server for a
# moment: never beside another test that uses it (CTest: RUN_SERIAL).
#
#   verify-imap.sh [-v]     exit 0: all checks passed; 1: some failed; 77: the testbed is not up here
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${STS_TESTBED_DIR:-/tmp/stsscope-testbed}
VERBOSE=0
[[ ${1:-} == -v ]] && VERBOSE=1
if [[ -e $STATE/SKIPPED ]]; then
    echo "verify-imap: skipped: $(<"$STATE/SKIPPED")"
    exit 77
fi
[[ $EUID -eq 0 && -e $STATE/env ]] || {
    echo "verify-imap: the testbed is not up (or not root)"
    exit 77
}
# shellcheck source=/dev/null
. "$STATE/env"
: "${STS_TESTBED_CA:?}" "${STS_TESTBED_IMAP_HOST:?}"
export STS_TESTBED_DIR=$STATE STS_TESTBED_NS
failed=0 checks=0

ok() {
    checks=$((checks + 1))
    ((VERBOSE)) && echo "ok   $*"
    return 0
}
bad() {
    checks=$((checks + 1))
    failed=$((failed + 1))
    echo "FAIL $*"
}
# check DESCRIPTION CMD...: CMD must succeed.
check() {
    local what=$1
    shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}

ns() { ip netns exec "$STS_TESTBED_NS" "$@"; }
# has TEXT WORD...: TEXT contains every WORD; lacks TEXT WORD...: none of them.
has() {
    local w
    for w in "${@:2}"; do [[ $1 == *"$w"* ]] || return 1; done
}
lacks() {
    local w
    for w in "${@:2}"; do [[ $1 != *"$w"* ]] || return 1; done
}

USERPASS="$STS_TESTBED_IMAP_USER:$STS_TESTBED_IMAP_PASSWORD"
IMAPS="imaps://$STS_TESTBED_IMAP_HOST"
# curl_imap ARGS...: curl against the server, trusting the testbed CA only.
curl_imap() { ns curl -sS --max-time 20 --cacert "$STS_TESTBED_CA" "$@"; }

# --- TLS and authentication
folders=$(curl_imap --user "$USERPASS" "$IMAPS/" | tr -d '\r' | awk '{ print $NF }' | sort | xargs)
# (other tests may have made folders of their own)
check "993: login over TLS, LIST shows INBOX and TLS-RPT ($folders)" grep -qE '(^| )INBOX TLS-RPT( |$)' <<<"$folders"
check "143: STARTTLS, then login" curl_imap --ssl-reqd --user "$USERPASS" -o /dev/null \
    "imap://$STS_TESTBED_IMAP_HOST/INBOX"
# shellcheck disable=SC2016 # expanded by the inner bash
greeting=$(ns timeout 10 bash -c 'exec 3<>"/dev/tcp/$1/143"; printf "a CAPABILITY\r\nb LOGIN %s %s\r\nc LOGOUT\r\n" "$2" "$3" >&3; cat <&3' \
    _ "$STS_TESTBED_IMAP_ADDRESS" "$STS_TESTBED_IMAP_USER" "$STS_TESTBED_IMAP_PASSWORD" | tr -d '\r')
check "143 before STARTTLS: STARTTLS and LOGINDISABLED offered" has "$greeting" " STARTTLS" LOGINDISABLED
check "143 before STARTTLS: no AUTH= mechanism offered" lacks "$greeting" AUTH=
check "143 before STARTTLS: LOGIN with the right password is refused" has "$greeting" "b NO "
check "143 before STARTTLS: ... and not accepted" lacks "$greeting" "b OK"
curl_imap --user "$USERPASS" -o /dev/null "imaps://$STS_TESTBED_IMAP_WRONG_NAME_HOST/" 2>/dev/null
check "wrong name: certificate verification fails (curl 60)" test $? -eq 60
ns curl -sS --max-time 20 --cacert /etc/ssl/certs/ca-certificates.crt --user "$USERPASS" -o /dev/null "$IMAPS/" 2>/dev/null
check "system CAs only: certificate not trusted (curl 60)" test $? -eq 60
curl_imap --user "$STS_TESTBED_IMAP_USER:wrong-$STS_TESTBED_IMAP_PASSWORD" -o /dev/null "$IMAPS/" 2>/dev/null
check "wrong password: login denied (curl 67)" test $? -eq 67
chain=$(ns openssl s_client -connect "$STS_TESTBED_IMAP_ADDRESS:993" -servername "$STS_TESTBED_IMAP_HOST" \
    -verify_hostname "$STS_TESTBED_IMAP_HOST" -CAfile "$STS_TESTBED_CA" </dev/null 2>/dev/null)
check "993: openssl verifies the chain for $STS_TESTBED_IMAP_HOST" grep -q 'Verify return code: 0 (ok)' <<<"$chain"

# --- the corpus, message by message, against expected.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for folder in INBOX TLS-RPT; do
    n=$(python3 -c \
        'import json,sys; print(json.load(open(sys.argv[1]))["folders"][sys.argv[2]]["messages"])' \
        "$STS_TESTBED_IMAP_EXPECTED" "$folder")
    mkdir -p "$tmp/$folder"
    for uid in $(seq "$n"); do
        curl_imap --user "$USERPASS" -o "$tmp/$folder/$uid" "$IMAPS/$folder;UID=$uid" || bad "fetch $folder UID $uid"
    done
done
if python3 -B - "$STS_TESTBED_IMAP_EXPECTED" "$tmp" "$HERE/mail" <<'EOF'; then ok "INBOX and TLS-RPT hold the corpus: every message in expected.json's order, its reports"; else bad "the served corpus differs from expected.json"; fi
import json, os, sys
sys.path.insert(0, sys.argv[3])
import corpus
expected = json.load(open(sys.argv[1]))
good = True
for folder, want in expected["folders"].items():
    d = os.path.join(sys.argv[2], folder)
    got = [open(os.path.join(d, f), "rb").read() for f in sorted(os.listdir(d), key=int)]
    ids = sorted({(r["organization"], r["report_id"]) for raw in got for r in corpus.reports_in(raw)})
    want_ids = sorted((r["organization"], r["report_id"]) for r in want["reports"])
    if len(got) != want["messages"] or ids != want_ids:
        print(f"{folder}: {len(got)} messages (want {want['messages']}), reports {ids} (want {want_ids})")
        good = False
    # UID n is the n-th message of the list (README.md)
    order = [str(corpus.message_from_bytes(raw)["Message-ID"]) for raw in got]
    if order != [m["message_id"] for m in want["list"]]:
        print(f"{folder}: the UIDs are not in the order of expected.json's list: {order}")
        good = False
sys.exit(0 if good else 1)
EOF

# --- the subcommands, in a folder of their own
folder=VerifyImap$$
status() { curl_imap --user "$USERPASS" "$IMAPS/" -X "STATUS $folder (MESSAGES UIDVALIDITY)" | tr -d '\r'; }
ids=$("$HERE/testbed.sh" imap-fill "$folder" 3)
check "imap-fill: three distinct report ids" test "$(sort -u <<<"$ids" | grep -c '^fill-')" -eq 3
check "imap-fill: the folder has 3 messages" has "$(status)" "MESSAGES 3 "
first=$(head -n 1 <<<"$ids")
curl_imap --user "$USERPASS" "$IMAPS/$folder;UID=1" -o "$tmp/fill1"
check "imap-fill: message 1 carries report $first" \
    python3 -B -c 'import sys; sys.path.insert(0, sys.argv[1]); import corpus
r = corpus.reports_in(open(sys.argv[2], "rb").read()); sys.exit(r != [{"organization": corpus.FILL_ORG, "report_id": sys.argv[3]}])' \
    "$HERE/mail" "$tmp/fill1" "$first"
more=$("$HERE/testbed.sh" imap-fill "$folder" 2)
check "imap-fill again: two more, ids count on" test "$(sort -u <<<"$ids"$'\n'"$more" | grep -c '^fill-')" -eq 5
before=$(status)
new=$("$HERE/testbed.sh" imap-uidvalidity "$folder")
after=$(status)
check "imap-uidvalidity: STATUS shows the new UIDVALIDITY $new, the same 5 messages" \
    has "$after" "UIDVALIDITY $new)" "MESSAGES 5 "
check "imap-uidvalidity: it changed" test "$before" != "$after"
"$HERE/testbed.sh" imap-stop
curl_imap --user "$USERPASS" -o /dev/null "$IMAPS/" 2>/dev/null
# refused (curl 7); under --latency the relay accepts and closes (curl 35 or 56)
check "imap-stop: no IMAP server there" test $? -ne 0
"$HERE/testbed.sh" imap-start
check "imap-start: the same messages and UIDVALIDITY again" test "$after" = "$(status)"
ns doveadm -c "$STATE/dovecot/dovecot.conf" mailbox delete -u "$STS_TESTBED_IMAP_USER" "$folder" ||
    bad "deleting $folder"

echo "verify-imap: $checks checks, $failed failed"
((failed == 0))
