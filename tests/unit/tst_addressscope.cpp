// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which addresses a check may connect to: public ones, and no other by default.
#include "net/addressscope.h"

#include <QHostAddress>
#include <QTest>

using namespace Sts::Net;

class TestAddressScope final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressScope>("scope");
        QTest::newRow("public v4") << u"8.8.8.8"_qs << AddressScope::Public;
        QTest::newRow("public v6") << u"2a00:1450:4001::1b"_qs << AddressScope::Public;
        QTest::newRow("just past 172.16/12") << u"172.32.0.1"_qs << AddressScope::Public;
        QTest::newRow("just before 100.64/10") << u"100.63.255.255"_qs << AddressScope::Public;
        QTest::newRow("loopback") << u"127.0.0.1"_qs << AddressScope::Loopback;
        QTest::newRow("loopback anywhere in 127/8") << u"127.53.0.1"_qs << AddressScope::Loopback;
        QTest::newRow("::1") << u"::1"_qs << AddressScope::Loopback;
        QTest::newRow("10/8") << u"10.20.30.40"_qs << AddressScope::Private;
        QTest::newRow("172.16/12") << u"172.31.255.254"_qs << AddressScope::Private;
        QTest::newRow("192.168/16") << u"192.168.1.25"_qs << AddressScope::Private;
        QTest::newRow("CGNAT") << u"100.64.0.1"_qs << AddressScope::SharedCgnat;
        QTest::newRow("link-local v4") << u"169.254.1.1"_qs << AddressScope::LinkLocal;
        QTest::newRow("link-local v6") << u"fe80::1"_qs << AddressScope::LinkLocal;
        QTest::newRow("unique local") << u"fd00:5753::25"_qs << AddressScope::UniqueLocal;
        QTest::newRow("unique local fc") << u"fc00::1"_qs << AddressScope::UniqueLocal;
        QTest::newRow("documentation v4") << u"192.0.2.1"_qs << AddressScope::Documentation;
        QTest::newRow("documentation v6") << u"2001:db8::25"_qs << AddressScope::Documentation;
        QTest::newRow("this network") << u"0.0.0.0"_qs << AddressScope::Reserved;
        QTest::newRow("unspecified v6") << u"::"_qs << AddressScope::Reserved;
        QTest::newRow("multicast") << u"224.0.0.251"_qs << AddressScope::Reserved;
        QTest::newRow("class E") << u"240.0.0.1"_qs << AddressScope::Reserved;
        QTest::newRow("broadcast") << u"255.255.255.255"_qs << AddressScope::Reserved;
        QTest::newRow("multicast v6") << u"ff02::1"_qs << AddressScope::Reserved;
        // A v4-mapped v6 address is the v4 address: no way around the rule through AAAA.
        QTest::newRow("mapped private") << u"::ffff:10.0.0.1"_qs << AddressScope::Private;
        QTest::newRow("mapped loopback") << u"::ffff:127.0.0.1"_qs << AddressScope::Loopback;
        QTest::newRow("mapped public") << u"::ffff:8.8.4.4"_qs << AddressScope::Public;
    }

    void scopes()
    {
        QFETCH(QString, address);
        QFETCH(AddressScope, scope);
        const QHostAddress parsed(address);
        QVERIFY(!parsed.isNull());
        QCOMPARE(addressScope(parsed), scope);
        QVERIFY(!addressScopePhrase(scope).isEmpty());
    }

    void nullIsNoPublicAddress() { QCOMPARE(addressScope(QHostAddress()), AddressScope::Reserved); }
};

QTEST_GUILESS_MAIN(TestAddressScope)
#include "tst_addressscope.moc"
