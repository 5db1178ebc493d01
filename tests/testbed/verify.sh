#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Check that every scenario of the running testbed answers as scenarios.json says, with
# kdig, curl, openssl s_client, posttls-finger (Postfix's DANE client) and bash's /dev/tcp
# only -- independent of StsScope's code; also the stripping resolver, the SOCKS proxy and
# the guard.
#
#   verify.sh [-v] [DOMAIN...]     -v: print every check, not only failures
#   verify.sh [-v] --conditions    the observer-side conditions (testbed.sh condition): each
#                                  one on, what it blocks and that the proxy passes it, then
#                                  off again. They hit the whole namespace: run this while no
#                                  other test uses the testbed (CTest: testbed_conditions,
#                                  RUN_SERIAL)
#
# Ends with "N passed, N failed"; exits 1 if anything failed, 77 if the testbed could
# not run here (testbed.sh up skipped), so that CTest reports a skip, never a pass.
#
# The bash -c snippets below get their address as $1 on purpose.
# shellcheck disable=SC2016
set -euo pipefail
shopt -s extglob

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${STS_TESTBED_DIR:-/tmp/stsscope-testbed}
SKIP=77
# Scenarios checked side by side: most of the time goes to waiting (timeouts, slow servers).
JOBS=6
PASS=0
FAIL=0
VERBOSE=0

ok() {
    PASS=$((PASS + 1))
    ((VERBOSE == 0)) || echo "ok   $*"
}
bad() {
    FAIL=$((FAIL + 1))
    echo "FAIL $*"
}
# check WHAT CMD...: one check; CMD's success is the pass.
check() {
    local what=$1
    shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}
# same WHAT EXPECTED ACTUAL
same() {
    if [[ $2 == "$3" ]]; then ok "$1"; else bad "$1: expected '$2', got '$3'"; fi
}
not() { ! "$@"; }
# glob STRING PATTERN: STRING matches the shell PATTERN.
# shellcheck disable=SC2053 # the right-hand side is a pattern on purpose
glob() { [[ $1 == $2 ]]; }
# trim VAR: strip leading and trailing white space from variable VAR (no subshell: the
# oversized policy has a thousand lines).
trim() {
    local -n ref=$1
    ref=${ref##+([[:space:]])}
    ref=${ref%%+([[:space:]])}
}

# ---------------------------------------------------------------- outside the namespace

# Nothing of the testbed may listen in the root namespace, and every process it started
# must be inside its namespace.
outside_checks() {
    local listeners pidfile pid
    listeners=$(ss -Hlntu | awk '{ print $5 }' | grep -E '^(127\.(10|11|53|54|80)\.|\[fd00:5753:)' || true)
    same "nothing listens outside the namespace" "" "$listeners"
    for pidfile in knot/knot.pid unbound/unbound.pid unbound-bogus/unbound.pid nginx/nginx.pid \
        postfix/spool/pid/master.pid hostile.pid dnsstrip.pid socks/danted.pid relay.pid; do
        [[ -s $STATE/$pidfile ]] || continue
        read -r pid <"$STATE/$pidfile" || true
        same "${pidfile%%[/.]*} runs in namespace $STS_TESTBED_NS" "$STS_TESTBED_NS" "$(ip netns identify "$pid")"
    done
}

outer() {
    if [[ $EUID -ne 0 ]]; then
        echo "verify: skipped: needs root (ip netns exec)"
        exit "$SKIP"
    fi
    if [[ ! -e $STATE/env ]]; then
        if [[ -e $STATE/SKIPPED ]]; then
            echo "verify: skipped: $(cat "$STATE/SKIPPED")"
            exit "$SKIP"
        fi
        echo "verify: the testbed is not up ($STATE/env missing); run testbed.sh up" >&2
        exit 1
    fi
    # shellcheck source=/dev/null
    . "$STATE/env"
    [[ ${1:-} == --conditions ]] || outside_checks
    exec ip netns exec "$STS_TESTBED_NS" "$0" --inside "$PASS" "$FAIL" "$VERBOSE" "$@"
}

# ---------------------------------------------------------------- DNS

# dq [KDIG OPTIONS] NAME TYPE: one query to $DNS_SERVER (default: the validating resolver).
# Sets DQ_STATUS, DQ_AD (1 if the AD flag is set) and DQ_DATA ("TYPE RDATA" per answer record).
dq() {
    local out line rr=$'^[^[:space:]]+[[:space:]]+[0-9]+[[:space:]]+IN[[:space:]]+([A-Z0-9]+)[[:space:]]+(.*)$'
    DQ_STATUS="" DQ_AD=0 DQ_DATA=()
    out=$(kdig +time=3 +retry=1 +noall +header +answer @"${DNS_SERVER:-$STS_TESTBED_RESOLVER}" "$@" 2>&1) || true
    while IFS= read -r line; do
        case $line in
            ";; ->>HEADER<<-"*) [[ $line =~ status:\ ([A-Z]+) ]] && DQ_STATUS=${BASH_REMATCH[1]} ;;
            ";; Flags:"*) [[ $line =~ Flags:[a-z\ ]*\ ad[\ \;] ]] && DQ_AD=1 ;;
            *) [[ $line =~ $rr ]] && DQ_DATA+=("${BASH_REMATCH[1]} ${BASH_REMATCH[2]}") ;;
        esac
    done <<<"$out"
    return 0
}

