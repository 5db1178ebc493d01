// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpproberesult.h"

#include "common/jsonfields.h"
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
        {QStringLiteral("failure"), optional(failure)},
        {QStringLiteral("result_type"), TlsRpt::failureTypeToJson(resultType)},
        {QStringLiteral("elapsed_ms"), elapsedMs},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

SmtpProbeResult SmtpProbeResult::fromJson(const QJsonObject &json)
{
    SmtpProbeResult probe;
    probe.host = JsonFields::string(json, u"host");
    probe.address = QHostAddress(JsonFields::string(json, u"address"));
    probe.port = static_cast<quint16>(JsonFields::integer(json, u"port", 25));
    probe.banner = JsonFields::strings(json, u"banner");
    probe.ehlo = JsonFields::strings(json, u"ehlo");
    probe.ehloAfterTls = JsonFields::strings(json, u"ehlo_tls");
    probe.starttlsOffered = json.value(u"starttls_offered").toBool();
    probe.tlsEstablished = json.value(u"tls_established").toBool();
    probe.tlsVersion = JsonFields::string(json, u"tls_version");
    probe.cipher = JsonFields::string(json, u"cipher");
    probe.keyExchangeGroup = JsonFields::string(json, u"key_exchange_group");
    if (json.value(u"chain").isObject())
        probe.chain = Tls::ChainAnalysis::fromJson(json.value(u"chain").toObject());
    if (json.value(u"dane").isObject())
        probe.dane = Tls::DaneMatch::fromJson(json.value(u"dane").toObject());
    probe.reached = stepFromName(JsonFields::string(json, u"reached"));
    probe.failed = json.value(u"failed").toBool();
    probe.noRoute = json.value(u"no_route").toBool();
    probe.proxyFailed = json.value(u"proxy_failed").toBool();
    probe.error = JsonFields::string(json, u"error");
    probe.failure = JsonFields::string(json, u"failure");
    probe.resultType = TlsRpt::failureTypeFromJson(json.value(u"result_type"));
    probe.elapsedMs = JsonFields::integer(json, u"elapsed_ms");
    probe.findings = findingsFromJson(json.value(u"findings").toArray());
    return probe;
}

} // namespace Sts::Smtp
