// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QStringList>

#include <memory>

//! Makes certificates in memory for chain tests: a root, an intermediate under it, and leaves of
//! every kind the analyzer must judge. Keys are EC P-256 unless a test asks for RSA.
class CertificateFactory
{
public:
    struct Options
    {
        QStringList dnsNames;      //!< subjectAltName dNSName entries; empty: no SAN extension
        QString commonName;        //!< subject CN; defaults to the first DNS name
        QDateTime notBefore;       //!< defaults to a year before CertificateFactory::now()
        QDateTime notAfter;        //!< defaults to a year after it
        int rsaBits = 0;           //!< > 0: an RSA key of that size instead of EC
        bool sha1 = false;         //!< sign with SHA-1 instead of SHA-256
        bool selfSigned = false;   //!< sign with its own key
        bool signedByRoot = false; //!< issued by the root directly instead of the intermediate
    };

    CertificateFactory();
    ~CertificateFactory();
    CertificateFactory(const CertificateFactory &) = delete;
    CertificateFactory &operator=(const CertificateFactory &) = delete;

    static QDateTime now(); //!< the fixed verification time of the tests

    QSslCertificate root() const;
    QSslCertificate intermediate() const;
    QSslCertificate leaf(const Options &options) const;
    //! The root as a PEM file in a temporary directory, for TrustOptions::caFiles.
    QString rootFile() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