# dq_values TYPE: the RDATA of DQ_DATA's records of TYPE, one a line (TXT strings joined).
dq_values() {
    local rr
    for rr in "${DQ_DATA[@]}"; do
        [[ ${rr%% *} == "$1" ]] || continue
        rr=${rr#* }
        if [[ $1 == TXT ]]; then
            rr=${rr//\" \"/}
            rr=${rr#\"}
            rr=${rr%\"}
        fi
        echo "$rr"
    done
    return 0
}

# RFC 8461 3.1: v=STSv1 first, exactly one id of 1-32 letters and digits, extensions.
sts_record_valid() {
    local field ids=0
    local -a fields
    IFS=';' read -ra fields <<<"$1"
    [[ ${fields[0]} == "v=STSv1" ]] || return 1
    for field in "${fields[@]:1}"; do
        trim field
        [[ -n $field ]] || continue
        if [[ $field == id=* ]]; then
            [[ $field =~ ^id=[A-Za-z0-9]{1,32}$ ]] || return 1
            ids=$((ids + 1))
        else
            [[ $field =~ ^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}=[!-:\<\>-~]+$ ]] || return 1
        fi
    done
    ((ids == 1))
}

# RFC 8460 3: v=TLSRPTv1 first, one rua= with mailto: or https: URIs.
tlsrpt_record_valid() {
    local field uri ruas=0
    local -a fields uris
    IFS=';' read -ra fields <<<"$1"
    [[ ${fields[0]} == "v=TLSRPTv1" ]] || return 1
    for field in "${fields[@]:1}"; do
        trim field
        [[ $field == rua=* ]] || continue
        IFS=',' read -ra uris <<<"${field#rua=}"
        for uri in "${uris[@]}"; do
            [[ $uri =~ ^(mailto:[^@]+@.+|https://.+)$ ]] || return 1
        done
        ruas=$((ruas + 1))
    done
    ((ruas == 1))
}

# ---------------------------------------------------------------- policies

# policy_parse FILE: RFC 8461 3.2 syntax. Sets POL_MODE, POL_MAX_AGE, POL_MX; fails if invalid.
policy_parse() {
    local line key value version="" re=$'^([A-Za-z0-9][A-Za-z0-9_.-]{0,31}):[ \t]*([^ \t].*)$'
    POL_MODE="" POL_MAX_AGE="" POL_MX=()
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%$'\r'}
        [[ $line =~ $re ]] || return 1
        key=${BASH_REMATCH[1]}
        value=${BASH_REMATCH[2]}
        trim value
        case $key in
            version) [[ -z $version ]] && version=$value || return 1 ;;
            mode) [[ -z $POL_MODE ]] && POL_MODE=$value || return 1 ;;
            max_age) [[ -z $POL_MAX_AGE ]] && POL_MAX_AGE=$value || return 1 ;;
            mx) POL_MX+=("$value") ;;
        esac
    done <"$1"
    [[ $version == STSv1 && $POL_MODE =~ ^(enforce|testing|none)$ ]] || return 1
    [[ $POL_MAX_AGE =~ ^[0-9]{1,10}$ ]] && ((POL_MAX_AGE <= 31557600)) || return 1
    [[ $POL_MODE == none || ${#POL_MX[@]} -gt 0 ]]
}

# mx_matches HOST PATTERN...: RFC 8461 4.1 (a leading "*." stands for exactly one label).
mx_matches() {
    local host=${1,,} pattern
    shift
    for pattern in "$@"; do
        pattern=${pattern,,}
        if [[ $pattern == \*.* ]]; then
            [[ $host == *".${pattern#\*.}" && ${host%".${pattern#\*.}"} != *.* ]] && return 0
        elif [[ $host == "$pattern" ]]; then
            return 0
        fi
    done
    return 1
}

# fetch [CURL OPTIONS] URL: the policy fetch a sender makes (no redirects, HTTPS only, the
# testbed CA). Sets FETCH_RC, FETCH_CODE, FETCH_TYPE, FETCH_SIZE, FETCH_TIME; body in $WORK/body.
fetch() {
    local out
    FETCH_RC=0
    out=$(curl -sS --cacert "$STS_TESTBED_CA" --max-redirs 0 --proto =https --connect-timeout 3 --max-time 6 \
        -o "$WORK/body" -D "$WORK/headers" \
        -w '%{http_code}\t%{content_type}\t%{size_download}\t%{time_total}' "$@" 2>/dev/null) || FETCH_RC=$?
    IFS=$'\t' read -r FETCH_CODE FETCH_TYPE FETCH_SIZE FETCH_TIME <<<"$out"
}

# tls_probe HOST:PORT NAME [s_client options]: openssl s_client against the testbed CA.
# Sets TLS_VERIFY (the verify result; -1 when there was no handshake) and TLS_ERROR (the
# first "verify error:num=N", empty if none).
tls_probe() {
    local target=$1 name=$2 out
    shift 2
    out=$(timeout 10 openssl s_client -connect "$target" -servername "$name" -verify_hostname "$name" \
        -CAfile "$STS_TESTBED_CA" "$@" </dev/null 2>&1) || true
    TLS_VERIFY=-1 TLS_ERROR=""
    [[ $out =~ verify\ error:num=([0-9]+) ]] && TLS_ERROR=${BASH_REMATCH[1]}
    # s_client prints a verify code even when the handshake never happened
    [[ $out == *"no peer certificate available"* ]] && return 0
    [[ $out =~ Verify\ return\ code:\ ([0-9]+) ]] && TLS_VERIFY=${BASH_REMATCH[1]}
    return 0
}

# OpenSSL's verify error for each certificate failure of the catalogue.
declare -A VERIFY_ERROR=(
    [certificate-expired]=10 [certificate-not-yet-valid]=9 [certificate-host-mismatch]=62
    [certificate-not-trusted]=18 [certificate-self-signed]=18 [certificate-chain-incomplete]=20
)

check_policy() {
    local d=$D what="$D: GET https://$P_HOST/.well-known/mta-sts.txt" i matched
    [[ $DNS == ok ]] || return 0 # whatever is configured, a sender cannot look it up
    dq "$P_HOST" A
    if [[ $P_SERVER == none ]]; then
        same "$d: policy host $P_HOST does not resolve" NXDOMAIN "$DQ_STATUS"
        if [[ $P_FAILURE == host-nxdomain ]]; then
            fetch "https://$P_HOST/.well-known/mta-sts.txt"
            same "$d: curl cannot resolve $P_HOST" 6 "$FETCH_RC"
        fi
        return 0
    fi
    check "$d: $P_HOST resolves to $P_ADDR" grep -qx "$P_ADDR" <(dq_values A)
    if [[ $P_FAILURE == non-public-address ]]; then
        check_non_public "$d: policy host $P_HOST" "$P_ADDR"
        return 0
    fi
    fetch "https://$P_HOST/.well-known/mta-sts.txt"
    case $P_FAILURE in
        "" | syntax)
            same "$what: curl" 0 "$FETCH_RC"
            same "$what: HTTP status" 200 "$FETCH_CODE"
            same "$what: Content-Type" text/plain "${FETCH_TYPE%%;*}"
            check "$what: at most 64 KiB ($FETCH_SIZE)" [ "${FETCH_SIZE:-0}" -le 65536 ]
            if [[ $P_STATUS == invalid ]]; then
                check "$d: policy is invalid (RFC 8461 3.2)" not policy_parse "$WORK/body"
                return 0
            fi
            if ! policy_parse "$WORK/body"; then
                bad "$d: policy is valid (RFC 8461 3.2)"
                return 0
            fi
            ok "$d: policy is valid (RFC 8461 3.2)"
            ;;
        connection-refused) same "$what: connection refused (curl 7)" 7 "$FETCH_RC" ;;
        connect-timeout)
            same "$what: connect times out (curl 28)" 28 "$FETCH_RC"
            same "$what: no connection" 000 "$FETCH_CODE"
            ;;
        timeout)
            tls_probe "$P_ADDR:443" "$P_HOST"
            same "$what: TLS handshake fine" 0 "$TLS_VERIFY"
            same "$what: no answer within 6 s (curl 28)" 28 "$FETCH_RC"
            ;;
        http-404) same "$what: HTTP status" 404 "$FETCH_CODE" ;;
        http-redirect)
            check "$what: HTTP redirect ($FETCH_CODE)" glob "$FETCH_CODE" '30[1278]'
            check "$what: Location header" grep -qi '^location: https://' "$WORK/headers"
            ;;
        content-type)
            same "$what: HTTP status" 200 "$FETCH_CODE"
            check "$what: Content-Type is not text/plain ($FETCH_TYPE)" [ "${FETCH_TYPE%%;*}" != text/plain ]
            ;;
        too-large)
            same "$what: HTTP status" 200 "$FETCH_CODE"
            check "$what: over 64 KiB ($FETCH_SIZE)" [ "${FETCH_SIZE:-0}" -gt 65536 ]
            ;;
        certificate-*)
            same "$what: certificate rejected (curl 60)" 60 "$FETCH_RC"
            tls_probe "$P_ADDR:443" "$P_HOST"
            same "$what: openssl verify error" "${VERIFY_ERROR[$P_FAILURE]}" "$TLS_ERROR"
            fetch -k "https://$P_HOST/.well-known/mta-sts.txt"
            same "$what: served fine apart from the certificate (curl -k)" 200 "$FETCH_CODE"
            ;;
        *) bad "$d: verify.sh knows no policy failure '$P_FAILURE'" ;;
    esac
    [[ $P_STATUS == valid ]] || return 0
    same "$d: policy mode" "$P_MODE" "$POL_MODE"
    same "$d: policy max_age" "$P_MAX_AGE" "$POL_MAX_AGE"
    same "$d: policy mx" "$P_MX" "${POL_MX[*]}"
    for i in "${!MX_HOST[@]}"; do
        matched=yes
        mx_matches "${MX_HOST[i]}" "${POL_MX[@]}" || matched=no
        same "$d: policy mx patterns cover ${MX_HOST[i]}" \
            "$([[ ${MX_FAILURE[i]} == not-in-policy ]] && echo no || echo yes)" "$matched"
    done
}

