// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The resolver against the testbed's real knot + unbound: statuses, decoded records, DNSSEC.
#include "net/resolver.h"
#include "recordingdnsforwarder.h"
#include "testbedenvironment.h"

#include <QSignalSpy>
#include <QTest>

using namespace Sts;
using Net::DnssecStatus;
using Net::DnsStatus;
using Net::RrType;

Q_DECLARE_METATYPE(Sts::Net::RrType)
Q_DECLARE_METATYPE(Sts::Net::DnsStatus)
Q_DECLARE_METATYPE(Sts::Net::DnssecStatus)
Q_DECLARE_METATYPE(Sts::Net::DnssecPassage)

class TestResolver final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;

    std::unique_ptr<Net::Resolver> resolver(const QString &forwarderKey, int timeoutMs = 5000)
    {
        Net::ResolverOptions options;
        options.forwarder = m_env.value(forwarderKey);
        options.trustAnchorFile = m_env.value(QStringLiteral("STS_TESTBED_TRUST_ANCHOR"));
        options.rootHintsFile = m_env.value(QStringLiteral("STS_TESTBED_ROOT_HINTS")); // never the internet's
        options.timeoutMs = timeoutMs;
        auto created = Net::Resolver::create(options);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return nullptr;
        }
        return std::move(created).value();
    }

    Net::DnsAnswer resolve(Net::Resolver &resolver, const QString &name, RrType type)
    {
        std::optional<Net::DnsAnswer> answer;
        resolver.lookup(name, type, this, [&](const Net::DnsAnswer &a) { answer = a; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000); }();
        return answer.value_or(Net::DnsAnswer());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Test::testbedEnvironment();
        if (m_env.isEmpty())
            QSKIP("the testbed is not running (no $STS_TESTBED_DIR/env)");
    }

    void answers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RrType>("type");
        QTest::addColumn<DnsStatus>("status");
        QTest::addColumn<DnssecStatus>("dnssec");
        QTest::addColumn<QString>("firstRecord");

        QTest::newRow("MX of a signed zone") << u"healthy.test"_qs << RrType::Mx << DnsStatus::NoError
                                             << DnssecStatus::Secure << u"10 mx1.healthy.test."_qs;
        QTest::newRow("TXT of a signed zone") << u"_mta-sts.healthy.test"_qs << RrType::Txt << DnsStatus::NoError
                                              << DnssecStatus::Secure << u"\"v=STSv1; id=20260101T000000;\""_qs;
        QTest::newRow("A") << u"mx1.healthy.test"_qs << RrType::A << DnsStatus::NoError << DnssecStatus::Secure
                           << u"127.10.1.11"_qs;
        QTest::newRow("NODATA") << u"mx1.healthy.test"_qs << RrType::Tlsa << DnsStatus::NoData << DnssecStatus::Secure
                                << QString();
        QTest::newRow("NXDOMAIN") << u"nxdomain.test"_qs << RrType::Mx << DnsStatus::NxDomain << DnssecStatus::Secure
                                  << QString();
        QTest::newRow("SERVFAIL from a dead delegation")
            << u"servfail.test"_qs << RrType::Mx << DnsStatus::ServFail << DnssecStatus::Insecure << QString();
        QTest::newRow("unsigned delegation is insecure")
            << u"insecure.test"_qs << RrType::Mx << DnsStatus::NoError << DnssecStatus::Insecure << QString();
    }
    void answers()
    {
        QFETCH(QString, name);
        QFETCH(RrType, type);
        QFETCH(DnsStatus, status);
        QFETCH(DnssecStatus, dnssec);
        QFETCH(QString, firstRecord);
        auto dns = resolver(QStringLiteral("STS_TESTBED_RESOLVER"));
        QVERIFY(dns);
        const Net::DnsAnswer answer = resolve(*dns, name, type);
        QCOMPARE(Net::dnsStatusName(answer.status), Net::dnsStatusName(status));
        QCOMPARE(Net::dnssecStatusName(answer.dnssec), Net::dnssecStatusName(dnssec));
        if (!firstRecord.isEmpty()) {
            QStringList texts;
            for (const Net::DnsRecord &record : answer.records)
                texts.append(record.text);
            QVERIFY2(texts.contains(firstRecord), qPrintable(texts.join(u" | ")));
        }
    }

    void followsCnameChains()
    {
        auto dns = resolver(QStringLiteral("STS_TESTBED_RESOLVER"));
        QVERIFY(dns);
        const Net::DnsAnswer answer = resolve(*dns, u"_mta-sts.cname.test"_qs, RrType::Txt);
        QCOMPARE(answer.status, DnsStatus::NoError);
        QVERIFY(answer.canonicalName != answer.name);
        QVERIFY(!answer.records.isEmpty());
    }

    void brokenSignaturesAreBogus()
    {
        // bogus.test is delegated with a DS that matches no key of the zone.
        auto dns = resolver(QStringLiteral("STS_TESTBED_RESOLVER"));
        QVERIFY(dns);
        const Net::DnsAnswer answer = resolve(*dns, u"bogus.test"_qs, RrType::Mx);
        QCOMPARE(Net::dnssecStatusName(answer.dnssec), u"bogus"_qs);
        QVERIFY(!answer.whyBogus.isEmpty());
    }

    void validationDoesNotTrustTheUpstream()
    {
        // Validation happens in-process, with the checking-disabled bit set upstream: the second
        // resolver validates with a wrong anchor and answers SERVFAIL itself, yet the data it
        // passes on verifies against the right anchor.
        auto dns = resolver(QStringLiteral("STS_TESTBED_BOGUS_RESOLVER"));
        QVERIFY(dns);
        const Net::DnsAnswer answer = resolve(*dns, u"healthy.test"_qs, RrType::Mx);
        QCOMPARE(Net::dnsStatusName(answer.status), u"noerror"_qs);
        QCOMPARE(Net::dnssecStatusName(answer.dnssec), u"secure"_qs);
    }

    //! Behind a resolver that drops signatures, the resolver asks from the root itself where it
    //! can: what is bogus stays bogus, what is signed is secure. Where the root servers do not
    //! answer either, or iterating is off, answers come unvalidated and never bogus.
    void strippingResolverFallsBackToTheRoot_data()
    {
        QTest::addColumn<QString>("rootHints");
        QTest::addColumn<bool>("iterate");
        QTest::addColumn<Net::DnssecPassage>("passage");
        QTest::addColumn<QString>("healthy");
        QTest::addColumn<QString>("bogus");
        QTest::newRow("root reachable") << u"STS_TESTBED_ROOT_HINTS"_qs << true << Net::DnssecPassage::Iterating
                                        << u"secure"_qs << u"bogus"_qs;
        QTest::newRow("root unreachable") << u"STS_TESTBED_DEAD_ROOT_HINTS"_qs << true << Net::DnssecPassage::Stripped
                                          << u"unknown"_qs << u"unknown"_qs;
        QTest::newRow("iterating off") << u"STS_TESTBED_ROOT_HINTS"_qs << false << Net::DnssecPassage::Stripped
                                       << u"unknown"_qs << u"unknown"_qs;
    }

    void strippingResolverFallsBackToTheRoot()
    {
        QFETCH(QString, rootHints);
        QFETCH(bool, iterate);
        QFETCH(Net::DnssecPassage, passage);
        QFETCH(QString, healthy);
        QFETCH(QString, bogus);
        if (m_env.value(u"STS_TESTBED_STRIPPING_RESOLVER"_qs).isEmpty() || m_env.value(rootHints).isEmpty())
            QSKIP("the testbed has no stripping resolver or no root hints");
        Net::ResolverOptions options;
        options.forwarder = m_env.value(u"STS_TESTBED_STRIPPING_RESOLVER"_qs);
        options.trustAnchorFile = m_env.value(u"STS_TESTBED_TRUST_ANCHOR"_qs);
        options.rootHintsFile = m_env.value(rootHints);
        options.iterateWhenStripped = iterate;
        options.timeoutMs = 5000;
        auto created = Net::Resolver::create(options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const std::unique_ptr<Net::Resolver> dns = std::move(created).value();
        QSignalSpy known(dns.get(), &Net::Resolver::dnssecPassageKnown);
        const Net::DnsAnswer first = resolve(*dns, u"healthy.test"_qs, RrType::Mx);
        QCOMPARE(Net::dnsStatusName(first.status), u"noerror"_qs);
        QCOMPARE(Net::dnssecStatusName(first.dnssec), healthy);
        QCOMPARE(dns->dnssecPassage(), passage);
        QCOMPARE(known.size(), 1);
        // Asked after the self-tests: straight to the route they chose.
        QCOMPARE(Net::dnssecStatusName(resolve(*dns, u"bogus.test"_qs, RrType::Mx).dnssec), bogus);
        QCOMPARE(Net::dnssecStatusName(resolve(*dns, u"insecure.test"_qs, RrType::Mx).dnssec),
                 iterate && passage == Net::DnssecPassage::Iterating ? u"insecure"_qs : u"unknown"_qs);
        QCOMPARE(dns->pendingCount(), 0);
    }

    void timesOutOnADeadServer()
    {
        Net::ResolverOptions options;
        options.forwarder = m_env.value(QStringLiteral("STS_TESTBED_DEAD_NAMESERVER"), u"127.53.0.99"_qs);
        options.trustAnchorFile = m_env.value(QStringLiteral("STS_TESTBED_TRUST_ANCHOR"));
        options.rootHintsFile = m_env.value(QStringLiteral("STS_TESTBED_DEAD_ROOT_HINTS"));
        options.timeoutMs = 1500;
        auto created = Net::Resolver::create(options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const std::unique_ptr<Net::Resolver> dns = std::move(created).value();
        const Net::DnsAnswer answer = resolve(*dns, u"healthy.test"_qs, RrType::Mx);
        QVERIFY2(answer.status == DnsStatus::Timeout || answer.status == DnsStatus::ServFail,
                 qPrintable(Net::dnsStatusName(answer.status)));
        QCOMPARE(dns->pendingCount(), 0);
    }

    void rejectsBadSettings_data()
    {
        QTest::addColumn<QString>("forwarder");
        QTest::addColumn<QString>("trustAnchorFile");
        QTest::addColumn<QString>("resolvConf");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("subject");
        const QString anchor = m_env.value(u"STS_TESTBED_TRUST_ANCHOR"_qs);
        QTest::newRow("forwarder not an address")
            << u"not an address"_qs << anchor << QString() << u"resolver.address-invalid"_qs << u"not an address"_qs;
        QTest::newRow("forwarder with a name")
            << u"dns.example@53"_qs << anchor << QString() << u"resolver.address-invalid"_qs << u"dns.example@53"_qs;
        QTest::newRow("missing trust anchor") << u"127.0.0.1"_qs << u"/nonexistent/anchor"_qs << QString()
                                              << u"resolver.trust-anchor-missing"_qs << u"/nonexistent/anchor"_qs;
        QTest::newRow("missing resolv.conf") << QString() << anchor << u"/nonexistent/resolv.conf"_qs
                                             << u"resolver.resolv-conf-unreadable"_qs << u"/nonexistent/resolv.conf"_qs;
    }

    void rejectsBadSettings()
    {
        QFETCH(QString, forwarder);
        QFETCH(QString, trustAnchorFile);
        QFETCH(QString, resolvConf);
        QFETCH(QString, code);
        QFETCH(QString, subject);
        Net::ResolverOptions options;
        options.forwarder = forwarder;
        options.trustAnchorFile = trustAnchorFile;
        if (!resolvConf.isEmpty())
            options.resolvConf = resolvConf;
        const auto created = Net::Resolver::create(options);
        QVERIFY(!created);
        QCOMPARE(created.error().code, code);
        QCOMPARE(created.error().severity, Severity::Error);
        QCOMPARE(created.error().subject, subject);
        QVERIFY2(created.error().message.contains(subject), qPrintable(created.error().message));
    }

    void keyZones_data()
    {
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArrayList>("zones");
        QTest::newRow("lab anchor") << u"test."_qs << u"healthy.test"_qs << QByteArrayList{"test", "healthy.test"};
        QTest::newRow("root anchor, top down")
            << u"."_qs << u"Mail.Example.CO.uk."_qs
            << QByteArrayList{".", "uk", "co.uk", "example.co.uk", "mail.example.co.uk"};
        QTest::newRow("at most four below the anchor")
            << u"."_qs << u"a.b.c.d.e.f.example"_qs
            << QByteArrayList{".", "example", "f.example", "e.f.example", "d.e.f.example"};
        QTest::newRow("IDN in ACE form") << u"."_qs << u"bücher.example"_qs
                                         << QByteArrayList{".", "example", "xn--bcher-kva.example"};
        QTest::newRow("the anchor itself") << u"test."_qs << u"test"_qs << QByteArrayList{};
        QTest::newRow("outside the anchor") << u"test."_qs << u"example.com"_qs << QByteArrayList{};
        QTest::newRow("a suffix, not a parent") << u"test."_qs << u"contest"_qs << QByteArrayList{};
        QTest::newRow("empty") << u"."_qs << QString() << QByteArrayList{};
    }

    void keyZones()
    {
        QFETCH(QString, anchor);
        QFETCH(QString, name);
        QFETCH(QByteArrayList, zones);
        QCOMPARE(Net::Resolver::keyZones(anchor, name), zones);
    }

    void forwarderForms_data()
    {
        QTest::addColumn<QString>("forwarder");
        QTest::addColumn<QString>("code"); //!< empty: usable
        QTest::newRow("IPv4") << u"127.0.0.1"_qs << QString();
        QTest::newRow("IPv4 and port") << u" 127.0.0.1@5353 "_qs << QString();
        QTest::newRow("IPv6 and port") << u"::1@53"_qs << QString();
        QTest::newRow("a name") << u"dns.example"_qs << u"resolver.forwarder-invalid"_qs;
        QTest::newRow("port 0") << u"127.0.0.1@0"_qs << u"resolver.port-invalid"_qs;
        QTest::newRow("port 65536") << u"127.0.0.1@65536"_qs << u"resolver.port-invalid"_qs;
        QTest::newRow("port not a number") << u"127.0.0.1@dns"_qs << u"resolver.port-invalid"_qs;
    }

    void forwarderForms()
    {
        QFETCH(QString, forwarder);
        QFETCH(QString, code);
        const Result<void> usable = Net::Resolver::checkForwarder(forwarder);
        QCOMPARE(usable ? QString() : usable.error().code, code);
    }

    void prefetchedKeysAreTakenFromTheCache_data()
    {
        QTest::addColumn<bool>("prefetch");
        QTest::newRow("prefetched") << true;
        QTest::newRow("not prefetched: the validator asks") << false;
    }

    //! What the prefetch is for: the validator takes the DS and DNSKEY records from the cache
    //! instead of asking for them one level after another once the answer is in.
    void prefetchedKeysAreTakenFromTheCache()
    {
        QFETCH(bool, prefetch);
        Test::RecordingDnsForwarder forwarder(m_env.value(QStringLiteral("STS_TESTBED_RESOLVER")));
        Net::ResolverOptions options;
        options.forwarder = forwarder.address();
        options.trustAnchorFile = m_env.value(QStringLiteral("STS_TESTBED_TRUST_ANCHOR"));
        auto created = Net::Resolver::create(options);
        QVERIFY(created);
        const std::unique_ptr<Net::Resolver> dns = std::move(created).value();
        QSignalSpy settled(dns.get(), &Net::Resolver::dnssecPassageKnown);
        QVERIFY(settled.wait(5000)); // the self-test has checked the anchor's own keys
        if (prefetch) {
            dns->prefetchKeys(u"healthy.test"_qs);
            QTRY_VERIFY(forwarder.asked().contains(u"DS healthy.test"_qs));
            QVERIFY(forwarder.asked().contains(u"DNSKEY healthy.test"_qs));
        }
        const auto quiet = [&forwarder] {
            QTRY_COMPARE(forwarder.answered(), forwarder.asked().size());
            QTest::qWait(200);
            QTRY_COMPARE(forwarder.answered(), forwarder.asked().size());
        };
        quiet();
        forwarder.clear();
        const Net::DnsAnswer answer = resolve(*dns, u"healthy.test"_qs, RrType::Mx);
        QCOMPARE(Net::dnssecStatusName(answer.dnssec), u"secure"_qs);
        quiet();
        if (prefetch)
            QCOMPARE(forwarder.asked(), QStringList{u"MX healthy.test"_qs});
        else
            QVERIFY2(forwarder.asked().contains(u"DS healthy.test"_qs), qPrintable(forwarder.asked().join(u", ")));
    }

    void cancelledQueriesNeverCallBack()
    {
        auto dns = resolver(QStringLiteral("STS_TESTBED_RESOLVER"));
        QVERIFY(dns);
        bool called = false;
        const int id =
            dns->lookup(u"healthy.test"_qs, RrType::Mx, this, [&](const Net::DnsAnswer &) { called = true; });
        dns->cancel(id);
        QTest::qWait(500);
        QVERIFY(!called);
        QCOMPARE(dns->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
