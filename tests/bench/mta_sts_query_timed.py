# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Baseline for bench_check.sh: what `mta-sts-query DOMAIN` does (postfix-mta-sts-resolver's
STSResolver: the _mta-sts TXT record, then the policy over HTTPS), printing one JSON line with
the milliseconds resolve() took, so that interpreter start-up can be told apart.

    /usr/bin/python3 mta_sts_query_timed.py DOMAIN
"""

import asyncio
import json
import sys
import time

from postfix_mta_sts_resolver.resolver import STSFetchResult, STSResolver


async def main(domain):
    resolver = STSResolver(loop=asyncio.get_running_loop())
    start = time.monotonic()
    status, policy = await resolver.resolve(domain)
    ms = (time.monotonic() - start) * 1000
    print(json.dumps({"ms": ms, "status": status.name, "mode": (policy or (None, {}))[1].get("mode")}))
    return 0 if status == STSFetchResult.VALID else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1])))