# non_public ADDR: ADDR is private, link-local or ULA, and none of the testbed's own.
non_public() {
    local re='^(10\.|172\.(1[6-9]|2[0-9]|3[01])\.|192\.168\.|169\.254\.|f[cd][0-9a-f]{2}:)'
    [[ $1 =~ $re && $1 != fd00:5753:* ]]
}

# check_non_public WHAT ADDR: ADDR is non-public and nothing in the namespace has it. Nothing
# is sent to it: the guard would count that.
check_non_public() {
    check "$1: $2 is private, link-local or ULA" non_public "$2"
    same "$1: no interface has $2 (nothing connects there)" "" "$(ip -o addr show | grep -F " $2/" || true)"
}

# ---------------------------------------------------------------- SMTP

# smtp_talk ADDR: greeting, EHLO, STARTTLS over bash's /dev/tcp. Sets SMTP_BANNER,
# SMTP_STARTTLS (1 if EHLO offers it), SMTP_REPLY (the STARTTLS reply) and SMTP_AFTER
# (eof if the server closed the connection after that reply).
smtp_talk() {
    local line
    SMTP_BANNER="" SMTP_STARTTLS=0 SMTP_REPLY="" SMTP_AFTER=open
    exec 3<>"/dev/tcp/$1/25" || return 1
    read -r -t 5 SMTP_BANNER <&3 || true
    printf 'EHLO verify.test\r\n' >&3
    while read -r -t 5 line <&3; do
        [[ ${line^^} == 250[-\ ]STARTTLS* ]] && SMTP_STARTTLS=1
        [[ $line == 250\ * ]] && break
    done
    if ((SMTP_STARTTLS)); then
        printf 'STARTTLS\r\n' >&3
        read -r -t 5 SMTP_REPLY <&3 || true
        read -r -t 2 line <&3 || { (($? > 128)) || SMTP_AFTER=eof; }
    fi
    exec 3>&-
}

smtp_target() {
    if [[ $1 == *:* ]]; then echo "[$1]:25"; else echo "$1:25"; fi
}

check_mx_address() {
    local host=$1 addr=$2 failure=$3 what="$D: MX $1 at $2" target rc=0 got start
    target=$(smtp_target "$addr")
    case $failure in
        "" | not-in-policy)
            tls_probe "$target" "$host" -starttls smtp
            same "$what: STARTTLS, certificate verifies" 0 "$TLS_VERIFY"
            ;;
        certificate-weak)
            tls_probe "$target" "$host" -starttls smtp
            check "$what: rejected at OpenSSL's default security level ($TLS_ERROR)" [ "$TLS_VERIFY" -gt 0 ]
            tls_probe "$target" "$host" -starttls smtp -auth_level 0
            same "$what: accepted by a lenient verifier (-auth_level 0)" 0 "$TLS_VERIFY"
            check "$what: RSA-1024 key" grep -q 'public key is 1024 bit' \
                <(timeout 10 openssl s_client -starttls smtp -connect "$target" </dev/null 2>&1)
            ;;
        certificate-*)
            tls_probe "$target" "$host" -starttls smtp
            same "$what: openssl verify error" "${VERIFY_ERROR[$failure]}" "$TLS_ERROR"
            ;;
        no-starttls)
            smtp_talk "$addr"
            check "$what: greets with 220" glob "$SMTP_BANNER" '220*'
            same "$what: EHLO offers no STARTTLS" 0 "$SMTP_STARTTLS"
            ;;
        starttls-refused)
            smtp_talk "$addr"
            same "$what: EHLO offers STARTTLS" 1 "$SMTP_STARTTLS"
            check "$what: STARTTLS answered with 454 ($SMTP_REPLY)" glob "$SMTP_REPLY" '454*'
            ;;
        drop-after-starttls)
            smtp_talk "$addr"
            check "$what: STARTTLS answered with 220 ($SMTP_REPLY)" glob "$SMTP_REPLY" '220*'
            same "$what: then the connection is closed" eof "$SMTP_AFTER"
            tls_probe "$target" "$host" -starttls smtp
            same "$what: no TLS handshake" -1 "$TLS_VERIFY"
            ;;
        banner-huge)
            got=$(timeout 10 bash -c 'exec 3<>"/dev/tcp/$1/25" && head -n1 <&3 | wc -c' _ "$addr") || true
            check "$what: greeting line of 1 MiB or more (${got:-0} bytes)" [ "${got:-0}" -ge 1048576 ]
            ;;
        banner-slow)
            got=$(timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/25" && cat <&3' _ "$addr" | wc -c) || rc=$?
            check "$what: under 4 bytes of greeting in 3 s ($got), still connected" [ "$got" -lt 4 -a "$rc" -eq 124 ]
            ;;
        banner-garbage)
            check "$what: greeting is not an SMTP reply" not grep -qE '^[2-5][0-9]{2}[ -]' \
                <(timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/25" && head -c 64 <&3' _ "$addr" | tr -d '\0')
            ;;
        connect-timeout)
            timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/25"' _ "$addr" 2>/dev/null || rc=$?
            same "$what: connect hangs (timeout 3 s)" 124 "$rc"
            ;;
        connection-refused)
            start=$SECONDS
            timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/25"' _ "$addr" 2>/dev/null || rc=$?
            check "$what: connection refused at once" [ "$rc" -eq 1 -a $((SECONDS - start)) -le 1 ]
            ;;
        non-public-address) check_non_public "$what" "$addr" ;;
        *) bad "$what: verify.sh knows no MX failure '$failure'" ;;
    esac
}

