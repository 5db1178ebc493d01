// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a full check of every testbed scenario through CheckService, as the GUI and the CLI
// do, and compares the verdict, the policy status and each MX's expected sender behaviour
// with tests/testbed/scenarios.json. Runs inside the testbed's network namespace.
#include "check/checkservice.h"
#include "checkcollector.h"
#include "testbedenvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Sts;

namespace {

QString nullableString(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QString() : value.toString();
}

} // namespace

class TestScenarios final : public QObject
{
    Q_OBJECT

private:
    QJsonArray m_scenarios;
    QHash<QString, Check::CheckResult> m_results;
    QHash<QString, Check::Verdict> m_settledVerdicts; //!< of the first snapshot whose verdict settled early

private Q_SLOTS:
    void initTestCase()
    {
        const QHash<QString, QString> env = Test::testbedEnvironment();
        if (env.isEmpty())
            QSKIP("the testbed is not running (no $STS_TESTBED_DIR/env)");
        QFile file(env.value(QStringLiteral("STS_TESTBED_SCENARIOS")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject catalogue = QJsonDocument::fromJson(file.readAll()).object();
        m_scenarios = catalogue.value(u"scenarios"_qs).toArray();
        QVERIFY(m_scenarios.size() >= 30);
        // MX and policy hosts on 10/8, 172.16/12, 169.254/16, fc00::/7: refused, never connected to.
        for (const QJsonValue &scenario : catalogue.value(u"private_address_scenarios"_qs).toArray())
            m_scenarios.append(scenario);

        // Short enough that the slow and black-holed scenarios end quickly, long enough for the rest.
        const Check::CheckOptions options = Test::testbedCheckOptions(env, 4);

        Check::CheckService service;
        service.setMaxConcurrentChecks(64);
        Test::CheckCollector checks(&service);
        for (const QJsonValue &scenario : std::as_const(m_scenarios)) {
            const QString domain = scenario[u"domain"_qs].toString();
            connect(checks.start(domain, options), &Check::CheckHandle::progress, this,
                    [this, domain](const Check::CheckResult &snapshot) {
                        if (snapshot.settled && !snapshot.complete && !m_settledVerdicts.contains(domain))
                            m_settledVerdicts.insert(domain, snapshot.verdict);
                    });
        }
        QElapsedTimer elapsed;
        elapsed.start();
        QTRY_VERIFY_WITH_TIMEOUT(checks.allFinished(), 120000);
        qInfo("checked %lld scenarios in %lld ms", static_cast<long long>(checks.started()),
              static_cast<long long>(elapsed.elapsed()));
        for (const auto &[domain, result] : checks.results())
            m_results.insert(domain, result);
        // How many settle early depends on timing: on loopback the EHLO after TLS may be answered
        // before the chain analysis ends, and then the verdict comes with the complete result.
        qInfo("%lld of %lld verdicts settled before their check completed",
              static_cast<long long>(m_settledVerdicts.size()), static_cast<long long>(checks.started()));
    }

    void scenario_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        for (const QJsonValue &scenario : std::as_const(m_scenarios))
            QTest::newRow(qPrintable(scenario[u"domain"_qs].toString())) << scenario.toObject();
    }
    void scenario()
    {
        QFETCH(QJsonObject, expected);
        const QString domain = expected[u"domain"_qs].toString();
        QVERIFY(m_results.contains(domain));
        const Check::CheckResult &result = m_results.value(domain);
        const QJsonObject json = result.toJson();
        const auto context = [&] {
            return QStringLiteral("%1 (%2): %3")
                .arg(domain, expected[u"description"_qs].toString(),
                     QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)).left(3000));
        };
        QVERIFY2(result.complete && result.error.isEmpty(), qPrintable(context()));
        QVERIFY2(json[u"verdict"_qs] == expected[u"verdict"_qs], qPrintable(context()));
        // A verdict delivered once every certificate was judged, before the sessions' last round
        // trips, is the one the complete check reaches.
        QVERIFY2(result.verdictMs > 0 && result.verdictMs <= result.elapsedMs, qPrintable(context()));
        QCOMPARE(json[u"verdict_ms"_qs].toInteger(), result.verdictMs);
        if (m_settledVerdicts.contains(domain))
            QCOMPARE(Check::verdictName(m_settledVerdicts.value(domain)), Check::verdictName(result.verdict));
        const QJsonObject expectedPolicy = expected[u"policy"_qs].toObject();
        QVERIFY2(json[u"policy"_qs][u"status"_qs] == expectedPolicy[u"status"_qs], qPrintable(context()));
        QCOMPARE(nullableString(json[u"policy"_qs][u"result_type"_qs]),
                 nullableString(expectedPolicy[u"result_type"_qs]));
        if (expectedPolicy[u"status"_qs] == u"valid"_qs)
            QCOMPARE(json[u"policy"_qs][u"mode"_qs], expectedPolicy[u"mode"_qs]);

