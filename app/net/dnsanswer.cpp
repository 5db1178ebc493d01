// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsanswer.h"

#include <QJsonArray>

namespace Sts::Net {

QString rrTypeName(RrType type)
{
    switch (type) {
    case RrType::A:
        return QStringLiteral("A");
    case RrType::Cname:
        return QStringLiteral("CNAME");
    case RrType::Mx:
        return QStringLiteral("MX");
    case RrType::Txt:
        return QStringLiteral("TXT");
    case RrType::Aaaa:
        return QStringLiteral("AAAA");
    case RrType::Tlsa:
        return QStringLiteral("TLSA");
    }
    return QStringLiteral("TYPE%1").arg(static_cast<quint16>(type));
}

QString dnsStatusName(DnsStatus status)
{
    switch (status) {
    case DnsStatus::NoError:
        return QStringLiteral("noerror");
    case DnsStatus::NoData:
        return QStringLiteral("nodata");
    case DnsStatus::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsStatus::ServFail:
        return QStringLiteral("servfail");
    case DnsStatus::Refused:
        return QStringLiteral("refused");
    case DnsStatus::Timeout:
        return QStringLiteral("timeout");
    case DnsStatus::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString dnssecStatusName(DnssecStatus status)
{
    switch (status) {
    case DnssecStatus::Insecure:
        return QStringLiteral("insecure");
    case DnssecStatus::Secure:
        return QStringLiteral("secure");
    case DnssecStatus::Bogus:
        return QStringLiteral("bogus");
    case DnssecStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject DnsAnswer::toJson() const
{
    QJsonArray recordArray;
    for (const DnsRecord &record : records)
        recordArray.append(QJsonObject{{QStringLiteral("ttl"), static_cast<qint64>(record.ttl)},
                                       {QStringLiteral("data"), record.text}});
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), rrTypeName(type)},
        {QStringLiteral("status"), dnsStatusName(status)},
        {QStringLiteral("dnssec"), dnssecStatusName(dnssec)},
        {QStringLiteral("records"), recordArray},
        {QStringLiteral("elapsed_ms"), elapsedMs},
    };
    if (!canonicalName.isEmpty() && canonicalName != name)
        json.insert(QStringLiteral("canonical_name"), canonicalName);
    if (!whyBogus.isEmpty())
        json.insert(QStringLiteral("why_bogus"), whyBogus);
    if (truncated)
        json.insert(QStringLiteral("truncated"), true);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

} // namespace Sts::Net