check_mx() {
    local i addr failure got
    [[ $DNS == ok ]] || return 0
    dq "$D" MX
    same "$D: MX records" "$MX_WANT" "$(dq_values MX | sort | paste -sd,)"
    for i in "${!MX_HOST[@]}"; do
        dq "${MX_HOST[i]}" A
        got=$(dq_values A)
        dq "${MX_HOST[i]}" AAAA
        same "$D: ${MX_HOST[i]} addresses" "$(tr ' ' '\n' <<<"${MX_ADDRS[i]}" | sort | paste -sd,)" \
            "$({ echo "$got"; dq_values AAAA; } | grep . | sort | paste -sd,)"
        for addr in ${MX_ADDRS[i]}; do
            failure=${MX_FAILURE[i]}
            [[ -z ${ADDRESS_FAILURE[$addr]:-} ]] || failure=${ADDRESS_FAILURE[$addr]}
            check_mx_address "${MX_HOST[i]}" "$addr" "$failure"
        done
    done
}

# ---------------------------------------------------------------- DANE (RFC 7672)

# RFC 8460 result type of a DANE failure, by OpenSSL's verify error: no record matched, or
# a DANE-TA(2) match whose leaf does not name the MX host.
declare -A DANE_VERIFY_ERROR=([tlsa-invalid]=65 [certificate-host-mismatch]=62)
# The RFC 8460 result type a Web PKI validation (no DANE, no policy) gives for each MX failure.
declare -A PKIX_RESULT_TYPE=([certificate-self-signed]=certificate-not-trusted
    [certificate-host-mismatch]=certificate-host-mismatch)

# tlsa_usable RDATA: a record an SMTP client may use (RFC 7672 3.1.3: DANE-TA(2) and DANE-EE(3)
# only; RFC 6698: selectors 0-1, matching types 0-2).
tlsa_usable() {
    local usage selector matching
    read -r usage selector matching _ <<<"$1"
    [[ $usage == [23] && $selector == [01] && $matching == [012] ]]
}

# dane_probe ADDR HOST RDATA...: openssl's own DANE (the code Postfix uses) against ADDR, the TLSA
# base domain HOST, names not checked for DANE-EE (RFC 7672 3.1.1) and checked against HOST for
# DANE-TA. Sets DANE_OUT (s_client's output), DANE_VERIFY (the verify code; -1 without handshake)
# and DANE_MATCH (the "DANE TLSA ... matched" line).
dane_probe() {
    local addr=$1 host=$2 rr
    local -a args=()
    shift 2
    for rr in "$@"; do args+=(-dane_tlsa_rrdata "$rr"); done
    DANE_OUT=$(timeout 10 openssl s_client -starttls smtp -connect "$(smtp_target "$addr")" -servername "$host" \
        -dane_tlsa_domain "$host" "${args[@]}" -dane_ee_no_namechecks </dev/null 2>&1) || true
    DANE_VERIFY=-1 DANE_MATCH=""
    [[ $DANE_OUT =~ Verify\ return\ code:\ ([0-9]+) && $DANE_OUT != *"no peer certificate available"* ]] &&
        DANE_VERIFY=${BASH_REMATCH[1]}
    DANE_MATCH=$(grep -m1 '^DANE TLSA .* matched' <<<"$DANE_OUT" || true)
}

# finger HOST: Postfix's own DANE client (posttls-finger -l dane: TLSA lookup with DNSSEC through
# the namespace's resolv.conf, i.e. the validating resolver). Its "dnssec_probe" (a query for
# ".") is off: that name is outside the testbed, and unbound would ask the root servers.
finger() {
    if [[ ! -e $WORK/postfix/main.cf ]]; then
        mkdir -p "$WORK/postfix"
        printf '%s\n' 'compatibility_level = 3.6' 'smtp_dns_support_level = dnssec' 'dnssec_probe =' \
            'smtp_tls_loglevel = 1' >"$WORK/postfix/main.cf"
    fi
    MAIL_CONFIG=$WORK/postfix timeout 15 posttls-finger -c -l dane "[$1]" 2>&1 || true
}

# check_dane_extras (in check_dane, for an MX that passes): a certificate that only DANE-EE
# accepts fails the Web PKI in every way (self-signed, expired, another name); a spare key of a
# rollover is published, and no server uses it.
check_dane_extras() {
    local out next code
    if [[ ${MX_FAILURE[i]} == certificate-self-signed ]]; then
        out=$(timeout 10 openssl s_client -starttls smtp -connect "$(smtp_target "$addr")" -servername "$host" \
            -verify_hostname "$host" -CAfile "$STS_TESTBED_CA" </dev/null 2>&1) || true
        for code in 18:self-signed 10:expired 62:another-name; do
            check "$what: without DANE the certificate fails: ${code#*:} (verify error ${code%%:*})" \
                grep -q "verify error:num=${code%%:*}:" <<<"$out"
        done
    fi
    [[ -e $STATE/certs/$host.next.key ]] || return 0
    next="3 1 1 $(openssl pkey -in "$STATE/certs/$host.next.key" -pubout -outform DER | sha256sum | cut -d' ' -f1)"
    check "$what: the next key's record is published ($next)" grep -qixF "$next" < <(printf '%s\n' "${records[@]}")
    dane_probe "$addr" "$host" "$next"
    same "$what: ... and the server does not use that key yet" 65 "$DANE_VERIFY"
}

