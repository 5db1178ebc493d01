// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatefactory.h"
#include "tls/chainanalysis.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSslKey>
#include <QTest>

#include <openssl/err.h>

using namespace Sts;
using Tls::ChainAnalysis;
using Tls::ChainAnalyzer;

namespace {

enum class Chain
{
    Full,              //!< leaf, intermediate
    LeafOnly,          //!< the intermediate left out
    LeafOnRoot,        //!< leaf issued by the root itself
    ForeignRoot,       //!< a complete chain of another CA, its root included
    WithExtraUnrelated //!< leaf, intermediate, and a certificate that belongs to nothing
};

QStringList codes(const Findings &findings)
{
    QStringList out;
    for (const Finding &finding : findings)
        out.append(finding.code);
    return out;
}

} // namespace

class TestChainAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void describesEachLink();
    void emptyChain();
    void unreadableAnchorFile();
    void systemStoreDoesNotTrustPrivateRoot();
    void leavesNoOpenSslErrors();

private:
    Tls::TrustOptions trust() const;
    QList<QSslCertificate> chain(Chain kind, const QSslCertificate &leaf) const;

    std::unique_ptr<CertificateFactory> m_factory;
    std::unique_ptr<CertificateFactory> m_foreign;
};

void TestChainAnalysis::initTestCase()
{
    m_factory = std::make_unique<CertificateFactory>();
    m_foreign = std::make_unique<CertificateFactory>();
}

Tls::TrustOptions TestChainAnalysis::trust() const
{
    Tls::TrustOptions options;
    options.useSystemStore = false;
    options.caFiles = {m_factory->rootFile()};
    options.now = CertificateFactory::now();
    return options;
}

QList<QSslCertificate> TestChainAnalysis::chain(Chain kind, const QSslCertificate &leaf) const
{
    switch (kind) {
    case Chain::Full:
    case Chain::LeafOnRoot:
        return kind == Chain::Full ? QList{leaf, m_factory->intermediate()} : QList{leaf};
    case Chain::LeafOnly:
        return {leaf};
    case Chain::ForeignRoot:
        return {leaf, m_foreign->intermediate(), m_foreign->root()};
    case Chain::WithExtraUnrelated:
        return {leaf, m_factory->intermediate(), m_foreign->intermediate()};
    }
    return {};
}

