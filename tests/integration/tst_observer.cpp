// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The machine running a check is not the domain: under the testbed's observer conditions (port 25
// blocked, no IPv6 route) the check says inconclusive where it cannot see, the true verdict where
// it can, and never broken because of this machine's network. The conditions hit the whole
// namespace, so this test runs alone (RUN_SERIAL) and turns them off whatever happens.
#include "check/checkhandle.h"
#include "check/checkservice.h"
#include "checkcollector.h"
#include "testbedenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Sts;

class TestObserver final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;

    //! testbed.sh condition NAME on|off, inside the namespace this test runs in.
    bool condition(const QString &name, bool on)
    {
        QProcess testbed;
        testbed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        testbed.start(QStringLiteral(STS_TESTBED_SCRIPT), {u"condition"_qs, name, on ? u"on"_qs : u"off"_qs});
        return testbed.waitForFinished(30000) && testbed.exitStatus() == QProcess::NormalExit &&
               testbed.exitCode() == 0;
    }

    Check::CheckResult check(const QString &domain, const Check::CheckOptions &options)
    {
        Check::CheckService service;
        QSignalSpy finished(service.run(domain, options, &service), &Check::CheckHandle::finished);
        if (!finished.wait(60000))
            return {};
        return finished.at(0).at(0).value<Check::CheckResult>();
    }

    static QByteArray describe(const Check::CheckResult &result)
    {
        return (result.domain + u": " + Check::verdictName(result.verdict) + u" — " + result.summary).toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Test::testbedEnvironment();
        if (m_env.isEmpty())
            QSKIP("the testbed is not running");
        qputenv("STS_TESTBED_NS", m_env.value(u"STS_TESTBED_NS"_qs).toUtf8());
        QVERIFY(condition(u"all"_qs, false));
    }

    void cleanup() { QVERIFY(condition(u"all"_qs, false)); }

    //! An ISP's port-25 block: the self-test finds it, and enforce domains are inconclusive, not
    //! broken; the policy, fetched over HTTPS, is still judged.
    void port25Blocked_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<Check::Verdict>("open");    //!< the verdict without the block
        QTest::addColumn<Check::Verdict>("blocked"); //!< with it
        QTest::newRow("healthy, enforce")
            << u"healthy.test"_qs << Check::Verdict::Protected << Check::Verdict::Inconclusive;
        QTest::newRow("certificate for another name, enforce")
            << u"mx-cert-name.test"_qs << Check::Verdict::Broken << Check::Verdict::Inconclusive;
        QTest::newRow("testing mode") << u"testing.test"_qs << Check::Verdict::Testing << Check::Verdict::Inconclusive;
        QTest::newRow("no policy at all")
            << u"no-sts.test"_qs << Check::Verdict::NotProtected << Check::Verdict::Inconclusive;
    }

    void port25Blocked()
    {
        QFETCH(QString, domain);
        QFETCH(Check::Verdict, open);
        QFETCH(Check::Verdict, blocked);
        // Short timeouts: every MX connect hangs until its timeout under the block.
        const Check::CheckOptions options = Test::testbedCheckOptions(m_env, 2);

        const Check::CheckResult before = check(domain, options);
        if (before.domain.isEmpty() || before.verdict != open)
            QSKIP(qPrintable(u"scenario not as expected: "_qs + QString::fromUtf8(describe(before))));
        QCOMPARE(before.environment.smtpPort25, Check::Environment::Port25::Open);

        QVERIFY(condition(u"smtp-blocked"_qs, true));
        const Check::CheckResult result = check(domain, options);
        QVERIFY2(result.complete, describe(result).constData());
        QVERIFY2(result.verdict == blocked, describe(result).constData());
        QCOMPARE(result.environment.smtpPort25, Check::Environment::Port25::Blocked);
        for (const Check::MxHostResult &mx : result.mx) {
            QVERIFY2(!mx.wouldDeliver.has_value(), qPrintable(mx.host));
            QVERIFY(containsCode(mx.findings, u"check.mx.not-observed"_qs));
        }
        QCOMPARE(result.policyStatus, before.policyStatus); // HTTPS still works: the policy is judged
        const QJsonObject json = result.toJson();
        QCOMPARE(json[u"environment"_qs][u"smtp_port_25"_qs].toString(), u"blocked"_qs);
        QVERIFY(json[u"mx"_qs][0][u"would_deliver"_qs].isNull());
    }

    //! The network changes under a running app (the laptop moves): a self-test from before the
    //! block must not make the next check blame the domain.
    void blockAfterAnEarlierSelfTest()
    {
        const Check::CheckOptions options = Test::testbedCheckOptions(m_env, 2);
        Check::CheckService service; // one service: its self-test of port 25 is shared and kept
        QSignalSpy tested(&service, &Check::CheckService::environmentTested);
        service.testEnvironment(options);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(tested.cbegin(), tested.cend(),
                                             [](const QList<QVariant> &arguments) {
                                                 return arguments.at(0).value<Check::Environment>().smtpPort25 ==
                                                        Check::Environment::Port25::Open;
                                             }),
                                 20000);
        QVERIFY(condition(u"smtp-blocked"_qs, true));
        QSignalSpy finished(service.run(u"healthy.test"_qs, options, &service), &Check::CheckHandle::finished);
        QVERIFY(finished.wait(60000));
        const auto result = finished.at(0).at(0).value<Check::CheckResult>();
        QVERIFY2(result.verdict == Check::Verdict::Inconclusive, describe(result).constData());
        QCOMPARE(result.environment.smtpPort25, Check::Environment::Port25::Blocked);
    }

    //! A host that really does not answer stays the host's fault while port 25 works here.
    void deadMxIsStillBroken()
    {
        const Check::CheckResult result = check(u"mx-blackhole.test"_qs, Test::testbedCheckOptions(m_env, 2));
        QVERIFY2(result.verdict == Check::Verdict::Broken, describe(result).constData());
        QCOMPARE(result.environment.smtpPort25, Check::Environment::Port25::Open);
    }

    //! No IPv6 route: the IPv6 address of a dual-stack MX shows nothing, its IPv4 one decides.
    void noIpv6Route()
    {
        const Check::CheckOptions options = Test::testbedCheckOptions(m_env, 2);
        const Check::CheckResult before = check(u"dual-stack.test"_qs, options);
        QVERIFY(condition(u"no-ipv6"_qs, true));
        const Check::CheckResult result = check(u"dual-stack.test"_qs, options);
        QVERIFY2(result.verdict == before.verdict, describe(result).constData());
        QCOMPARE(result.environment.ipv6, Check::Environment::Ipv6::None);
        bool sawNoRoute = false;
        for (const Check::MxHostResult &mx : result.mx) {
            for (const Smtp::SmtpProbeResult &probe : mx.probes)
                sawNoRoute = sawNoRoute || probe.noRoute;
        }
        QVERIFY(sawNoRoute);
        QVERIFY2(result.verdict != Check::Verdict::Broken, describe(result).constData());
    }

    //! The route table tells at once whether this machine has IPv6, before any MX needs it: a
    //! check of an IPv4-only domain and the environment self-test both know.
    void ipv6RouteKnownWithoutAnIpv6Mx()
    {
        const Check::CheckOptions options = Test::testbedCheckOptions(m_env, 2);
        QCOMPARE(check(u"healthy.test"_qs, options).environment.ipv6, Check::Environment::Ipv6::Routable);
        QVERIFY(condition(u"no-ipv6"_qs, true));
        const Check::CheckResult result = check(u"healthy.test"_qs, options);
        QVERIFY2(result.verdict == Check::Verdict::Protected, describe(result).constData());
        QCOMPARE(result.environment.ipv6, Check::Environment::Ipv6::None);
        QCOMPARE(result.toJson()[u"environment"_qs][u"ipv6"_qs].toString(), u"none"_qs);

        Check::CheckService service;
        QSignalSpy tested(&service, &Check::CheckService::environmentTested);
        service.testEnvironment(options);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.constLast().at(0).value<Check::Environment>().ipv6, Check::Environment::Ipv6::None);
    }

    //! The laptop moves while the app runs: the system's notice (here given by hand) retests the
    //! environment with fresh resolvers, and a check running at that moment keeps its resolver
    //! and ends with its verdict.
    void networkChangeRetests()
    {
        const Check::CheckOptions options = Test::testbedCheckOptions(m_env, 2);
        Check::CheckService service;
        QSignalSpy tested(&service, &Check::CheckService::environmentTested);
        const auto lastIpv6 = [&tested] {
            return tested.isEmpty() ? Check::Environment::Ipv6::Unknown
                                    : tested.constLast().at(0).value<Check::Environment>().ipv6;
        };
        service.testEnvironment(options);
        QTRY_COMPARE_WITH_TIMEOUT(lastIpv6(), Check::Environment::Ipv6::Routable, 20000);
        QSignalSpy finished(service.run(u"healthy.test"_qs, options, &service), &Check::CheckHandle::finished);
        QVERIFY(condition(u"no-ipv6"_qs, true));
        service.networkChanged();
        QTRY_COMPARE_WITH_TIMEOUT(lastIpv6(), Check::Environment::Ipv6::None, 20000);
        QVERIFY(finished.wait(60000) || finished.size() == 1);
        const auto result = finished.at(0).at(0).value<Check::CheckResult>();
        QVERIFY2(result.verdict == Check::Verdict::Protected, describe(result).constData());
        // Checks after the change resolve through a new resolver, which tests itself again.
        QSignalSpy after(service.run(u"healthy.test"_qs, options, &service), &Check::CheckHandle::finished);
        QVERIFY(after.wait(60000));
        QCOMPARE(after.at(0).at(0).value<Check::CheckResult>().environment.resolverDnssec,
                 Check::Environment::ResolverDnssec::Validating);
    }

    //! Through a SOCKS5 proxy on a network that can reach port 25 (the testbed's dante, exempt from
    //! the conditions), every scenario gets the verdict it gets on an open network, although port
    //! 25 and IPv6 are blocked here.
    void throughTheProxy()
    {
        const QString socks = m_env.value(u"STS_TESTBED_SOCKS"_qs);
        if (socks.isEmpty())
            QSKIP("the testbed has no SOCKS5 proxy");
        QFile file(m_env.value(u"STS_TESTBED_SCENARIOS"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList domains;
        for (const QJsonValue &scenario :
             QJsonDocument::fromJson(file.readAll()).object().value(u"scenarios"_qs).toArray())
            domains.append(scenario[u"domain"_qs].toString());
        const Check::CheckOptions direct = Test::testbedCheckOptions(m_env, 3);
        Check::CheckOptions proxied = direct;
        proxied.proxy = u"socks5://"_qs + socks;

        const auto checkAll = [&domains](const Check::CheckOptions &options) {
            Check::CheckService service;
            service.setMaxConcurrentChecks(64);
            Test::CheckCollector checks(&service);
            for (const QString &domain : std::as_const(domains))
                checks.start(domain, options);
            QHash<QString, Check::CheckResult> results;
            if (!QTest::qWaitFor([&] { return checks.allFinished(); }, 120000))
                return results;
            for (const auto &[domain, result] : checks.results())
                results.insert(domain, result);
            return results;
        };
        const QHash<QString, Check::CheckResult> open = checkAll(direct);
        QCOMPARE(open.size(), domains.size());
        QVERIFY(condition(u"all"_qs, true));
        const QHash<QString, Check::CheckResult> viaProxy = checkAll(proxied);
        QCOMPARE(viaProxy.size(), domains.size());
        for (const QString &domain : std::as_const(domains)) {
            const Check::CheckResult &result = viaProxy.value(domain);
            QVERIFY2(
                result.verdict == open.value(domain).verdict,
                QByteArray(describe(result) + " instead of " + Check::verdictName(open.value(domain).verdict).toUtf8())
                    .constData());
            QCOMPARE(result.environment.proxy, proxied.proxy);
            QCOMPARE(result.toJson()[u"environment"_qs][u"proxy"_qs].toString(), proxied.proxy);
        }
    }

    void cleanupTestCase()
    {
        if (!m_env.isEmpty())
            condition(u"all"_qs, false);
    }
};

QTEST_GUILESS_MAIN(TestObserver)
#include "tst_observer.moc"
