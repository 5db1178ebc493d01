// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttype.h"

#include <array>

namespace Sts::TlsRpt {

namespace {

struct ResultTypeName
{
    ResultType type;
    const char *name;
};

constexpr std::array<ResultTypeName, 11> ResultTypeNames{{
    {ResultType::StartTlsNotSupported, "starttls-not-supported"},
    {ResultType::CertificateHostMismatch, "certificate-host-mismatch"},
    {ResultType::CertificateExpired, "certificate-expired"},
    {ResultType::CertificateNotTrusted, "certificate-not-trusted"},
    {ResultType::ValidationFailure, "validation-failure"},
    {ResultType::TlsaInvalid, "tlsa-invalid"},
    {ResultType::DnssecInvalid, "dnssec-invalid"},
    {ResultType::DaneRequired, "dane-required"},
    {ResultType::StsPolicyFetchError, "sts-policy-fetch-error"},
    {ResultType::StsPolicyInvalid, "sts-policy-invalid"},
    {ResultType::StsWebPkiInvalid, "sts-webpki-invalid"},
}};

} // namespace

QString resultTypeName(ResultType type)
{
    for (const auto &entry : ResultTypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return {};
}

ResultType resultTypeFromName(QStringView name)
{
    for (const auto &entry : ResultTypeNames) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return ResultType::Unknown;
}

QString resultTypeName(const FailureType &failure)
{
    return failure ? resultTypeName(*failure) : QString();
}

QJsonValue failureTypeToJson(const FailureType &failure)
{
    return failure ? QJsonValue(resultTypeName(*failure)) : QJsonValue();
}

FailureType failureTypeFromName(QStringView name)
{
    return name.isEmpty() ? FailureType() : FailureType(resultTypeFromName(name));
}

FailureType failureTypeFromJson(const QJsonValue &value)
{
    return failureTypeFromName(value.toString());
}

QList<ResultType> knownResultTypes()
{
    QList<ResultType> types;
    for (const auto &entry : ResultTypeNames)
        types.append(entry.type);
    return types;
}

} // namespace Sts::TlsRpt
