// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DANE for SMTP (RFC 7672) through OpenSSL's own verification: which TLSA records authenticate
// which chains, and what a sender reports when none does.
#include "certificatefactory.h"
#include "net/dnsanswer.h"
#include "tls/daneverifier.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/x509.h>

using namespace Sts;

namespace {

//! The DER SubjectPublicKeyInfo of \a certificate, what selector 1 covers.
QByteArray spki(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &bytes, long(der.size()));
    unsigned char *out = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509), &out);
    QByteArray result(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    X509_free(x509);
    return result;
}

Net::DnsRecord tlsa(quint8 usage, quint8 selector, quint8 matchingType, const QSslCertificate &certificate)
{
    const QByteArray selected = selector == 0 ? certificate.toDer() : spki(certificate);
    Net::DnsRecord record;
    record.type = Net::RrType::Tlsa;
    record.usage = usage;
    record.selector = selector;
    record.matchingType = matchingType;
    record.associationData = matchingType == 0
                                 ? selected
                                 : QCryptographicHash::hash(selected, matchingType == 1 ? QCryptographicHash::Sha256
                                                                                        : QCryptographicHash::Sha512);
    return record;
}

QByteArrayList der(const QList<QSslCertificate> &chain)
{
    QByteArrayList list;
    for (const QSslCertificate &certificate : chain)
        list.append(certificate.toDer());
    return list;
}

} // namespace

using Records = QList<Net::DnsRecord>;
Q_DECLARE_METATYPE(Records)

class TestDaneVerifier final : public QObject
{
    Q_OBJECT

private:
    CertificateFactory m_factory;
    const QString m_host = QStringLiteral("mx1.example.com");

    QSslCertificate leaf(const QStringList &names, bool selfSigned = false, bool expired = false) const
    {
        CertificateFactory::Options options;
        options.dnsNames = names;
        options.selfSigned = selfSigned;
        if (expired) {
            options.notBefore = CertificateFactory::now().addYears(-3);
            options.notAfter = CertificateFactory::now().addYears(-2);
        }
        return m_factory.leaf(options);
    }

private Q_SLOTS:
    void verify_data()
    {
        QTest::addColumn<QList<QSslCertificate>>("chain");
        QTest::addColumn<Records>("records");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("resultType");

        const QSslCertificate good = leaf({m_host});
        const QSslCertificate other = leaf({m_host});
        const QSslCertificate wrongName = leaf({u"www.other.example"_qs});
        const QSslCertificate selfSignedExpired = leaf({u"localhost"_qs}, true, true);
        const QSslCertificate intermediate = m_factory.intermediate();
        const QSslCertificate root = m_factory.root();
        const QList<QSslCertificate> chain{good, intermediate};

        // RFC 7672 §3.1.1: DANE-EE(3) authenticates the key or certificate itself.
        QTest::newRow("3 1 1 of the leaf key") << chain << Records{tlsa(3, 1, 1, good)} << true << 0 << QString();
        QTest::newRow("3 0 1 of the leaf certificate")
            << chain << Records{tlsa(3, 0, 1, good)} << true << 0 << QString();
        QTest::newRow("3 1 2 (SHA-512)") << chain << Records{tlsa(3, 1, 2, good)} << true << 0 << QString();
        QTest::newRow("3 1 0 (the full key)") << chain << Records{tlsa(3, 1, 0, good)} << true << 0 << QString();
        // "...the server's certificate ... names and validity period are ignored" (RFC 7672 §3.1.1)
        QTest::newRow("3 1 1: self-signed, another name, expired")
            << QList<QSslCertificate>{selfSignedExpired} << Records{tlsa(3, 1, 1, selfSignedExpired)} << true << 0
            << QString();
        QTest::newRow("3 1 1 of another key: stale after a key change")
            << chain << Records{tlsa(3, 1, 1, other)} << false << -1 << u"tlsa-invalid"_qs;
        QTest::newRow("rollover: current and next key")
            << chain << Records{tlsa(3, 1, 1, other), tlsa(3, 1, 1, good)} << true << 0 << QString();
        // RFC 7672 §3.1.2: DANE-TA(2) anchors a chain whose leaf must carry the MX name.
        QTest::newRow("2 0 1 of the intermediate")
            << chain << Records{tlsa(2, 0, 1, intermediate)} << true << 1 << QString();
        QTest::newRow("2 1 1 of the intermediate key")
            << chain << Records{tlsa(2, 1, 1, intermediate)} << true << 1 << QString();
        QTest::newRow("2 0 1 of the root, sent by the server")
            << QList<QSslCertificate>{good, intermediate, root} << Records{tlsa(2, 0, 1, root)} << true << 2
            << QString();
        QTest::newRow("2 0 1 with a leaf for another name")
            << QList<QSslCertificate>{wrongName, intermediate} << Records{tlsa(2, 0, 1, intermediate)} << false << -1
            << u"certificate-host-mismatch"_qs;
        // RFC 7672 §3.1.3: PKIX-TA(0) and PKIX-EE(1) are not for SMTP.
        QTest::newRow("only 1 1 1: unusable")
            << chain << Records{tlsa(1, 1, 1, good)} << false << -1 << u"tlsa-invalid"_qs;
        Net::DnsRecord shortDigest = tlsa(3, 1, 1, good);
        shortDigest.associationData.chop(12);
        QTest::newRow("3 1 1 with a 20-byte digest: unusable")
            << chain << Records{shortDigest} << false << -1 << u"tlsa-invalid"_qs;
        QTest::newRow("no certificate") << QList<QSslCertificate>{} << Records{tlsa(3, 1, 1, good)} << false << -1
                                        << u"tlsa-invalid"_qs;
    }

