// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainanalysis.h"

#include "common/jsonfields.h"
#include "common/resulttype.h"

#include "common/trace.h"
#include "opensslhandles.h"
#include "tlscatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <cmath>
#include <memory>

namespace Sts::Tls {

namespace {

using TlsRpt::ResultType;

QString colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, size);
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QStringList subjectAltNames(X509 *cert, bool *hasDnsName)
{
    QStringList names;
    *hasDnsName = false;
    GeneralNamesPtr sans(static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!sans)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(sans.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(sans.get(), i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING *dns = name->d.dNSName;
            names.append(QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                                             ASN1_STRING_length(dns)));
            *hasDnsName = true;
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            const auto *bytes = ASN1_STRING_get0_data(ip);
            if (ASN1_STRING_length(ip) == 4)
                names.append(QHostAddress(qFromBigEndian<quint32>(bytes)).toString());
            else if (ASN1_STRING_length(ip) == 16)
                names.append(QHostAddress(bytes).toString());
        }
    }
    return names;
}

QByteArray digest(const EVP_MD *md, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &size, md,
                   nullptr) != 1)
        return {};
    out.truncate(int(size));
    return out;
}

QByteArray publicKeyInfoDer(X509 *cert)
{
    unsigned char *der = nullptr;
    const int size = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &der);
    if (size <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

void describeKey(X509 *cert, CertificateInfo *info)
{
    const EVP_PKEY *key = X509_get0_pubkey(cert);
    if (!key)
        return;
    info->keyBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        info->keyType = QStringLiteral("RSA");
        break;
    case EVP_PKEY_DSA:
        info->keyType = QStringLiteral("DSA");
        break;
    case EVP_PKEY_EC: {
        info->keyType = QStringLiteral("EC");
        char group[64] = {};
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, nullptr) == 1)
            info->curve = QString::fromLatin1(group);
        break;
    }
    case EVP_PKEY_ED25519:
        info->keyType = QStringLiteral("Ed25519");
        break;
    case EVP_PKEY_ED448:
        info->keyType = QStringLiteral("Ed448");
        break;
    default:
        info->keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
    }
}

CertificateInfo describe(X509 *cert, const QByteArray &der, const QDateTime &now, bool *hasDnsName)
{
    CertificateInfo info;
    info.der = der;
    info.subject = nameToString(X509_get_subject_name(cert));
    info.issuer = nameToString(X509_get_issuer_name(cert));
    info.subjectAltNames = subjectAltNames(cert, hasDnsName);
    info.notBefore = toDateTime(X509_get0_notBefore(cert));
    info.notAfter = toDateTime(X509_get0_notAfter(cert));
    if (info.notAfter.isValid())
        info.daysLeft = qint64(std::floor(double(now.secsTo(info.notAfter)) / 86400.0));
    describeKey(cert, &info);
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(cert)));
    info.sha256Fingerprint = colonHex(digest(EVP_sha256(), der));
    info.sha1Fingerprint = colonHex(digest(EVP_sha1(), der));
    info.spkiSha256 = QString::fromLatin1(digest(EVP_sha256(), publicKeyInfoDer(cert)).toHex());
    info.selfSigned = X509_self_signed(cert, 0) == 1;
    return info;
}

//! A short name for a certificate in messages: its first DNS name, else its subject.
QString displayName(const CertificateInfo &info)
{
    for (const QString &name : info.subjectAltNames) {
        if (!name.isEmpty() && !name.front().isDigit())
            return name;
    }
    return info.subject;
}

// Trust stores are costly to build (the system bundle holds some 150 roots) and immutable once
// built, so one is kept per set of anchor files; OpenSSL stores are safe to share between threads.
struct StoreEntry
{
    std::shared_ptr<X509_STORE> store;
    QStringList unreadable;
};

