// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Baseline for bench_check.sh: fetches DOMAIN's MTA-STS policy with mailauth's API (the
// _mta-sts TXT record, the policy host's address, the HTTPS fetch) and prints one JSON line
// with the milliseconds getPolicy() took. One fetch per process: Node's global HTTPS agent
// keeps connections alive, a second fetch would skip the handshakes.
//   NODE_EXTRA_CA_CERTS=ca.pem node mailauth-policy.js DOMAIN
'use strict';

const { getPolicy } = require('mailauth/lib/mta-sts');

async function main() {
    const domain = process.argv[2];
    const start = process.hrtime.bigint();
    const result = await getPolicy(domain, null);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const { policy } = result;
    console.log(JSON.stringify({ ms, status: result.status, mode: policy.mode, mx: policy.mx, error: policy.error?.message }));
    process.exit(result.status === 'found' ? 0 : 1);
}

main().catch(err => {
    console.error(err);
    process.exit(1);
});
