// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "common/resulttype.h"
#include "smtpstep.h"
#include "tls/chainanalysis.h"
#include "tls/daneverifier.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Sts::Smtp {

//! What one SMTP session to one address showed.
struct SmtpProbeResult
{
    QString host; //!< the MX host name (for SNI and certificate matching)
    QHostAddress address;
    quint16 port = 25;
    QStringList banner;       //!< the 220 reply's lines (bounded)
    QStringList ehlo;         //!< EHLO keywords before STARTTLS
    QStringList ehloAfterTls; //!< EHLO keywords after the TLS handshake
    bool starttlsOffered = false;
    bool tlsEstablished = false;
    QString tlsVersion; //!< "TLSv1.3"
    QString cipher;
    QString keyExchangeGroup;
    Tls::ChainAnalysis chain;           //!< empty chain when no handshake happened
    std::optional<Tls::DaneMatch> dane; //!< the chain against the host's TLSA records, when it has any
    Step reached = Step::Connect;       //!< the last step attempted; Done when everything worked
    bool failed = false;
    bool noRoute = false;     //!< the connect failed because this machine has no route there (the observer's network)
    bool proxyFailed = false; //!< the SOCKS5 proxy, not the host, failed the connect
    QString error;            //!< what went wrong at \a reached, one line in English
    QString failure;          //!< the code of the finding that says why it failed; Check::displayError() shows it
    TlsRpt::FailureType resultType; //!< RFC 8460 result type a sender would report, or none
    qint64 elapsedMs = 0;
    Findings findings;

    //! The session never got a connection because the connect timed out (the host or the path
    //! dropped it: the host's fault, unless port 25 is blocked on this machine's network).
    bool connectTimedOut() const;
    //! The session is over: it failed somewhere, or went all the way to QUIT.
    bool finished() const { return failed || reached == Step::Done; }

    QJsonObject toJson() const;
    static SmtpProbeResult fromJson(const QJsonObject &json); //!< what toJson() wrote
};

} // namespace Sts::Smtp

Q_DECLARE_METATYPE(Sts::Smtp::SmtpProbeResult)