StoreEntry trustStore(const TrustOptions &options)
{
    static QMutex mutex;
    static QHash<QString, StoreEntry> cache;
    QString key = options.useSystemStore ? QStringLiteral("system|") + qEnvironmentVariable("SSL_CERT_FILE")
                                         : QStringLiteral("none");
    for (const QString &file : options.caFiles)
        key += u'|' + file + u'@' + QString::number(QFileInfo(file).lastModified().toMSecsSinceEpoch());
    QMutexLocker locker(&mutex);
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    StoreEntry entry;
    entry.store.reset(X509_STORE_new(), X509_STORE_free);
    if (options.useSystemStore)
        X509_STORE_set_default_paths(entry.store.get()); // honours SSL_CERT_FILE and SSL_CERT_DIR
    for (const QString &file : options.caFiles) {
        if (X509_STORE_load_file(entry.store.get(), QFile::encodeName(file).constData()) != 1)
            entry.unreadable.append(file);
    }
    ERR_clear_error();
    cache.insert(key, entry);
    return entry;
}

//! A verification error OpenSSL reported, and at which certificate.
struct VerifyError
{
    int code = X509_V_OK;
    int depth = 0;
    X509Ptr cert;
};

int collectErrors(int ok, X509_STORE_CTX *context)
{
    if (ok)
        return 1;
    auto *errors = static_cast<std::vector<VerifyError> *>(X509_STORE_CTX_get_app_data(context));
    X509 *current = X509_STORE_CTX_get_current_cert(context);
    if (current)
        X509_up_ref(current);
    errors->push_back({X509_STORE_CTX_get_error(context), X509_STORE_CTX_get_error_depth(context), X509Ptr(current)});
    return 1; // go on: every problem of the chain is worth reporting, not just the first
}

//! The RFC 8460 result type (§4.3) a chain failure maps to.
ResultType resultTypeFor(int code)
{
    switch (code) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return ResultType::CertificateExpired;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_CERT_REJECTED:
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_KEY_TOO_SMALL:
    case X509_V_ERR_CA_MD_TOO_WEAK:
        return ResultType::CertificateNotTrusted;
    default:
        // A certificate not yet valid, a bad signature, a wrong purpose: the RFC names no type.
        return ResultType::ValidationFailure;
    }
}

bool weakDigest(int signatureNid)
{
    int digestNid = NID_undef;
    if (OBJ_find_sigid_algs(signatureNid, &digestNid, nullptr) != 1)
        return false;
    return digestNid == NID_sha1 || digestNid == NID_md5 || digestNid == NID_md4 || digestNid == NID_md2;
}

bool weakKey(const CertificateInfo &info)
{
    if (info.keyType == u"RSA" || info.keyType == u"DSA")
        return info.keyBits < 2048;
    if (info.keyType == u"EC")
        return info.keyBits < 224;
    return false;
}

class Analysis
{
public:
    Analysis(const QString &hostName, const TrustOptions &options)
        : m_options(options)
    {
        m_result.hostName = hostName.toLower();
        if (m_result.hostName.endsWith(u'.'))
            m_result.hostName.chop(1);
        m_now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    }

    ChainAnalysis run(const QList<QSslCertificate> &presented);

private:
    void add(const FindingDefinition &definition, const QStringList &arguments, int link = -1)
    {
        Finding finding = makeFinding(definition, m_result.hostName, arguments);
        if (link >= 0)
            finding.details.insert(QStringLiteral("link"), link);
        m_result.findings.append(finding);
    }
    bool decode(const QList<QSslCertificate> &presented);
    void verify();
    void reportError(const VerifyError &error);
    int presentedIndex(X509 *cert) const;
    void matchHost();
    void judgeLinks();

    TrustOptions m_options;
    QDateTime m_now;
    ChainAnalysis m_result;
    std::vector<X509Ptr> m_certs;
    bool m_leafHasDnsName = false;
};

