#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Wall time of a full check (policy plus every MX) against the testbed, beside the critical
# path and beside two tools that fetch only the policy; then many domains at once. Figures,
# never assertions: see README.md for what is measured and the results on the project machine.
#
#   bench_check.sh [--runs N] [--latency MS]... [--bulk N] [--concurrency N] [--domain D]
#                  [--cli PATH] [--out DIR] [--dns-on-path]
#
# For each --latency (default: 0 and 50) it starts its own testbed instance (namespace
# $STS_TESTBED_NS, default stsscope-bench; state $STS_TESTBED_DIR, default /tmp/stsscope-bench)
# with that latency and --bulk N extra healthy domains (default 500), runs one warm-up and then
# N (default 9) rounds of: stsscope-cli check DOMAIN (default healthy.test), mta-sts-query's
# resolver and mailauth's getPolicy(), each a new process inside the namespace; then checks the
# N bulk domains with one stsscope-cli under /usr/bin/time. It takes the testbed down at the end.
# With --dns-on-path, each round also runs the check through tests/bench/dnsdelay.py, a forwarder
# that costs one round trip per DNS query (stsscope+dns). StsScope rows come in pairs: the
# complete result (elapsed_ms) and the verdict (-verdict, verdict_ms: every certificate judged).
# Raw samples go to --out (default a new directory under /tmp), a summary table to stdout.
# Needs root, the built CLI, and `scripts/install-deps --bench` (postfix-mta-sts-resolver, time,
# node); mailauth is installed by npm into tests/bench/node/node_modules (not committed).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TESTBED=$ROOT/tests/testbed/testbed.sh
PY=/usr/bin/python3
DNS_DELAY_ADDRESS=127.53.0.77 # --dns-on-path: a free address of the testbed's 127.53/16
export STS_TESTBED_NS=${STS_TESTBED_NS:-stsscope-bench}
export STS_TESTBED_DIR=${STS_TESTBED_DIR:-/tmp/stsscope-bench}

runs=9 bulk=500 concurrency=64 domain=healthy.test cli='' out='' latencies=() dns_on_path=false
while (($#)); do
    case $1 in
        --dns-on-path)
            dns_on_path=true
            shift
            continue
            ;;
        --runs) runs=$2 ;;
        --latency) latencies+=("$2") ;;
        --bulk) bulk=$2 ;;
        --concurrency) concurrency=$2 ;;
        --domain) domain=$2 ;;
        --cli) cli=$2 ;;
        --out) out=$2 ;;
        *)
            sed -n '9,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
            exit 2
            ;;
    esac
    shift 2