        const QJsonArray expectedMx = expected[u"mx"_qs].toArray();
        const QJsonArray actualMx = json[u"mx"_qs].toArray();
        QCOMPARE(actualMx.size(), expectedMx.size());
        for (const QJsonValue &mx : expectedMx) {
            const auto actual = std::find_if(actualMx.begin(), actualMx.end(), [&](const QJsonValue &candidate) {
                return candidate[u"host"_qs] == mx[u"host"_qs];
            });
            QVERIFY2(actual != actualMx.end(), qPrintable(mx[u"host"_qs].toString()));
            QVERIFY2((*actual)[u"would_deliver"_qs] == mx[u"would_deliver"_qs],
                     qPrintable(mx[u"host"_qs].toString() + u' ' + context()));
            QCOMPARE(nullableString((*actual)[u"result_type"_qs]), nullableString(mx[u"result_type"_qs]));
            // DANE (RFC 7672) and what an MTA-STS-only sender does, where the scenario says.
            if (mx.toObject().contains(u"dane"_qs))
                QVERIFY2((*actual)[u"dane"_qs][u"result"_qs] == mx[u"dane"_qs],
                         qPrintable(mx[u"host"_qs].toString() + u" dane " +
                                    (*actual)[u"dane"_qs][u"result"_qs].toString() + u' ' + context()));
            const QJsonValue stsOnly = mx.toObject().value(u"would_deliver_sts_only"_qs);
            QVERIFY2((*actual)[u"would_deliver_sts_only"_qs] ==
                         (stsOnly.isUndefined() ? mx[u"would_deliver"_qs] : stsOnly),
                     qPrintable(mx[u"host"_qs].toString() + u" (MTA-STS only) " + context()));
        }
        // Non-public addresses are reported and never connected to.
        for (const QJsonValue &address : expected[u"non_public_addresses"_qs].toArray()) {
            const QHostAddress refused(address.toString());
            bool reported = result.fetch && containsCode(result.fetch->findings, u"sts.fetch.private-address"_qs) &&
                            result.fetch->address != refused;
            for (const Check::MxHostResult &mx : result.mx) {
                reported = reported || mx.refusedAddresses.contains(refused);
                for (const Smtp::SmtpProbeResult &probe : mx.probes)
                    QVERIFY2(probe.address != refused, qPrintable(context()));
            }
            QVERIFY2(reported, qPrintable(address.toString() + u' ' + context()));
        }
    }

    //! A resolver that drops DNSSEC signatures (a home router) is this machine's problem. Where
    //! DNS may leave the network, the check asks from the root itself, as a mail server's own
    //! resolver would, and every scenario gets the verdict and DNSSEC states it gets through a
    //! validating resolver, bogus ones included. Where only that resolver answers (the root hints
    //! lead nowhere), answers go unvalidated: no answer is bogus, and only scenarios that are
    //! bogus upstream (the stripping resolver forwards to the validating one) differ.
    void strippingResolverBlamesNoDomain_data()
    {
        QTest::addColumn<QString>("rootHints");
        QTest::addColumn<bool>("iterates");
        QTest::newRow("root servers reachable") << u"STS_TESTBED_ROOT_HINTS"_qs << true;
        QTest::newRow("no DNS out but the resolver") << u"STS_TESTBED_DEAD_ROOT_HINTS"_qs << false;
    }

    void strippingResolverBlamesNoDomain()
    {
        QFETCH(QString, rootHints);
        QFETCH(bool, iterates);
        const QHash<QString, QString> env = Test::testbedEnvironment();
        const QString stripping = env.value(u"STS_TESTBED_STRIPPING_RESOLVER"_qs);
        if (stripping.isEmpty() || env.value(rootHints).isEmpty())
            QSKIP("the testbed has no DNSSEC-stripping resolver or no root hints");
        Check::CheckOptions options = Test::testbedCheckOptions(env, 4);
        options.resolver.forwarder = stripping;
        options.resolver.rootHintsFile = env.value(rootHints);
        const auto expected =
            iterates ? Check::Environment::ResolverDnssec::Iterating : Check::Environment::ResolverDnssec::Stripped;
        Check::CheckService service;
        service.setMaxConcurrentChecks(64);
        Test::CheckCollector checks(&service);
        for (const QJsonValue &scenario : std::as_const(m_scenarios))
            checks.start(scenario[u"domain"_qs].toString(), options);
        QTRY_VERIFY_WITH_TIMEOUT(checks.allFinished(), 120000);
        int compared = 0;
        int settled = 0;
        for (const auto &[domain, result] : checks.results()) {
            const Check::CheckResult &validated = m_results.value(domain);
            const QByteArray context = result.domain.toUtf8() + ": " + result.summary.toUtf8();
            // Only a check that ends before the resolver's self-test answered (servfail.test: no
            // answer to validate) may say unknown.
            const auto resolver = result.environment.resolverDnssec;
            const bool answered = result.mxAnswer && result.mxAnswer->status == Net::DnsStatus::NoError;
            QVERIFY2(resolver == expected || (resolver == Check::Environment::ResolverDnssec::Unknown && !answered),
                     context.constData());
            settled += resolver == expected ? 1 : 0;
            if (!validated.error.isEmpty())
                continue;
            if (!iterates) {
                QVERIFY2(!containsCode(result.findings, u"check.dns.bogus"_qs), context.constData());
                QVERIFY2(!containsCode(result.findings, u"check.dane.bogus"_qs), context.constData());
                if (containsCode(validated.findings, u"check.dns.bogus"_qs))
                    continue;
                // Whether TLSA records apply cannot be told unvalidated: never a verdict from them.
                if (std::any_of(validated.mx.cbegin(), validated.mx.cend(),
                                [](const Check::MxHostResult &mx) { return mx.tlsa && !mx.tlsa->records.isEmpty(); })) {
                    QVERIFY2(result.verdict == Check::Verdict::Inconclusive, context.constData());
                    continue;
                }
            }
            QVERIFY2(result.verdict == validated.verdict,
                     QByteArray(context + " instead of " + Check::verdictName(validated.verdict).toUtf8()).constData());
            const std::pair<std::optional<Net::DnsAnswer>, std::optional<Net::DnsAnswer>> answers[] = {
                {result.mxAnswer, validated.mxAnswer}, {result.stsTxt, validated.stsTxt}};
            for (const auto &[answer, upstream] : answers) {
                if (!answer)
                    continue;
                const auto dnssec = answer->dnssec;
                if (iterates)
                    QVERIFY2(upstream && dnssec == upstream->dnssec, context.constData());
                else
                    QVERIFY2(dnssec == Net::DnssecStatus::Unknown || dnssec == Net::DnssecStatus::Insecure,
                             context.constData());
            }
            ++compared;
        }
        QVERIFY(compared >= 25);
        QVERIFY2(settled >= 25, qPrintable(u"%1 of %2 checks know the resolver"_qs.arg(settled).arg(compared)));
    }

    //! Without --allow-private a check connects to no loopback or private address: the testbed's
    //! healthy domain, all on 127.x, is then a domain whose hosts senders cannot reach.
    void refusesPrivateAddressesByDefault()
    {
        Check::CheckOptions options = Test::testbedCheckOptions(Test::testbedEnvironment(), 4);
        options.allowPrivateAddresses = false;
        options.allowedNetworks.clear();
        Check::CheckService service;
        QSignalSpy finished(service.run(u"healthy.test"_qs, options, &service), &Check::CheckHandle::finished);
        QVERIFY(finished.wait(30000));
        const auto result = finished.at(0).at(0).value<Check::CheckResult>();
        QVERIFY(!result.mx.isEmpty());
        for (const Check::MxHostResult &mx : result.mx) {
            QVERIFY2(mx.probes.isEmpty(), qPrintable(mx.host)); // no SMTP connection at all
            QCOMPARE(mx.refusedAddresses, mx.addresses());
            QVERIFY(containsCode(mx.findings, u"check.mx.private-address"_qs));
            QVERIFY(!containsCode(mx.findings, u"check.mx.unreachable"_qs));
        }
        QVERIFY(result.fetch && !result.fetch->tlsEstablished && result.fetch->attempts.isEmpty());
        QVERIFY(containsCode(result.fetch->findings, u"sts.fetch.private-address"_qs));
        QCOMPARE(result.verdict, Check::Verdict::Broken);
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