bool Analysis::decode(const QList<QSslCertificate> &presented)
{
    for (qsizetype i = 0; i < presented.size(); ++i) {
        const QByteArray der = presented.at(i).toDer();
        const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
        X509Ptr cert(d2i_X509(nullptr, &bytes, long(der.size())));
        if (!cert) {
            add(Catalog::CertificateUnreadable, {QString::number(i + 1)}, int(i));
            return false;
        }
        bool hasDnsName = false;
        m_result.chain.append(describe(cert.get(), der, m_now, &hasDnsName));
        if (i == 0)
            m_leafHasDnsName = hasDnsName;
        m_certs.push_back(std::move(cert));
    }
    return true;
}

int Analysis::presentedIndex(X509 *cert) const
{
    if (!cert)
        return -1;
    for (size_t i = 0; i < m_certs.size(); ++i) {
        if (X509_cmp(m_certs[i].get(), cert) == 0)
            return int(i);
    }
    return -1;
}

void Analysis::verify()
{
    const StoreEntry trust = trustStore(m_options);
    for (const QString &file : trust.unreadable)
        add(Catalog::CaFileUnreadable, {file});

    X509StackPtr untrusted(sk_X509_new_null());
    for (size_t i = 1; i < m_certs.size(); ++i)
        sk_X509_push(untrusted.get(), m_certs[i].get());
    StoreContextPtr context(X509_STORE_CTX_new());
    if (!context ||
        X509_STORE_CTX_init(context.get(), trust.store.get(), m_certs.front().get(), untrusted.get()) != 1) {
        add(Catalog::VerifyFailed, {m_result.hostName, QStringLiteral("OpenSSL could not set up verification")});
        m_result.resultType = ResultType::ValidationFailure;
        return;
    }
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, time_t(m_now.toSecsSinceEpoch()));
    // Level 2 is what Debian and most current senders use: RSA >= 2048 bits, no SHA-1 signatures.
    X509_VERIFY_PARAM_set_auth_level(parameters, 2);
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER);
    std::vector<VerifyError> errors;
    X509_STORE_CTX_set_app_data(context.get(), &errors);
    X509_STORE_CTX_set_verify_cb(context.get(), collectErrors);
    const bool verified = X509_verify_cert(context.get()) == 1;

    m_result.trusted = verified && errors.empty();
    if (m_result.trusted) {
        const STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(context.get());
        if (built && sk_X509_num(built) > 0)
            m_result.trustAnchor = nameToString(X509_get_subject_name(sk_X509_value(built, sk_X509_num(built) - 1)));
        return;
    }
    if (errors.empty()) // failed without calling back, e.g. out of memory
        errors.push_back({X509_STORE_CTX_get_error(context.get()), 0, nullptr});
    // OpenSSL reports in the order a sender meets the problems; the first one names the result.
    m_result.resultType = resultTypeFor(errors.front().code);
    for (const VerifyError &error : errors)
        reportError(error);
}

void Analysis::reportError(const VerifyError &error)
{
    int link = presentedIndex(error.cert.get());
    if (link < 0)
        link = qMin(error.depth, int(m_certs.size()) - 1);
    CertificateInfo &info = m_result.chain[link];
    const QString reason = QString::fromLatin1(X509_verify_cert_error_string(error.code));
    if (info.verifyError.isEmpty())
        info.verifyError = reason;
    const QString name = displayName(info);
    const auto date = [](const QDateTime &when) { return when.toString(Qt::ISODate); };
    switch (error.code) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        add(Catalog::CertificateExpired, {name, date(info.notAfter)}, link);
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        add(Catalog::CertificateNotYetValid, {name, date(info.notBefore)}, link);
        break;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        add(Catalog::SelfSigned, {name}, link);
        break;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
        add(Catalog::UntrustedRoot, {info.subject}, link);
        break;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        add(Catalog::Incomplete, {name, info.issuer}, link);
        break;
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        break; // the follow-up of a missing issuer, already reported
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_KEY_TOO_SMALL:
    case X509_V_ERR_CA_MD_TOO_WEAK:
        break; // judgeLinks() says which key or digest is weak
    default:
        add(Catalog::VerifyFailed, {name, reason}, link);
    }
}

