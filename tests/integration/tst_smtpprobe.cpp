// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP STARTTLS prober against the testbed's real postfix instances and its hostile
// server: every MX address of every scenario, then timeouts, cancellation and cleanup one by
// one. Addresses and expectations come from the testbed's env file and scenarios.json; runs
// inside the testbed's network namespace (run-in-testbed.sh).
#include "smtp/smtpprobe.h"
#include "testbedenvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Sts;
using Smtp::SmtpProbe;
using Smtp::SmtpProbeOptions;
using Smtp::SmtpProbeResult;
using Smtp::Step;

namespace {

//! One MX address of a scenario and what a probe of it must show.
struct Expectation
{
    QString host;
    QString address;
    QString failure;    //!< scenarios.json "failure" (or the address's own), empty when healthy
    QString resultType; //!< RFC 8460 result type the probe itself must report
};

//! Open TCP/UDP sockets of this process, from /proc/self/fd.
int openSockets()
{
    int count = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)) {
        if (QFile::symLinkTarget(fds.filePath(name)).contains(u"socket:"))
            ++count;
    }
    return count;
}

QByteArray describe(const SmtpProbeResult &result)
{
    return QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact).left(4000);
}

} // namespace

class TestSmtpProbe final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QList<Expectation> m_expectations;
    QHash<QString, SmtpProbeResult> m_results; //!< by address, from the parallel run of every MX

    SmtpProbeOptions options(int timeoutMs = 5000) const
    {
        SmtpProbeOptions probeOptions;
        probeOptions.connectTimeoutMs = timeoutMs;
        probeOptions.replyTimeoutMs = timeoutMs;
        probeOptions.totalTimeoutMs = 4 * timeoutMs;
        probeOptions.trust.useSystemStore = false;
        probeOptions.trust.caFiles = {m_env.value(QStringLiteral("STS_TESTBED_CA"))};
        return probeOptions;
    }

    //! The first scenario MX address that shows \a failure (empty: a healthy one).
    Expectation find(const QString &failure) const
    {
        for (const Expectation &expectation : m_expectations) {
            if (expectation.failure == failure)
                return expectation;
        }
        return {};
    }

    //! Runs one probe to the end; the result is invalid (empty host) when finished never came.
    static SmtpProbeResult run(SmtpProbe &probe, int waitMs, QList<Step> *steps = nullptr)
    {
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        QSignalSpy stepSpy(&probe, &SmtpProbe::stepChanged);
        probe.start();
        if (finished.isEmpty() && !finished.wait(waitMs))
            return {};
        if (steps) {
            for (const QList<QVariant> &arguments : std::as_const(stepSpy))
                steps->append(arguments.at(0).value<Step>());
        }
        // finished() comes exactly once: nothing more arrives afterwards.
        QTest::qWait(50);
        return finished.size() == 1 ? finished.at(0).at(0).value<SmtpProbeResult>() : SmtpProbeResult();
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
            for (const QJsonValue &mx : scenario[u"mx"_qs].toArray()) {
                const QJsonObject addressFailures = mx[u"address_failures"_qs].toObject();
                for (const QJsonValue &address : mx[u"addresses"_qs].toArray()) {
                    // A probe knows the Web PKI; what DANE makes of it is the check's business.
                    const QJsonValue pkix = mx.toObject().value(u"pkix_result_type"_qs);
                    Expectation expectation{mx[u"host"_qs].toString(), address.toString(), mx[u"failure"_qs].toString(),
                                            (pkix.isUndefined() ? mx[u"result_type"_qs] : pkix).toString()};
                    if (addressFailures.contains(expectation.address)) {
                        expectation.failure = addressFailures.value(expectation.address).toString();
                        expectation.resultType.clear();
                    }
                    // The policy decides "not-in-policy"; the session itself is healthy.
                    if (expectation.failure == u"not-in-policy") {
                        expectation.failure.clear();
                        expectation.resultType.clear();
                    }
                    // Failures before any TLS are no TLS failures (RFC 8460 §4.3.2.1).
                    if (expectation.failure.startsWith(u"banner-") || expectation.failure.startsWith(u"connect"))
                        expectation.resultType.clear();
                    m_expectations.append(expectation);
                }
            }
        }
        QVERIFY(m_expectations.size() >= 40);
    }

    // Every MX address of every scenario at once: real postfix instances and the hostile server,
    // with short timeouts so that the slow and black-holed ones end quickly.
    void everyMxAddress_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("resultType");
        for (const Expectation &expectation : std::as_const(m_expectations))
            QTest::newRow(qPrintable(expectation.host + u' ' + expectation.address))
                << expectation.host << expectation.address << expectation.failure << expectation.resultType;
    }
    void everyMxAddress()
    {
        QFETCH(QString, host);
        QFETCH(QString, address);
        QFETCH(QString, failure);
        QFETCH(QString, resultType);

        if (m_results.isEmpty()) {
            std::vector<std::unique_ptr<SmtpProbe>> probes;
            int pending = 0;
            for (const Expectation &expectation : std::as_const(m_expectations)) {
                auto probe =
                    std::make_unique<SmtpProbe>(expectation.host, QHostAddress(expectation.address), 25, options(3000));
                connect(probe.get(), &SmtpProbe::finished, this, [this, &pending](const SmtpProbeResult &result) {
                    m_results.insert(result.address.toString(), result);
                    --pending;
                });
                ++pending;
                probes.push_back(std::move(probe));
            }
            QElapsedTimer elapsed;
            elapsed.start();
            for (const auto &probe : probes)
                probe->start();
            QTRY_VERIFY_WITH_TIMEOUT(pending == 0, 60000);
            qInfo("probed %d addresses in parallel in %lld ms", static_cast<int>(probes.size()),
                  static_cast<long long>(elapsed.elapsed()));
        }
        QVERIFY(m_results.contains(QHostAddress(address).toString()));
        const SmtpProbeResult result = m_results.value(QHostAddress(address).toString());
        const QByteArray context = describe(result);
        QCOMPARE(result.host, host);
        QVERIFY2(TlsRpt::resultTypeName(result.resultType) == resultType, context.constData());

        struct Kind
        {
            const char *failure;
            Step reached;
            bool failed;
            const char *code;
        };
        static const Kind kinds[] = {
            {"", Step::Done, false, "smtp.tls.ok"},
            {"no-starttls", Step::StartTls, true, "smtp.starttls.not-offered"},
            {"starttls-refused", Step::StartTls, true, "smtp.starttls.refused"},
            {"drop-after-starttls", Step::Handshake, true, "smtp.tls.dropped"},
            {"banner-huge", Step::Banner, true, "smtp.banner.too-large"},
            {"banner-slow", Step::Banner, true, "smtp.banner.timeout"},
            {"banner-garbage", Step::Banner, true, "smtp.banner.malformed"},
            {"connect-timeout", Step::Connect, true, "smtp.connect.timeout"},
            {"connection-refused", Step::Connect, true, "smtp.connect.refused"},
        };
        const bool certificate = failure.startsWith(u"certificate-");
        const auto kind = std::find_if(std::begin(kinds), std::end(kinds), [&](const Kind &candidate) {
            return failure == QLatin1String(candidate.failure) || (certificate && !*candidate.failure);
        });
        if (kind == std::end(kinds))
            QFAIL(qPrintable(u"scenarios.json has a failure this test does not know: "_qs + failure));
        QVERIFY2(result.reached == kind->reached, context.constData());
        QVERIFY2(result.failed == kind->failed, context.constData());
        QVERIFY2(containsCode(result.findings, QLatin1String(kind->code)), context.constData());
        QVERIFY2(result.failed == !result.error.isEmpty(), context.constData());
        if (kind->reached == Step::Done) {
            QVERIFY(result.starttlsOffered);
            QVERIFY(result.tlsEstablished);
            QVERIFY2(!result.chain.chain.isEmpty(), context.constData());
            QVERIFY2(result.chain.valid() == !certificate, context.constData());
            QVERIFY2(containsCode(result.findings, u"smtp.tls.certificate-invalid"_qs) == certificate,
                     context.constData());
        } else {
            QVERIFY2(!result.tlsEstablished, context.constData());
            QVERIFY(result.chain.chain.isEmpty());
        }
    }

    void healthySessionInDetail_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("keyType");
        QTest::newRow("RSA certificate") << u"mx1.healthy.test"_qs << u"RSA"_qs;
        QTest::newRow("ECDSA certificate") << u"mx2.healthy.test"_qs << u"EC"_qs;
    }
    void healthySessionInDetail()
    {
        QFETCH(QString, host);
        QFETCH(QString, keyType);
        const auto expectation = std::find_if(m_expectations.cbegin(), m_expectations.cend(),
                                              [&](const Expectation &candidate) { return candidate.host == host; });
        QVERIFY(expectation != m_expectations.cend());
        SmtpProbe probe(host, QHostAddress(expectation->address), 25, options());
        QList<Step> steps;
        const SmtpProbeResult result = run(probe, 30000, &steps);
        const QByteArray context = describe(result);
        QVERIFY2(!result.failed && result.reached == Step::Done, context.constData());
        QCOMPARE(steps, (QList<Step>{Step::Connect, Step::Banner, Step::Ehlo, Step::StartTls, Step::Handshake,
                                     Step::EhloAfterTls, Step::Quit, Step::Done}));
        QVERIFY2(result.banner.value(0).startsWith(host), context.constData());
        QVERIFY(result.ehlo.contains(u"STARTTLS"_qs));
        QVERIFY2(!result.ehloAfterTls.isEmpty() && !result.ehloAfterTls.contains(u"STARTTLS"_qs), context.constData());
        QVERIFY2(result.tlsVersion == u"TLSv1.3" || result.tlsVersion == u"TLSv1.2", context.constData());
        QVERIFY(!result.cipher.isEmpty());
        QVERIFY2(!result.keyExchangeGroup.isEmpty() && result.keyExchangeGroup != u"unknown", context.constData());
        QVERIFY2(result.chain.valid() && !result.resultType, context.constData());
        QCOMPARE(result.chain.hostName, host);
        QCOMPARE(result.chain.chain.constFirst().keyType, keyType);
        QVERIFY(result.elapsedMs > 0);
        QVERIFY(!hasErrors(result.findings));

        const QJsonObject json = result.toJson();
        for (const char *key : {"host", "address", "port", "banner", "ehlo", "starttls_offered", "tls_established",
                                "tls_version", "cipher", "key_exchange_group", "chain", "reached", "failed", "error",
                                "result_type", "elapsed_ms", "findings"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json[u"reached"_qs].toString(), u"done"_qs);
        QCOMPARE(json[u"address"_qs].toString(), expectation->address);
        QVERIFY(json[u"error"_qs].isNull());
    }

    void slowBannerTimesOut()
    {
        const Expectation slow = find(u"banner-slow"_qs);
        QVERIFY(!slow.address.isEmpty());
        SmtpProbeOptions probeOptions = options();
        probeOptions.replyTimeoutMs = 1500;
        SmtpProbe probe(slow.host, QHostAddress(slow.address), 25, probeOptions);
        const SmtpProbeResult result = run(probe, 10000);
        QCOMPARE(result.reached, Step::Banner);
        QCOMPARE(result.error, u"no banner within 1.5 s"_qs);
        QVERIFY(containsCode(result.findings, u"smtp.banner.timeout"_qs));
        QVERIFY2(result.elapsedMs >= 1500 && result.elapsedMs < 5000, describe(result).constData());
        QVERIFY(!result.resultType);
    }

    void sessionTimeoutStopsSlowBanner()
    {
        const Expectation slow = find(u"banner-slow"_qs);
        SmtpProbeOptions probeOptions = options();
        probeOptions.replyTimeoutMs = 60000;
        probeOptions.totalTimeoutMs = 1200;
        SmtpProbe probe(slow.host, QHostAddress(slow.address), 25, probeOptions);
        const SmtpProbeResult result = run(probe, 10000);
        QVERIFY2(result.reached == Step::Banner && result.failed, describe(result).constData());
        QVERIFY(containsCode(result.findings, u"smtp.session.timeout"_qs));
        QVERIFY2(result.elapsedMs >= 1200 && result.elapsedMs < 4000, describe(result).constData());
    }

    void blackHoledAddressTimesOutConnecting()
    {
        const Expectation blackHole = find(u"connect-timeout"_qs);
        QVERIFY(!blackHole.address.isEmpty());
        SmtpProbeOptions probeOptions = options();
        probeOptions.connectTimeoutMs = 1000;
        SmtpProbe probe(blackHole.host, QHostAddress(blackHole.address), 25, probeOptions);
        const int socketsBefore = openSockets();
        const SmtpProbeResult result = run(probe, 10000);
        QCOMPARE(result.reached, Step::Connect);
        QCOMPARE(result.error, u"no connection within 1 s"_qs);
        QVERIFY(containsCode(result.findings, u"smtp.connect.timeout"_qs));
        QVERIFY2(result.elapsedMs >= 1000 && result.elapsedMs < 4000, describe(result).constData());
        QCOMPARE(openSockets(), socketsBefore);
    }

    void refusedPort()
    {
        // A healthy MX address, but a port nothing listens on.
        const Expectation healthy = find(QString());
        SmtpProbe probe(healthy.host, QHostAddress(healthy.address), 2525, options());
        const SmtpProbeResult result = run(probe, 10000);
        QCOMPARE(result.reached, Step::Connect);
        QCOMPARE(result.port, quint16(2525));
        QCOMPARE(result.error, u"connection refused"_qs);
        QVERIFY(containsCode(result.findings, u"smtp.connect.refused"_qs));
        QVERIFY(!result.resultType);
    }

    void cancelMidway_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<Step>("cancelAt");
        QTest::addColumn<int>("delayMs"); //!< after entering the step
        QTest::newRow("connecting to a black hole") << u"connect-timeout"_qs << Step::Connect << 300;
        QTest::newRow("waiting for a slow banner") << u"banner-slow"_qs << Step::Banner << 300;
        QTest::newRow("right as the TLS handshake starts") << QString() << Step::Handshake << 0;
        QTest::newRow("while the chain is analysed") << QString() << Step::EhloAfterTls << 0;
    }
    void cancelMidway()
    {
        QFETCH(QString, failure);
        QFETCH(Step, cancelAt);
        QFETCH(int, delayMs);
        const Expectation target = find(failure);
        QVERIFY(!target.address.isEmpty());
        const int socketsBefore = openSockets();
        SmtpProbe probe(target.host, QHostAddress(target.address), 25, options(20000));
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        connect(&probe, &SmtpProbe::stepChanged, this, [&probe, cancelAt, delayMs](Step step) {
            if (step != cancelAt)
                return;
            if (delayMs == 0)
                probe.cancel(); // from inside the probe's own signal
            else
                QTimer::singleShot(delayMs, &probe, [&probe] { probe.cancel(); });
        });
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto result = finished.at(0).at(0).value<SmtpProbeResult>();
        QCOMPARE(result.error, u"cancelled"_qs);
        QVERIFY(result.failed);
        QCOMPARE(result.reached, cancelAt);
        QVERIFY(!result.resultType);
        QVERIFY(containsCode(result.findings, u"smtp.session.cancelled"_qs));
        // The descriptor is closed at once; the QSslSocket object goes with the next deferred delete.
        QCOMPARE(openSockets(), socketsBefore);
        probe.cancel();
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(probe.findChildren<QSslSocket *>().isEmpty());
        QVERIFY(probe.findChildren<QObject *>().isEmpty()); // no timer, watcher or socket left behind
    }

    void cancelBeforeStartFinishesOnce()
    {
        SmtpProbe probe(u"mx.invalid"_qs, QHostAddress(u"127.0.0.1"_qs), 25, options());
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        probe.cancel();
        probe.start();
        probe.cancel();
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<SmtpProbeResult>().error, u"cancelled"_qs);
    }

    void deletingARunningProbeClosesItsSocket()
    {
        const Expectation slow = find(u"banner-slow"_qs);
        const int socketsBefore = openSockets();
        auto *probe = new SmtpProbe(slow.host, QHostAddress(slow.address), 25, options());
        QSignalSpy banner(probe, &SmtpProbe::stepChanged);
        probe->start();
        QTRY_VERIFY_WITH_TIMEOUT(banner.size() >= 2, 5000); // connect, banner
        QVERIFY(openSockets() > socketsBefore);
        delete probe;
        QCOMPARE(openSockets(), socketsBefore);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // Results cross threads in queued signals (the check service's worker thread to the GUI).
    void resultCrossesThreads()
    {
        const Expectation refused = find(u"connection-refused"_qs);
        QThread thread;
        QObject receiver;
        receiver.moveToThread(&thread);
        thread.start();
        SmtpProbeResult received;
        QAtomicInt arrived = 0;
        SmtpProbe probe(refused.host, QHostAddress(refused.address), 25, options());
        connect(
            &probe, &SmtpProbe::finished, &receiver,
            [&](const SmtpProbeResult &result) {
                received = result;
                arrived = 1;
            },
            Qt::QueuedConnection);
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(arrived.loadAcquire(), 1, 10000);
        thread.quit();
        thread.wait();
        QCOMPARE(received.host, refused.host);
        QVERIFY(containsCode(received.findings, u"smtp.connect.refused"_qs));
    }
};

QTEST_GUILESS_MAIN(TestSmtpProbe)
#include "tst_smtpprobe.moc"
