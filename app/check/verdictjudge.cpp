// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictjudge.h"

#include "checkcatalog.h"
#include "common/resulttype.h"
#include "findingregistry.h"
#include "mtasts/mxpattern.h"
#include "net/addressscope.h"
#include "tls/daneverifier.h"

#include <QCoreApplication>

#include <algorithm>

namespace Sts::Check {

namespace {

using TlsRpt::ResultType;

TxtRecordSet recordSet(const Net::DnsAnswer &answer)
{
    TxtRecordSet records;
    for (const Net::DnsRecord &record : answer.records)
        records.append(TxtRecord{record.strings});
    return records;
}

//! The address got far enough that a sender could deliver without TLS (opportunistic).
bool reachable(const Smtp::SmtpProbeResult &probe)
{
    return !probe.failed || probe.reached >= Smtp::Step::StartTls;
}

//! The address passes MTA-STS validation (RFC 8461 §4.2): STARTTLS and a valid chain for the host.
bool passes(const Smtp::SmtpProbeResult &probe)
{
    return probe.tlsEstablished && probe.chain.valid();
}

//! Every MX host passes DANE (RFC 7672): a sender that validates it is safe on every path.
bool daneProtectsEveryMx(const CheckResult &result)
{
    return !result.mx.isEmpty() && std::all_of(result.mx.cbegin(), result.mx.cend(),
                                               [](const MxHostResult &host) { return host.dane == DaneStatus::Pass; });
}

//! Why \a probe shows nothing about the host but about this machine's network; empty when it
//! observed the host. A connect timeout is the host's fault unless port 25 is known blocked here.
QString unobservedBecause(const Smtp::SmtpProbeResult &probe, const Environment &environment)
{
    if (!probe.failed || probe.reached != Smtp::Step::Connect)
        return {};
    if (probe.proxyFailed)
        return QCoreApplication::translate("VerdictJudge", "the SOCKS5 proxy %1 failed: %2")
            .arg(environment.proxy, displayError(probe));
    if (probe.noRoute && probe.address.protocol() == QAbstractSocket::IPv6Protocol)
        return QCoreApplication::translate("VerdictJudge", "this machine has no IPv6 route");
    if (environment.smtpPort25 == Environment::Port25::Blocked && environment.proxy.isEmpty() &&
        probe.connectTimedOut())
        return QCoreApplication::translate("VerdictJudge", "outbound port 25 is blocked on this machine's network");
    return {};
}

//! What the probes of this check show about the machine's network: a session on port 25 proves
//! it open, an IPv6 connection a route, a connect without route its absence.
Environment observedEnvironment(const CheckResult &result)
{
    Environment observed;
    if (!result.environment.proxy.isEmpty())
        return observed; // the probes saw the proxy's network, not this machine's
    bool ipv6Connected = false;
    bool ipv6NoRoute = false;
    for (const MxHostResult &host : result.mx) {
        for (const Smtp::SmtpProbeResult &probe : host.probes) {
            const bool connected = probe.reached > Smtp::Step::Connect;
            const bool ipv6 = probe.address.protocol() == QAbstractSocket::IPv6Protocol;
            if (connected && probe.port == 25)
                observed.smtpPort25 = Environment::Port25::Open;
            ipv6Connected = ipv6Connected || (connected && ipv6);
            ipv6NoRoute = ipv6NoRoute || (ipv6 && probe.noRoute);
        }
    }
    if (ipv6Connected)
        observed.ipv6 = Environment::Ipv6::Routable;
    else if (ipv6NoRoute)
        observed.ipv6 = Environment::Ipv6::None;
    return observed;
}

void judgeRecords(CheckResult &result)
{
    const QString stsName = QStringLiteral("_mta-sts.") + result.domain;
    result.stsRecord = MtaSts::StsRecord();
    if (result.stsTxt) {
        if (result.stsTxt->status == Net::DnsStatus::NoError) {
            result.stsRecord = MtaSts::StsRecord::lint(recordSet(*result.stsTxt), stsName);
        } else if (result.stsTxt->status != Net::DnsStatus::NxDomain &&
                   result.stsTxt->status != Net::DnsStatus::NoData) {
            result.stsRecord.findings.append(
                makeFinding(Catalog::DnsFailed, stsName,
                            {QStringLiteral("TXT"), stsName, Net::dnsStatusName(result.stsTxt->status)}));
        } else {
            result.stsRecord = MtaSts::StsRecord::lint({}, stsName);
        }
    }
    const QString tlsRptName = QStringLiteral("_smtp._tls.") + result.domain;
    result.tlsRptRecord = TlsRpt::TlsRptRecord();
    if (result.tlsRptTxt) {
        result.tlsRptRecord = TlsRpt::TlsRptRecord::lint(
            result.tlsRptTxt->status == Net::DnsStatus::NoError ? recordSet(*result.tlsRptTxt) : TxtRecordSet(),
            tlsRptName);
    }
}

void judgePolicy(CheckResult &result)
{
    result.policy = MtaSts::Policy();
    result.policyResultType.reset();
    if (result.assumedPolicy) {
        // A draft, judged as if the record and the policy host already published it.
        result.policy = MtaSts::Policy::parse(*result.assumedPolicy, QStringLiteral("mta-sts.txt (draft)"));
        result.policyStatus = result.policy.valid ? PolicyStatus::Valid : PolicyStatus::Invalid;
        if (!result.policy.valid)
            result.policyResultType = ResultType::StsPolicyInvalid;
        return;
    }
    if (!result.stsTxt || !result.fetch) {
        result.policyStatus =
            result.stsTxt && !result.stsRecord.valid ? PolicyStatus::NoneFound : PolicyStatus::Pending;
        return;
    }
    if (!result.stsRecord.valid) {
        result.policyStatus = PolicyStatus::NoneFound;
        return;
    }
    if (!result.fetch->ok) {
        result.policyStatus = PolicyStatus::FetchError;
        result.policyResultType = result.fetch->resultType;
        return;
    }
    result.policy = MtaSts::Policy::parse(result.fetch->response.body, result.fetch->url);
    if (!result.policy.valid) {
        result.policyStatus = PolicyStatus::Invalid;
        result.policyResultType = ResultType::StsPolicyInvalid;
        return;
    }
    result.policyStatus = PolicyStatus::Valid;
}

void judgeDane(MxHostResult &host, const QStringList &unobserved, const CheckResult &result);

void judgeMx(CheckResult &result, MxHostResult &host)
{
    host.findings.clear();
    host.matchedPattern.clear();
    host.resultType.reset();
    const bool policyActive = result.policyStatus == PolicyStatus::Valid && result.policy.mode != MtaSts::Mode::None;
    const bool enforce = policyActive && result.policy.mode == MtaSts::Mode::Enforce;
    if (policyActive) {
        for (const QString &pattern : std::as_const(result.policy.mx)) {
            if (MtaSts::MxPattern(pattern).matches(host.host)) {
                host.matchedPattern = pattern;
                break;
            }
        }
    }
    const bool anyReachable = std::any_of(host.probes.cbegin(), host.probes.cend(), reachable);
    QStringList unobserved;
    for (const Smtp::SmtpProbeResult &probe : host.probes) {
        if (const QString why = unobservedBecause(probe, result.environment);
            !why.isEmpty() && !unobserved.contains(why))
            unobserved.append(why);
    }
    host.unobserved.clear();
    const auto passing = std::find_if(host.probes.cbegin(), host.probes.cend(), passes);
    const bool anyPasses = passing != host.probes.cend();
    TlsRpt::FailureType failure;
    if (!anyPasses) {
        for (const Smtp::SmtpProbeResult &probe : host.probes) {
            if (probe.resultType) {
                failure = probe.resultType;
                break;
            }
        }
    }
    for (const QHostAddress &address : std::as_const(host.refusedAddresses))
        host.findings.append(
            makeFinding(Catalog::MxPrivateAddress, host.host,
                        {host.host, address.toString(), Net::addressScopePhrase(Net::addressScope(address))}));
    const bool dnsDone = host.a && host.aaaa;
    if (dnsDone && host.addresses().isEmpty()) {
        host.findings.append(
            makeFinding(Catalog::MxNoAddress, host.host,
                        {host.host, Net::dnsStatusName(host.a->status), Net::dnsStatusName(host.aaaa->status)}));
    } else if (dnsDone && !host.probes.isEmpty() && !anyReachable && !result.cancelled) {
        host.findings.append(unobserved.isEmpty() ? makeFinding(Catalog::MxUnreachable, host.host, {host.host})
                                                  : makeFinding(Catalog::MxNotObserved, host.host,
                                                                {host.host, unobserved.join(QStringLiteral("; "))}));
    }
    // A "no" is only as good as what was observed: an address this machine could not reach might
    // have said yes.
    const auto decide = [&host, &unobserved](bool wouldDeliver) {
        if (!wouldDeliver && !unobserved.isEmpty()) {
            host.wouldDeliver.reset();
            host.unobserved = unobserved.join(QStringLiteral("; "));
        } else {
            host.wouldDeliver = wouldDeliver;
        }
    };

    if (!policyActive) {
        decide(anyReachable);
        judgeDane(host, unobserved, result);
        return;
    }
    const bool covered = !host.matchedPattern.isEmpty();
    if (!covered) {
        host.resultType = ResultType::ValidationFailure;
        host.findings.append(
            makeFinding(enforce ? Catalog::MxNotCovered : Catalog::MxNotCoveredTesting, host.host, {host.host}));
    } else if (!anyPasses && failure && unobserved.isEmpty()) {
        host.resultType = failure;
        host.findings.append(makeFinding(enforce ? Catalog::MxTlsFailing : Catalog::MxTlsFailingTesting, host.host,
                                         {host.host, TlsRpt::resultTypeName(failure)}));
    }
    if (enforce && !covered)
        host.wouldDeliver = false; // no network decides that
    else
        decide(enforce ? anyPasses : anyReachable);
    judgeDane(host, unobserved, result);
}

//! The host's DANE result (RFC 7672) and what a sender validating DANE and MTA-STS does with it:
//! where DANE applies it decides, and an MTA-STS pass does not override it (RFC 8461 §2).
void judgeDane(MxHostResult &host, const QStringList &unobserved, const CheckResult &result)
{
    host.wouldDeliverStsOnly = host.wouldDeliver;
    if (!host.tlsa) {
        host.dane = DaneStatus::Pending;
        return;
    }
    const Net::DnsAnswer &tlsa = *host.tlsa;
    // RFC 7672 §2.2.1: an attacker can forge MX records that are not signed, and point senders at
    // a host of theirs. Senders may still use the named host's TLSA records (the RFC allows it),
    // but Postfix and Exim do not even look them up: DANE protects nothing for them.
    if (result.mxAnswer && result.mxAnswer->dnssec == Net::DnssecStatus::Insecure &&
        (tlsa.hasRecords() || tlsa.dnssec == Net::DnssecStatus::Bogus)) {
        host.dane = DaneStatus::Insecure;
        host.findings.append(makeFinding(Catalog::DaneMxInsecure, host.host, {host.host, result.domain}));
        return;
    }
    QList<Net::DnsRecord> usable;
    for (const Net::DnsRecord &record : tlsa.records) {
        if (Tls::Tlsa::usableForSmtp(record))
            usable.append(record);
    }
    TlsRpt::FailureType failure;
    if (tlsa.dnssec == Net::DnssecStatus::Bogus) {
        host.dane = DaneStatus::Bogus;
        failure = ResultType::DnssecInvalid;
        host.findings.append(makeFinding(Catalog::DaneBogus, host.host, {host.host, tlsa.whyBogus}));
    } else if (tlsa.dnssec == Net::DnssecStatus::Unknown) {
        host.dane = DaneStatus::Unknown;
        const bool denied = tlsa.status == Net::DnsStatus::NxDomain || tlsa.status == Net::DnsStatus::NoData;
        if (!denied) { // records, or a failure: what a validating sender does cannot be told
            host.findings.append(makeFinding(Catalog::DaneUnvalidated, host.host, {host.host}));
            host.wouldDeliver.reset();
            const QString why =
                QCoreApplication::translate("VerdictJudge", "its TLSA records cannot be validated here");
            host.unobserved = host.unobserved.isEmpty() ? why : host.unobserved + QStringLiteral("; ") + why;
        }
        return;
    } else if (tlsa.status == Net::DnsStatus::NxDomain || tlsa.status == Net::DnsStatus::NoData) {
        host.dane = tlsa.dnssec == Net::DnssecStatus::Secure ? DaneStatus::None : DaneStatus::Insecure;
        return;
    } else if (tlsa.status != Net::DnsStatus::NoError) {
        host.dane = DaneStatus::Fail; // RFC 7672 §2.2: an indeterminate lookup makes the host unusable
        failure = ResultType::DnssecInvalid;
        host.findings.append(
            makeFinding(Catalog::DaneLookupFailed, host.host, {host.host, Net::dnsStatusName(tlsa.status)}));
    } else if (tlsa.dnssec != Net::DnssecStatus::Secure) {
        host.dane = DaneStatus::Insecure;
        host.findings.append(makeFinding(Catalog::DaneInsecure, host.host, {host.host}));
        return;
    } else {
        const auto tls = std::find_if(host.probes.cbegin(), host.probes.cend(),
                                      [](const Smtp::SmtpProbeResult &probe) { return probe.tlsEstablished; });
        const auto authenticated =
            std::find_if(host.probes.cbegin(), host.probes.cend(), [](const Smtp::SmtpProbeResult &probe) {
                return probe.tlsEstablished && probe.dane && probe.dane->verified;
            });
        // RFC 7672 §2.2: records that are all unusable still make TLS mandatory, unauthenticated.
        const bool passes = usable.isEmpty() ? tls != host.probes.cend() : authenticated != host.probes.cend();
        host.dane = passes ? DaneStatus::Pass : DaneStatus::Fail;
        if (usable.isEmpty())
            host.findings.append(makeFinding(Catalog::DaneUnusable, host.host, {host.host}));
        if (passes && !usable.isEmpty()) {
            const Tls::DaneMatch &match = *authenticated->dane;
            host.findings.append(makeFinding(Catalog::DanePass, host.host, {host.host, match.matchedRecord}));
            const bool pinsAnAnchor = std::any_of(usable.cbegin(), usable.cend(),
                                                  [](const Net::DnsRecord &record) { return record.usage == 2; });
            if (!pinsAnAnchor && match.matchingRecords.size() == usable.size())
                host.findings.append(makeFinding(Catalog::DaneNoNextKey, host.host, {host.host}));
        } else if (!passes && tls == host.probes.cend()) {
            for (const Smtp::SmtpProbeResult &probe : host.probes) {
                if (!failure && probe.resultType)
                    failure = probe.resultType;
            }
            if (!failure)
                failure = ResultType::StartTlsNotSupported;
            host.findings.append(
                makeFinding(Catalog::DaneNoTls, host.host, {host.host, TlsRpt::resultTypeName(failure)}));
        } else if (!passes) {
            const Smtp::SmtpProbeResult &probe = *tls;
            const Tls::DaneMatch match = probe.dane.value_or(Tls::DaneMatch{});
            failure = match.resultType ? match.resultType : ResultType::TlsaInvalid;
            const QString spki = probe.chain.chain.isEmpty() ? QString() : probe.chain.chain.constFirst().spkiSha256;
            host.findings.append(makeFinding(Catalog::DaneMismatch, host.host,
                                             {host.host, match.error, QStringLiteral("3 1 1 ") + spki}));
        }
    }
    if (host.dane == DaneStatus::Pass) {
        host.wouldDeliver = true;
        host.resultType.reset();
    } else if (!unobserved.isEmpty() && host.dane == DaneStatus::Fail) {
        host.wouldDeliver.reset(); // an address this machine could not reach might have passed
        host.unobserved = unobserved.join(QStringLiteral("; "));
    } else {
        host.wouldDeliver = false;
        host.resultType = failure;
    }
}

//! Why \a host gets no mail from a sender that validates, in words, from what its probes saw.
QString causeFor(const MxHostResult &host)
{
    if (host.dane == DaneStatus::Bogus)
        return QCoreApplication::translate("VerdictJudge", "The TLSA records of %1 fail DNSSEC validation.")
            .arg(host.host);
    if (host.dane == DaneStatus::Fail && host.resultType == ResultType::TlsaInvalid)
        return QCoreApplication::translate("VerdictJudge", "No TLSA record of %1 matches the certificate it presents.")
            .arg(host.host);
    if (host.resultType == ResultType::ValidationFailure && host.matchedPattern.isEmpty())
        return QCoreApplication::translate("VerdictJudge", "%1 is not covered by the policy's mx lines.")
            .arg(host.host);
    for (const Smtp::SmtpProbeResult &probe : host.probes) {
        if (!probe.tlsEstablished) {
            if (probe.reached < Smtp::Step::StartTls)
                return QCoreApplication::translate("VerdictJudge", "%1 does not complete an SMTP session (%2).")
                    .arg(host.host, displayError(probe));
            return probe.starttlsOffered
                       ? QCoreApplication::translate("VerdictJudge", "The TLS handshake with %1 fails (%2).")
                             .arg(host.host, displayError(probe))
                       : QCoreApplication::translate("VerdictJudge", "%1 does not offer STARTTLS.").arg(host.host);
        }
        if (probe.chain.valid() || probe.chain.chain.isEmpty())
            continue;
        const Tls::CertificateInfo &leaf = probe.chain.chain.constFirst();
        const TlsRpt::FailureType failed = probe.chain.resultType;
        if (failed == ResultType::CertificateHostMismatch)
            return QCoreApplication::translate("VerdictJudge", "The certificate of %1 is for %2, not %1.")
                .arg(host.host,
                     leaf.subjectAltNames.isEmpty() ? leaf.subject : leaf.subjectAltNames.join(QStringLiteral(", ")));
        if (failed == ResultType::CertificateExpired)
            return QCoreApplication::translate("VerdictJudge", "The certificate of %1 expired on %2.")
                .arg(host.host, leaf.notAfter.toUTC().date().toString(Qt::ISODate));
        return QCoreApplication::translate("VerdictJudge", "The certificate of %1 does not verify (%2).")
            .arg(host.host, TlsRpt::resultTypeName(probe.chain.resultType));
    }
    return {};
}

//! The one cause of a verdict that is not "protected", for the banner: the first host a sender
//! refuses, or the policy senders cannot use, with the most severe finding about it.
void judgeCause(CheckResult &result)
{
    result.cause.clear();
    result.causeCode.clear();
    result.causeSubject.clear();
    const auto firstFinding = [&result](const QString &subject, const QString &prefix) -> const Finding * {
        for (const Finding &finding : std::as_const(result.findings)) {
            if (finding.severity >= Severity::Warning && finding.subject == subject && finding.code.startsWith(prefix))
                return &finding;
        }
        return nullptr;
    };
    if (result.verdict == Verdict::Broken) {
        for (const MxHostResult &host : std::as_const(result.mx)) {
            if (host.wouldDeliver != false)
                continue;
            result.cause = causeFor(host);
            if (const Finding *finding = firstFinding(host.host, QString())) {
                result.causeCode = finding->code;
                result.causeSubject = finding->subject;
                if (result.cause.isEmpty())
                    result.cause = displayMessage(*finding);
            }
            return;
        }
    }
    if (result.verdict == Verdict::NotProtected &&
        (result.policyStatus == PolicyStatus::FetchError || result.policyStatus == PolicyStatus::Invalid)) {
        for (const Finding &finding : std::as_const(result.findings)) {
            if (finding.severity == Severity::Error && finding.code.startsWith(u"sts.")) {
                result.cause = displayMessage(finding);
                result.causeCode = finding.code;
                result.causeSubject = finding.subject;
                return;
            }
        }
    }
}

void judgeVerdict(CheckResult &result)
{
    const bool mxFailed = result.mxAnswer && result.mxAnswer->status != Net::DnsStatus::NoError &&
                          result.mxAnswer->status != Net::DnsStatus::NoData;
    const bool noHosts = result.mxAnswer && !mxFailed && result.mx.isEmpty();
    const auto count = [&result](auto predicate) {
        return std::count_if(result.mx.cbegin(), result.mx.cend(), predicate);
    };
    const bool anyDelivers = count([](const MxHostResult &host) { return host.wouldDeliver.value_or(false); }) > 0;
    const bool anyRefuses = count([](const MxHostResult &host) { return host.wouldDeliver == false; }) > 0;
    const bool anyUnknown = count([](const MxHostResult &host) { return !host.wouldDeliver.has_value(); }) > 0;
    const bool allDeliver = !anyRefuses && !anyUnknown;
    const bool partial = result.mxRecordCount > result.mx.size();
    const bool enforce = result.policyStatus == PolicyStatus::Valid && result.policy.mode == MtaSts::Mode::Enforce;
    //! The hosts a sender would not deliver to, of those \a among picks, for the summary.
    const auto refusing = [&result](auto among) {
        QStringList hosts;
        for (const MxHostResult &host : std::as_const(result.mx)) {
            if (among(host) && host.wouldDeliver == false)
                hosts.append(host.host);
        }
        return hosts.join(QStringLiteral(", "));
    };
    const bool daneRefuses =
        count([](const MxHostResult &host) { return daneApplies(host.dane) && host.wouldDeliver == false; }) > 0;
    const bool daneProtectsAll = daneProtectsEveryMx(result);
    const bool testing = result.policyStatus == PolicyStatus::Valid && result.policy.mode == MtaSts::Mode::Testing;

    if (!result.complete && !result.settled) {
        result.verdict = Verdict::Pending;
        result.summary = QCoreApplication::translate("VerdictJudge", "Looking up %1 and connecting to its policy host "
                                                                     "and every MX host as a sender would…")
                             .arg(result.domain);
        result.nextStep.clear();
        return;
    }
    // Probes stopped halfway look like hosts that do not answer: judging them would blame the
    // domain for the user's Cancel.
    if (result.cancelled) {
        result.verdict = Verdict::Cancelled;
        result.summary =
            QCoreApplication::translate("VerdictJudge", "The check of %1 was cancelled before it finished. What it "
                                                        "observed is shown, but it is no verdict on the domain.")
                .arg(result.domain);
        result.nextStep = QCoreApplication::translate("VerdictJudge", "Check the domain again to get a verdict.");
        return;
    }
    if (!mxFailed && !noHosts &&
        ((!anyDelivers && anyUnknown) || (enforce && !anyRefuses && (anyUnknown || partial)))) {
        // What decides the verdict could not be seen from here: say so instead of guessing.
        result.verdict = Verdict::Inconclusive;
        QStringList reasons;
        for (const MxHostResult &host : std::as_const(result.mx)) {
            if (!host.wouldDeliver && !reasons.contains(host.unobserved))
                reasons.append(host.unobserved);
        }
        if (partial)
            reasons.append(QCoreApplication::translate("VerdictJudge", "only %1 of its %2 MX hosts were checked")
                               .arg(result.mx.size())
                               .arg(result.mxRecordCount));
        result.summary =
            QCoreApplication::translate("VerdictJudge", "This machine cannot see what a sending server would see of %1 "
                                                        "(%2), so there is no verdict on the domain.")
                .arg(result.domain, reasons.join(QStringLiteral("; ")));
        result.nextStep = QCoreApplication::translate(
            "VerdictJudge", "Check again from a network that can reach the MX hosts on port 25 (and over IPv6 where "
                            "they have IPv6 addresses), or through a SOCKS5 proxy on such a server (Settings, or "
                            "--proxy; ssh -N -D 1080 a-server makes one).");
    } else if (mxFailed || noHosts || !anyDelivers) {
        result.verdict = Verdict::Broken;
        result.summary =
            mxFailed ? QCoreApplication::translate(
                           "VerdictJudge", "The MX records of %1 cannot be resolved (%2); senders cannot deliver mail.")
                           .arg(result.domain, Net::dnsStatusName(result.mxAnswer->status))
                     : QCoreApplication::translate("VerdictJudge",
                                                   "No MX host of %1 would receive mail from a sender following the "
                                                   "standards.")
                           .arg(result.domain);
        result.nextStep =
            mxFailed
                ? QCoreApplication::translate("VerdictJudge",
                                              "Fix the DNS of the domain (delegation, DNSSEC signatures) so that its "
                                              "MX records resolve.")
                : QCoreApplication::translate("VerdictJudge",
                                              "Make at least one MX host reachable with STARTTLS and a valid "
                                              "certificate for its name.");
    } else if (daneRefuses) {
        result.verdict = Verdict::Broken;
        result.summary =
            QCoreApplication::translate("VerdictJudge", "Senders that validate DANE will not deliver to %1.")
                .arg(refusing([](const MxHostResult &host) { return daneApplies(host.dane); }));
        result.nextStep = QCoreApplication::translate(
            "VerdictJudge", "Publish TLSA records that match the certificates in use, and keep their DNSSEC valid "
                            "(see the DANE findings).");
    } else if (enforce && !allDeliver) {
        result.verdict = Verdict::Broken;
        result.summary =
            QCoreApplication::translate("VerdictJudge", "Senders enforcing the policy will not deliver to %1.")
                .arg(refusing([](const MxHostResult &) { return true; }));
        result.nextStep = QCoreApplication::translate(
            "VerdictJudge", "Fix the failing MX hosts (see their findings) or cover them in the policy; "
                            "switch to testing mode until they pass.");
    } else if (enforce || (daneProtectsAll && allDeliver)) {
        result.verdict = Verdict::Protected;
        result.summary =
            !daneProtectsAll
                ? QCoreApplication::translate(
                      "VerdictJudge", "Mail to %1 is protected: an enforce policy and every MX host passes validation.")
                      .arg(result.domain)
            : enforce ? QCoreApplication::translate("VerdictJudge", "Mail to %1 is protected by DANE and an enforce "
                                                                    "MTA-STS policy: every MX host passes both.")
                            .arg(result.domain)
                      : QCoreApplication::translate("VerdictJudge", "Mail to %1 is protected by DANE: every MX host's "
                                                                    "certificate matches its DNSSEC-signed TLSA "
                                                                    "records.")
                            .arg(result.domain);
        result.nextStep =
            result.tlsRptRecord.valid
                ? QString()
                : QCoreApplication::translate("VerdictJudge", "Publish a TLS-RPT record to learn about failures.");
    } else if (testing) {
        result.verdict = Verdict::Testing;
        result.summary = QCoreApplication::translate(
            "VerdictJudge", "Testing mode: senders report TLS failures but still deliver without protection.");
        const bool clean = std::all_of(result.mx.cbegin(), result.mx.cend(),
                                       [](const MxHostResult &host) { return !host.resultType; });
        result.nextStep =
            clean ? QCoreApplication::translate(
                        "VerdictJudge", "Every MX passes: once TLS-RPT reports show no failures, switch the policy "
                                        "to enforce and raise max_age.")
                  : QCoreApplication::translate("VerdictJudge",
                                                "Fix the MX hosts that fail validation before switching to enforce.");
    } else {
        result.verdict = Verdict::NotProtected;
        result.summary =
            QCoreApplication::translate(
                "VerdictJudge", "Mail to %1 is not protected against STARTTLS downgrade or forged certificates.")
                .arg(result.domain);
        result.nextStep =
            result.policyStatus == PolicyStatus::NoneFound
                ? QCoreApplication::translate("VerdictJudge",
                                              "Publish an MTA-STS policy in testing mode (Tools → Policy wizard).")
                : QCoreApplication::translate(
                      "VerdictJudge", "Fix the policy so that senders can fetch and parse it (see the findings).");
    }
}

void collectFindings(CheckResult &result)
{
    Findings all;
    if (result.mxAnswer && result.mxAnswer->status != Net::DnsStatus::NoError &&
        result.mxAnswer->status != Net::DnsStatus::NoData)
        all.append(makeFinding(Catalog::DnsFailed, result.domain,
                               {QStringLiteral("MX"), result.domain, Net::dnsStatusName(result.mxAnswer->status)}));
    for (const auto &answer : {result.mxAnswer, result.stsTxt}) {
        if (answer && answer->dnssec == Net::DnssecStatus::Bogus)
            all.append(makeFinding(Catalog::DnsBogus, answer->name, {answer->name, answer->whyBogus}));
    }
    if (result.mxAnswer && result.mxAnswer->status == Net::DnsStatus::NoError &&
        result.mxAnswer->dnssec == Net::DnssecStatus::Insecure)
        all.append(makeFinding(Catalog::DnsInsecure, result.domain, {result.domain}));
    all.append(result.stsRecord.findings);
    if (result.fetch && (result.stsRecord.valid || result.fetch->ok))
        all.append(result.fetch->findings);
    if (result.fetch && result.fetch->ok && !result.stsRecord.valid && result.stsTxt)
        all.append(makeFinding(Catalog::PolicyWithoutRecord, result.domain, {result.fetch->url}));
    all.append(result.policy.findings);
    if (result.policyStatus == PolicyStatus::FetchError || result.policyStatus == PolicyStatus::Invalid)
        all.append(
            makeFinding(Catalog::PolicyUnusable, result.domain, {TlsRpt::resultTypeName(result.policyResultType)}));
    if ((result.complete || result.settled) && result.policyStatus == PolicyStatus::NoneFound) {
        all.append(
            makeFinding(daneProtectsEveryMx(result) ? Catalog::NoPolicyDaneOnly : Catalog::NoPolicy, result.domain));
    }
    all.append(result.tlsRptRecord.findings);
    if (result.mxRecordCount > result.mx.size())
        all.append(makeFinding(Catalog::MxTooMany, result.domain,
                               {QString::number(result.mxRecordCount), QString::number(result.mx.size())}));
    for (const MxHostResult &host : std::as_const(result.mx)) {
        all.append(host.findings);
        for (const Smtp::SmtpProbeResult &probe : host.probes)
            all.append(probe.findings);
    }
    if (result.cancelled)
        all.append(makeFinding(Catalog::Cancelled, result.domain));
    std::stable_sort(all.begin(), all.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    result.findings = all;
}

} // namespace

CheckResult VerdictJudge::forDisplay(CheckResult result)
{
    // Only the sentences: the rest is what the check judged, and a result made by hand (a
    // test's, a draft's) keeps its findings and verdict.
    CheckResult judged = result;
    judge(judged);
    result.summary = judged.summary;
    result.cause = judged.cause;
    result.nextStep = judged.nextStep;
    result.protection = judged.protection;
    for (qsizetype i = 0; i < result.mx.size() && i < judged.mx.size(); ++i)
        result.mx[i].unobserved = judged.mx.at(i).unobserved;
    return result;
}

void VerdictJudge::judge(CheckResult &result)
{
    result.environment.merge(observedEnvironment(result));
    judgeRecords(result);
    judgePolicy(result);
    for (MxHostResult &host : result.mx)
        judgeMx(result, host);
    judgeVerdict(result);
    collectFindings(result);
    judgeCause(result);
    result.protection = ProtectionAssessment::assess(result);
}

} // namespace Sts::Check
