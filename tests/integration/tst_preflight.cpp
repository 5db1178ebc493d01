// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's pre-flight against the testbed: a full check with a draft policy
// (CheckOptions::assumedPolicy) judges every live MX against the draft, while the live record
// and policy are still fetched and reported. Runs inside the testbed's network namespace.
#include "check/checkhandle.h"
#include "check/checkservice.h"
#include "testbedenvironment.h"

#include <QSignalSpy>
#include <QTest>

using namespace Sts;

class TestPreflight final : public QObject
{
    Q_OBJECT

private:
    Check::CheckOptions m_options;

    Check::CheckResult check(const QString &domain, const std::optional<QByteArray> &draft)
    {
        Check::CheckOptions options = m_options;
        options.assumedPolicy = draft;
        Check::CheckService service;
        QSignalSpy finished(service.run(domain, options, &service), &Check::CheckHandle::finished);
        if (!finished.wait(60000))
            return {};
        return finished.first().at(0).value<Check::CheckResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QHash<QString, QString> env = Test::testbedEnvironment();
        if (env.isEmpty())
            QSKIP("the testbed is not running (no $STS_TESTBED_DIR/env)");
        m_options = Test::testbedCheckOptions(env, 5);
    }

    void draft_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QByteArray>("draft");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("matched");     //!< per MX, in preference order
        QTest::addColumn<QStringList>("resultTypes"); //!< per MX
        QTest::addColumn<bool>("livePolicy");         //!< the live policy is still fetched

        QTest::newRow("mx-uncovered: the live policy as draft leaves mx2 out")
            << u"mx-uncovered.test"_qs
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mx1.mx-uncovered.test\r\nmax_age: 86400\r\n")
            << u"broken"_qs << QStringList{u"mx1.mx-uncovered.test"_qs, QString()}
            << QStringList{QString(), u"validation-failure"_qs} << true;
        QTest::newRow("mx-uncovered: a draft with both MX protects")
            << u"mx-uncovered.test"_qs
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mx1.mx-uncovered.test\r\n"
                          "mx: mx2.mx-uncovered.test\r\nmax_age: 604800\r\n")
            << u"protected"_qs << QStringList{u"mx1.mx-uncovered.test"_qs, u"mx2.mx-uncovered.test"_qs}
            << QStringList{QString(), QString()} << true;
        QTest::newRow("no-sts: a testing draft before anything is published")
            << u"no-sts.test"_qs
            << QByteArray("version: STSv1\r\nmode: testing\r\nmx: mx1.no-sts.test\r\nmax_age: 86400\r\n")
            << u"testing"_qs << QStringList{u"mx1.no-sts.test"_qs} << QStringList{QString()} << false;
        QTest::newRow("testing: an enforce draft would stop mail to the expired MX")
            << u"testing.test"_qs
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: *.testing.test\r\nmax_age: 604800\r\n")
            << u"broken"_qs << QStringList{u"*.testing.test"_qs, u"*.testing.test"_qs}
            << QStringList{QString(), u"certificate-expired"_qs} << true;
    }
    void draft()
    {
        QFETCH(QString, domain);
        QFETCH(QByteArray, draft);
        QFETCH(QString, verdict);
        QFETCH(QStringList, matched);
        QFETCH(QStringList, resultTypes);
        QFETCH(bool, livePolicy);
        const Check::CheckResult result = check(domain, draft);
        QVERIFY2(result.complete, "the check did not finish");
        QCOMPARE(Check::verdictName(result.verdict), verdict);
        QCOMPARE(result.assumedPolicy, std::optional<QByteArray>(draft));
        QCOMPARE(result.policyStatus, Check::PolicyStatus::Valid);
        QCOMPARE(result.mx.size(), matched.size());
        for (qsizetype i = 0; i < result.mx.size(); ++i) {
            QCOMPARE(result.mx.at(i).matchedPattern, matched.at(i));
            QCOMPARE(TlsRpt::resultTypeName(result.mx.at(i).resultType), resultTypes.at(i));
        }
        QVERIFY(result.fetch.has_value());
        QCOMPARE(result.fetch->ok, livePolicy);
        QCOMPARE(result.stsRecord.valid, livePolicy);
    }

    void withoutDraftTheLivePolicyIsJudged()
    {
        const Check::CheckResult result = check(u"mx-uncovered.test"_qs, std::nullopt);
        QVERIFY(result.complete);
        QVERIFY(!result.assumedPolicy);
        QCOMPARE(result.verdict, Check::Verdict::Broken);
        QCOMPARE(result.policy.mx, QStringList{u"mx1.mx-uncovered.test"_qs});
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
