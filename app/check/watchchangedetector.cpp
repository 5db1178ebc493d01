// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchchangedetector.h"

#include "mtasts/mxpattern.h"
#include "watchcatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace Sts::Check {

namespace {

namespace Catalog = WatchCatalog;

Finding change(const FindingDefinition &definition, const QString &subject, const QStringList &arguments,
               const QJsonObject &details)
{
    Finding finding = makeFinding(definition, subject, arguments);
    finding.details = details;
    return finding;
}

//! The policy as senders use it: only a valid one counts.
bool hasPolicy(const CheckResult &result)
{
    return result.policyStatus == PolicyStatus::Valid && result.policy.valid && result.policy.mode;
}

bool enforces(const CheckResult &result)
{
    return hasPolicy(result) && *result.policy.mode == MtaSts::Mode::Enforce;
}

int modeRank(const CheckResult &result)
{
    if (!hasPolicy(result))
        return 0;
    switch (*result.policy.mode) {
    case MtaSts::Mode::Enforce:
        return 3;
    case MtaSts::Mode::Testing:
        return 2;
    case MtaSts::Mode::None:
        return 1;
    }
    return 0;
}

QString modeText(const CheckResult &result)
{
    return hasPolicy(result) ? MtaSts::modeName(*result.policy.mode) : policyStatusName(result.policyStatus);
}

//! What a sender acts on in a policy; text that differs only in layout is the same policy.
struct PolicyMeaning
{
    QString mode;
    qint64 maxAge = 0;
    QStringList mx; //!< normalised, sorted

    static PolicyMeaning of(const CheckResult &result)
    {
        PolicyMeaning meaning;
        meaning.mode = MtaSts::modeName(*result.policy.mode);
        meaning.maxAge = result.policy.maxAge.value_or(0);
        for (const QString &pattern : result.policy.mx)
            meaning.mx.append(pattern.trimmed().toLower());
        meaning.mx.sort();
        meaning.mx.removeDuplicates();
        return meaning;
    }
    bool operator==(const PolicyMeaning &) const = default;

    //! "mode enforce → testing; mx +mx3.example.com"
    QString differenceFrom(const PolicyMeaning &before) const
    {
        QStringList parts;
        if (mode != before.mode)
            parts.append(QStringLiteral("mode %1 → %2").arg(before.mode, mode));
        if (maxAge != before.maxAge)
            parts.append(QStringLiteral("max_age %1 → %2").arg(before.maxAge).arg(maxAge));
        for (const QString &pattern : mx) {
            if (!before.mx.contains(pattern))
                parts.append(QStringLiteral("mx +%1").arg(pattern));
        }
        for (const QString &pattern : before.mx) {
            if (!mx.contains(pattern))
                parts.append(QStringLiteral("mx -%1").arg(pattern));
        }
        return parts.join(QStringLiteral("; "));
    }
};

QStringList hostNames(const CheckResult &result)
{
    QStringList hosts;
    for (const MxHostResult &host : result.mx)
        hosts.append(MtaSts::MxPattern::normalizeHost(host.host));
    return hosts;
}

bool covered(const CheckResult &result, const QString &host)
{
    const QList<MtaSts::MxCoverage> coverage = MtaSts::MxCoverage::compute(result.policy.mx, {host});
    return !coverage.isEmpty() && coverage.constFirst().covered();
}

//! The probes of a result by "host address", for comparing the same address across checks.
QMap<QString, const Smtp::SmtpProbeResult *> probesByAddress(const CheckResult &result)
{
    QMap<QString, const Smtp::SmtpProbeResult *> probes;
    for (const MxHostResult &host : result.mx) {
        for (const Smtp::SmtpProbeResult &probe : host.probes)
            probes.insert(MtaSts::MxPattern::normalizeHost(host.host) + u' ' + probe.address.toString(), &probe);
    }
    return probes;
}

//! This machine saw what the host does: a probe that could not leave the network says nothing.
bool observed(const Smtp::SmtpProbeResult &probe)
{
    return !probe.noRoute && !probe.proxyFailed && !probe.connectTimedOut();
}

} // namespace

WatchChangeDetector::WatchChangeDetector(int expiryWarningDays)
    : m_expiryWarningDays(expiryWarningDays)
{}

bool WatchChangeDetector::comparable(const CheckResult &result)
{
    return notComparedReason(result).isEmpty();
}

QString WatchChangeDetector::notComparedReason(const CheckResult &result)
{
    if (!result.error.isEmpty())
        return QCoreApplication::translate("WatchChangeDetector", "the check could not run: %1").arg(result.error);
    if (result.cancelled || result.verdict == Verdict::Cancelled)
        return QCoreApplication::translate("WatchChangeDetector", "the check was cancelled");
    if (!result.complete || result.verdict == Verdict::Pending)
        return QCoreApplication::translate("WatchChangeDetector", "the check did not finish");
    if (result.verdict == Verdict::Inconclusive)
        return QCoreApplication::translate("WatchChangeDetector",
                                           "the check is inconclusive from this machine's network");
    return {};
}

