#!/bin/bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Mailbox sync (issue 16): `stsscope-cli report fetch --library` of a folder of N report messages
# from the testbed's dovecot (each a Google-style report mail with a report of its own), then
# the same again with nothing new (one STATUS). Prints wall time and peak RSS (/usr/bin/time -v,
# "Maximum resident set size") of each run and the messages it examined; figures, not
# assertions. Needs root and a running testbed (tests/testbed/testbed.sh up); fills a folder of
# its own (bench-<time>) that stays in the testbed until it goes down.
#
#   STS_TESTBED_DIR=... STS_TESTBED_NS=... tests/bench/bench_mailbox.sh [--build DIR] [--messages N]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$root/build/ci
messages=10000
while [[ $# -gt 0 ]]; do
    case $1 in
    --build) build=$(realpath "$2"); shift 2 ;;
    --messages) messages=$2; shift 2 ;;
    -h|--help) sed -n '3,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
state=${STS_TESTBED_DIR:-/tmp/stsscope-testbed}
[[ -r $state/env ]] || { echo "bench_mailbox: no testbed at $state (start it: tests/testbed/testbed.sh up)" >&2; exit 2; }
# shellcheck source=/dev/null
. "$state/env"
export STS_TESTBED_DIR=$state STS_TESTBED_NS
cli=$build/app/cli/stsscope-cli
[[ -x $cli ]] || { echo "bench_mailbox: no $cli (build first)" >&2; exit 2; }

work=$(mktemp -d /tmp/stsscope-bench-mailbox.XXXXXX)
trap 'rm -rf "$work"' EXIT
folder=bench-$(date +%s)
fill_start=$SECONDS
"$root/tests/testbed/testbed.sh" imap-fill "$folder" "$messages" >/dev/null
printf 'bench_mailbox: %d messages in %s (filled in %d s)\n' "$messages" "$folder" $((SECONDS - fill_start))

# run LABEL: one fetch into the same library, measured.
run() {
    local label=$1 code=0
    STSSCOPE_IMAP_PASSWORD=$STS_TESTBED_IMAP_PASSWORD /usr/bin/time -v -o "$work/time" \
        ip netns exec "$STS_TESTBED_NS" "$cli" report fetch --json --library "$work/library.sqlite" \
        --ca-file "$STS_TESTBED_CA" "imaps://$STS_TESTBED_IMAP_USER@$STS_TESTBED_IMAP_HOST/$folder" \
        >"$work/out.json" 2>"$work/err" || code=$?
    local wall rss examined
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time")
    examined=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["messages"], d["library"]["added"])' "$work/out.json" 2>/dev/null || echo "? ?")
    printf '%-22s exit %d  wall %-8s  peak RSS %7s MiB  messages examined / reports added: %s\n' \
        "$label" "$code" "$wall" "$rss" "$examined"
    [[ $code -eq 0 ]] || sed 's/^/    /' "$work/err"
}
run "first sync"
run "second sync (0 new)"
