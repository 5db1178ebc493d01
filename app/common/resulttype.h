// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// RFC 8460's vocabulary lives here, below every module: the SMTP dialogue, the chain analysis,
// DANE and the policy fetch name the failures a sender would report, and app/tlsrpt reads them.
namespace Sts::TlsRpt {

//! RFC 8460 §4.3 result types; Unknown keeps the sender's word in FailureDetail::resultTypeName.
enum class ResultType
{
    StartTlsNotSupported,
    CertificateHostMismatch,
    CertificateExpired,
    CertificateNotTrusted,
    ValidationFailure,
    TlsaInvalid,
    DnssecInvalid,
    DaneRequired,
    StsPolicyFetchError,
    StsPolicyInvalid,
    StsWebPkiInvalid,
    Unknown,
};

QString resultTypeName(ResultType type); //!< e.g. "certificate-expired"; empty for Unknown
ResultType resultTypeFromName(QStringView name);
QList<ResultType> knownResultTypes(); //!< every type RFC 8460 defines, in its order

//! What StsScope's own results carry: the failure a sender would report, or none (nullopt).
//! Reports keep the sender's word as a string instead; it may be one RFC 8460 does not know.
using FailureType = std::optional<ResultType>;
QString resultTypeName(const FailureType &failure);       //!< empty for none
QJsonValue failureTypeToJson(const FailureType &failure); //!< the name, null for none
FailureType failureTypeFromName(QStringView name);        //!< none for ""
FailureType failureTypeFromJson(const QJsonValue &value); //!< none for null or ""

} // namespace Sts::TlsRpt