# check_dane: each MX with a "dane" expectation, against the TLSA records the validating resolver
# gives (AD: secure; SERVFAIL: bogus; no AD: insecure), openssl's DANE verification of the
# session and Postfix's posttls-finger; and that the expectations follow from each other.
check_dane() {
    local i host addr dane what mx_ad rr ptf want_wd code
    local -a records usable unusable
    for i in "${!MX_HOST[@]}"; do
        dane=${MX_DANE[i]}
        [[ -n $dane ]] || continue
        host=${MX_HOST[i]} addr=${MX_ADDRS[i]%% *}
        what="$D: DANE $host"
        # the expectations: RFC 7672 2.2 and RFC 8461 2 (an MTA-STS pass does not override a
        # failing DANE validation), RFC 8460 result types
        case $dane in
            fail | bogus) want_wd=false ;;
            *) want_wd=${MX_WD_STS[i]} ;;
        esac
        same "$what: would_deliver follows from dane $dane and would_deliver_sts_only ${MX_WD_STS[i]}" \
            "$want_wd" "${MX_WD[i]}"
        same "$what: pkix_result_type follows from failure '${MX_FAILURE[i]}'" \
            "${PKIX_RESULT_TYPE[${MX_FAILURE[i]:-none}]:-}" "${MX_PKIX[i]}"
        case $dane in
            fail) check "$what: result_type of a DANE failure (${MX_RT[i]})" test -n "${DANE_VERIFY_ERROR[${MX_RT[i]:-none}]:-}" ;;
            bogus) same "$what: result_type" dnssec-invalid "${MX_RT[i]}" ;;
            pass) same "$what: result_type" "" "${MX_RT[i]}" ;;
        esac
        dq "$host" A
        mx_ad=$DQ_AD
        dq "_25._tcp.$host" TLSA
        mapfile -t records < <(dq_values TLSA)
        usable=() unusable=()
        for rr in "${records[@]}"; do
            if tlsa_usable "$rr"; then usable+=("$rr"); else unusable+=("$rr"); fi
        done
        ptf=$(finger "$host")
        case $dane in
            pass | fail)
                same "$what: TLSA lookup secure (NOERROR, AD)" "NOERROR 1" "$DQ_STATUS $DQ_AD"
                check "$what: TLSA records (${#records[@]})" [ "${#records[@]}" -gt 0 ]
                ;;
            none)
                check "$what: no TLSA records, securely denied ($DQ_STATUS, AD $DQ_AD)" \
                    [ "${#records[@]}" -eq 0 -a "$DQ_AD" -eq 1 -a "$DQ_STATUS" != SERVFAIL ]
                ;;
            insecure)
                same "$what: TLSA records in an insecure zone (NOERROR, no AD)" "NOERROR 0" "$DQ_STATUS $DQ_AD"
                check "$what: TLSA records (${#records[@]})" [ "${#records[@]}" -gt 0 ]
                dane_probe "$addr" "$host" "${usable[@]}"
                check "$what: they would not match if they counted (verify $DANE_VERIFY)" [ "$DANE_VERIFY" -ne 0 ]
                ;;
            bogus)
                same "$what: $host's address is secure (AD)" 1 "$mx_ad"
                same "$what: TLSA lookup SERVFAIL (bogus)" SERVFAIL "$DQ_STATUS"
                dq +cd "_25._tcp.$host" TLSA
                mapfile -t records < <(dq_values TLSA)
                check "$what: with +cd the TLSA records are there (${#records[@]})" [ "${#records[@]}" -gt 0 ]
                dane_probe "$addr" "$host" "${records[@]}"
                same "$what: ... and match (only DNSSEC is wrong)" 0 "$DANE_VERIFY"
                DNS_SERVER=$STS_TESTBED_AUTHORITATIVE dq +norec "_25._tcp.$host" DS
                check "$what: the DS of the child zone _25._tcp.$host is published" [ -n "$(dq_values DS)" ]
                check "$what: posttls-finger: TLSA lookup error, no session" grep -q 'TLSA lookup error' <<<"$ptf"
                check "$what: posttls-finger: ... no TLS connection" not grep -q 'TLS connection established' <<<"$ptf"
                continue
                ;;
        esac
        case $dane in
            pass)
                if ((${#usable[@]})); then
                    dane_probe "$addr" "$host" "${usable[@]}"
                    same "$what: openssl DANE verification (${#usable[@]} usable records)" 0 "$DANE_VERIFY"
                    check "$what: a record matched (${DANE_MATCH:-none})" test -n "$DANE_MATCH"
                    check "$what: posttls-finger: verified" grep -q '^posttls-finger: Verified TLS connection established' <<<"$ptf"
                    check_dane_extras
                else
                    # RFC 7672 2.2: TLS is required, unauthenticated
                    for rr in "${unusable[@]}"; do
                        if [[ $rr == [01]\ * ]]; then
                            ok "$what: '$rr' is unusable for SMTP (usage ${rr%% *}, RFC 7672 3.1.3)"
                        else
                            dane_probe "$addr" "$host" "$rr"
                            check "$what: openssl finds '$rr' unusable" grep -q 'unusable TLSA rrdata' <<<"$DANE_OUT"
                        fi
                    done
                    tls_probe "$(smtp_target "$addr")" "$host" -starttls smtp
                    check "$what: STARTTLS and a TLS handshake (mandatory, unauthenticated TLS)" [ "$TLS_VERIFY" -ge 0 ]
                    check "$what: posttls-finger: all records unusable, unauthenticated TLS" \
                        grep -q 'all TLSA records unusable' <<<"$ptf"
                    check "$what: posttls-finger: TLS connection established" \
                        grep -q 'TLS connection established' <<<"$ptf"
                fi
                ;;
            fail)
                code=${DANE_VERIFY_ERROR[${MX_RT[i]:-none}]:-?}
                check "$what: some records usable (${#usable[@]})" [ "${#usable[@]}" -gt 0 ]
                dane_probe "$addr" "$host" "${usable[@]}"
                same "$what: openssl DANE verification fails (verify error of ${MX_RT[i]})" "$code" "$DANE_VERIFY"
                check "$what: posttls-finger: DANE verification failed (num=$code)" \
                    grep -q "server certificate verification failed .*num=$code:" <<<"$ptf"
                ;;
            none | insecure)
                check "$what: posttls-finger: no DANE (plain opportunistic TLS)" \
                    not grep -qE 'DANE|TLSA|server certificate verification failed' <<<"$ptf"
                check "$what: posttls-finger: TLS connection established" grep -q 'TLS connection established' <<<"$ptf"
                ;;
            *) bad "$what: verify.sh knows no dane result '$dane'" ;;
        esac
    done
}

# ---------------------------------------------------------------- one scenario

