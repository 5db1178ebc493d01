// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daneverifier.h"

#include "common/composedtext.h"
#include "common/jsonfields.h"
#include "common/resulttype.h"

#include "net/dnsanswer.h"
#include "opensslhandles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <vector>

namespace Sts::Tls {

namespace {

// Why a chain was not verified, in its own words (English in a check's thread; displayError()
// translates). OpenSSL's own reasons stay as OpenSSL gives them.
constexpr const char *NoDaneText = QT_TRANSLATE_NOOP("DaneVerifier", "this OpenSSL cannot verify DANE");
constexpr const char *SetupFailedText = QT_TRANSLATE_NOOP("DaneVerifier", "OpenSSL could not set up DANE for %1");
constexpr const char *NoUsableRecordText = QT_TRANSLATE_NOOP("DaneVerifier", "no TLSA record is usable for SMTP");
constexpr const char *UnreadableCertificateText =
    QT_TRANSLATE_NOOP("DaneVerifier", "a certificate of the chain cannot be read");
constexpr const char *NoCertificateText = QT_TRANSLATE_NOOP("DaneVerifier", "the server presented no certificate");
constexpr const char *NotStartedText = QT_TRANSLATE_NOOP("DaneVerifier", "OpenSSL could not start the verification");

constexpr quint8 DaneTa = 2;
constexpr quint8 DaneEe = 3;

//! One context for every verification: SSL_new() on a shared context is thread-safe, and
//! making a context costs a millisecond in OpenSSL 3.
SSL_CTX *daneContext()
{
    static SSL_CTX *const context = [] {
        SslContextPtr made(SSL_CTX_new(TLS_client_method()));
        if (!made || SSL_CTX_dane_enable(made.get()) <= 0)
            return static_cast<SSL_CTX *>(nullptr);
        return made.release();
    }();
    return context;
}

TlsRpt::ResultType resultTypeFor(int error)
{
    switch (error) {
    case X509_V_ERR_HOSTNAME_MISMATCH:
        return TlsRpt::ResultType::CertificateHostMismatch;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return TlsRpt::ResultType::CertificateExpired;
    default:
        return TlsRpt::ResultType::TlsaInvalid; // no record of the RRset authenticates the chain
    }
}

DaneMatch failed(const QString &error, TlsRpt::ResultType resultType = TlsRpt::ResultType::TlsaInvalid)
{
    DaneMatch match;
    match.error = error;
    match.resultType = resultType;
    return match;
}

} // namespace

QJsonObject DaneMatch::toJson() const
{
    return {
        {QStringLiteral("verified"), verified},
        {QStringLiteral("matched"), verified ? QJsonValue(matchedRecord) : QJsonValue()},
        {QStringLiteral("matched_depth"), verified ? QJsonValue(matchedDepth) : QJsonValue()},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {QStringLiteral("result_type"), TlsRpt::failureTypeToJson(resultType)},
        {QStringLiteral("matching_records"), QJsonArray::fromStringList(matchingRecords)},
    };
}

DaneMatch DaneMatch::fromJson(const QJsonObject &json)
{
    DaneMatch match;
    match.verified = json.value(u"verified").toBool();
    match.matchedRecord = JsonFields::string(json, u"matched");
    match.matchedDepth = static_cast<int>(JsonFields::integer(json, u"matched_depth", -1));
    match.error = JsonFields::string(json, u"error");
    match.resultType = TlsRpt::failureTypeFromJson(json.value(u"result_type"));
    match.matchingRecords = JsonFields::strings(json, u"matching_records");
    return match;
}

bool Tlsa::usableForSmtp(const Net::DnsRecord &record)
{
    if (record.type != Net::RrType::Tlsa || (record.usage != DaneTa && record.usage != DaneEe) || record.selector > 1)
        return false;
    switch (record.matchingType) {
    case 0:
        return !record.associationData.isEmpty();
    case 1:
        return record.associationData.size() == 32; // SHA2-256
    case 2:
        return record.associationData.size() == 64; // SHA2-512
    default:
        return false;
    }
}

QString Tlsa::text(const Net::DnsRecord &record)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(record.usage)
        .arg(record.selector)
        .arg(record.matchingType)
        .arg(QString::fromLatin1(record.associationData.toHex()));
}