void TestChainAnalysis::verdicts_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<int>("validFromDays"); // relative to the test's "now"
    QTest::addColumn<int>("validToDays");
    QTest::addColumn<int>("rsaBits");
    QTest::addColumn<bool>("sha1");
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<int>("chainKind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("resultType");
    QTest::addColumn<QString>("matchedName");
    QTest::addColumn<QStringList>("expectedCodes");

    const QStringList mx{QStringLiteral("mx1.example.com")};
    const QStringList wildcard{QStringLiteral("*.example.com")};
    const QString host = QStringLiteral("mx1.example.com");
    const int full = int(Chain::Full);

    QTest::newRow("valid") << mx << QString() << -365 << 365 << 0 << false << false << full << host << true << QString()
                           << host << QStringList{QStringLiteral("tls.chain.valid")};
    QTest::newRow("host upper case, trailing dot")
        << mx << QString() << -365 << 365 << 0 << false << false << full << QStringLiteral("MX1.Example.COM.") << true
        << QString() << host << QStringList{QStringLiteral("tls.chain.valid")};
    QTest::newRow("second SAN") << QStringList{QStringLiteral("mail.example.com"), host} << QString() << -365 << 365
                                << 0 << false << false << full << host << true << QString() << host
                                << QStringList{QStringLiteral("tls.chain.valid")};
    QTest::newRow("RSA 2048") << mx << QString() << -365 << 365 << 2048 << false << false << full << host << true
                              << QString() << host << QStringList{QStringLiteral("tls.chain.valid")};
    QTest::newRow("wildcard covers one label")
        << wildcard << QString() << -365 << 365 << 0 << false << false << full << host << true << QString()
        << QStringLiteral("*.example.com") << QStringList{QStringLiteral("tls.chain.valid")};
    QTest::newRow("wildcard does not cover two labels")
        << wildcard << QString() << -365 << 365 << 0 << false << false << full << QStringLiteral("a.mx.example.com")
        << false << QStringLiteral("certificate-host-mismatch") << QString()
        << QStringList{QStringLiteral("tls.cert.host-mismatch")};
    QTest::newRow("wildcard does not cover the parent")
        << wildcard << QString() << -365 << 365 << 0 << false << false << full << QStringLiteral("example.com") << false
        << QStringLiteral("certificate-host-mismatch") << QString()
        << QStringList{QStringLiteral("tls.cert.host-mismatch")};
    QTest::newRow("partial wildcard is not honoured")
        << QStringList{QStringLiteral("mx*.example.com")} << QString() << -365 << 365 << 0 << false << false << full
        << host << false << QStringLiteral("certificate-host-mismatch") << QString()
        << QStringList{QStringLiteral("tls.cert.host-mismatch")};
    QTest::newRow("wrong name") << QStringList{QStringLiteral("www.example.com")} << QString() << -365 << 365 << 0
                                << false << false << full << host << false
                                << QStringLiteral("certificate-host-mismatch") << QString()
                                << QStringList{QStringLiteral("tls.cert.host-mismatch")};
    QTest::newRow("CN ignored when a SAN exists")
        << QStringList{QStringLiteral("www.example.com")} << host << -365 << 365 << 0 << false << false << full << host
        << false << QStringLiteral("certificate-host-mismatch") << QString()
        << QStringList{QStringLiteral("tls.cert.host-mismatch")};
    // RFC 8461 §4.2: "The certificate MUST have a subject alternative name (SAN) [RFC5280] with a DNS-ID
    // [RFC6125] matching the hostname": a common name alone fails, however well it matches.
    QTest::newRow("RFC 8461 §4.2 SAN with a DNS-ID MUST match: CN only fails")
        << QStringList() << host << -365 << 365 << 0 << false << false << full << host << false
        << QStringLiteral("certificate-host-mismatch") << QString()
        << QStringList{QStringLiteral("tls.cert.common-name-only")};
    QTest::newRow("RFC 8461 §4.2 SAN with a DNS-ID MUST match: CN only, wrong name")
        << QStringList() << QStringLiteral("www.example.com") << -365 << 365 << 0 << false << false << full << host
        << false << QStringLiteral("certificate-host-mismatch") << QString()
        << QStringList{QStringLiteral("tls.cert.host-mismatch")};
    QTest::newRow("RFC 8461 §4.2 SAN with a DNS-ID MUST match: CN only, wildcard CN")
        << QStringList() << QStringLiteral("*.example.com") << -365 << 365 << 0 << false << false << full << host
        << false << QStringLiteral("certificate-host-mismatch") << QString()
        << QStringList{QStringLiteral("tls.cert.common-name-only")};
    QTest::newRow("expired") << mx << QString() << -400 << -30 << 0 << false << false << full << host << false
                             << QStringLiteral("certificate-expired") << host
                             << QStringList{QStringLiteral("tls.cert.expired")};
    QTest::newRow("expired and wrong name: the chain fails first")
        << QStringList{QStringLiteral("www.example.com")} << QString() << -400 << -30 << 0 << false << false << full
        << host << false << QStringLiteral("certificate-expired") << QString()
        << QStringList{QStringLiteral("tls.cert.expired"), QStringLiteral("tls.cert.host-mismatch")};
    QTest::newRow("not yet valid") << mx << QString() << 30 << 400 << 0 << false << false << full << host << false
                                   << QStringLiteral("validation-failure") << host
                                   << QStringList{QStringLiteral("tls.cert.not-yet-valid")};
    QTest::newRow("expiring soon") << mx << QString() << -80 << 10 << 0 << false << false << full << host << true
                                   << QString() << host
                                   << QStringList{QStringLiteral("tls.cert.expiring-soon"),
                                                  QStringLiteral("tls.chain.valid")};
    QTest::newRow("self-signed") << mx << QString() << -365 << 365 << 0 << false << true << int(Chain::LeafOnly) << host
                                 << false << QStringLiteral("certificate-not-trusted") << host
                                 << QStringList{QStringLiteral("tls.chain.self-signed")};
    QTest::newRow("missing intermediate")
        << mx << QString() << -365 << 365 << 0 << false << false << int(Chain::LeafOnly) << host << false
        << QStringLiteral("certificate-not-trusted") << host << QStringList{QStringLiteral("tls.chain.incomplete")};
    QTest::newRow("issued by the root") << mx << QString() << -365 << 365 << 0 << false << false
                                        << int(Chain::LeafOnRoot) << host << true << QString() << host
                                        << QStringList{QStringLiteral("tls.chain.valid")};
    QTest::newRow("unrelated extra certificate")
        << mx << QString() << -365 << 365 << 0 << false << false << int(Chain::WithExtraUnrelated) << host << true
        << QString() << host << QStringList{QStringLiteral("tls.chain.valid")};
    QTest::newRow("root nobody trusts") << mx << QString() << -365 << 365 << 0 << false << false
                                        << int(Chain::ForeignRoot) << host << false
                                        << QStringLiteral("certificate-not-trusted") << host
                                        << QStringList{QStringLiteral("tls.chain.untrusted-root")};
    QTest::newRow("RSA 1024") << mx << QString() << -365 << 365 << 1024 << false << false << full << host << false
                              << QStringLiteral("certificate-not-trusted") << host
                              << QStringList{QStringLiteral("tls.cert.weak-key")};
    QTest::newRow("SHA-1 signature") << mx << QString() << -365 << 365 << 0 << true << false << full << host << false
                                     << QStringLiteral("certificate-not-trusted") << host
                                     << QStringList{QStringLiteral("tls.cert.weak-signature")};
}

