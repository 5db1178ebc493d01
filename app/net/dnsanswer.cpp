// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsanswer.h"

#include "common/jsonfields.h"
#include "dnsrdata.h"

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

RrType rrTypeFromName(const QString &name)
{
    return JsonFields::enumFromName(
        name, rrTypeName, {RrType::A, RrType::Cname, RrType::Mx, RrType::Txt, RrType::Aaaa, RrType::Tlsa}, RrType::A);
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

DnsAnswer DnsAnswer::fromJson(const QJsonObject &json)
{
    DnsAnswer answer;
    answer.name = JsonFields::string(json, u"name");
    answer.type = rrTypeFromName(JsonFields::string(json, u"type"));
    answer.status =
        JsonFields::enumFromName(JsonFields::string(json, u"status"), dnsStatusName,
                                 {DnsStatus::NoError, DnsStatus::NoData, DnsStatus::NxDomain, DnsStatus::ServFail,
                                  DnsStatus::Refused, DnsStatus::Timeout, DnsStatus::Error},
                                 DnsStatus::Error);
    answer.dnssec = JsonFields::enumFromName(
        JsonFields::string(json, u"dnssec"), dnssecStatusName,
        {DnssecStatus::Insecure, DnssecStatus::Secure, DnssecStatus::Bogus, DnssecStatus::Unknown},
        DnssecStatus::Insecure);
    answer.whyBogus = JsonFields::string(json, u"why_bogus");
    answer.canonicalName = json.contains(u"canonical_name") ? JsonFields::string(json, u"canonical_name") : answer.name;
    answer.truncated = json.value(u"truncated").toBool();
    answer.error = JsonFields::string(json, u"error");
    answer.elapsedMs = JsonFields::integer(json, u"elapsed_ms");
    for (const QJsonValue &value : json.value(u"records").toArray()) {
        const QJsonObject record = value.toObject();
        const auto ttl = static_cast<quint32>(JsonFields::integer(record, u"ttl"));
        const QString text = JsonFields::string(record, u"data");
        std::optional<DnsRecord> decoded;
        if (const std::optional<QByteArray> wire = DnsRdata::encode(answer.type, text))
            decoded = DnsRdata::decode(answer.type, *wire, ttl);
        if (!decoded || decoded->text != text) { // not in the form decode() writes: keep the text as it was
            decoded = DnsRecord{};
            decoded->type = answer.type;
            decoded->ttl = ttl;
            decoded->text = text;
        }
        answer.records.append(*decoded);
    }
    return answer;
}

} // namespace Sts::Net
