// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What people type or paste where a domain is expected: the domain it names, what was done to
// it, or why it is refused.
#include "common/domaininput.h"

#include <QTest>

using Sts::DomainInput;

class TestDomainInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("changes");

        QTest::newRow("plain") << u"example.com"_qs << u"example.com"_qs << 0;
        QTest::newRow("spaces around") << u"  example.com \t"_qs << u"example.com"_qs << 0;
        QTest::newRow("trailing dot") << u"example.com."_qs << u"example.com"_qs << 0;
        QTest::newRow("upper case") << u"Healthy.Test"_qs << u"healthy.test"_qs << 1;
        QTest::newRow("mail address") << u"postmaster@Healthy.Test"_qs << u"healthy.test"_qs << 2;
        QTest::newRow("address in angle brackets") << u"<tlsrpt@example.org>"_qs << u"example.org"_qs << 1;
        QTest::newRow("mailto URI") << u"mailto:tlsrpt@example.org"_qs << u"example.org"_qs << 1;
        QTest::newRow("quoted") << u"\"example.org\""_qs << u"example.org"_qs << 0;
        QTest::newRow("policy URL") << u"https://mta-sts.testing.test/"_qs << u"testing.test"_qs << 2;
        QTest::newRow("policy URL with path")
            << u"https://mta-sts.example.com/.well-known/mta-sts.txt"_qs << u"example.com"_qs << 2;
        QTest::newRow("URL with port and user") << u"https://user@Example.com:8443/x"_qs << u"example.com"_qs << 1;
        QTest::newRow("_mta-sts record name") << u"_mta-sts.example.com."_qs << u"example.com"_qs << 1;
        QTest::newRow("TLS-RPT record name") << u"_smtp._tls.example.com"_qs << u"example.com"_qs << 1;
        QTest::newRow("policy host") << u"MTA-STS.example.com"_qs << u"example.com"_qs << 2;
        QTest::newRow("internationalised") << u"bücher.example"_qs << u"xn--bcher-kva.example"_qs << 1;
        // IDNA2008 keeps ß a letter of its own: "strasse" would be another domain.
        QTest::newRow("eszett") << u"straße.de"_qs << u"xn--strae-oqa.de"_qs << 1;
        QTest::newRow("digits in labels") << u"123.example"_qs << u"123.example"_qs << 0;
    }

    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, domain);
        QFETCH(int, changes);
        const DomainInput input = DomainInput::parse(text);
        QVERIFY2(input.ok(), qPrintable(input.problem));
        QCOMPARE(input.domain, domain);
        QCOMPARE(input.changes.size(), changes);
        QCOMPARE(input.changesText().isEmpty(), changes == 0);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_qs;
        QTest::newRow("words") << u"not a domain"_qs;
        QTest::newRow("one label") << u"localhost"_qs;
        QTest::newRow("IPv4") << u"192.0.2.1"_qs;
        QTest::newRow("IPv6") << u"2001:db8::1"_qs;
        QTest::newRow("address literal") << u"postmaster@[192.0.2.1]"_qs;
        QTest::newRow("numeric TLD") << u"example.123"_qs;
        QTest::newRow("underscore") << u"my_domain.example"_qs;
        QTest::newRow("empty label") << u"example..com"_qs;
        QTest::newRow("hyphen at the end") << u"example-.com"_qs;
        QTest::newRow("label too long") << QString(64, u'a') + u".example"_qs;
        QTest::newRow("address without domain") << u"postmaster@"_qs;
        QTest::newRow("URL without host") << u"file:///etc/passwd"_qs;
        QTest::newRow("markup") << u"<b>example.com</b>"_qs;
        QTest::newRow("control character") << u"exam\u0007ple.com"_qs;
        QTest::newRow("terminal escape") << u"\u001b]0;owned\u0007example.com"_qs;
        QTest::newRow("huge paste") << QString(5000, u'a');
        QTest::newRow("only a prefix") << u"mta-sts."_qs;
    }

    void refused()
    {
        QFETCH(QString, text);
        const DomainInput input = DomainInput::parse(text);
        QVERIFY2(!input.ok(), qPrintable(input.domain));
        QVERIFY(input.domain.isEmpty());
        QVERIFY(!input.problem.isEmpty());
        // The reason may quote the text: never with what a terminal would act on.
        QVERIFY(!input.problem.contains(u'\u001b') && !input.problem.contains(u'\u0007'));
    }

    void quotesWithoutControlCharacters()
    {
        QCOMPARE(DomainInput::shown(u"a\u001b[2Jb\u202Ec"_qs), u"a\uFFFD[2Jb\uFFFDc"_qs);
        QCOMPARE(DomainInput::shown(QString(300, u'x')).size(), 100);
        const DomainInput input = DomainInput::parse(u"exam\u001b[31mple.com"_qs);
        QVERIFY(!input.ok());
        QVERIFY(!input.problem.contains(u'\u001b'));
    }
};

QTEST_GUILESS_MAIN(TestDomainInput)
#include "tst_domaininput.moc"
