// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyfetchresult.h"

#include <QJsonArray>

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
        {QStringLiteral("body_size"), response.body.size()},
        {QStringLiteral("elapsed_ms"), elapsedMs},
        {QStringLiteral("certificate"), chain.chain.isEmpty() ? QJsonValue() : QJsonValue(chain.toJson())},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("result_type"), resultType.isEmpty() ? QJsonValue() : QJsonValue(resultType)},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

} // namespace Sts::MtaSts
