// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "common/resulttype.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Sts::Tls {

//! Which anchors a chain is verified against, and at what time.
struct TrustOptions
{
    bool useSystemStore = true; //!< the system's CA bundle (OpenSSL default paths, or SSL_CERT_FILE)
    QStringList caFiles;        //!< extra PEM anchors (--ca-file): private CAs, the testbed
    QDateTime now;              //!< verification time; invalid: the current time (injected in tests)
    int expiryWarningDays = 21; //!< certificates expiring sooner get a warning
};

//! One link of a presented chain, as shown to a user and written to JSON.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList subjectAltNames; //!< dNSName entries (and IP addresses as text)
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 daysLeft = 0; //!< whole days from TrustOptions::now to notAfter; negative when expired
    QString keyType;     //!< "RSA", "EC", "Ed25519", ...
    int keyBits = 0;
    QString curve;              //!< for EC keys, e.g. "prime256v1"
    QString signatureAlgorithm; //!< e.g. "sha256WithRSAEncryption"
    QString sha256Fingerprint;  //!< hex, colon-separated upper case
    QString sha1Fingerprint;
    QString spkiSha256; //!< hex of SHA-256 over the SubjectPublicKeyInfo (DANE 3 1 1)
    bool selfSigned = false;
    QString verifyError; //!< OpenSSL's reason when verification failed at this link, else empty
    QByteArray der;

    QJsonObject toJson() const;
    static CertificateInfo fromJson(const QJsonObject &json); //!< what toJson() wrote (without the DER)
};

//! The verdict on a presented certificate chain for one host name (RFC 8461 §4.2: the chain
//! must verify to a trusted root and a DNS-ID in the subject alternative names must match the
//! host name, as in RFC 6125 with wildcards covering only the leftmost label; a common name
//! alone never matches).
struct ChainAnalysis
{
    QString hostName;
    QList<CertificateInfo> chain; //!< as presented, leaf first
    bool trusted = false;         //!< chains to an anchor and every link is valid at TrustOptions::now
    bool hostMatches = false;
    QString matchedName; //!< the DNS-ID (subject alternative name) that matched the host, empty when none
    QString trustAnchor; //!< subject of the root the chain verified to, empty when it did not
    bool valid() const { return trusted && hostMatches; }
    //! The RFC 8460 result type a sender would report, none when the chain is valid:
    //! certificate-expired, certificate-host-mismatch, certificate-not-trusted or validation-failure.
    TlsRpt::FailureType resultType;
    Findings findings;

    QJsonObject toJson() const;
    //! What toJson() wrote; the findings are not part of it (they are the probe's).
    static ChainAnalysis fromJson(const QJsonObject &json);
};

class ChainAnalyzer
{
public:
    //! \a presented is the chain the server sent, leaf first. Never throws, never blocks on I/O
    //! except for reading the CA files.
    static ChainAnalysis analyze(const QList<QSslCertificate> &presented, const QString &hostName,
                                 const TrustOptions &options);
    //! Builds (and caches) the trust store for \a options now, so that the first analyze() does
    //! not wait for the CA files to be read. Thread-safe; cheap once the store is cached.
    static void preload(const TrustOptions &options);
};

} // namespace Sts::Tls
