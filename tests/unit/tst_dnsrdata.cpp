// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/dnsrdata.h"

#include <QTest>

using Sts::Net::DnsRdata;
using Sts::Net::RrType;

Q_DECLARE_METATYPE(Sts::Net::RrType)

class TestDnsRdata final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<RrType>("type");
        QTest::addColumn<QByteArray>("rdata");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("text");

        // RFC 1035 §3.4.1
        QTest::newRow("A") << RrType::A << QByteArray::fromHex("7f000001") << true << u"127.0.0.1"_qs;
        QTest::newRow("A of wrong length") << RrType::A << QByteArray::fromHex("7f0000") << false << QString();
        // RFC 3596 §2.2
        QTest::newRow("AAAA") << RrType::Aaaa << QByteArray::fromHex("fd005753000000000000000000000001") << true
                              << u"fd00:5753::1"_qs;
        QTest::newRow("AAAA of wrong length") << RrType::Aaaa << QByteArray(15, '\0') << false << QString();
        // RFC 1035 §3.3.9: preference, then the exchange as a domain name.
        QTest::newRow("MX") << RrType::Mx
                            << QByteArray("\x00\x0a\x03mx1\x07"
                                          "example\x03"
                                          "com\x00",
                                          19)
                            << true << u"10 mx1.example.com."_qs;
        QTest::newRow("null MX (RFC 7505)") << RrType::Mx << QByteArray("\x00\x00\x00", 3) << true << u"0 ."_qs;
        QTest::newRow("MX label runs past the end")
            << RrType::Mx << QByteArray("\x00\x0a\x09mx1", 6) << false << QString();
        QTest::newRow("MX with compression pointer")
            << RrType::Mx << QByteArray("\x00\x0a\xc0\x0c", 4) << false << QString();
        QTest::newRow("MX with trailing bytes")
            << RrType::Mx << QByteArray("\x00\x0a\x00junk", 7) << false << QString();
        QTest::newRow("MX too short") << RrType::Mx << QByteArray("\x00", 1) << false << QString();
        QTest::newRow("MX name with a dot inside a label is escaped") << RrType::Mx
                                                                      << QByteArray("\x00\x01\x03"
                                                                                    "a.b\x00",
                                                                                    7)
                                                                      << true << u"1 a\\046b."_qs;
        // RFC 1035 §3.3.14: one or more character-strings.
        QTest::newRow("TXT one string") << RrType::Txt << QByteArray("\x0bv=STSv1; id", 12) << true
                                        << u"\"v=STSv1; id\""_qs;
        QTest::newRow("TXT two strings") << RrType::Txt << QByteArray("\x02v=\x05STSv1", 9) << true
                                         << u"\"v=\" \"STSv1\""_qs;
        QTest::newRow("TXT with quote and control byte")
            << RrType::Txt << QByteArray("\x03\"\x01\\", 4) << true << u"\"\\\"\\001\\\\\""_qs;
        QTest::newRow("TXT length past the end") << RrType::Txt << QByteArray("\x09short", 6) << false << QString();
        QTest::newRow("TXT empty rdata") << RrType::Txt << QByteArray() << false << QString();
        // RFC 6698 §2.1
        QTest::newRow("TLSA 3 1 1") << RrType::Tlsa << QByteArray::fromHex("030101abcdef") << true
                                    << u"3 1 1 abcdef"_qs;
        QTest::newRow("TLSA too short") << RrType::Tlsa << QByteArray::fromHex("0301") << false << QString();
        QTest::newRow("CNAME") << RrType::Cname << QByteArray("\x03web\x08provider\x04test\x00", 19) << true
                               << u"web.provider.test."_qs;
    }
    void decodes()
    {
        QFETCH(RrType, type);
        QFETCH(QByteArray, rdata);
        QFETCH(bool, valid);
        QFETCH(QString, text);
        const auto record = DnsRdata::decode(type, rdata, 300);
        QCOMPARE(record.has_value(), valid);
        if (record) {
            QCOMPARE(record->text, text);
            QCOMPARE(record->ttl, 300u);
        }
    }

    void rejectsNamesLongerThan255Octets()
    {
        QByteArray wire;
        for (int i = 0; i < 5; ++i)
            wire += char(63) + QByteArray(63, 'a');
        wire += '\0';
        qsizetype offset = 0;
        QVERIFY(!DnsRdata::readName(wire, offset).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDnsRdata)
#include "tst_dnsrdata.moc"
