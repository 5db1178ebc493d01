// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchoutcome.h"

namespace Sts::Check {

namespace {

void consider(WatchOutcome &outcome, const Tls::ChainAnalysis &chain, const QString &host)
{
    if (chain.chain.isEmpty())
        return;
    const QDateTime notAfter = chain.chain.constFirst().notAfter; // the leaf: the one a renewal replaces
    if (notAfter.isValid() && (!outcome.nearestExpiry.isValid() || notAfter < outcome.nearestExpiry)) {
        outcome.nearestExpiry = notAfter;
        outcome.nearestExpiryHost = host;
    }
}

} // namespace

WatchOutcome WatchOutcome::summarize(const CheckResult &result)
{
    WatchOutcome outcome;
    outcome.domain = result.domain;
    outcome.checked = result.started;
    outcome.verdict = result.verdict;
    if (result.policyStatus == PolicyStatus::Valid && result.policy.mode)
        outcome.policyMode = MtaSts::modeName(*result.policy.mode);
    if (result.fetch)
        consider(outcome, result.fetch->chain, result.fetch->host);
    for (const MxHostResult &mx : result.mx) {
        for (const Smtp::SmtpProbeResult &probe : mx.probes)
            consider(outcome, probe.chain, mx.host);
    }
    return outcome;
}

} // namespace Sts::Check
