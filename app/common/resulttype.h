// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

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

} // namespace Sts::TlsRpt