void TestChainAnalysis::verdicts()
{
    QFETCH(QStringList, names);
    QFETCH(QString, commonName);
    QFETCH(int, validFromDays);
    QFETCH(int, validToDays);
    QFETCH(int, rsaBits);
    QFETCH(bool, sha1);
    QFETCH(bool, selfSigned);
    QFETCH(int, chainKind);
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QFETCH(QString, resultType);
    QFETCH(QString, matchedName);
    QFETCH(QStringList, expectedCodes);

    CertificateFactory::Options options;
    options.dnsNames = names;
    options.commonName = commonName;
    options.notBefore = CertificateFactory::now().addDays(validFromDays);
    options.notAfter = CertificateFactory::now().addDays(validToDays);
    options.rsaBits = rsaBits;
    options.sha1 = sha1;
    options.selfSigned = selfSigned;
    options.signedByRoot = Chain(chainKind) == Chain::LeafOnRoot;
    const CertificateFactory &issuer = Chain(chainKind) == Chain::ForeignRoot ? *m_foreign : *m_factory;
    const QSslCertificate leaf = issuer.leaf(options);

    const ChainAnalysis analysis = ChainAnalyzer::analyze(chain(Chain(chainKind), leaf), host, trust());

    QCOMPARE(codes(analysis.findings), expectedCodes);
    QCOMPARE(analysis.valid(), valid);
    QCOMPARE(TlsRpt::resultTypeName(analysis.resultType), resultType);
    QCOMPARE(analysis.matchedName, matchedName);
    QCOMPARE(analysis.hostName, host.toLower().chopped(host.endsWith(u'.') ? 1 : 0));
    if (valid)
        QCOMPARE(analysis.trustAnchor, QStringLiteral("CN=StsScope Test Root,O=StsScope tests"));
    else if (!analysis.trusted)
        QVERIFY2(!analysis.chain.constFirst().verifyError.isEmpty() ||
                     !analysis.chain.constLast().verifyError.isEmpty(),
                 "a failed verification names its reason at a link");
    for (const Finding &finding : analysis.findings)
        QVERIFY2(!finding.message.contains(u'%'), qPrintable(finding.message));
}