void Analysis::matchHost()
{
    if (m_result.hostName.isEmpty())
        return;
    const QByteArray host = m_result.hostName.toLatin1();
    const auto check = [&](unsigned int flags, QString *matched) {
        char *peerName = nullptr;
        const bool found =
            X509_check_host(m_certs.front().get(), host.constData(), size_t(host.size()), flags, &peerName) == 1;
        if (found && matched)
            *matched = QString::fromLatin1(peerName);
        OPENSSL_free(peerName);
        return found;
    };
    // RFC 8461 §4.2: "The certificate MUST have a subject alternative name (SAN) [RFC5280] with a
    // DNS-ID [RFC6125] matching the hostname"; a wildcard stands for exactly one whole leftmost
    // label, and the subject's common name never counts.
    if (check(X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS | X509_CHECK_FLAG_NEVER_CHECK_SUBJECT, &m_result.matchedName)) {
        m_result.hostMatches = true;
        return;
    }
    if (!m_leafHasDnsName && check(X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, nullptr)) {
        // Only the legacy common-name fallback would match: say so, since the name is right there.
        add(Catalog::CommonNameOnly, {m_result.hostName}, 0);
    } else {
        const CertificateInfo &leaf = m_result.chain.constFirst();
        const QString names = leaf.subjectAltNames.isEmpty() ? leaf.subject : leaf.subjectAltNames.join(u", ");
        add(Catalog::HostMismatch, {m_result.hostName, names}, 0);
    }
    if (!m_result.resultType)
        m_result.resultType = ResultType::CertificateHostMismatch;
}

void Analysis::judgeLinks()
{
    for (qsizetype i = 0; i < m_result.chain.size(); ++i) {
        const CertificateInfo &info = m_result.chain.at(i);
        if (weakKey(info))
            add(Catalog::WeakKey, {displayName(info), info.keyType, QString::number(info.keyBits)}, int(i));
        // A root's own signature is never checked, so only issued links count.
        if (!info.selfSigned && weakDigest(X509_get_signature_nid(m_certs[size_t(i)].get())))
            add(Catalog::WeakSignature, {displayName(info), info.signatureAlgorithm}, int(i));
        if (info.notAfter.isValid() && info.daysLeft >= 0 && info.daysLeft < m_options.expiryWarningDays &&
            m_now >= info.notBefore && m_now <= info.notAfter)
            add(Catalog::CertificateExpiringSoon,
                {displayName(info), info.notAfter.toString(Qt::ISODate), QString::number(info.daysLeft)}, int(i));
    }
}

ChainAnalysis Analysis::run(const QList<QSslCertificate> &presented)
{
    if (presented.isEmpty()) {
        add(Catalog::ChainEmpty, {});
        m_result.resultType = ResultType::ValidationFailure;
        return m_result;
    }
    if (!decode(presented)) {
        m_result.resultType = ResultType::ValidationFailure;
        return m_result;
    }
    verify();
    matchHost();
    judgeLinks();
    if (m_result.valid())
        add(Catalog::ChainValid, {m_result.trustAnchor, m_result.matchedName, m_result.hostName});
    ERR_clear_error(); // leave no OpenSSL error behind for the next user of this thread
    return m_result;
}

} // namespace

QJsonObject CertificateInfo::toJson() const
{
    const auto optionalText = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {
        {QStringLiteral("subject"), subject},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("subject_alt_names"), QJsonArray::fromStringList(subjectAltNames)},
        {QStringLiteral("not_before"), notBefore.toString(Qt::ISODate)},
        {QStringLiteral("not_after"), notAfter.toString(Qt::ISODate)},
        {QStringLiteral("days_left"), daysLeft},
        {QStringLiteral("key_type"), keyType},
        {QStringLiteral("key_bits"), keyBits},
        {QStringLiteral("curve"), optionalText(curve)},
        {QStringLiteral("signature_algorithm"), signatureAlgorithm},
        {QStringLiteral("sha256_fingerprint"), sha256Fingerprint},
        {QStringLiteral("sha1_fingerprint"), sha1Fingerprint},
        {QStringLiteral("spki_sha256"), spkiSha256},
        {QStringLiteral("self_signed"), selfSigned},
        {QStringLiteral("verify_error"), optionalText(verifyError)},
    };
}

