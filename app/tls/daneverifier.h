// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/resulttype.h"

#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sts::Net {
struct DnsRecord;
}

namespace Sts::Tls {

//! What DANE (RFC 7672) made of one presented chain against a TLSA RRset.
struct DaneMatch
{
    bool verified = false;
    QString matchedRecord; //!< "3 1 1 <hex>" of the record that authenticated the chain, when verified
    int matchedDepth = -1; //!< 0: the leaf matched; more: a trust anchor that far up the chain
    QString error;         //!< OpenSSL's reason when not verified
    TlsRpt::FailureType
        resultType; //!< RFC 8460 result type when not verified: tlsa-invalid, certificate-host-mismatch, ...
    QStringList matchingRecords; //!< every usable record that alone authenticates the chain

    QJsonObject toJson() const;
    static DaneMatch fromJson(const QJsonObject &json); //!< what toJson() wrote
    bool operator==(const DaneMatch &) const = default;
};

//! TLSA records as RFC 7672 §3.1 reads them for SMTP.
namespace Tlsa {
//! Usages DANE-TA(2) and DANE-EE(3), selectors 0/1, matching types 0/1/2 with the digest length
//! they imply; PKIX-TA(0) and PKIX-EE(1) are unusable for SMTP (RFC 7672 §3.1.3).
bool usableForSmtp(const Net::DnsRecord &record);
QString text(const Net::DnsRecord &record); //!< "3 1 1 <hex>", as in a zone file
} // namespace Tlsa

//! Verifies a presented chain against TLSA records with OpenSSL's own DANE code (the code
//! Postfix relies on), offline, after the handshake: DANE-EE(3) ignores names and dates,
//! DANE-TA(2) checks the chain up to the matching anchor and the MX host name.
class DaneVerifier
{
public:
    //! \a chainDer: the chain as presented, leaf first. \a records: the TLSA RRset (unusable ones
    //! are skipped, as senders skip them). Thread-safe, never blocks.
    static DaneMatch verify(const QByteArrayList &chainDer, const QList<Net::DnsRecord> &records,
                            const QString &mxHost);
    //! A DaneMatch::error made in English (in a check's thread), in the language loaded now.
    static QString displayError(const QString &english);

private:
    static DaneMatch verifyWith(const QByteArrayList &chainDer, const QList<Net::DnsRecord> &records,
                                const QString &mxHost);
};

} // namespace Sts::Tls