void TestChainAnalysis::describesEachLink()
{
    CertificateFactory::Options options;
    options.dnsNames = {QStringLiteral("mx1.example.com"), QStringLiteral("mx2.example.com")};
    options.notBefore = CertificateFactory::now().addDays(-10);
    options.notAfter = CertificateFactory::now().addDays(50).addSecs(3600);
    const QSslCertificate leaf = m_factory->leaf(options);
    const ChainAnalysis analysis =
        ChainAnalyzer::analyze({leaf, m_factory->intermediate()}, QStringLiteral("mx2.example.com"), trust());

    QCOMPARE(analysis.chain.size(), 2);
    const Tls::CertificateInfo &info = analysis.chain.constFirst();
    QCOMPARE(info.subject, QStringLiteral("CN=mx1.example.com,O=StsScope tests"));
    QCOMPARE(info.issuer, QStringLiteral("CN=StsScope Test Intermediate,O=StsScope tests"));
    QCOMPARE(info.subjectAltNames, options.dnsNames);
    QCOMPARE(info.notAfter, options.notAfter);
    QCOMPARE(info.daysLeft, 50);
    QCOMPARE(info.keyType, QStringLiteral("EC"));
    QCOMPARE(info.keyBits, 256);
    QCOMPARE(info.curve, QStringLiteral("prime256v1"));
    QCOMPARE(info.signatureAlgorithm, QStringLiteral("ecdsa-with-SHA256"));
    QCOMPARE(info.sha256Fingerprint, QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    QCOMPARE(
        info.spkiSha256,
        QString::fromLatin1(QCryptographicHash::hash(leaf.publicKey().toDer(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(!info.selfSigned);
    QVERIFY(info.verifyError.isEmpty());
    QCOMPARE(analysis.matchedName, QStringLiteral("mx2.example.com"));

    const QJsonObject json = analysis.toJson();
    QCOMPARE(json.value(u"valid").toBool(), true);
    QCOMPARE(json.value(u"result_type").type(), QJsonValue::Null);
    const QJsonObject first = json.value(u"certificates").toArray().at(0).toObject();
    QCOMPARE(first.value(u"days_left").toInt(), 50);
    QCOMPARE(first.value(u"subject_alt_names").toArray().size(), 2);
    QCOMPARE(first.value(u"key_type").toString(), QStringLiteral("EC"));
}

void TestChainAnalysis::emptyChain()
{
    const ChainAnalysis analysis = ChainAnalyzer::analyze({}, QStringLiteral("mx.example.com"), trust());
    QVERIFY(!analysis.valid());
    QCOMPARE(TlsRpt::resultTypeName(analysis.resultType), u"validation-failure"_qs);
    QCOMPARE(codes(analysis.findings), QStringList{QStringLiteral("tls.chain.empty")});
}

void TestChainAnalysis::unreadableAnchorFile()
{
    Tls::TrustOptions options = trust();
    options.caFiles.append(QStringLiteral("/nonexistent/anchors.pem"));
    CertificateFactory::Options leafOptions;
    leafOptions.dnsNames = {QStringLiteral("mx.example.com")};
    const ChainAnalysis analysis = ChainAnalyzer::analyze({m_factory->leaf(leafOptions), m_factory->intermediate()},
                                                          QStringLiteral("mx.example.com"), options);
    QVERIFY(analysis.valid()); // the other anchor file still counts
    QCOMPARE(codes(analysis.findings),
             (QStringList{QStringLiteral("tls.ca-file.unreadable"), QStringLiteral("tls.chain.valid")}));
}

void TestChainAnalysis::systemStoreDoesNotTrustPrivateRoot()
{
    Tls::TrustOptions options;
    options.now = CertificateFactory::now();
    CertificateFactory::Options leafOptions;
    leafOptions.dnsNames = {QStringLiteral("mx.example.com")};
    const ChainAnalysis analysis = ChainAnalyzer::analyze({m_factory->leaf(leafOptions), m_factory->intermediate()},
                                                          QStringLiteral("mx.example.com"), options);
    QVERIFY(!analysis.trusted);
    QVERIFY(analysis.hostMatches);
    QCOMPARE(TlsRpt::resultTypeName(analysis.resultType), u"certificate-not-trusted"_qs);
}

void TestChainAnalysis::leavesNoOpenSslErrors()
{
    // A certificate OpenSSL cannot decode (in QSslCertificate and in the analysis) and a chain
    // that does not verify both leave errors in the thread's queue; the next OpenSSL call on the
    // thread, a handshake in the same worker, must not find them as its own.
    ERR_clear_error();
    const QSslCertificate garbage(QByteArrayLiteral("0 not a certificate"), QSsl::Der);
    ChainAnalysis analysis = ChainAnalyzer::analyze({garbage}, QStringLiteral("mx.example.com"), trust());
    QVERIFY(!analysis.valid());
    QCOMPARE(ERR_peek_error(), 0UL);

    Tls::TrustOptions untrusted;
    untrusted.useSystemStore = false;
    untrusted.now = CertificateFactory::now();
    CertificateFactory::Options leafOptions;
    leafOptions.dnsNames = {QStringLiteral("mx.example.com")};
    analysis = ChainAnalyzer::analyze({m_factory->leaf(leafOptions)}, QStringLiteral("mx.example.com"), untrusted);
    QVERIFY(!analysis.trusted);
    QCOMPARE(ERR_peek_error(), 0UL);
}

QTEST_GUILESS_MAIN(TestChainAnalysis)
#include "tst_chainanalysis.moc"
