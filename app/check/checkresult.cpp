// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkresult.h"

#include <QCoreApplication>
#include <QJsonArray>

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
        {QStringLiteral("would_deliver"), wouldDeliver ? QJsonValue(*wouldDeliver) : QJsonValue()},
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
        {QStringLiteral("dane"), QJsonValue()},
        {QStringLiteral("environment"), environment.toJson()},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

} // namespace Sts::Check
