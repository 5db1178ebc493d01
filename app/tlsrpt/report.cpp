// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "common/saturating.h"

#include <QJsonArray>

namespace Sts::TlsRpt {

namespace {

void insertIfSet(QJsonObject &json, const char *key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(QLatin1String(key), value);
}

} // namespace

QString policyTypeName(PolicyType type)
{
    switch (type) {
    case PolicyType::Sts:
        return QStringLiteral("sts");
    case PolicyType::Tlsa:
        return QStringLiteral("tlsa");
    case PolicyType::NoPolicyFound:
        return QStringLiteral("no-policy-found");
    case PolicyType::Unknown:
        break;
    }
    return {};
}

PolicyType policyTypeFromName(QStringView name)
{
    if (name == u"sts")
        return PolicyType::Sts;
    if (name == u"tlsa")
        return PolicyType::Tlsa;
    if (name == u"no-policy-found")
        return PolicyType::NoPolicyFound;
    return PolicyType::Unknown;
}

QJsonObject FailureDetail::toJson() const
{
    QJsonObject json{{QStringLiteral("result_type"), resultTypeName},
                     {QStringLiteral("failed_session_count"), failedSessionCount}};
    insertIfSet(json, "sending_mta_ip", sendingMtaIp);
    insertIfSet(json, "receiving_mx_hostname", receivingMxHostname);
    insertIfSet(json, "receiving_mx_helo", receivingMxHelo);
    insertIfSet(json, "receiving_ip", receivingIp);
    insertIfSet(json, "additional_information", additionalInformation);
    insertIfSet(json, "failure_reason_code", failureReasonCode);
    return json;
}

qint64 PolicyReport::failureDetailTotal() const
{
    qint64 total = 0;
    for (const FailureDetail &detail : failureDetails)
        total = saturatingAdd(total, detail.failedSessionCount);
    return total;
}

QJsonObject PolicyReport::toJson() const
{
    QJsonArray details;
    for (const FailureDetail &detail : failureDetails)
        details.append(detail.toJson());
    QJsonObject json = summaryJson();
    json.insert(QStringLiteral("failure_details"), details);
    return json;
}

QJsonObject PolicyReport::summaryJson() const
{
    return {
        {QStringLiteral("policy_type"), typeName},
        {QStringLiteral("policy_domain"), domain.isEmpty() ? QJsonValue() : QJsonValue(domain)},
        {QStringLiteral("policy_strings"), QJsonArray::fromStringList(policyStrings)},
        {QStringLiteral("mx_hosts"), QJsonArray::fromStringList(mxHosts)},
        {QStringLiteral("successful"), successful},
        {QStringLiteral("failed"), failed},
    };
}

qint64 Report::successful() const
{
    qint64 total = 0;
    for (const PolicyReport &policy : policies)
        total = saturatingAdd(total, policy.successful);
    return total;
}

qint64 Report::failed() const
{
    qint64 total = 0;
    for (const PolicyReport &policy : policies)
        total = saturatingAdd(total, policy.failed);
    return total;
}

qint64 Report::failureDetailTotal() const
{
    qint64 total = 0;
    for (const PolicyReport &policy : policies)
        total = saturatingAdd(total, policy.failureDetailTotal());
    return total;
}

QJsonObject Report::toJson() const
{
    return {
        {QStringLiteral("report_id"), reportId},
        {QStringLiteral("organization"), organization},
        {QStringLiteral("contact_info"), contactInfo.isEmpty() ? QJsonValue() : QJsonValue(contactInfo)},
        {QStringLiteral("start"), utcText(start)},
        {QStringLiteral("end"), utcText(end)},
        {QStringLiteral("successful"), successful()},
        {QStringLiteral("failed"), failed()},
    };
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace Sts::TlsRpt
