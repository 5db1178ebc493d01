// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protectionassessment.h"

#include "common/jsonfields.h"

#include "checkresult.h"
#include "tls/daneverifier.h"

#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace Sts::Check {

namespace {

using Threat = ProtectionAssessment::Threat;
using State = ProtectionAssessment::State;

//! RFC 8461 §3.2 recommends a max_age of weeks: what an attacker must outlast.
constexpr qint64 WeekSeconds = 7 * 86400;

bool tlsWorks(const MxHostResult &host)
{
    return std::any_of(host.probes.cbegin(), host.probes.cend(),
                       [](const Smtp::SmtpProbeResult &probe) { return probe.tlsEstablished; });
}

//! DANE authenticates the host's certificate (not merely requires TLS, as unusable records do).
bool daneAuthenticates(const MxHostResult &host)
{
    return host.dane == DaneStatus::Pass && host.tlsa &&
           std::any_of(host.tlsa->records.cbegin(), host.tlsa->records.cend(), &Tls::Tlsa::usableForSmtp);
}

class Assessor
{
public:
    explicit Assessor(const CheckResult &result)
        : m_result(result)
        , m_enforce(result.policyStatus == PolicyStatus::Valid && result.policy.mode == MtaSts::Mode::Enforce)
        , m_testing(result.policyStatus == PolicyStatus::Valid && result.policy.mode == MtaSts::Mode::Testing)
    {}

    QList<ProtectionAssessment::Item> assess() const
    {
        QList<ProtectionAssessment::Item> items;
        for (Threat threat :
             {Threat::PassiveEavesdropping, Threat::StartTlsDowngrade, Threat::ForgedCertificate, Threat::MxSpoofing,
              Threat::FirstContact, Threat::PolicyExpiry, Threat::UnnoticedFailures}) {
            if (!m_result.complete || m_result.cancelled)
                items.append(
                    {threat, State::Unknown,
                     QCoreApplication::translate("Sts::Check::ProtectionAssessment", "The check did not finish.")});
            else
                items.append(assess(threat));
        }
        return items;
    }

private:
    //! The MTA-STS policy stops a sender from delivering to \a host other than over validated TLS.
    bool stsProtects(const MxHostResult &host) const
    {
        return m_enforce && host.wouldDeliverStsOnly == true && !host.matchedPattern.isEmpty();
    }
    bool allDaneAuthenticated() const
    {
        return !m_result.mx.isEmpty() && std::all_of(m_result.mx.cbegin(), m_result.mx.cend(), &daneAuthenticates);
    }
    bool anyUnobserved() const
    {
        return std::any_of(m_result.mx.cbegin(), m_result.mx.cend(),
                           [](const MxHostResult &host) { return !host.wouldDeliver.has_value(); });
    }

    //! Protected when every MX host is, partly when some are.
    ProtectionAssessment::Item perHost(Threat threat, const std::function<bool(const MxHostResult &)> &covered,
                                       const QString &all, const QString &none) const
    {
        const auto count = std::count_if(m_result.mx.cbegin(), m_result.mx.cend(), covered);
        if (m_result.mx.isEmpty())
            return {threat, State::NotProtected,
                    QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                "The domain has no MX host to protect.")};
        if (count == m_result.mx.size())
            return {threat, State::Protected, all};
        if (anyUnobserved())
            return {threat, State::Unknown,
                    QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                "This machine could not observe every MX host.")};
        if (count > 0)
            return {threat, State::Partly,
                    QCoreApplication::translate("Sts::Check::ProtectionAssessment", "%1 of %2 MX hosts are protected.")
                        .arg(count)
                        .arg(m_result.mx.size())};
        return {threat, State::NotProtected, none};
    }

    QString mechanisms(bool dane) const
    {
        if (dane && m_enforce)
            return QCoreApplication::translate("Sts::Check::ProtectionAssessment", "DANE and the enforce policy");
        return dane ? QCoreApplication::translate("Sts::Check::ProtectionAssessment", "DANE")
                    : QCoreApplication::translate("Sts::Check::ProtectionAssessment", "the enforce policy");
    }

    QString withoutEnforcement() const
    {
        return m_testing ? QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                       "The policy is in testing mode: senders report failures but "
                                                       "deliver anyway, and there is no DANE.")
                         : QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                       "Neither an enforce MTA-STS policy nor DANE.");
    }

    ProtectionAssessment::Item assess(Threat threat) const
    {
        const bool dane = allDaneAuthenticated();
        switch (threat) {
        case Threat::PassiveEavesdropping:
            return perHost(threat, &tlsWorks,
                           QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                       "Every MX host offers STARTTLS: senders encrypt."),
                           QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                       "No MX host completes STARTTLS: mail travels in clear text."));
        case Threat::StartTlsDowngrade:
            return perHost(
                threat, [this](const MxHostResult &host) { return host.dane == DaneStatus::Pass || stsProtects(host); },
                QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                            "Senders require TLS to every MX host (%1).")
                    .arg(mechanisms(std::all_of(m_result.mx.cbegin(), m_result.mx.cend(),
                                                [](const MxHostResult &h) { return h.dane == DaneStatus::Pass; }))),
                withoutEnforcement());
        case Threat::ForgedCertificate:
            return perHost(
                threat, [this](const MxHostResult &host) { return daneAuthenticates(host) || stsProtects(host); },
                QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                            "Senders authenticate every MX host's certificate (%1).")
                    .arg(mechanisms(dane)),
                withoutEnforcement());
        case Threat::MxSpoofing:
            if (m_result.mxAnswer && m_result.mxAnswer->dnssec == Net::DnssecStatus::Secure)
                return {threat, State::Protected,
                        QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                    "The MX records are DNSSEC-signed: validating senders detect "
                                                    "forged answers.")};
            if (m_result.mxAnswer && m_result.mxAnswer->dnssec == Net::DnssecStatus::Unknown)
                return {threat, State::Unknown,
                        QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                    "This machine's resolver drops DNSSEC: whether the MX records are "
                                                    "signed cannot be seen.")};
            if (m_enforce)
                return {threat, State::Partly,
                        QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                    "The MX records are not signed; a cached enforce policy still "
                                                    "limits delivery to the hosts its mx patterns name.")};
            return {threat, State::NotProtected,
                    QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                "The MX records are not signed and no policy limits the MX hosts.")};
        case Threat::FirstContact:
            if (dane)
                return {threat, State::Protected,
                        QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                    "DANE needs no earlier contact: it is checked at every delivery.")};
            if (m_enforce)
                return {threat, State::Partly,
                        QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                    "A sender without the policy cached (first contact, or after it "
                                                    "expired) can be attacked until it fetches it; DANE would close "
                                                    "this gap.")};
            return {threat, State::NotProtected, withoutEnforcement()};
        case Threat::PolicyExpiry:
            if (dane)
                return {threat, State::Protected,
                        QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                    "DANE does not expire: the TLSA records are looked up at every "
                                                    "delivery.")};
            if (!m_enforce)
                return {threat, State::NotProtected, withoutEnforcement()};
            if (m_result.policy.maxAge.value_or(0) >= WeekSeconds)
                return {threat, State::Protected,
                        QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                    "max_age is %1 days: an attacker must block the refresh for that "
                                                    "long.")
                            .arg(*m_result.policy.maxAge / 86400)};
            return {threat, State::Partly,
                    QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                "max_age is only %1 s: a cached policy soon runs out (weeks are "
                                                "recommended).")
                        .arg(m_result.policy.maxAge.value_or(0))};
        case Threat::UnnoticedFailures:
            if (m_result.tlsRptRecord.valid)
                return {threat, State::Protected,
                        QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                    "TLS-RPT reports tell you about failed deliveries.")};
            return {threat, State::NotProtected,
                    QCoreApplication::translate("Sts::Check::ProtectionAssessment",
                                                "No TLS-RPT record: nobody tells you when deliveries fail.")};
        }
        return {threat, State::Unknown, QString()};
    }

    const CheckResult &m_result;
    const bool m_enforce;
    const bool m_testing;
};

} // namespace

