// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mtasts/policydiff.h"

#include <QTest>

using namespace Sts::MtaSts;

Q_DECLARE_METATYPE(Sts::MtaSts::PolicyDiff::Line)

class TestPolicyDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("unified");
        QTest::addColumn<bool>("changed");

        const QByteArray healthy = "version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmax_age: 86400\r\n";
        QTest::newRow("identical") << healthy << healthy
                                   << u"  version: STSv1\n  mode: enforce\n  mx: mx1.example.com\n  max_age: 86400\n"_qs
                                   << false;
        QTest::newRow("LF against CRLF is no change")
            << QByteArray("version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 86400\n") << healthy
            << u"  version: STSv1\n  mode: enforce\n  mx: mx1.example.com\n  max_age: 86400\n"_qs << false;
        QTest::newRow("trailing space is no change")
            << QByteArray("version: STSv1 \nmode: enforce\t\nmx: mx1.example.com\nmax_age: 86400") << healthy
            << u"  version: STSv1\n  mode: enforce\n  mx: mx1.example.com\n  max_age: 86400\n"_qs << false;
        QTest::newRow("leading space is a change (strict senders reject it)")
            << QByteArray(" version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmax_age: 86400\r\n") << healthy
            << u"-  version: STSv1\n+ version: STSv1\n  mode: enforce\n  mx: mx1.example.com\n  max_age: 86400\n"_qs
            << true;
        QTest::newRow("mode testing to enforce")
            << QByteArray("version: STSv1\r\nmode: testing\r\nmx: mx1.example.com\r\nmax_age: 86400\r\n") << healthy
            << u"  version: STSv1\n- mode: testing\n+ mode: enforce\n  mx: mx1.example.com\n  max_age: 86400\n"_qs
            << true;
        QTest::newRow("mx added after the last mx")
            << healthy
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmx: mx2.example.com\r\n"
                          "max_age: 86400\r\n")
            << u"  version: STSv1\n  mode: enforce\n  mx: mx1.example.com\n+ mx: mx2.example.com\n  max_age: 86400\n"_qs
            << true;
        QTest::newRow("several lines replaced: removals first")
            << QByteArray("version: STSv1\nmode: testing\nmx: a.example.com\nmx: b.example.com\nmax_age: 1\n")
            << QByteArray("version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 1\n")
            << u"  version: STSv1\n- mode: testing\n- mx: a.example.com\n- mx: b.example.com\n+ mode: enforce\n"
               u"+ mx: *.example.com\n  max_age: 1\n"_qs
            << true;
        QTest::newRow("nothing published before") << QByteArray() << QByteArray("version: STSv1\r\nmode: none\r\n")
                                                  << u"+ version: STSv1\n+ mode: none\n"_qs << true;
        QTest::newRow("policy withdrawn") << QByteArray("version: STSv1\nmode: none\n") << QByteArray()
                                          << u"- version: STSv1\n- mode: none\n"_qs << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << QString() << false;
        QTest::newRow("empty line kept as a line")
            << QByteArray("a\n\nb\n") << QByteArray("a\nb\n") << u"  a\n- \n  b\n"_qs << true;
        QTest::newRow("no final line ending")
            << QByteArray("a\nb") << QByteArray("a\nb\n") << u"  a\n  b\n"_qs << false;
    }
    void compare()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, unified);
        QFETCH(bool, changed);
        const PolicyDiff diff = PolicyDiff::compare(before, after);
        QCOMPARE(diff.unified(), unified);
        QCOMPARE(diff.changed(), changed);
    }

    void linesCarryKinds()
    {
        const PolicyDiff diff = PolicyDiff::compare("a\nb\n", "a\nc\n");
        const QList<PolicyDiff::Line> expected{{PolicyDiff::Kind::Same, u"a"_qs},
                                               {PolicyDiff::Kind::Removed, u"b"_qs},
                                               {PolicyDiff::Kind::Added, u"c"_qs}};
        QCOMPARE(diff.lines(), expected);
    }

    //! A pasted 64 KiB file must not make the diff quadratic in memory: it falls back to "all
    //! replaced", which is still correct, and returns at once.
    void hugeInputsStayBounded()
    {
        QByteArray before;
        QByteArray after;
        for (int i = 0; i < 5000; ++i) {
            before += "mx: a" + QByteArray::number(i) + ".example.com\n";
            after += "mx: b" + QByteArray::number(i) + ".example.com\n";
        }
        const PolicyDiff diff = PolicyDiff::compare(before, after);
        QVERIFY(diff.changed());
        QCOMPARE(diff.lines().size(), 10000);
        QCOMPARE(diff.lines().first().kind, PolicyDiff::Kind::Removed);
        QCOMPARE(diff.lines().last().kind, PolicyDiff::Kind::Added);
    }
};

QTEST_APPLESS_MAIN(TestPolicyDiff)
#include "tst_policydiff.moc"
