// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpproberesult.h"

#include "smtpcatalog.h"

#include <QJsonArray>

namespace Sts::Smtp {

bool SmtpProbeResult::connectTimedOut() const
{
    return failed && reached == Step::Connect && containsCode(findings, QLatin1String(Catalog::ConnectTimeout.code));
}

QJsonObject SmtpProbeResult::toJson() const
{
    const auto optional = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    return {
        {QStringLiteral("host"), host},
        {QStringLiteral("address"), address.isNull() ? QJsonValue() : QJsonValue(address.toString())},
        {QStringLiteral("port"), port},
        {QStringLiteral("banner"), QJsonArray::fromStringList(banner)},
        {QStringLiteral("ehlo"), QJsonArray::fromStringList(ehlo)},
        {QStringLiteral("ehlo_tls"), QJsonArray::fromStringList(ehloAfterTls)},
        {QStringLiteral("starttls_offered"), starttlsOffered},
        {QStringLiteral("tls_established"), tlsEstablished},
        {QStringLiteral("tls_version"), optional(tlsVersion)},
        {QStringLiteral("cipher"), optional(cipher)},
        {QStringLiteral("key_exchange_group"), optional(keyExchangeGroup)},
        {QStringLiteral("chain"), chain.chain.isEmpty() ? QJsonValue() : QJsonValue(chain.toJson())},
        {QStringLiteral("dane"), dane ? QJsonValue(dane->toJson()) : QJsonValue()},
        {QStringLiteral("reached"), stepName(reached)},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("no_route"), noRoute},
        {QStringLiteral("proxy_failed"), proxyFailed},
        {QStringLiteral("error"), optional(error)},
        {QStringLiteral("result_type"), optional(resultType)},
        {QStringLiteral("elapsed_ms"), elapsedMs},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

} // namespace Sts::Smtp
