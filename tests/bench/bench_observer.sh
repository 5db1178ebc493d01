#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What knowing the observer's network costs a check: the wall time of one healthy check at a given
# latency, for a base CLI (one built before the environment self-test), the current CLI with the
# port-25 self-test on, the current CLI through the testbed's SOCKS5 proxy, and the current CLI
# behind a resolver that strips DNSSEC (so that it iterates from the lab's root). Interleaved rounds,
# each a new process inside the testbed's namespace; medians and ranges to stdout. Figures, never
# assertions: see README.md.
#
#   bench_observer.sh --base-cli PATH [--cli PATH] [--runs N] [--latency MS]
#
# Starts its own testbed (namespace $STS_TESTBED_NS, default stsscope-bench) and takes it down.
# Needs root and two built CLIs (build the base one from an older commit in a git worktree).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export STS_TESTBED_NS=${STS_TESTBED_NS:-stsscope-bench}
export STS_TESTBED_DIR=${STS_TESTBED_DIR:-/tmp/stsscope-bench}

base='' cli=$ROOT/build/ci/app/cli/stsscope-cli runs=9 latency=50
while (($#)); do
    case $1 in
        --base-cli) base=$2 ;;
        --cli) cli=$2 ;;
        --runs) runs=$2 ;;
        --latency) latency=$2 ;;
        *)
            sed -n '12,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
            exit 2
            ;;
    esac
    shift 2
done
[[ -x $base && -x $cli ]] || {
    echo "bench_observer: give --base-cli PATH (and --cli PATH unless build/ci has one)" >&2
    exit 2
}

"$ROOT/tests/testbed/testbed.sh" up --latency "$latency" >&2
trap '"$ROOT/tests/testbed/testbed.sh" down >&2' EXIT
# shellcheck source=/dev/null
. "$STS_TESTBED_DIR/env"
common=(check --json healthy.test --resolver "$STS_TESTBED_RESOLVER" --ca-file "$STS_TESTBED_CA"
    --trust-anchor "$STS_TESTBED_TRUST_ANCHOR")
current=(--allow-private --reference-mx mx1.healthy.test --reference-web mta-sts.healthy.test)

# ms of one run; the verdict must be the healthy one, or the figure means nothing.
run() {
    local start end verdict
    start=$(date +%s%N)
    verdict=$(ip netns exec "$STS_TESTBED_NS" "$@" | jq -r '.verdict')
    end=$(date +%s%N)
    [[ $verdict == protected ]] || {
        echo "bench_observer: $1 said $verdict" >&2
        exit 1
    }
    echo $(((end - start) / 1000000))
}

samples=$(mktemp)
for round in $(seq 0 "$runs"); do
    printf '%s %s %s %s %s\n' "$round" "$(run "$base" "${common[@]}")" "$(run "$cli" "${common[@]}" "${current[@]}")" \
        "$(run "$cli" "${common[@]}" "${current[@]}" --proxy "socks5://$STS_TESTBED_SOCKS")" \
        "$(run "$cli" "${common[@]}" "${current[@]}" --resolver "$STS_TESTBED_STRIPPING_RESOLVER" \
            --root-hints "$STS_TESTBED_ROOT_HINTS")" >>"$samples"
done
# Round 0 warms the resolver's cache and is left out.
/usr/bin/python3 - "$samples" "$latency" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])][1:]
print(f"healthy.test at {sys.argv[2]} ms latency, {len(rows)} rounds: median (min-max) ms")
for column, name in ((1, "base CLI"), (2, "self-test on"), (3, "through SOCKS5"), (4, "DNSSEC stripped")):
    values = [int(row[column]) for row in rows]
    print(f"  {name:16} {statistics.median(values):6.0f} ({min(values)}-{max(values)})")
PY
rm -f "$samples"
