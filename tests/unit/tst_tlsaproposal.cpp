// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The TLSA records the wizard offers: one 3 1 1 per key in use and host, marked when published,
// with the rollover advice, and a warning for hosts whose zone is not signed.
#include "check/checkresult.h"
#include "check/tlsaproposal.h"

#include <QTest>

using namespace Sts;
using namespace Sts::Check;

namespace {

MxHostResult host(const QString &name, const QStringList &keys, bool signedZone)
{
    MxHostResult mx;
    mx.host = name;
    Net::DnsAnswer a;
    a.status = Net::DnsStatus::NoError;
    a.dnssec = signedZone ? Net::DnssecStatus::Secure : Net::DnssecStatus::Insecure;
    mx.a = a;
    for (const QString &key : keys) {
        Smtp::SmtpProbeResult probe;
        probe.host = name;
        Tls::CertificateInfo leaf;
        leaf.spkiSha256 = key;
        probe.chain.chain.append(leaf);
        mx.probes.append(probe);
    }
    return mx;
}

} // namespace

class TestTlsaProposal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsForTheKeysInUse()
    {
        const QString key1 = QString(u"AB"_qs).repeated(32);
        const QString key2 = QString(u"cd"_qs).repeated(32);
        CheckResult live;
        live.mx = {host(u"mx1.example.com"_qs, {key1, key1}, true), host(u"mx2.example.com"_qs, {key2}, false),
                   host(u"mx3.example.com"_qs, {}, true)};
        Net::DnsRecord published;
        published.type = Net::RrType::Tlsa;
        published.usage = 3;
        published.selector = 1;
        published.matchingType = 1;
        published.associationData = QByteArray::fromHex(key1.toLatin1());
        Net::DnsAnswer tlsa;
        tlsa.status = Net::DnsStatus::NoError;
        tlsa.records = {published};
        live.mx[0].tlsa = tlsa;

        const QString text = TlsaProposal::zoneText(live);
        // One record per distinct key and host, the one in DNS marked; no record for a host without TLS.
        QCOMPARE(text.count(u"_25._tcp.mx1.example.com. IN TLSA 3 1 1 "_qs + key1.toLower()), 1);
        QVERIFY(text.contains(u"3 1 1 "_qs + key1.toLower() + u"   ; published already"_qs));
        QVERIFY(text.contains(u"_25._tcp.mx2.example.com. IN TLSA 3 1 1 "_qs + key2 + u'\n'));
        QVERIFY(!text.contains(u"mx3.example.com. IN TLSA"_qs));
        QVERIFY(text.contains(u"Rollover"_qs));
        QVERIFY(text.contains(u"Not DNSSEC-signed, so senders would ignore records there: mx2.example.com."_qs));
    }

    void nothingWithoutCertificates()
    {
        CheckResult live;
        live.mx = {host(u"mx1.example.com"_qs, {}, true)};
        QVERIFY(TlsaProposal::zoneText(live).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsaProposal)
#include "tst_tlsaproposal.moc"
