// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every RFC 8460 result type is explained in plain words, and an unknown one still gets text.
#include "tlsrpt/resulttypeadvice.h"

#include <QSet>
#include <QTest>

using namespace Sts::TlsRpt;

class TestResultTypeAdvice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRfcTypeHasText_data()
    {
        QTest::addColumn<QString>("name");
        for (const ResultType type : knownResultTypes())
            QTest::newRow(qPrintable(resultTypeName(type))) << resultTypeName(type);
    }

    void everyRfcTypeHasText()
    {
        QFETCH(QString, name);
        const ResultTypeAdvice advice = ResultTypeAdvice::of(name);
        QVERIFY(advice.known);
        QCOMPARE(advice.resultType, name);
        for (const QString &part : {advice.title, advice.meaning, advice.causes, advice.action})
            QVERIFY2(part.size() > 20, qPrintable(name + u": " + part));
        QVERIFY(advice.toText().contains(advice.action));
    }

    void elevenTypesAllDifferent()
    {
        const QList<ResultType> types = knownResultTypes();
        QCOMPARE(types.size(), 11);
        QSet<QString> titles;
        QSet<QString> actions;
        for (const ResultType type : types) {
            titles.insert(ResultTypeAdvice::of(type).title);
            actions.insert(ResultTypeAdvice::of(type).action);
        }
        QCOMPARE(titles.size(), types.size());
        QCOMPARE(actions.size(), types.size());
    }

    void unknownTypeIsNamed()
    {
        const ResultTypeAdvice advice = ResultTypeAdvice::of(QStringLiteral("x-tls-downgrade"));
        QVERIFY(!advice.known);
        QCOMPARE(advice.resultType, QStringLiteral("x-tls-downgrade"));
        QVERIFY(advice.meaning.contains(u"\"x-tls-downgrade\""));
        QVERIFY(!advice.action.isEmpty());
        QVERIFY(!ResultTypeAdvice::of(ResultType::Unknown).known);
        QVERIFY(!ResultTypeAdvice::of(QString()).meaning.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestResultTypeAdvice)
#include "tst_resulttypeadvice.moc"