check_zone() {
    dq "$D" SOA
    case $DNS in
        ok) same "$D: SOA answered" NOERROR "$DQ_STATUS" ;;
        servfail) same "$D: SERVFAIL" SERVFAIL "$DQ_STATUS" ;;
        nxdomain) same "$D: NXDOMAIN" NXDOMAIN "$DQ_STATUS" ;;
        bogus)
            same "$D: SERVFAIL from the validating resolver (bogus)" SERVFAIL "$DQ_STATUS"
            dq +cd "$D" SOA
            same "$D: answered with checking disabled (+cd)" NOERROR "$DQ_STATUS"
            ;;
    esac
    case $DNSSEC in
        secure) same "$D: DNSSEC secure (AD)" 1 "$DQ_AD" ;;
        insecure) same "$D: DNSSEC insecure (no AD)" 0 "$DQ_AD" ;;
    esac
    if [[ $DNS == ok ]]; then
        DNS_SERVER=$STS_TESTBED_BOGUS_RESOLVER dq "$D" SOA
        same "$D: SERVFAIL from the wrong-anchor resolver" SERVFAIL "$DQ_STATUS"
    fi
}

check_records() {
    local n
    local -a recs
    dq "_mta-sts.$D" TXT
    mapfile -t recs < <(dq_values TXT | grep '^v=STSv1' || true)
    n=${#recs[@]}
    case $STS in
        valid)
            same "$D: one v=STSv1 record" 1 "$n"
            check "$D: record syntax valid (${recs[0]:-})" sts_record_valid "${recs[0]:-}"
            ;;
        none) check "$D: no v=STSv1 record ($DQ_STATUS)" [ "$n" -eq 0 -a "$DQ_STATUS" != SERVFAIL ] ;;
        multiple) check "$D: several v=STSv1 records ($n)" [ "$n" -gt 1 ] ;;
        invalid)
            same "$D: one v=STSv1 record" 1 "$n"
            check "$D: record syntax invalid (${recs[0]:-})" not sts_record_valid "${recs[0]:-}"
            ;;
        servfail) same "$D: _mta-sts TXT lookup" SERVFAIL "$DQ_STATUS" ;;
    esac
    [[ $DNS == ok ]] || return 0
    dq "_smtp._tls.$D" TXT
    mapfile -t recs < <(dq_values TXT | grep '^v=TLSRPTv1' || true)
    n=${#recs[@]}
    case $TLSRPT in
        valid)
            same "$D: one TLS-RPT record" 1 "$n"
            check "$D: TLS-RPT syntax valid (${recs[0]:-})" tlsrpt_record_valid "${recs[0]:-}"
            ;;
        invalid)
            check "$D: TLS-RPT record present ($n)" [ "$n" -ge 1 ]
            check "$D: TLS-RPT syntax invalid (${recs[0]:-})" not tlsrpt_record_valid "${recs[0]:-}"
            ;;
        none) same "$D: no TLS-RPT record" 0 "$n" ;;
    esac
}

# Every scenario, the catalogue's and then those with non-public addresses, as a jq filter.
ALL_SCENARIOS='(.scenarios + (.private_address_scenarios // []))'

# scenario_vars INDEX: the scenario's expectations as shell assignments (one jq run).
# The verdict is also derived from the rest of the entry (README.md: "The catalogue"), for a sender
# that implements DANE and MTA-STS: broken when no MX gets its mail, protected when every MX passes
# DANE, else the MTA-STS rules. An MX on non-public addresses counts like any MX that does not get
# mail: under enforce, broken.
scenario_vars() {
    jq -r --argjson i "$1" "$ALL_SCENARIOS"'[$i] as $s | $s.policy as $p |
        $s.mx as $judged |
        (if $s.dns != "ok" then "broken"
         elif ($judged | length) > 0 and all($judged[]; .would_deliver | not) then "broken"
         elif ($judged | length) > 0 and all($judged[]; .dane == "pass") then "protected"
         elif $p.status == "valid" and $p.mode == "enforce" then
             (if all($judged[]; .would_deliver) then "protected" else "broken" end)
         elif $p.status == "valid" and $p.mode == "testing" then "testing"
         else "not-protected" end) as $derived |
        @sh "D=\($s.domain) VERDICT=\($s.verdict) DERIVED=\($derived) DNS=\($s.dns)",
        @sh "DNSSEC=\($s.dnssec // "") STS=\($s.sts_record) TLSRPT=\($s.tlsrpt_record)",
        @sh "P_STATUS=\($p.status) P_FAILURE=\($p.failure // "") P_HOST=\($p.host) P_ADDR=\($p.address // "")",
        @sh "P_SERVER=\($p.setup.server) P_MODE=\($p.mode // "") P_MAX_AGE=\($p.max_age // "" | tostring)",
        @sh "P_MX=\($p.mx // [] | join(" ")) MX_WANT=\([$s.mx[] | "\(.preference) \(.host)."] | sort | join(","))",
        @sh "MX_HOST=(\([$s.mx[].host])) MX_FAILURE=(\([$s.mx[] | .failure // ""]))",
        @sh "MX_ADDRS=(\([$s.mx[] | .addresses | join(" ")]))",
        @sh "MX_DANE=(\([$s.mx[] | .dane // ""])) MX_WD=(\([$s.mx[] | .would_deliver | tostring]))",
        @sh "MX_WD_STS=(\([$s.mx[] | .would_deliver_sts_only | tostring])) MX_RT=(\([$s.mx[] | .result_type // ""]))",
        @sh "MX_PKIX=(\([$s.mx[] | .pkix_result_type // ""]))",
        "ADDRESS_FAILURE=(\([$s.mx[] | .address_failures // {} | to_entries[] | "[\(.key)]=\(.value | @sh)"] | join(" ")))"
        ' "$STS_TESTBED_SCENARIOS"
}

# readme_row INDEX: the "#" of the scenario in README.md's tables: its place in "scenarios",
# or p1, p2, ... in "private_address_scenarios".
readme_row() {
    local n
    n=$(jq '.scenarios | length' "$STS_TESTBED_SCENARIOS")
    if (($1 < n)); then echo $(($1 + 1)); else echo "p$(($1 - n + 1))"; fi
}

# check_scenario INDEX: every check of one scenario; prints "PASS FAIL" counts last.
check_scenario() {
    local D VERDICT DERIVED DNS DNSSEC STS TLSRPT P_STATUS P_FAILURE P_HOST P_ADDR P_SERVER
    local P_MODE P_MAX_AGE P_MX MX_WANT
    local -a MX_HOST MX_FAILURE MX_ADDRS MX_DANE MX_WD MX_WD_STS MX_RT MX_PKIX
    local -A ADDRESS_FAILURE
    PASS=0 FAIL=0
    eval "$(scenario_vars "$1")"
    WORK=$WORK/$1
    mkdir -p "$WORK"
    same "$D: verdict follows from the expectations" "$DERIVED" "$VERDICT"
    check "$D: README.md lists it as $VERDICT" grep -qF "| $(readme_row "$1") | \`$D\` | $VERDICT |" "$HERE/README.md"
    check_zone
    check_records
    check_policy
    check_mx
    check_dane
    if ((FAIL == 0)); then echo "ok   $D"; else echo "FAIL $D"; fi
    echo "$PASS $FAIL" >"$WORK/counts"
}