DaneMatch DaneVerifier::verify(const QByteArrayList &chainDer, const QList<Net::DnsRecord> &records,
                               const QString &mxHost)
{
    DaneMatch match = verifyWith(chainDer, records, mxHost);
    if (!match.verified)
        return match;
    // Which records match the keys in use tells whether the next key is published (rollover).
    for (const Net::DnsRecord &record : records) {
        if (Tlsa::usableForSmtp(record) && verifyWith(chainDer, {record}, mxHost).verified)
            match.matchingRecords.append(Tlsa::text(record));
    }
    return match;
}

DaneMatch DaneVerifier::verifyWith(const QByteArrayList &chainDer, const QList<Net::DnsRecord> &records,
                                   const QString &mxHost)
{
    SSL_CTX *context = daneContext();
    if (!context)
        return failed(QCoreApplication::translate("DaneVerifier", NoDaneText));
    const SslPtr ssl(SSL_new(context));
    const QByteArray ace = QUrl::toAce(mxHost);
    if (!ssl || SSL_dane_enable(ssl.get(), (ace.isEmpty() ? mxHost.toLatin1() : ace).constData()) <= 0)
        return failed(QCoreApplication::translate("DaneVerifier", SetupFailedText).arg(mxHost));
    // RFC 7672 §3.1.1: DANE-EE authenticates the key itself; names (and dates) do not matter.
    SSL_dane_set_flags(ssl.get(), DANE_FLAG_NO_DANE_EE_NAMECHECKS);
    int usable = 0;
    for (const Net::DnsRecord &record : records) {
        if (!Tlsa::usableForSmtp(record))
            continue;
        const auto *data = reinterpret_cast<const unsigned char *>(record.associationData.constData());
        if (SSL_dane_tlsa_add(ssl.get(), record.usage, record.selector, record.matchingType, data,
                              size_t(record.associationData.size())) > 0)
            ++usable;
    }
    if (usable == 0)
        return failed(QCoreApplication::translate("DaneVerifier", NoUsableRecordText));

    std::vector<X509Ptr> certificates;
    const X509StackPtr chain(sk_X509_new_null());
    for (const QByteArray &der : chainDer) {
        const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
        X509Ptr certificate(d2i_X509(nullptr, &bytes, long(der.size())));
        if (!certificate || !chain || sk_X509_push(chain.get(), certificate.get()) <= 0)
            return failed(QCoreApplication::translate("DaneVerifier", UnreadableCertificateText));
        certificates.push_back(std::move(certificate));
    }
    if (certificates.empty())
        return failed(QCoreApplication::translate("DaneVerifier", NoCertificateText));

    // As OpenSSL's own offline DANE tests do: the handshake's verification, without a handshake.
    const StoreContextPtr verification(X509_STORE_CTX_new());
    if (!verification || X509_STORE_CTX_init(verification.get(), SSL_CTX_get_cert_store(context),
                                             certificates.front().get(), chain.get()) != 1)
        return failed(QCoreApplication::translate("DaneVerifier", NotStartedText));
    X509_STORE_CTX_set_ex_data(verification.get(), SSL_get_ex_data_X509_STORE_CTX_idx(), ssl.get());
    X509_STORE_CTX_set_default(verification.get(), "ssl_server");
    X509_VERIFY_PARAM_set1(X509_STORE_CTX_get0_param(verification.get()), SSL_get0_param(ssl.get()));
    X509_STORE_CTX_set0_dane(verification.get(), SSL_get0_dane(ssl.get()));
    const bool verified = X509_verify_cert(verification.get()) == 1;
    const int error = X509_STORE_CTX_get_error(verification.get());
    SSL_set_verify_result(ssl.get(), error);
    if (!verified)
        return failed(QString::fromUtf8(X509_verify_cert_error_string(error)), resultTypeFor(error));

    DaneMatch match;
    match.verified = true;
    quint8 usage = 0, selector = 0, matchingType = 0;
    const unsigned char *data = nullptr;
    size_t length = 0;
    match.matchedDepth = SSL_get0_dane_tlsa(ssl.get(), &usage, &selector, &matchingType, &data, &length);
    if (match.matchedDepth >= 0 && data) {
        Net::DnsRecord record;
        record.type = Net::RrType::Tlsa;
        record.usage = usage;
        record.selector = selector;
        record.matchingType = matchingType;
        record.associationData = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
        match.matchedRecord = Tlsa::text(record);
    }
    return match;
}

QString DaneVerifier::displayError(const QString &english)
{
    return ComposedText::shown("DaneVerifier", english,
                               {NoDaneText, SetupFailedText, NoUsableRecordText, UnreadableCertificateText,
                                NoCertificateText, NotStartedText});
}

} // namespace Sts::Tls
