// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultcomparison.h"

#include "tls/daneverifier.h"

#include <QCoreApplication>
#include <QMap>

namespace Sts::Check {

namespace {

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

//! The policy text senders got, as the history keeps it; nullopt when none was fetched.
std::optional<QString> policyBody(const CheckResult &result)
{
    if (!result.fetch || result.fetch->response.status != 200)
        return std::nullopt;
    return QString::fromUtf8(result.fetch->response.body.left(MtaSts::MaxPolicyBodySize));
}

QString tlsaTexts(const MxHostResult &host)
{
    QStringList texts;
    if (host.tlsa) {
        for (const Net::DnsRecord &record : host.tlsa->records) {
            if (record.type == Net::RrType::Tlsa)
                texts.append(Tls::Tlsa::text(record));
        }
    }
    return joined(texts);
}

//! What is worth comparing about one MX address, keyed by "host address".
QMap<QString, const Smtp::SmtpProbeResult *> probesByAddress(const CheckResult &result)
{
    QMap<QString, const Smtp::SmtpProbeResult *> probes;
    for (const MxHostResult &host : result.mx) {
        for (const Smtp::SmtpProbeResult &probe : host.probes)
            probes.insert(host.host + u' ' + (probe.address.isNull() ? QString() : probe.address.toString()), &probe);
    }
    return probes;
}

const Tls::CertificateInfo *leafOf(const Smtp::SmtpProbeResult &probe)
{
    return probe.chain.chain.isEmpty() ? nullptr : &probe.chain.chain.constFirst();
}

class Comparer
{
public:
    QList<ResultComparison::Change> changes;

    void field(const QString &subject, const QString &what, const QString &before, const QString &after)
    {
        if (before != after)
            changes.append({subject, what, before, after});
    }

    //! DANE per MX host present in both: its result and its TLSA records (a changed key shows
    //! here before senders notice).
    void dane(const CheckResult &before, const CheckResult &after)
    {
        for (const MxHostResult &host : after.mx) {
            const auto was = std::find_if(before.mx.cbegin(), before.mx.cend(),
                                          [&host](const MxHostResult &old) { return old.host == host.host; });
            if (was == before.mx.cend() || was->dane == DaneStatus::Pending)
                continue; // a result from before DANE was checked has nothing to compare
            field(host.host, QCoreApplication::translate("ResultComparison", "DANE"), daneStatusName(was->dane),
                  daneStatusName(host.dane));
            field(host.host, QCoreApplication::translate("ResultComparison", "TLSA records"), tlsaTexts(*was),
                  tlsaTexts(host));
        }
    }

    void probes(const CheckResult &before, const CheckResult &after)
    {
        const auto old = probesByAddress(before);
        const auto now = probesByAddress(after);
        for (auto it = old.cbegin(); it != old.cend(); ++it) {
            if (!now.contains(it.key()))
                changes.append({it.key(), QCoreApplication::translate("ResultComparison", "MX address"),
                                QCoreApplication::translate("ResultComparison", "present"),
                                QCoreApplication::translate("ResultComparison", "gone")});
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!old.contains(it.key())) {
                changes.append({it.key(), QCoreApplication::translate("ResultComparison", "MX address"),
                                QCoreApplication::translate("ResultComparison", "absent"),
                                QCoreApplication::translate("ResultComparison", "new")});
                continue;
            }
            const Smtp::SmtpProbeResult &was = *old.value(it.key());
            const Smtp::SmtpProbeResult &is = *it.value();
            field(it.key(), QCoreApplication::translate("ResultComparison", "TLS version"), was.tlsVersion,
                  is.tlsVersion);
            field(it.key(), QCoreApplication::translate("ResultComparison", "result"),
                  TlsRpt::resultTypeName(was.resultType), TlsRpt::resultTypeName(is.resultType));
            const Tls::CertificateInfo *oldLeaf = leafOf(was);
            const Tls::CertificateInfo *newLeaf = leafOf(is);
            field(it.key(), QCoreApplication::translate("ResultComparison", "certificate (SHA-256)"),
                  oldLeaf ? oldLeaf->sha256Fingerprint : QString(), newLeaf ? newLeaf->sha256Fingerprint : QString());
            field(it.key(), QCoreApplication::translate("ResultComparison", "certificate valid until"),
                  oldLeaf ? oldLeaf->notAfter.toString(Qt::ISODate) : QString(),
                  newLeaf ? newLeaf->notAfter.toString(Qt::ISODate) : QString());
        }
    }
};

QString modeText(const CheckResult &result)
{
    return result.policy.mode ? MtaSts::modeName(*result.policy.mode) : QString();
}

QString maxAgeText(const CheckResult &result)
{
    return result.policy.maxAge ? QString::number(*result.policy.maxAge) : QString();
}

QStringList hostNames(const CheckResult &result)
{
    QStringList hosts;
    for (const MxHostResult &host : result.mx)
        hosts.append(host.host);
    return hosts;
}

} // namespace

QList<ResultComparison::Change> ResultComparison::compare(const CheckResult &before, const CheckResult &after)
{
    Comparer comparer;
    const QString &domain = after.domain;
    comparer.field(domain, QCoreApplication::translate("ResultComparison", "verdict"), verdictName(before.verdict),
                   verdictName(after.verdict));
    const QString policy = QCoreApplication::translate("ResultComparison", "policy");
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "status"),
                   policyStatusName(before.policyStatus), policyStatusName(after.policyStatus));
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "id"), before.stsRecord.id,
                   after.stsRecord.id);
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "mode"), modeText(before), modeText(after));
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "max_age"), maxAgeText(before),
                   maxAgeText(after));
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "mx lines"), joined(before.policy.mx),
                   joined(after.policy.mx));
    const std::optional<QString> oldBody = policyBody(before);
    if (before.stsRecord.id == after.stsRecord.id && oldBody && oldBody != policyBody(after))
        comparer.changes.append({policy, QCoreApplication::translate("ResultComparison", "text changed, id did not"),
                                 QCoreApplication::translate("ResultComparison", "senders keep the old policy"),
                                 QCoreApplication::translate("ResultComparison", "change the id")});
    comparer.field(QCoreApplication::translate("ResultComparison", "TLS-RPT record"),
                   QCoreApplication::translate("ResultComparison", "rua"), joined(before.tlsRptRecord.rua),
                   joined(after.tlsRptRecord.rua));
    comparer.field(domain, QCoreApplication::translate("ResultComparison", "MX hosts"), joined(hostNames(before)),
                   joined(hostNames(after)));
    comparer.dane(before, after);
    comparer.probes(before, after);
    return comparer.changes;
}

QList<ResultComparison::Change> ResultComparison::compare(const QJsonObject &before, const QJsonObject &after)
{
    return compare(CheckResult::fromJson(before), CheckResult::fromJson(after));
}

} // namespace Sts::Check
