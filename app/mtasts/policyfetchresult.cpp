// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyfetchresult.h"

#include "common/jsonfields.h"

#include <QJsonArray>
#include <QUrl>

namespace Sts::MtaSts {

QJsonObject PolicyFetchResult::toJson() const
{
    QJsonArray headers;
    for (const auto &[name, value] : response.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return {
        {QStringLiteral("url"), url},
        {QStringLiteral("address"), address.isNull() ? QJsonValue() : QJsonValue(address.toString())},
        {QStringLiteral("attempts"), QJsonArray::fromStringList(attempts)},
        {QStringLiteral("tls_version"), tlsVersion.isEmpty() ? QJsonValue() : QJsonValue(tlsVersion)},
        {QStringLiteral("http_status"), response.status > 0 ? QJsonValue(response.status) : QJsonValue()},
        {QStringLiteral("http_headers"), headers},
        {QStringLiteral("body_size"), storedBodySize.value_or(response.body.size())},
        {QStringLiteral("elapsed_ms"), elapsedMs},
        {QStringLiteral("certificate"), chain.chain.isEmpty() ? QJsonValue() : QJsonValue(chain.toJson())},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("result_type"), TlsRpt::failureTypeToJson(resultType)},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

PolicyFetchResult PolicyFetchResult::fromJson(const QJsonObject &json, const QByteArray &body)
{
    PolicyFetchResult fetch;
    fetch.url = JsonFields::string(json, u"url");
    fetch.host = QUrl(fetch.url).host();
    fetch.address = QHostAddress(JsonFields::string(json, u"address"));
    fetch.attempts = JsonFields::strings(json, u"attempts");
    fetch.tlsVersion = JsonFields::string(json, u"tls_version");
    fetch.tlsEstablished = !fetch.tlsVersion.isEmpty();
    fetch.response.status = static_cast<int>(JsonFields::integer(json, u"http_status"));
    for (const QJsonValue &header : json.value(u"http_headers").toArray()) {
        const QJsonArray pair = header.toArray();
        fetch.response.headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    fetch.response.body = body;
    fetch.responseComplete = fetch.response.status > 0;
    fetch.storedBodySize = JsonFields::integer(json, u"body_size");
    fetch.elapsedMs = JsonFields::integer(json, u"elapsed_ms");
    if (json.value(u"certificate").isObject())
        fetch.chain = Tls::ChainAnalysis::fromJson(json.value(u"certificate").toObject());
    fetch.ok = json.value(u"ok").toBool();
    fetch.resultType = TlsRpt::failureTypeFromJson(json.value(u"result_type"));
    fetch.findings = findingsFromJson(json.value(u"findings").toArray());
    return fetch;
}

} // namespace Sts::MtaSts