check_global() {
    dq test. SOA
    same "test.: validating resolver answers with AD" "NOERROR 1" "$DQ_STATUS $DQ_AD"
    DNS_SERVER=$STS_TESTBED_BOGUS_RESOLVER dq test. SOA
    same "test.: wrong-anchor resolver answers SERVFAIL" SERVFAIL "$DQ_STATUS"
    DNS_SERVER=$STS_TESTBED_SERVFAIL_NAMESERVER dq test. SOA
    same "the broken name server answers SERVFAIL" SERVFAIL "$DQ_STATUS"
    DNS_SERVER=$STS_TESTBED_DEAD_NAMESERVER dq +time=1 +retry=0 test. SOA
    same "the dead name server does not answer" "" "$DQ_STATUS"
    dq test. DNSKEY
    check "trust-anchor-dnskey.txt is test.'s DNSKEY" grep -qF "$(awk '{ print $NF }' "$STS_TESTBED_TRUST_ANCHOR_DNSKEY")" \
        <(dq_values DNSKEY | tr -d ' ')
    check "trust-anchor.txt is a DS record for test." grep -qE '^test\. +DS +[0-9]+ 13 2 [0-9a-f]{64}$' "$STS_TESTBED_TRUST_ANCHOR"
    same "ca.pem holds only the root" 1 "$(grep -c 'BEGIN CERTIFICATE' "$STS_TESTBED_CA")"
    same "ca.pem is self-signed" \
        "$(openssl x509 -in "$STS_TESTBED_CA" -noout -subject | cut -d= -f2-)" \
        "$(openssl x509 -in "$STS_TESTBED_CA" -noout -issuer | cut -d= -f2-)"
    check "resolv.conf in the namespace points at the testbed" grep -q "^nameserver $STS_TESTBED_RESOLVER" /etc/resolv.conf
    if ((STS_TESTBED_LATENCY_MS > 0)); then
        fetch https://mta-sts.healthy.test/.well-known/mta-sts.txt
        check "relay adds at least ${STS_TESTBED_LATENCY_MS} ms to a policy fetch (${FETCH_TIME} s)" \
            awk -v t="$FETCH_TIME" -v l="$STS_TESTBED_LATENCY_MS" 'BEGIN { exit !(t * 1000 >= l) }'
    fi
}

# ---------------------------------------------------------------- observer side

testbed() { STS_TESTBED_NS=$STS_TESTBED_NS STS_TESTBED_DIR=$STATE "$HERE/testbed.sh" "$@"; }

# The first address of the first healthy MX of the scenarios with an address of family 4 or 6.
healthy_mx_address() {
    jq -r --arg f "$1" '[.scenarios[].mx[] | select(.failure == null and .address_failures == null)
        | .addresses[] | select(if $f == "6" then contains(":") else contains(":") | not end)][0]' \
        "$STS_TESTBED_SCENARIOS"
}

