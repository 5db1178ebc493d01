// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The policy fetcher's timeouts against the testbed's real servers: a policy host that completes
// TLS and then stays silent is given up on after the idle timeout, long before the total one,
// while a healthy host is fetched within the same idle timeout. Addresses come from the
// testbed's scenarios.json; runs inside the testbed's network namespace (run-in-testbed.sh).
#include "mtasts/policyfetcher.h"
#include "testbedenvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sts;
using MtaSts::PolicyFetcher;
using MtaSts::PolicyFetchResult;

class TestPolicyFetcher final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QHash<QString, QString> m_policyAddress; //!< policy host by scenario domain

    PolicyFetchResult fetch(const QString &domain, int idleMs, int totalMs, qint64 *elapsedMs)
    {
        MtaSts::PolicyFetchOptions options;
        options.connectTimeoutMs = 5000;
        options.idleTimeoutMs = idleMs;
        options.totalTimeoutMs = totalMs;
        options.trust.useSystemStore = false;
        options.trust.caFiles = {m_env.value(QStringLiteral("STS_TESTBED_CA"))};
        PolicyFetcher fetcher(u"mta-sts."_qs + domain, {QHostAddress(m_policyAddress.value(domain))}, options);
        PolicyFetchResult result;
        bool finished = false;
        QElapsedTimer timer;
        connect(&fetcher, &PolicyFetcher::finished, this, [&](const PolicyFetchResult &fetched) {
            result = fetched;
            *elapsedMs = timer.elapsed();
            finished = true;
        });
        timer.start();
        fetcher.start();
        if (!QTest::qWaitFor([&] { return finished; }, totalMs + 5000))
            qWarning("the fetch did not finish");
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Test::testbedEnvironment();
        if (m_env.isEmpty())
            QSKIP("the testbed is not running (no $STS_TESTBED_DIR/env)");
        QFile file(m_env.value(QStringLiteral("STS_TESTBED_SCENARIOS")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonArray scenarios = QJsonDocument::fromJson(file.readAll()).object().value(u"scenarios"_qs).toArray();
        for (const QJsonValue &scenario : scenarios) {
            const QString address = scenario[u"policy"_qs][u"address"_qs].toString();
            if (!address.isEmpty())
                m_policyAddress.insert(scenario[u"domain"_qs].toString(), address);
        }
        QVERIFY(m_policyAddress.contains(u"policy-slow.test"_qs));
        QVERIFY(m_policyAddress.contains(u"healthy.test"_qs));
    }

    // A server that answers the request with silence is left after the idle timeout (1 s here),
    // not the total one (20 s): the finding says it stalled, the result type is a fetch error.
    void silentServerHitsTheIdleTimeout()
    {
        qint64 elapsed = 0;
        const PolicyFetchResult result = fetch(u"policy-slow.test"_qs, 1000, 20000, &elapsed);
        QVERIFY2(containsCode(result.findings, u"sts.fetch.stalled"_qs),
                 QJsonDocument(findingsToJson(result.findings)).toJson().constData());
        QVERIFY(!containsCode(result.findings, u"sts.fetch.timeout"_qs));
        QVERIFY(!result.ok);
        QCOMPARE(TlsRpt::resultTypeName(result.resultType), u"sts-policy-fetch-error"_qs);
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    }

    // The same idle timeout does not cut a server that answers.
    void healthyServerIsFetched()
    {
        qint64 elapsed = 0;
        const PolicyFetchResult result = fetch(u"healthy.test"_qs, 1000, 20000, &elapsed);
        QVERIFY2(result.ok, QJsonDocument(findingsToJson(result.findings)).toJson().constData());
        QVERIFY(!containsCode(result.findings, u"sts.fetch.stalled"_qs));
    }
};

QTEST_GUILESS_MAIN(TestPolicyFetcher)
#include "tst_policyfetcher.moc"
