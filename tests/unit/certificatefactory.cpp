// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatefactory.h"

#include <QFile>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;

KeyPtr makeKey(int rsaBits)
{
    if (rsaBits > 0)
        return KeyPtr(EVP_RSA_gen(unsigned(rsaBits)));
    return KeyPtr(EVP_EC_gen("P-256"));
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    X509_add_ext(cert, extension, -1);
    X509_EXTENSION_free(extension);
}

X509Ptr makeCertificate(const QString &commonName, const QStringList &dnsNames, EVP_PKEY *key, X509 *issuer,
                        EVP_PKEY *issuerKey, bool ca, const QDateTime &notBefore, const QDateTime &notAfter, bool sha1)
{
    static long serial = 1000;
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch()));
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("StsScope tests"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509_set_pubkey(cert.get(), key);
    X509 *signer = issuer ? issuer : cert.get();
    if (ca) {
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
    }
    addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid");
    if (!dnsNames.isEmpty()) {
        const QByteArray sans = "DNS:" + dnsNames.join(QStringLiteral(",DNS:")).toUtf8();
        addExtension(cert.get(), signer, NID_subject_alt_name, sans.constData());
    }
    X509_sign(cert.get(), issuerKey ? issuerKey : key, sha1 ? EVP_sha1() : EVP_sha256());
    return cert;
}

QSslCertificate toQt(X509 *cert)
{
    unsigned char *der = nullptr;
    const int size = i2d_X509(cert, &der);
    QByteArray bytes(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return QSslCertificate(bytes, QSsl::Der);
}

} // namespace

struct CertificateFactory::Private
{
    KeyPtr rootKey = makeKey(0);
    KeyPtr intermediateKey = makeKey(0);
    X509Ptr root;
    X509Ptr intermediate;
    QTemporaryDir directory;
};

CertificateFactory::CertificateFactory()
    : d(std::make_unique<Private>())
{
    const QDateTime from = now().addYears(-5);
    const QDateTime to = now().addYears(5);
    d->root = makeCertificate(QStringLiteral("StsScope Test Root"), {}, d->rootKey.get(), nullptr, nullptr, true, from,
                              to, false);
    d->intermediate = makeCertificate(QStringLiteral("StsScope Test Intermediate"), {}, d->intermediateKey.get(),
                                      d->root.get(), d->rootKey.get(), true, from, to, false);
}

CertificateFactory::~CertificateFactory() = default;

QDateTime CertificateFactory::now()
{
    return QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
}

QSslCertificate CertificateFactory::root() const
{
    return toQt(d->root.get());
}

QSslCertificate CertificateFactory::intermediate() const
{
    return toQt(d->intermediate.get());
}

QSslCertificate CertificateFactory::leaf(const Options &options) const
{
    const KeyPtr key = makeKey(options.rsaBits);
    const QString commonName = options.commonName.isEmpty() ? options.dnsNames.value(0) : options.commonName;
    X509 *issuer = options.selfSigned ? nullptr : options.signedByRoot ? d->root.get() : d->intermediate.get();
    EVP_PKEY *issuerKey = options.selfSigned     ? nullptr
                          : options.signedByRoot ? d->rootKey.get()
                                                 : d->intermediateKey.get();
    const X509Ptr cert =
        makeCertificate(commonName, options.dnsNames, key.get(), issuer, issuerKey, false,
                        options.notBefore.isValid() ? options.notBefore : now().addYears(-1),
                        options.notAfter.isValid() ? options.notAfter : now().addYears(1), options.sha1);
    return toQt(cert.get());
}

QString CertificateFactory::rootFile() const
{
    const QString path = d->directory.filePath(QStringLiteral("root.pem"));
    QFile file(path);
    if (!file.exists() && file.open(QIODevice::WriteOnly))
        file.write(root().toPem());
    return path;
}