Findings WatchChangeDetector::changes(const CheckResult &before, const CheckResult &after, const QDateTime &now) const
{
    Findings found;
    if (!comparable(before) || !comparable(after))
        return found;

    // The policy and its id.
    const bool hadPolicy = hasPolicy(before);
    const bool hasPolicyNow = hasPolicy(after);
    if (hadPolicy && hasPolicyNow) {
        const PolicyMeaning was = PolicyMeaning::of(before);
        const PolicyMeaning is = PolicyMeaning::of(after);
        const bool sameId = before.stsRecord.id == after.stsRecord.id;
        if (!(was == is) && sameId && after.stsRecord.valid) {
            const QString difference = is.differenceFrom(was);
            found.append(change(Catalog::PolicyChangedWithoutId, after.domain,
                                {difference, after.stsRecord.id, QString::number(was.maxAge)},
                                {{QStringLiteral("id"), after.stsRecord.id},
                                 {QStringLiteral("change"), difference},
                                 {QStringLiteral("cached_max_age"), was.maxAge}}));
        } else if (was == is && !sameId && before.stsRecord.valid && after.stsRecord.valid) {
            found.append(change(Catalog::PolicyIdChangedOnly, after.domain, {before.stsRecord.id, after.stsRecord.id},
                                {{QStringLiteral("id_before"), before.stsRecord.id},
                                 {QStringLiteral("id_after"), after.stsRecord.id}}));
        }
        if (modeRank(after) < modeRank(before))
            found.append(change(Catalog::ModeLowered, after.domain, {was.mode, is.mode},
                                {{QStringLiteral("mode_before"), was.mode}, {QStringLiteral("mode_after"), is.mode}}));
        if (is.maxAge < was.maxAge)
            found.append(
                change(Catalog::MaxAgeDropped, after.domain, {QString::number(was.maxAge), QString::number(is.maxAge)},
                       {{QStringLiteral("max_age_before"), was.maxAge}, {QStringLiteral("max_age_after"), is.maxAge}}));
    } else if (hadPolicy && modeRank(before) > 1) {
        const QString status = policyStatusName(after.policyStatus);
        found.append(change(Catalog::PolicyLost, after.domain, {modeText(before), policyStatusText(after.policyStatus)},
                            {{QStringLiteral("mode_before"), modeText(before)}, {QStringLiteral("status"), status}}));
    }

    // The MX hosts, and whether the enforce policy still covers each.
    const QStringList oldHosts = hostNames(before);
    const QStringList newHosts = hostNames(after);
    if (QSet<QString>(oldHosts.cbegin(), oldHosts.cend()) != QSet<QString>(newHosts.cbegin(), newHosts.cend())) {
        const QString was = oldHosts.join(QStringLiteral(", "));
        const QString is = newHosts.join(QStringLiteral(", "));
        found.append(change(Catalog::MxChanged, after.domain, {was, is},
                            {{QStringLiteral("mx_before"), QJsonArray::fromStringList(oldHosts)},
                             {QStringLiteral("mx_after"), QJsonArray::fromStringList(newHosts)}}));
    }
    if (enforces(after)) {
        for (const QString &host : newHosts) {
            if (covered(after, host))
                continue;
            if (!oldHosts.contains(host))
                found.append(change(Catalog::MxAddedNotCovered, host, {host}, {{QStringLiteral("mx"), host}}));
            else if (!enforces(before) || covered(before, host))
                found.append(change(Catalog::MxCoverageLost, host, {host}, {{QStringLiteral("mx"), host}}));
        }
    }

    // Each MX address seen in both checks: STARTTLS, the handshake, the certificate's names.
    const auto oldProbes = probesByAddress(before);
    const auto newProbes = probesByAddress(after);
    for (auto it = newProbes.cbegin(); it != newProbes.cend(); ++it) {
        const Smtp::SmtpProbeResult *was = oldProbes.value(it.key());
        const Smtp::SmtpProbeResult &is = *it.value();
        if (!was || !observed(is) || !was->tlsEstablished)
            continue;
        const QString address = is.address.toString();
        const QJsonObject where{{QStringLiteral("mx"), is.host}, {QStringLiteral("address"), address}};
        if (!is.starttlsOffered && is.reached > Smtp::Step::Ehlo) {
            found.append(change(Catalog::StartTlsLost, is.host, {is.host, address}, where));
        } else if (is.starttlsOffered && !is.tlsEstablished && is.reached >= Smtp::Step::Handshake) {
            found.append(change(Catalog::TlsLost, is.host, {is.host, address, is.error}, where));
        } else if (is.tlsEstablished && !is.chain.chain.isEmpty() && was->chain.hostMatches && !is.chain.hostMatches) {
            const QStringList names = is.chain.chain.constFirst().subjectAltNames;
            QJsonObject details = where;
            details.insert(QStringLiteral("certificate"), is.chain.chain.constFirst().sha256Fingerprint);
            found.append(change(Catalog::CertificateNameLost, is.host,
                                {is.host, address, names.join(QStringLiteral(", "))}, details));
        }
    }

    // DANE per MX host in both checks.
    for (const MxHostResult &host : after.mx) {
        const auto old = std::find_if(before.mx.cbegin(), before.mx.cend(),
                                      [&host](const MxHostResult &other) { return other.host == host.host; });
        // Only a certificate in hand can fail to match: a host without TLS is reported as such.
        const bool presented = std::any_of(host.probes.cbegin(), host.probes.cend(),
                                           [](const Smtp::SmtpProbeResult &probe) { return probe.tlsEstablished; });
        if (old != before.mx.cend() && old->dane == DaneStatus::Pass && presented &&
            (host.dane == DaneStatus::Fail || host.dane == DaneStatus::Bogus))
            found.append(
                change(Catalog::TlsaMismatch, host.host, {host.host, daneStatusName(host.dane)},
                       {{QStringLiteral("mx"), host.host}, {QStringLiteral("dane"), daneStatusName(host.dane)}}));
    }

    // Broken for a reason none of the above names (an MX that stopped answering, DNS): say so.
    if (after.verdict == Verdict::Broken && before.verdict != Verdict::Broken &&
        std::none_of(found.cbegin(), found.cend(), [](const Finding &f) { return f.severity == Severity::Error; }))
        found.append(change(Catalog::VerdictBroken, after.domain, {verdictName(before.verdict), after.cause},
                            {{QStringLiteral("verdict_before"), verdictName(before.verdict)},
                             {QStringLiteral("cause"), after.causeCode},
                             {QStringLiteral("cause_subject"), after.causeSubject}}));

    found.append(standing(after, now));
    return found;
}