# smtp_direct ADDR: the greeting of ADDR:25, straight (bash's /dev/tcp), within 3 s. Sets
# DIRECT_RC (0, 1: the connect failed, 124: timed out), DIRECT_BANNER and DIRECT_MS.
smtp_direct() {
    local start=$EPOCHREALTIME
    DIRECT_RC=0
    DIRECT_BANNER=$(timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/25" && head -n1 <&3' _ "$1" 2>/dev/null) || DIRECT_RC=$?
    DIRECT_MS=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%d", (b - a) * 1000 }')
}

# smtp_socks ADDR: the greeting of ADDR:25 through the SOCKS proxy (curl; QUIT ends the session).
smtp_socks() {
    local target=$1
    [[ $target != *:* ]] || target="[$target]"
    printf 'QUIT\r\n' | timeout 8 curl -sS --connect-timeout 3 --max-time 6 --socks5 "$STS_TESTBED_SOCKS" \
        "telnet://$target:25" 2>/dev/null | head -n1 | tr -d '\r'
}

check_observer_side() {
    local mx4 mx6 strip tcp
    mx4=$(healthy_mx_address 4)
    mx6=$(healthy_mx_address 6)
    same "no observer-side condition is on" "" "$(testbed condition | xargs)"
    # the stripping resolver: same answers, no DNSSEC
    dq +dnssec healthy.test MX
    check "validating resolver: RRSIG with the MX set of healthy.test (+dnssec)" [ -n "$(dq_values RRSIG)" ]
    same "validating resolver: AD for healthy.test MX" 1 "$DQ_AD"
    strip=$(dq_values MX | sort | paste -sd,)
    for tcp in +notcp +tcp; do
        DNS_SERVER=$STS_TESTBED_STRIPPING_RESOLVER dq +dnssec "$tcp" healthy.test MX
        same "stripping resolver ($tcp): NOERROR, the same MX set" "NOERROR $strip" \
            "$DQ_STATUS $(dq_values MX | sort | paste -sd,)"
        same "stripping resolver ($tcp): no RRSIG (+dnssec)" "" "$(dq_values RRSIG)"
        same "stripping resolver ($tcp): no AD" 0 "$DQ_AD"
    done
    check "stripping resolver: no DO bit in the answer's EDNS" not grep -qE 'flags:.* do' \
        <(kdig +time=3 +retry=1 +dnssec @"$STS_TESTBED_STRIPPING_RESOLVER" healthy.test SOA)
    check "validating resolver: NSEC proof for a name that does not exist" grep -qw NSEC \
        <(kdig +time=3 +retry=1 +dnssec +noall +authority @"$STS_TESTBED_RESOLVER" nope.healthy.test A)
    strip=$(kdig +time=3 +retry=1 +dnssec +noall +header +authority @"$STS_TESTBED_STRIPPING_RESOLVER" nope.healthy.test A)
    check "stripping resolver: NXDOMAIN with the SOA" glob "$strip" '*NXDOMAIN*SOA*'
    check "stripping resolver: ... without NSEC or RRSIG" not grep -qwE 'NSEC|RRSIG' <<<"$strip"
    DNS_SERVER=$STS_TESTBED_STRIPPING_RESOLVER dq bogus.test SOA
    same "stripping resolver: SERVFAIL for bogus.test (the validating resolver's answer)" SERVFAIL "$DQ_STATUS"
    # the proxy, from 127/8 to the testbed's IPv4 and IPv6 servers, and by name
    check "SOCKS proxy $STS_TESTBED_SOCKS: greeting of $mx4:25" glob "$(smtp_socks "$mx4")" '220 *'
    check "SOCKS proxy $STS_TESTBED_SOCKS: greeting of [$mx6]:25" glob "$(smtp_socks "$mx6")" '220 *'
    fetch --socks5-hostname "$STS_TESTBED_SOCKS" https://mta-sts.healthy.test/.well-known/mta-sts.txt
    same "SOCKS proxy: policy of healthy.test by name (socks5h)" "0 200" "$FETCH_RC $FETCH_CODE"
    # the guard is in place (its count is checked last)
    check "guard: nftables table in place" guard_loaded
    same "guard: IPv4 and IPv6 default routes through lo (so there is a packet to count)" "lo lo" \
        "$(ip route show default | awk '{ print $3 }') $(ip -6 route show default | awk '{ print $3 }')"
}

guard_loaded() { nft list chain inet stsscope_guard output >/dev/null 2>&1; }

# check_guard_zero: nothing in the namespace sent a packet out of the testbed.
check_guard_zero() {
    local n
    n=$(testbed guard-count --addresses 2>"$WORK/guard")
    same "guard: no packet tried to leave the testbed (to: $(xargs <"$WORK/guard"))" 0 "$n"
}

# The conditions, one at a time; they are always off again afterwards (trap in inner).
check_conditions() {
    local mx4 mx6
    mx4=$(healthy_mx_address 4)
    mx6=$(healthy_mx_address 6)
    same "no condition is on at the start" "" "$(testbed condition | xargs)"
    check_guard_zero

    testbed condition smtp-blocked on
    testbed condition smtp-blocked on
    same "smtp-blocked: on (twice), listed once" smtp-blocked "$(testbed condition | xargs)"
    smtp_direct "$mx4"
    same "smtp-blocked: connect to $mx4:25 hangs (timeout 3 s)" 124 "$DIRECT_RC"
    smtp_direct "$mx6"
    same "smtp-blocked: connect to [$mx6]:25 hangs (timeout 3 s)" 124 "$DIRECT_RC"
    check "smtp-blocked: the proxy still reaches $mx4:25" glob "$(smtp_socks "$mx4")" '220 *'
    check "smtp-blocked: the proxy still reaches [$mx6]:25" glob "$(smtp_socks "$mx6")" '220 *'
    fetch https://mta-sts.healthy.test/.well-known/mta-sts.txt
    same "smtp-blocked: HTTPS is not blocked" "0 200" "$FETCH_RC $FETCH_CODE"
    testbed condition smtp-blocked off
    testbed condition smtp-blocked off
    same "smtp-blocked: off (twice)" "" "$(testbed condition | xargs)"
    smtp_direct "$mx4"
    check "smtp-blocked off: greeting of $mx4:25 again ($DIRECT_BANNER)" glob "$DIRECT_BANNER" '220 *'

    testbed condition no-ipv6 on
    testbed condition no-ipv6 on
    same "no-ipv6: on (twice), listed once" no-ipv6 "$(testbed condition | xargs)"
    same "no-ipv6: its rules are there once" 3 "$(ip -6 rule show | grep -cE '^57[123]:')"
    smtp_direct "$mx6"
    check "no-ipv6: connect to [$mx6]:25 fails at once (rc $DIRECT_RC, $DIRECT_MS ms)" \
        [ "$DIRECT_RC" -eq 1 -a "$DIRECT_MS" -lt 500 ]
    check "no-ipv6: ... with 'Network is unreachable'" grep -q 'Network is unreachable' \
        <(timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/25"' _ "$mx6" 2>&1)
    smtp_direct "$mx4"
    check "no-ipv6: IPv4 still works ($mx4:25: $DIRECT_BANNER)" glob "$DIRECT_BANNER" '220 *'
    check "no-ipv6: the proxy still reaches [$mx6]:25" glob "$(smtp_socks "$mx6")" '220 *'
    testbed condition no-ipv6 off
    same "no-ipv6: off" "" "$(testbed condition | xargs)"
    smtp_direct "$mx6"
    check "no-ipv6 off: greeting of [$mx6]:25 again ($DIRECT_BANNER)" glob "$DIRECT_BANNER" '220 *'

    testbed condition all on
    same "all on" "smtp-blocked no-ipv6" "$(testbed condition | xargs)"
    testbed condition all off
    same "all off" "" "$(testbed condition | xargs)"
    check "an unknown condition is refused" not testbed condition no-such-condition on 2>/dev/null

    # The guard counts: a packet to 192.0.2.1 (TEST-NET-1, documentation only; it cannot leave
    # the namespace, which has no way out) is dropped, counted and its address kept. Then the
    # count is set back to 0, which was checked above.
    check "guard: a UDP send to 192.0.2.1 fails" not timeout 3 bash -c 'echo x >/dev/udp/192.0.2.1/9' 2>/dev/null
    same "guard: that packet is counted" 1 "$(testbed guard-count)"
    same "guard: and its address kept" 192.0.2.1 "$(testbed guard-count --addresses 2>&1 >/dev/null | xargs)"
    testbed guard-reset
    check_guard_zero
}

inner() {
    local only=" $* " n i p f d
    # shellcheck source=/dev/null
    . "$STATE/env"
    WORK=$(mktemp -d)
    if [[ $only == " --conditions " ]]; then
        trap 'testbed condition all off; rm -rf "$WORK"' EXIT
        check_conditions
        return 0
    fi
    trap 'rm -rf "$WORK"' EXIT
    check_global
    check_observer_side
    n=$(jq "$ALL_SCENARIOS | length" "$STS_TESTBED_SCENARIOS")
    mapfile -t domains < <(jq -r "${ALL_SCENARIOS}[].domain" "$STS_TESTBED_SCENARIOS")
    for ((i = 0; i < n; i++)); do
        [[ $only == "  " || $only == *" ${domains[i]} "* ]] || continue
        check_scenario "$i" >"$WORK/$i.out" 2>&1 &
        (($(jobs -rp | wc -l) < JOBS)) || wait -n || true
    done
    wait
    for ((i = 0; i < n; i++)); do
        [[ -e $WORK/$i.out ]] || continue
        cat "$WORK/$i.out"
        if read -r p f <"$WORK/$i/counts" 2>/dev/null; then
            PASS=$((PASS + p)) FAIL=$((FAIL + f))
        else
            d=${domains[i]}
            bad "$d: its checks did not finish"
        fi
    done
    # Last: whatever ran above (and beside) never sent a packet out of the testbed.
    check_guard_zero
}

main() {
    if [[ ${1:-} == --inside ]]; then
        PASS=$2 FAIL=$3 VERBOSE=$4
        shift 4
        inner "$@"
        echo "$PASS passed, $FAIL failed"
        ((FAIL == 0))
    else
        if [[ ${1:-} == -v ]]; then
            VERBOSE=1
            shift
        fi
        outer "$@"
    fi
}

main "$@"