done
((${#latencies[@]})) || latencies=(0 50)
if [[ -z $cli ]]; then
    cli=$(find "$ROOT/build" -path '*/app/cli/stsscope-cli' -type f -perm -u+x -printf '%T@ %p\n' 2>/dev/null |
        sort -rn | head -n 1 | cut -d' ' -f2-)
fi
[[ -x $cli ]] || {
    echo "bench_check: no stsscope-cli (build it, or pass --cli PATH)" >&2
    exit 1
}
cli=$(realpath "$cli")
for tool in mta-sts-query node /usr/bin/time jq; do
    command -v "$tool" >/dev/null || {
        echo "bench_check: $tool is missing: scripts/install-deps --bench" >&2
        exit 1
    }
done
if [[ ! -d $HERE/node/node_modules/mailauth ]]; then
    (cd "$HERE/node" && npm ci --no-audit --no-fund >&2)
fi
out=${out:-$(mktemp -d /tmp/stsscope-bench-results.XXXXXX)}
mkdir -p "$out"
samples=$out/samples.tsv
printf 'latency_ms\ttool\trun\twall_ms\tinprocess_ms\tstatus\n' >"$samples"

trap '"$TESTBED" down >/dev/null 2>&1 || true' EXIT

# sample LATENCY TOOL RUN CMD...: run CMD in the namespace, record its wall time (taken inside
# the namespace, so that `ip netns exec` does not count) and its own figure (extract_ms).
sample() {
    local latency=$1 tool=$2 run=$3 file=$out/$1-$2-$3.out
    shift 3
    local wall
    # shellcheck disable=SC2016,SC2153 # expanded by the inner bash; STS_TESTBED_CA from the env file
    wall=$(ip netns exec "$STS_TESTBED_NS" env SSL_CERT_FILE="$STS_TESTBED_CA" \
        NODE_EXTRA_CA_CERTS="$STS_TESTBED_CA" bash -c \
        's=$EPOCHREALTIME; "$@" >"$0" 2>&1 || true; e=$EPOCHREALTIME; echo "$(( (${e/./} - ${s/./}) / 1000 ))"' \
        "$file" "$@")
    local ms status verdict_ms
    read -r ms status verdict_ms < <(extract "$tool" "$file")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$latency" "$tool" "$run" "$wall" "$ms" "$status" >>"$samples"
    if [[ -n ${verdict_ms:-} ]]; then
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$latency" "$tool-verdict" "$run" "$wall" "$verdict_ms" "$status" >>"$samples"
    fi
}

# extract TOOL FILE: "in-process-ms status" from a tool's output.
extract() {
    case $1 in
        stsscope*) jq -rs 'flatten | .[0] | "\(.elapsed_ms) \(.verdict) \(.verdict_ms)"' "$2" 2>/dev/null || echo "- error" ;;
        *) jq -r '"\(.ms | floor) \(.status)"' "$2" 2>/dev/null || echo "- error" ;;
    esac
}

# testbed_cpu_s: CPU seconds used so far by every process in the namespace (the servers, the relay).
testbed_cpu_s() {
    local pid ticks=0
    for pid in $(ip netns pids "$STS_TESTBED_NS"); do
        # utime, stime and the reaped children's: fields 14-17 after the ")" of the command name
        ticks=$((ticks + $(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }' || echo 0)))
    done
    awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

stsscope_cmd=("$cli" check "$domain" --json)
mta_sts_query_cmd=("$PY" "$HERE/mta_sts_query_timed.py" "$domain")
mailauth_cmd=(node "$HERE/node/mailauth-policy.js" "$domain")

for latency in "${latencies[@]}"; do
    echo "bench_check: testbed up with --latency $latency --bulk $bulk" >&2
    "$TESTBED" up --latency "$latency" --bulk "$bulk" 2>"$out/testbed-$latency.log"
    # shellcheck source=/dev/null
    . "$STS_TESTBED_DIR/env"
    stsscope_cmd+=(--resolver "$STS_TESTBED_RESOLVER" --ca-file "$STS_TESTBED_CA"
        --trust-anchor "$STS_TESTBED_TRUST_ANCHOR" --allow-private --reference-mx mx1.healthy.test
        --reference-web mta-sts.healthy.test)
    # Round 0 warms the resolver's cache (TTL 300 s, longer than the rounds take) and the page
    # cache; it is recorded but left out of the summary. Tools take turns, so drifting load
    # from the rest of the machine hits them alike.
    # --dns-on-path: the same check through a forwarder that costs one round trip per query, as a
    # resolver across the network does; the testbed's own resolver is local and warm.
    dns_cmd=()
    if $dns_on_path && ((latency > 0)); then
        rm -f "$out/dnsdelay.pid"
        ip netns exec "$STS_TESTBED_NS" setsid "$PY" "$HERE/dnsdelay.py" "$DNS_DELAY_ADDRESS" \
            "$STS_TESTBED_RESOLVER" "$latency" "$out/dnsdelay.pid" </dev/null >"$out/dnsdelay.log" 2>&1 &
        for _ in $(seq 50); do
            [[ -s $out/dnsdelay.pid ]] && break
            sleep 0.1
        done
        dns_cmd=("${stsscope_cmd[@]}")
        for i in "${!dns_cmd[@]}"; do
            [[ ${dns_cmd[$i]} == "$STS_TESTBED_RESOLVER" ]] && dns_cmd[i]=$DNS_DELAY_ADDRESS
        done
    fi
    for run in $(seq 0 "$runs"); do
        sample "$latency" stsscope "$run" "${stsscope_cmd[@]}"
        if ((${#dns_cmd[@]})); then
            sample "$latency" stsscope+dns "$run" "${dns_cmd[@]}"
        fi
        sample "$latency" mta-sts-query "$run" "${mta_sts_query_cmd[@]}"
        sample "$latency" mailauth "$run" "${mailauth_cmd[@]}"
    done
    cp "$out/$latency-stsscope-1.out" "$out/$latency-stsscope-example.json"
    if ((bulk > 0)); then
        echo "bench_check: $bulk bulk domains, --concurrency $concurrency" >&2
        mapfile -t domains <"$STS_TESTBED_BULK_DOMAINS"
        servers_before=$(testbed_cpu_s)
        ip netns exec "$STS_TESTBED_NS" /usr/bin/time -f '%e %M %U %S' -o "$out/$latency-bulk.time" \
            "${stsscope_cmd[@]:0:2}" "${domains[@]}" "${stsscope_cmd[@]:3}" --concurrency "$concurrency" \
            >"$out/$latency-bulk.json" 2>"$out/$latency-bulk.err" || true
        read -r wall rss user sys <"$out/$latency-bulk.time"
        servers=$(awk -v a="$servers_before" -v b="$(testbed_cpu_s)" 'BEGIN { printf "%.1f", b - a }')
        verdicts=$(jq -rs 'flatten | group_by(.verdict) | map("\(.[0].verdict)=\(length)") | join(",")' \
            "$out/$latency-bulk.json")
        # The in-process column holds the peak RSS here, the result column the verdicts and CPU seconds.
        printf '%s\tbulk-%s\t%s\t%s\t%s\t%s\n' "$latency" "$bulk" 1 "$(awk -v s="$wall" 'BEGIN { printf "%d", s * 1000 }')" "${rss}KiB" \
            "$verdicts;cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }');servers_cpu=$servers" >>"$samples"
    fi
    stsscope_cmd=("${stsscope_cmd[@]:0:4}")
    if [[ -s $out/dnsdelay.pid ]]; then
        kill "$(cat "$out/dnsdelay.pid")" 2>/dev/null || true
        rm -f "$out/dnsdelay.pid"
    fi
    "$TESTBED" down 2>>"$out/testbed-$latency.log"
done
trap - EXIT

"$PY" "$HERE/summarize_check.py" "$samples"
echo "bench_check: raw samples in $out" >&2
