// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingcodes.h"
#include "mtasts/mxpattern.h"

#include <QTest>

using namespace Sts;
using namespace Sts::MtaSts;

namespace {

const QString Empty = u"sts.mx.empty"_qs;
const QString Invalid = u"sts.mx.invalid"_qs;
const QString WildcardPosition = u"sts.mx.wildcard-position"_qs;
const QString TooBroad = u"sts.mx.wildcard-too-broad"_qs;
const QString TrailingDot = u"sts.mx.trailing-dot"_qs;
const QString Unicode = u"sts.mx.unicode"_qs;
const QString IpAddress = u"sts.mx.ip-address"_qs;

const QString Exact = u"RFC 8461 §4.1: an MX host matches a pattern that is its exact name"_qs;
const QString Wildcard = u"RFC 8461 §4.1: a \"*.\" pattern matches exactly one leftmost label: \"*.example.com\" "
                         "matches \"mx1.example.com\" but not \"example.com\" nor \"foo.bar.example.com\""_qs;
const QString CaseInsensitive = u"RFC 4343 / RFC 6125 §6.4.1: DNS names compare case-insensitively"_qs;
const QString TrailingDotRule = u"RFC 1034 §3.1: a trailing dot makes the name absolute, the same name"_qs;
const QString Idn =
    u"RFC 8461 §4.1 via RFC 6125 §6.4.2: names are compared as A-labels; U-labels are converted first"_qs;
const QString PatternGrammar = u"RFC 8461 §3.2: sts-policy-mx-value = [\"*.\"] Domain (RFC 5321 Domain)"_qs;

const QString Buecher = QString::fromUtf8("b\u00fccher.example");

} // namespace