    void verify()
    {
        QFETCH(QList<QSslCertificate>, chain);
        QFETCH(Records, records);
        QFETCH(bool, verified);
        QFETCH(int, depth);
        QFETCH(QString, resultType);
        const Tls::DaneMatch match = Tls::DaneVerifier::verify(der(chain), records, m_host);
        QVERIFY2(match.verified == verified, qPrintable(match.error));
        QCOMPARE(TlsRpt::resultTypeName(match.resultType), resultType);
        if (verified) {
            QCOMPARE(match.matchedDepth, depth);
            QVERIFY(match.error.isEmpty());
            QVERIFY2(
                std::any_of(records.cbegin(), records.cend(),
                            [&match](const Net::DnsRecord &r) { return Tls::Tlsa::text(r) == match.matchedRecord; }),
                qPrintable(match.matchedRecord));
        } else {
            QVERIFY(!match.error.isEmpty());
        }
    }

    //! Which records match the key in use: the current one of a "current + next" pair, both when
    //! both describe it (then no next key is published: a rollover would break delivery).
    void matchingRecordsTellTheKeyInUse()
    {
        const QSslCertificate current = leaf({m_host});
        const QSslCertificate next = leaf({m_host});
        const QByteArrayList chain = der({current, m_factory.intermediate()});
        const Tls::DaneMatch rollover =
            Tls::DaneVerifier::verify(chain, {tlsa(3, 1, 1, current), tlsa(3, 1, 1, next)}, m_host);
        QVERIFY(rollover.verified);
        QCOMPARE(rollover.matchingRecords, QStringList{Tls::Tlsa::text(tlsa(3, 1, 1, current))});
        const Tls::DaneMatch single =
            Tls::DaneVerifier::verify(chain, {tlsa(3, 1, 1, current), tlsa(3, 0, 1, current)}, m_host);
        QCOMPARE(single.matchingRecords.size(), 2);
    }

    void garbageCertificateIsAnError()
    {
        const Tls::DaneMatch match =
            Tls::DaneVerifier::verify({QByteArray("not DER")}, {tlsa(3, 1, 1, m_factory.intermediate())}, m_host);
        QVERIFY(!match.verified);
        QVERIFY(!match.error.isEmpty());
    }

    void presentationForm()
    {
        Net::DnsRecord record;
        record.type = Net::RrType::Tlsa;
        record.usage = 3;
        record.selector = 1;
        record.matchingType = 1;
        record.associationData = QByteArray::fromHex("00ff");
        QCOMPARE(Tls::Tlsa::text(record), u"3 1 1 00ff"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDaneVerifier)
#include "tst_daneverifier.moc"
