// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkresult.h"

#include "tls/daneverifier.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Sts::Check {

namespace {

QJsonValue optionalString(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue optionalAnswer(const std::optional<Net::DnsAnswer> &answer)
{
    return answer ? QJsonValue(answer->toJson()) : QJsonValue();
}

//! The TLSA records of an answer in zone-file form, "3 1 1 <hex>".
QJsonArray tlsaTexts(const std::optional<Net::DnsAnswer> &answer)
{
    QJsonArray texts;
    if (answer) {
        for (const Net::DnsRecord &record : answer->records) {
            if (record.type == Net::RrType::Tlsa)
                texts.append(Tls::Tlsa::text(record));
        }
    }
    return texts;
}

//! DANE for the domain as a whole: "pass" when it protects every MX host, "partial" when some.
QJsonObject daneSummary(const QList<MxHostResult> &hosts)
{
    const auto any = [&hosts](DaneStatus status) {
        return std::any_of(hosts.cbegin(), hosts.cend(), [status](const MxHostResult &h) { return h.dane == status; });
    };
    const auto passing =
        std::count_if(hosts.cbegin(), hosts.cend(), [](const MxHostResult &h) { return h.dane == DaneStatus::Pass; });
    QString overall = QStringLiteral("none");
    for (DaneStatus status : {DaneStatus::Pending, DaneStatus::Bogus, DaneStatus::Fail, DaneStatus::Unknown}) {
        if (any(status)) {
            overall = daneStatusName(status);
            break;
        }
    }
    if (overall == u"none") {
        if (passing > 0)
            overall = passing == hosts.size() ? QStringLiteral("pass") : QStringLiteral("partial");
        else if (any(DaneStatus::Insecure))
            overall = daneStatusName(DaneStatus::Insecure);
    }
    return {{QStringLiteral("result"), overall}, {QStringLiteral("mx_passing"), qint64(passing)}};
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::Protected:
        return QStringLiteral("protected");
    case Verdict::Testing:
        return QStringLiteral("testing");
    case Verdict::NotProtected:
        return QStringLiteral("not-protected");
    case Verdict::Broken:
        return QStringLiteral("broken");
    case Verdict::Cancelled:
        return QStringLiteral("cancelled");
    case Verdict::Inconclusive:
        return QStringLiteral("inconclusive");
    }
    return {};
}

bool isVerdictOnDomain(Verdict verdict)
{
    return verdict != Verdict::Pending && verdict != Verdict::Cancelled && verdict != Verdict::Inconclusive;
}

QString daneStatusName(DaneStatus status)
{
    switch (status) {
    case DaneStatus::Pending:
        return QStringLiteral("pending");
    case DaneStatus::None:
        return QStringLiteral("none");
    case DaneStatus::Insecure:
        return QStringLiteral("insecure");
    case DaneStatus::Unknown:
        return QStringLiteral("unknown");
    case DaneStatus::Bogus:
        return QStringLiteral("bogus");
    case DaneStatus::Pass:
        return QStringLiteral("pass");
    case DaneStatus::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QString daneStatusText(DaneStatus status)
{
    switch (status) {
    case DaneStatus::Pending:
        return QCoreApplication::translate("CheckResult", "looking up");
    case DaneStatus::None:
        return QCoreApplication::translate("CheckResult", "no TLSA records");
    case DaneStatus::Insecure:
        return QCoreApplication::translate("CheckResult", "unsigned: ignored");
    case DaneStatus::Unknown:
        return QCoreApplication::translate("CheckResult", "cannot be validated from here");
    case DaneStatus::Bogus:
        return QCoreApplication::translate("CheckResult", "bogus");
    case DaneStatus::Pass:
        return QCoreApplication::translate("CheckResult", "pass");
    case DaneStatus::Fail:
        return QCoreApplication::translate("CheckResult", "fail");
    }
    return {};
}

bool daneApplies(DaneStatus status)
{
    return status == DaneStatus::Pass || status == DaneStatus::Fail || status == DaneStatus::Bogus;
}

QString policyStatusName(PolicyStatus status)
{
    switch (status) {
    case PolicyStatus::Pending:
        return QStringLiteral("pending");
    case PolicyStatus::Valid:
        return QStringLiteral("valid");
    case PolicyStatus::NoneFound:
        return QStringLiteral("none-found");
    case PolicyStatus::FetchError:
        return QStringLiteral("fetch-error");
    case PolicyStatus::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString policyStatusText(PolicyStatus status)
{
    switch (status) {
    case PolicyStatus::Pending:
        return QCoreApplication::translate("CheckResult", "still being fetched");
    case PolicyStatus::Valid:
        return QCoreApplication::translate("CheckResult", "valid");
    case PolicyStatus::NoneFound:
        return QCoreApplication::translate("CheckResult", "no policy published");
    case PolicyStatus::FetchError:
        return QCoreApplication::translate("CheckResult", "could not be fetched");
    case PolicyStatus::Invalid:
        return QCoreApplication::translate("CheckResult", "invalid");
    }
    return {};
}

QList<QHostAddress> MxHostResult::addresses() const
{
    QList<QHostAddress> list;
    for (const auto &answer : {a, aaaa}) {
        if (!answer)
            continue;
        for (const Net::DnsRecord &record : answer->records)
            list.append(record.address);
    }
    return list;
}

QJsonObject MxHostResult::toJson() const
{
    QJsonArray addressArray;
    for (const QHostAddress &address : addresses())
        addressArray.append(address.toString());
    QJsonArray probeArray;
    for (const Smtp::SmtpProbeResult &probe : probes)
        probeArray.append(probe.toJson());
    return {
        {QStringLiteral("host"), host},
        {QStringLiteral("preference"), preference},
        {QStringLiteral("implicit"), implicit},
        {QStringLiteral("addresses"), addressArray},
        {QStringLiteral("dns"),
         QJsonObject{{QStringLiteral("a"), optionalAnswer(a)}, {QStringLiteral("aaaa"), optionalAnswer(aaaa)}}},
        {QStringLiteral("smtp"), probeArray},
        {QStringLiteral("pattern"), optionalString(matchedPattern)},
        {QStringLiteral("dane"), QJsonObject{{QStringLiteral("result"), daneStatusName(dane)},
                                             {QStringLiteral("tlsa"), tlsaTexts(tlsa)},
                                             {QStringLiteral("lookup"), optionalAnswer(tlsa)}}},
        {QStringLiteral("would_deliver"), wouldDeliver ? QJsonValue(*wouldDeliver) : QJsonValue()},
        {QStringLiteral("would_deliver_sts_only"),
         wouldDeliverStsOnly ? QJsonValue(*wouldDeliverStsOnly) : QJsonValue()},
        {QStringLiteral("unobserved"), optionalString(unobserved)},
        {QStringLiteral("result_type"), optionalString(resultType)},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

QJsonObject CheckResult::toJson() const
{
    QJsonArray mxArray;
    for (const MxHostResult &host : mx)
        mxArray.append(host.toJson());
    QJsonObject policyJson{
        {QStringLiteral("status"), policyStatusName(policyStatus)},
        {QStringLiteral("mode"), policy.mode ? QJsonValue(MtaSts::modeName(*policy.mode)) : QJsonValue()},
        {QStringLiteral("max_age"), policy.maxAge ? QJsonValue(*policy.maxAge) : QJsonValue()},
        {QStringLiteral("mx"), QJsonArray::fromStringList(policy.mx)},
        {QStringLiteral("id"), optionalString(stsRecord.id)},
        {QStringLiteral("fetch"), fetch ? QJsonValue(fetch->toJson()) : QJsonValue()},
        {QStringLiteral("body"),
         fetch && fetch->response.status == 200
             ? QJsonValue(QString::fromUtf8(fetch->response.body.left(MtaSts::MaxPolicyBodySize)))
             : QJsonValue()},
        {QStringLiteral("result_type"), optionalString(policyResultType)},
    };
    if (assumedPolicy) // the judged policy is a draft, not the fetched body
        policyJson.insert(QStringLiteral("assumed"), QString::fromUtf8(assumedPolicy->left(MtaSts::MaxPolicyBodySize)));
    return {
        {QStringLiteral("domain"), domain},
        {QStringLiteral("verdict"), verdictName(verdict)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("next_step"), optionalString(nextStep)},
        {QStringLiteral("cause"), cause.isEmpty() ? QJsonValue()
                                                  : QJsonValue(QJsonObject{{QStringLiteral("text"), cause},
                                                                           {QStringLiteral("finding"), causeCode},
                                                                           {QStringLiteral("subject"), causeSubject}})},
        {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("elapsed_ms"), elapsedMs},
        {QStringLiteral("resolver"), resolver},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("error"), optionalString(error)},
        {QStringLiteral("records"),
         QJsonObject{{QStringLiteral("mta_sts"), optionalAnswer(stsTxt)},
                     {QStringLiteral("tlsrpt"), optionalAnswer(tlsRptTxt)},
                     {QStringLiteral("mx"), optionalAnswer(mxAnswer)},
                     {QStringLiteral("policy_host_a"), optionalAnswer(policyHostA)},
                     {QStringLiteral("policy_host_aaaa"), optionalAnswer(policyHostAaaa)},
                     {QStringLiteral("mta_sts_valid"), stsRecord.valid},
                     {QStringLiteral("tlsrpt_valid"), tlsRptRecord.valid},
                     {QStringLiteral("tlsrpt_rua"), QJsonArray::fromStringList(tlsRptRecord.rua)}}},
        {QStringLiteral("policy"), policyJson},
        {QStringLiteral("mx"), mxArray},
        {QStringLiteral("dane"), daneSummary(mx)},
        {QStringLiteral("environment"), environment.toJson()},
        {QStringLiteral("protection"), protection.toJson()},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

} // namespace Sts::Check