class TestMxPattern final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("match");
        QTest::addColumn<QString>("rule");

        QTest::newRow("exact name") << u"mx.example.com"_qs << u"mx.example.com"_qs << true << Exact;
        QTest::newRow("exact, other host") << u"mx.example.com"_qs << u"mx2.example.com"_qs << false << Exact;
        QTest::newRow("exact does not cover a subdomain")
            << u"example.com"_qs << u"mx.example.com"_qs << false << Exact;
        QTest::newRow("exact does not cover the parent") << u"mx.example.com"_qs << u"example.com"_qs << false << Exact;
        QTest::newRow("exact, host has extra suffix")
            << u"mx.example.com"_qs << u"mx.example.com.evil"_qs << false << Exact;
        QTest::newRow("pattern in upper case")
            << u"MX.EXAMPLE.COM"_qs << u"mx.example.com"_qs << true << CaseInsensitive;
        QTest::newRow("host in mixed case") << u"mx.example.com"_qs << u"Mx.ExAmple.Com"_qs << true << CaseInsensitive;
        QTest::newRow("trailing dot on host")
            << u"mx.example.com"_qs << u"mx.example.com."_qs << true << TrailingDotRule;
        QTest::newRow("trailing dot on pattern")
            << u"mx.example.com."_qs << u"mx.example.com"_qs << true << TrailingDotRule;
        QTest::newRow("trailing dots on both")
            << u"mx.example.com."_qs << u"mx.example.com."_qs << true << TrailingDotRule;
        QTest::newRow("two trailing dots on host")
            << u"mx.example.com"_qs << u"mx.example.com.."_qs << false << TrailingDotRule;
        QTest::newRow("whitespace around pattern")
            << u"  mx.example.com\t"_qs << u"mx.example.com"_qs << true << PatternGrammar;

        QTest::newRow("wildcard, one label") << u"*.example.com"_qs << u"mx1.example.com"_qs << true << Wildcard;
        QTest::newRow("wildcard, bare parent") << u"*.example.com"_qs << u"example.com"_qs << false << Wildcard;
        QTest::newRow("wildcard, two labels") << u"*.example.com"_qs << u"foo.bar.example.com"_qs << false << Wildcard;
        QTest::newRow("wildcard, label glued to parent")
            << u"*.example.com"_qs << u"mxexample.com"_qs << false << Wildcard;
        QTest::newRow("wildcard, look-alike parent")
            << u"*.example.com"_qs << u"mx.badexample.com"_qs << false << Wildcard;
        QTest::newRow("wildcard, empty label") << u"*.example.com"_qs << u".example.com"_qs << false << Wildcard;
        QTest::newRow("wildcard, upper-case host")
            << u"*.example.com"_qs << u"MX1.EXAMPLE.COM"_qs << true << CaseInsensitive;
        QTest::newRow("wildcard, upper-case pattern")
            << u"*.EXAMPLE.com"_qs << u"mx1.example.com"_qs << true << CaseInsensitive;
        QTest::newRow("wildcard, trailing dot on host")
            << u"*.example.com"_qs << u"mx1.example.com."_qs << true << TrailingDotRule;
        QTest::newRow("wildcard, trailing dot on pattern")
            << u"*.example.com."_qs << u"mx1.example.com"_qs << true << TrailingDotRule;
        QTest::newRow("wildcard over a TLD still matches one label")
            << u"*.com"_qs << u"example.com"_qs << true << Wildcard;
        QTest::newRow("wildcard over a TLD, two labels") << u"*.com"_qs << u"mx.example.com"_qs << false << Wildcard;
        QTest::newRow("wildcard on a deep parent")
            << u"*.mail.protection.outlook.com"_qs << u"contoso-com.mail.protection.outlook.com"_qs << true << Wildcard;

        QTest::newRow("IDN wildcard U-label vs A-label host")
            << u"*."_qs + Buecher << u"mx.xn--bcher-kva.example"_qs << true << Idn;
        QTest::newRow("IDN exact U-label vs A-label host")
            << u"mx."_qs + Buecher << u"mx.xn--bcher-kva.example"_qs << true << Idn;
        QTest::newRow("IDN A-label pattern vs U-label host")
            << u"*.xn--bcher-kva.example"_qs << u"mx."_qs + Buecher << true << Idn;
        QTest::newRow("IDN U-label on both") << u"mx."_qs + Buecher << u"mx."_qs + Buecher << true << Idn;
        QTest::newRow("IDN U-label host in capitals")
            << u"*.xn--bcher-kva.example"_qs << QString::fromUtf8("MX.B\u00dcCHER.EXAMPLE") << true << Idn;
        QTest::newRow("IDN wildcard, two labels")
            << u"*."_qs + Buecher << u"a.b.xn--bcher-kva.example"_qs << false << Wildcard;
        QTest::newRow("IDN different name") << u"*."_qs + Buecher << u"mx.bucher.example"_qs << false << Idn;

        // IDNA2008 (RFC 5891) keeps "ß" as its own letter; the transitional UTS 46 mapping to "ss"
        // would make the pattern cover a different domain.
        QTest::newRow("IDN sharp s is not ss")
            << QString::fromUtf8("*.straße.example") << u"mx.strasse.example"_qs << false << Idn;
        QTest::newRow("IDN sharp s as its A-label")
            << QString::fromUtf8("*.straße.example") << u"mx.xn--strae-oqa.example"_qs << true << Idn;
        QTest::newRow("invalid \"*\" matches nothing") << u"*"_qs << u"mx.example.com"_qs << false << Wildcard;
        QTest::newRow("invalid inner wildcard matches nothing")
            << u"mx.*.example.com"_qs << u"mx.a.example.com"_qs << false << Wildcard;
        QTest::newRow("invalid partial-label wildcard matches nothing")
            << u"*example.com"_qs << u"mxexample.com"_qs << false << Wildcard;
        QTest::newRow("invalid IP pattern matches nothing")
            << u"192.0.2.1"_qs << u"192.0.2.1"_qs << false << PatternGrammar;
        QTest::newRow("empty host") << u"mx.example.com"_qs << QString() << false << Exact;
        QTest::newRow("empty pattern") << QString() << u"mx.example.com"_qs << false << PatternGrammar;
    }
    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, match);
        QFETCH(QString, rule);
        QVERIFY2(MxPattern(pattern).matches(host) == match, qPrintable(rule));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("wildcard");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("rule");

        QTest::newRow("host name") << u"mx.example.com"_qs << true << false << u"mx.example.com"_qs << QStringList{}
                                   << PatternGrammar;
        QTest::newRow("single label") << u"localhost"_qs << true << false << u"localhost"_qs << QStringList{}
                                      << PatternGrammar;
        QTest::newRow("wildcard") << u"*.example.com"_qs << true << true << u"example.com"_qs << QStringList{}
                                  << PatternGrammar;
        QTest::newRow("mixed case and trailing dot") << u"MX.Example.COM."_qs << true << false << u"mx.example.com"_qs
                                                     << QStringList{TrailingDot} << TrailingDotRule;
        QTest::newRow("wildcard with trailing dot")
            << u"*.example.com."_qs << true << true << u"example.com"_qs << QStringList{TrailingDot} << TrailingDotRule;
        QTest::newRow("hyphens inside labels")
            << u"mx-1.ex-ample.com"_qs << true << false << u"mx-1.ex-ample.com"_qs << QStringList{} << PatternGrammar;
        QTest::newRow("all-digit label") << u"123.example.com"_qs << true << false << u"123.example.com"_qs
                                         << QStringList{} << PatternGrammar;
        QTest::newRow("wildcard over a TLD")
            << u"*.com"_qs << true << true << u"com"_qs << QStringList{TooBroad} << Wildcard;
        QTest::newRow("U-label wildcard")
            << u"*."_qs + Buecher << true << true << u"xn--bcher-kva.example"_qs << QStringList{Unicode} << Idn;
        QTest::newRow("U-label exact") << u"mx."_qs + Buecher << true << false << u"mx.xn--bcher-kva.example"_qs
                                       << QStringList{Unicode} << Idn;
        QTest::newRow("A-label") << u"*.xn--bcher-kva.example"_qs << true << true << u"xn--bcher-kva.example"_qs
                                 << QStringList{} << Idn;

        QTest::newRow("U-label that cannot be converted")
            << QString::fromUtf8("\uff0ex.example") << false << false << QString() << QStringList{Invalid} << Idn;
        QTest::newRow("empty") << QString() << false << false << QString() << QStringList{Empty} << PatternGrammar;
        QTest::newRow("blank") << u"  "_qs << false << false << QString() << QStringList{Empty} << PatternGrammar;
        QTest::newRow("bare star") << u"*"_qs << false << false << QString() << QStringList{WildcardPosition}
                                   << Wildcard;
        QTest::newRow("star dot") << u"*."_qs << false << false << QString() << QStringList{WildcardPosition}
                                  << Wildcard;
        QTest::newRow("inner wildcard") << u"mx.*.example.com"_qs << false << false << QString()
                                        << QStringList{WildcardPosition} << Wildcard;
        QTest::newRow("partial-label wildcard")
            << u"*example.com"_qs << false << false << QString() << QStringList{WildcardPosition} << Wildcard;
        QTest::newRow("label-suffix wildcard")
            << u"mx-*.example.com"_qs << false << false << QString() << QStringList{WildcardPosition} << Wildcard;
        QTest::newRow("two wildcards") << u"*.*.example.com"_qs << false << true << QString()
                                       << QStringList{WildcardPosition} << Wildcard;
        QTest::newRow("double star") << u"**.example.com"_qs << false << false << QString()
                                     << QStringList{WildcardPosition} << Wildcard;
        QTest::newRow("IPv4 address") << u"192.0.2.1"_qs << false << false << QString() << QStringList{IpAddress}
                                      << PatternGrammar;
        QTest::newRow("IPv6 address") << u"2001:db8::25"_qs << false << false << QString() << QStringList{IpAddress}
                                      << PatternGrammar;
        QTest::newRow("bracketed address literal")
            << u"[192.0.2.1]"_qs << false << false << QString() << QStringList{IpAddress} << PatternGrammar;
        QTest::newRow("empty label") << u"mx..example.com"_qs << false << false << QString() << QStringList{Invalid}
                                     << PatternGrammar;
        QTest::newRow("leading dot") << u".example.com"_qs << false << false << QString() << QStringList{Invalid}
                                     << PatternGrammar;
        QTest::newRow("only a dot") << u"."_qs << false << false << QString() << QStringList{Invalid} << PatternGrammar;
        QTest::newRow("underscore") << u"mx_1.example.com"_qs << false << false << QString() << QStringList{Invalid}
                                    << PatternGrammar;
        QTest::newRow("leading hyphen") << u"-mx.example.com"_qs << false << false << QString() << QStringList{Invalid}
                                        << PatternGrammar;
        QTest::newRow("trailing hyphen") << u"test.example-"_qs << false << false << QString() << QStringList{Invalid}
                                         << PatternGrammar;
        QTest::newRow("label of 64 characters")
            << QString(64, u'a') + u".example.com"_qs << false << false << QString() << QStringList{Invalid}
            << u"RFC 1035 §2.3.4: labels are 63 octets or less"_qs;
        QTest::newRow("label of 63 characters")
            << QString(63, u'a') + u".example.com"_qs << true << false << QString(63, u'a') + u".example.com"_qs
            << QStringList{} << u"RFC 1035 §2.3.4: labels are 63 octets or less"_qs;
        QTest::newRow("name of 254 characters")
            << QString(QString(63, u'a') + u'.').repeated(3) + QString(62, u'b') << false << false << QString()
            << QStringList{Invalid} << u"RFC 1035 §2.3.4: names are 255 octets or less"_qs;
        QTest::newRow("port number") << u"mx.example.com:25"_qs << false << false << QString() << QStringList{Invalid}
                                     << PatternGrammar;
        QTest::newRow("space inside") << u"mx example.com"_qs << false << false << QString() << QStringList{Invalid}
                                      << PatternGrammar;
        QTest::newRow("URL instead of name")
            << u"smtp://mx.example.com"_qs << false << false << QString() << QStringList{Invalid} << PatternGrammar;
    }
    void parse()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, valid);
        QFETCH(bool, wildcard);
        QFETCH(QString, normalized);
        QFETCH(QStringList, codes);
        QFETCH(QString, rule);

        const MxPattern parsed(pattern);
        STS_COMPARE_CODES(parsed.findings(), codes, rule);
        QCOMPARE(parsed.isValid(), valid);
        QCOMPARE(parsed.isWildcard(), wildcard);
        QCOMPARE(parsed.normalized(), normalized);
        QCOMPARE(parsed.text(), pattern);
        // an invalid pattern has an error finding; a valid one has none
        QCOMPARE(hasErrors(parsed.findings()), !valid);
    }

    // RFC 8461 §4.1 compares the MX host with the pattern after the same normalisation: lower case
    // (RFC 4343), no final dot (RFC 1034 §3.1), A-labels (RFC 5891, non-transitional).
    void normalizeHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("lower case") << u"MX.Example.COM"_qs << u"mx.example.com"_qs;
        QTest::newRow("trailing dot") << u"mx.example.com."_qs << u"mx.example.com"_qs;
        QTest::newRow("surrounding spaces") << u" mx.example.com "_qs << u"mx.example.com"_qs;
        QTest::newRow("U-label") << u"mx."_qs + Buecher << u"mx.xn--bcher-kva.example"_qs;
        QTest::newRow("A-label unchanged") << u"mx.xn--bcher-kva.example"_qs << u"mx.xn--bcher-kva.example"_qs;
        QTest::newRow("sharp s, IDNA2008") << QString::fromUtf8("straße.example") << u"xn--strae-oqa.example"_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void normalizeHost()
    {
        QFETCH(QString, host);
        QFETCH(QString, normalized);
        QCOMPARE(MxPattern::normalizeHost(host), normalized);
    }

    // RFC 8461 §4.1: "senders MUST check whether the MX host matches at least one mx pattern";
    // MxCoverage names, for each MX of a list, the first pattern that covers it.
    void coverage_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QStringList>("covering"); // per host: the pattern that covers it, or ""

        QTest::newRow("exact and wildcard patterns")
            << QStringList{u"mx1.example.com"_qs, u"*.backup.example.com"_qs, u"*.example.net"_qs}
            << QStringList{u"mx1.example.com"_qs, u"MX2.example.com"_qs, u"a.backup.example.com."_qs,
                           u"a.b.backup.example.com"_qs, u"mail.example.net"_qs}
            << QStringList{u"mx1.example.com"_qs, QString(), u"*.backup.example.com"_qs, QString(),
                           u"*.example.net"_qs};
        QTest::newRow("first matching pattern wins")
            << QStringList{u"*.example.com"_qs, u"mx1.example.com"_qs} << QStringList{u"mx1.example.com"_qs}
            << QStringList{u"*.example.com"_qs};
        QTest::newRow("invalid patterns cover nothing")
            << QStringList{u"*"_qs, u"mx.*.example.com"_qs, u"mx.example.com"_qs}
            << QStringList{u"mx.example.com"_qs, u"mx.a.example.com"_qs}
            << QStringList{u"mx.example.com"_qs, QString()};
        QTest::newRow("pattern reported as written")
            << QStringList{u"MX.Example.COM."_qs} << QStringList{u"mx.example.com"_qs}
            << QStringList{u"MX.Example.COM."_qs};
        QTest::newRow("IDN pattern covers A-label MX")
            << QStringList{u"*."_qs + Buecher} << QStringList{u"mx.xn--bcher-kva.example"_qs}
            << QStringList{u"*."_qs + Buecher};
        QTest::newRow("no patterns") << QStringList{} << QStringList{u"mx.example.com"_qs} << QStringList{QString()};
        QTest::newRow("no hosts") << QStringList{u"mx.example.com"_qs} << QStringList{} << QStringList{};
        QTest::newRow("Google MX set, testing policy")
            << QStringList{u"aspmx.l.google.com"_qs, u"*.aspmx.l.google.com"_qs}
            << QStringList{u"aspmx.l.google.com."_qs, u"alt1.aspmx.l.google.com."_qs,
                           u"alt2.aspmx.l.googlemail.com."_qs}
            << QStringList{u"aspmx.l.google.com"_qs, u"*.aspmx.l.google.com"_qs, QString()};
    }
    void coverage()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QStringList, hosts);
        QFETCH(QStringList, covering);

        const QList<MxCoverage> coverage = MxCoverage::compute(patterns, hosts);
        QCOMPARE(coverage.size(), hosts.size());
        for (qsizetype i = 0; i < coverage.size(); ++i) {
            QCOMPARE(coverage.at(i).host, hosts.at(i));
            QCOMPARE(coverage.at(i).pattern, covering.at(i));
            QCOMPARE(coverage.at(i).covered(), !covering.at(i).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMxPattern)
#include "tst_mxpattern.moc"
