// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/finding.h"

#include <QJsonObject>
#include <QTest>

using namespace Sts;

class TestFinding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void substitutesArgumentsOnce_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("a %1 b %2") << QStringList{u"x"_qs, u"y"_qs} << u"a x b y"_qs;
        QTest::newRow("hostile argument is not expanded again")
            << QStringLiteral("id \"%1\" in %2") << QStringList{u"%2"_qs, u"rec"_qs} << u"id \"%2\" in rec"_qs;
        QTest::newRow("missing argument stays visible")
            << QStringLiteral("%1 %2") << QStringList{u"x"_qs} << u"x %2"_qs;
        QTest::newRow("percent at end") << QStringLiteral("100%") << QStringList{} << u"100%"_qs;
        QTest::newRow("no placeholder") << QStringLiteral("plain text") << QStringList{u"x"_qs} << u"plain text"_qs;
        QTest::newRow("adjacent placeholders")
            << QStringLiteral("%1%2%1") << QStringList{u"a"_qs, u"b"_qs} << u"aba"_qs;
        QTest::newRow("percent before placeholder")
            << QStringLiteral("%%1 50%2") << QStringList{u"x"_qs} << u"%x 50%2"_qs;
        QTest::newRow("not a placeholder") << QStringLiteral("%0 %a %1") << QStringList{u"x"_qs} << u"%0 %a x"_qs;
        QTest::newRow("ninth argument") << QStringLiteral("<%9>")
                                        << QStringList{u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs,
                                                       u"6"_qs, u"7"_qs, u"8"_qs, u"9"_qs}
                                        << u"<9>"_qs;
        QTest::newRow("empty argument") << QStringLiteral("[%1]") << QStringList{QString()} << u"[]"_qs;
    }
    void substitutesArgumentsOnce()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(substituteArguments(pattern, arguments), expected);
    }

    void serialisesToJson()
    {
        static constexpr FindingDefinition Definition{"test.code", Severity::Warning, "RFC 8461 §3.2", "value %1"};
        Finding finding = makeFinding(Definition, u"subject"_qs, {u"42"_qs});
        finding.line = 3;
        const QJsonObject json = finding.toJson();
        QCOMPARE(json.value(u"code"_qs).toString(), u"test.code"_qs);
        QCOMPARE(json.value(u"severity"_qs).toString(), u"warning"_qs);
        QCOMPARE(json.value(u"message"_qs).toString(), u"value 42"_qs);
        QCOMPARE(json.value(u"rfc"_qs).toString(), QString::fromUtf8("RFC 8461 §3.2"));
        QCOMPARE(json.value(u"line"_qs).toInt(), 3);
        QVERIFY(!hasErrors({finding}));
        finding.severity = Severity::Error;
        QVERIFY(hasErrors({finding}));
    }
};

QTEST_GUILESS_MAIN(TestFinding)
#include "tst_finding.moc"