QJsonObject ChainAnalysis::toJson() const
{
    QJsonArray links;
    for (const CertificateInfo &info : chain)
        links.append(info.toJson());
    const auto optionalText = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {
        {QStringLiteral("host"), hostName},
        {QStringLiteral("valid"), valid()},
        {QStringLiteral("trusted"), trusted},
        {QStringLiteral("host_matches"), hostMatches},
        {QStringLiteral("matched_name"), optionalText(matchedName)},
        {QStringLiteral("trust_anchor"), optionalText(trustAnchor)},
        {QStringLiteral("result_type"), TlsRpt::failureTypeToJson(resultType)},
        {QStringLiteral("certificates"), links},
    };
}

CertificateInfo CertificateInfo::fromJson(const QJsonObject &json)
{
    CertificateInfo info;
    info.subject = JsonFields::string(json, u"subject");
    info.issuer = JsonFields::string(json, u"issuer");
    info.subjectAltNames = JsonFields::strings(json, u"subject_alt_names");
    info.notBefore = QDateTime::fromString(JsonFields::string(json, u"not_before"), Qt::ISODate);
    info.notAfter = QDateTime::fromString(JsonFields::string(json, u"not_after"), Qt::ISODate);
    info.daysLeft = JsonFields::integer(json, u"days_left");
    info.keyType = JsonFields::string(json, u"key_type");
    info.keyBits = static_cast<int>(JsonFields::integer(json, u"key_bits"));
    info.curve = JsonFields::string(json, u"curve");
    info.signatureAlgorithm = JsonFields::string(json, u"signature_algorithm");
    info.sha256Fingerprint = JsonFields::string(json, u"sha256_fingerprint");
    info.sha1Fingerprint = JsonFields::string(json, u"sha1_fingerprint");
    info.spkiSha256 = JsonFields::string(json, u"spki_sha256");
    info.selfSigned = json.value(u"self_signed").toBool();
    info.verifyError = JsonFields::string(json, u"verify_error");
    return info;
}

ChainAnalysis ChainAnalysis::fromJson(const QJsonObject &json)
{
    ChainAnalysis analysis;
    analysis.hostName = JsonFields::string(json, u"host");
    analysis.trusted = json.value(u"trusted").toBool();
    analysis.hostMatches = json.value(u"host_matches").toBool();
    analysis.matchedName = JsonFields::string(json, u"matched_name");
    analysis.trustAnchor = JsonFields::string(json, u"trust_anchor");
    analysis.resultType = TlsRpt::failureTypeFromJson(json.value(u"result_type"));
    for (const QJsonValue &link : json.value(u"certificates").toArray())
        analysis.chain.append(CertificateInfo::fromJson(link.toObject()));
    return analysis;
}

ChainAnalysis ChainAnalyzer::analyze(const QList<QSslCertificate> &presented, const QString &hostName,
                                     const TrustOptions &options)
{
    Trace::event(hostName, QStringLiteral("chain analysis begins"));
    ChainAnalysis analysis = Analysis(hostName, options).run(presented);
    // OpenSSL leaves what went wrong (a certificate it could not decode, here or in
    // QSslCertificate, a chain that did not verify) in the thread's error queue, where the next
    // OpenSSL call on this thread, a handshake in the same worker, would find it as its own.
    // The queue also keeps allocated strings alive from one call to the next.
    ERR_clear_error();
    Trace::event(hostName, QStringLiteral("chain analysis ends"));
    return analysis;
}

void ChainAnalyzer::preload(const TrustOptions &options)
{
    Trace::event(QStringLiteral("trust store"), QStringLiteral("preload begins"));
    trustStore(options);
    Trace::event(QStringLiteral("trust store"), QStringLiteral("preload ends"));
}

} // namespace Sts::Tls