ProtectionAssessment ProtectionAssessment::assess(const CheckResult &result)
{
    ProtectionAssessment assessment;
    assessment.items = Assessor(result).assess();
    return assessment;
}

QString ProtectionAssessment::threatName(Threat threat)
{
    switch (threat) {
    case Threat::PassiveEavesdropping:
        return QStringLiteral("passive-eavesdropping");
    case Threat::StartTlsDowngrade:
        return QStringLiteral("starttls-downgrade");
    case Threat::ForgedCertificate:
        return QStringLiteral("forged-certificate");
    case Threat::MxSpoofing:
        return QStringLiteral("mx-spoofing");
    case Threat::FirstContact:
        return QStringLiteral("first-contact");
    case Threat::PolicyExpiry:
        return QStringLiteral("policy-expiry");
    case Threat::UnnoticedFailures:
        return QStringLiteral("unnoticed-failures");
    }
    return {};
}

QString ProtectionAssessment::threatText(Threat threat)
{
    switch (threat) {
    case Threat::PassiveEavesdropping:
        return tr("Passive eavesdropping");
    case Threat::StartTlsDowngrade:
        return tr("STARTTLS downgrade");
    case Threat::ForgedCertificate:
        return tr("Man-in-the-middle with a forged certificate");
    case Threat::MxSpoofing:
        return tr("Spoofed MX records");
    case Threat::FirstContact:
        return tr("Attack on first contact");
    case Threat::PolicyExpiry:
        return tr("Cached policy running out");
    case Threat::UnnoticedFailures:
        return tr("Failures nobody notices");
    }
    return {};
}

QString ProtectionAssessment::stateName(State state)
{
    switch (state) {
    case State::Protected:
        return QStringLiteral("protected");
    case State::Partly:
        return QStringLiteral("partly");
    case State::NotProtected:
        return QStringLiteral("not-protected");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString ProtectionAssessment::stateText(State state)
{
    switch (state) {
    case State::Protected:
        return tr("protected");
    case State::Partly:
        return tr("partly");
    case State::NotProtected:
        return tr("not protected");
    case State::Unknown:
        return tr("unknown");
    }
    return {};
}

QJsonArray ProtectionAssessment::toJson() const
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(QJsonObject{{QStringLiteral("threat"), threatName(item.threat)},
                                 {QStringLiteral("state"), stateName(item.state)},
                                 {QStringLiteral("why"), item.why}});
    return array;
}

ProtectionAssessment ProtectionAssessment::fromJson(const QJsonArray &json)
{
    ProtectionAssessment assessment;
    for (const QJsonValue &value : json) {
        const QJsonObject item = value.toObject();
        assessment.items.append(
            {JsonFields::enumFromName(item.value(u"threat").toString(), threatName,
                                      {Threat::PassiveEavesdropping, Threat::StartTlsDowngrade,
                                       Threat::ForgedCertificate, Threat::MxSpoofing, Threat::FirstContact,
                                       Threat::PolicyExpiry, Threat::UnnoticedFailures},
                                      Threat::PassiveEavesdropping),
             JsonFields::enumFromName(item.value(u"state").toString(), stateName,
                                      {State::Protected, State::Partly, State::NotProtected, State::Unknown},
                                      State::Unknown),
             item.value(u"why").toString()});
    }
    return assessment;
}

} // namespace Sts::Check
