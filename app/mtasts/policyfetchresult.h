// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "net/httpresponseparser.h"
#include "tls/chainanalysis.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Sts::MtaSts {

//! What a sender learns when it fetches https://mta-sts.<domain>/.well-known/mta-sts.txt.
struct PolicyFetchResult
{
    QString host; //!< "mta-sts.example.com"
    QString url;
    QHostAddress address; //!< the address that answered (or was tried last)
    QStringList attempts; //!< "127.0.0.1: connection refused", in order
    bool tlsEstablished = false;
    QString tlsVersion;
    Tls::ChainAnalysis chain;
    Net::HttpResponse response;
    bool responseComplete = false;
    bool ok = false;                //!< 200, text/plain, at most 64 KiB, valid certificate: the body is the policy
    TlsRpt::FailureType resultType; //!< sts-policy-fetch-error or sts-webpki-invalid when not ok
    qint64 elapsedMs = 0;
    Findings findings;
    //! The body's size as stored, when fromJson() read the result back: a stored result keeps the
    //! body only when it was a policy (status 200), but says how large it was.
    std::optional<qint64> storedBodySize;

    QJsonObject toJson() const;
    //! What toJson() wrote; \a body is the body kept beside it (CheckResult's policy body), if any.
    static PolicyFetchResult fromJson(const QJsonObject &json, const QByteArray &body = {});
};

} // namespace Sts::MtaSts