Findings WatchChangeDetector::standing(const CheckResult &result, const QDateTime &now) const
{
    Findings found;
    if (!comparable(result))
        return found;
    // Every leaf certificate once per host, MX hosts and the policy host alike.
    QList<std::pair<QString, const Tls::CertificateInfo *>> leaves;
    QSet<QString> seen;
    const auto add = [&](const QString &host, const Tls::ChainAnalysis &chain) {
        if (chain.chain.isEmpty() || !chain.valid())
            return; // a certificate senders refuse already: its expiry is no news
        const Tls::CertificateInfo &leaf = chain.chain.constFirst();
        if (seen.contains(host + u' ' + leaf.sha256Fingerprint))
            return;
        seen.insert(host + u' ' + leaf.sha256Fingerprint);
        leaves.append({host, &leaf});
    };
    for (const MxHostResult &host : result.mx) {
        for (const Smtp::SmtpProbeResult &probe : host.probes) {
            if (probe.tlsEstablished)
                add(host.host, probe.chain);
        }
    }
    if (result.fetch && result.fetch->tlsEstablished)
        add(result.fetch->host.isEmpty() ? QStringLiteral("mta-sts.") + result.domain : result.fetch->host,
            result.fetch->chain);

    // Senders that fetch an enforce policy now hold it until now + max_age.
    const qint64 maxAge = enforces(result) ? result.policy.maxAge.value_or(0) : 0;
    for (const auto &[host, leaf] : std::as_const(leaves)) {
        if (!leaf->notAfter.isValid())
            continue;
        const QString until = leaf->notAfter.toUTC().toString(Qt::ISODate);
        const QJsonObject details{{QStringLiteral("host"), host},
                                  {QStringLiteral("certificate"), leaf->sha256Fingerprint},
                                  {QStringLiteral("not_after"), until}};
        if (maxAge > 0 && leaf->notAfter < now.addSecs(maxAge)) {
            QJsonObject withAge = details;
            withAge.insert(QStringLiteral("max_age"), maxAge);
            found.append(
                change(Catalog::CertificateExpiresBeforePolicy, host, {host, until, QString::number(maxAge)}, withAge));
        } else if (leaf->notAfter < now.addDays(m_expiryWarningDays)) {
            found.append(change(Catalog::CertificateExpiring, host,
                                {host, until, QString::number(std::max<qint64>(0, now.daysTo(leaf->notAfter)))},
                                details));
        }
    }
    return found;
}

QString WatchChangeDetector::changeKey(const Finding &change)
{
    return change.code + u'\n' + change.subject + u'\n' +
           QString::fromUtf8(QJsonDocument(change.details).toJson(QJsonDocument::Compact));
}

bool WatchChangeDetector::isProblem(const Finding &change)
{
    return change.severity == Severity::Warning || change.severity == Severity::Error;
}

} // namespace Sts::Check
