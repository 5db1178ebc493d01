// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatefactory.h"
#include "check/checkresult.h"

#include <QHash>
#include <QSslCertificate>

//! Finished checks of example.com for the watch tests, built from real parts: DNS records decoded
//! from their wire form, certificate chains made and analysed, the policy parsed, the verdict
//! judged. Each Change alters one thing a watched domain can change.
class WatchFixture
{
public:
    enum class Change
    {
        None,
        PolicyTextSameId,       //!< an mx line added to the policy, the id kept
        IdOnly,                 //!< a new id, the same policy
        MxAddedUncovered,       //!< a new MX host the policy's mx lines do not cover
        MxAddedCovered,         //!< a new MX host under *.example.com
        ModeTesting,            //!< enforce → testing (new id)
        MaxAgeDropped,          //!< max_age 604800 → 86400 (new id)
        PolicyUnreachable,      //!< the policy host answers 404
        CertificateShort,       //!< mx1's certificate replaced by one that expires in 3 days
        CertificateSoonTesting, //!< testing mode (new id) and a certificate expiring in 10 days
        CertificateOtherName,   //!< mx1 presents a certificate for another name
        StartTlsGone,           //!< mx1 no longer offers STARTTLS
        HandshakeFails,         //!< mx1 offers STARTTLS, the handshake fails
        TlsaStale,              //!< mx1's TLSA record is for another key
        MxDown,                 //!< no MX accepts connections (refused)
        Inconclusive,           //!< port 25 blocked from here: no verdict
        Cancelled,
        CouldNotRun, //!< no usable resolver
    };

    WatchFixture();

    //! A complete check of example.com (enforce, mx: *.example.com, two MX with DANE on mx1)
    //! with \a change applied, judged as the check would judge it.
    Sts::Check::CheckResult result(Change change = Change::None) const;
    //! The same, written as the history store writes it and read back (toJson → fromJson).
    Sts::Check::CheckResult stored(Change change = Change::None) const;
    static QDateTime now() { return CertificateFactory::now(); }

private:
    //! The same certificate for the same names and dates, so that only what a Change alters differs.
    QSslCertificate leaf(const CertificateFactory::Options &options) const;

    CertificateFactory m_certificates;
    mutable QHash<QString, QSslCertificate> m_leaves;
};
