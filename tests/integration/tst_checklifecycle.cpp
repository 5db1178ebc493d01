// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole checks through CheckService against the testbed's slowest and most hostile scenarios:
// a check cancelled at any moment (or a service destroyed while checks run) leaves no TCP socket
// open, and no check outlives its configured timeouts. tst_smtpprobe covers the same for a
// single SMTP session; this covers the DNS queries, the policy fetch and every MX at once.
// Runs inside the testbed's network namespace.
#include "check/checkhandle.h"
#include "check/checkservice.h"
#include "checkcollector.h"
#include "testbedenvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Sts;

namespace {

//! Inodes of the TCP sockets in this network namespace, in any state (SYN-SENT included).
QSet<QString> tcpInodes()
{
    QSet<QString> inodes;
    for (const char *table : {"/proc/self/net/tcp", "/proc/self/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> columns = file.readLine().simplified().split(' ');
            if (columns.size() > 9)
                inodes.insert(QString::fromLatin1(columns.at(9)));
        }
    }
    return inodes;
}

//! TCP sockets this process holds a descriptor of (UDP and Unix sockets are not counted: the
//! resolver keeps some of those for its lifetime).
int openTcpSockets()
{
    const QSet<QString> tcp = tcpInodes();
    int count = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)) {
        const QString target = QFile::symLinkTarget(fds.filePath(name));
        // "socket:[12345]", or the bare link text when symLinkTarget cannot resolve it
        const qsizetype open = target.indexOf(u'[');
        if (target.contains(u"socket:") && open >= 0 && tcp.contains(target.sliced(open + 1).chopped(1)))
            ++count;
    }
    return count;
}

// The scenarios that hold connections longest: a policy host that answers after 30 s, one
// whose packets vanish, MX hosts with a greeting of a byte every 10 s or no answer at all (these
// four cannot end by themselves within a minute), a 1 MiB greeting, a zone whose name server
// answers SERVFAIL, and a healthy domain.
constexpr qsizetype HangingDomains = 4;
const QStringList HostileDomains = {
    u"policy-slow.test"_qs,    u"policy-blackhole.test"_qs, u"mx-slow-banner.test"_qs, u"mx-blackhole.test"_qs,
    u"mx-huge-banner.test"_qs, u"servfail.test"_qs,         u"healthy.test"_qs,
};

} // namespace

class TestCheckLifecycle final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;

    Check::CheckOptions options(double timeoutSeconds) const
    {
        return Test::testbedCheckOptions(m_env, timeoutSeconds);
    }

    //! Waits until the hanging checks hold their connections. Right after an earlier test
    //! function the testbed's slow servers may still be busy with its cancelled connections and
    //! not every one is set up again in time; what matters is that sockets are open when the
    //! cancel comes, so at least one must be, and all four are waited for a while.
    static void waitForHangingConnections()
    {
        QTRY_VERIFY_WITH_TIMEOUT(openTcpSockets() >= 1, 10000);
        QElapsedTimer waited;
        waited.start();
        while (openTcpSockets() < HangingDomains && waited.elapsed() < 5000)
            QTest::qWait(50);
        QTest::qWait(500);
        qInfo("%d TCP sockets open before the cancel", openTcpSockets());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Test::testbedEnvironment();
        if (m_env.isEmpty())
            QSKIP("the testbed is not running (no $STS_TESTBED_DIR/env)");
        QCOMPARE(openTcpSockets(), 0);
    }

    void cancelledChecksLeaveNoSocket_data()
    {
        QTest::addColumn<int>("cancelAfterMs");
        QTest::newRow("at once (DNS)") << 0;
        QTest::newRow("connecting and handshaking") << 150;
        QTest::newRow("with every slow connection open") << -1;
    }
    void cancelledChecksLeaveNoSocket()
    {
        QFETCH(int, cancelAfterMs);
        Check::CheckService service;
        Test::CheckCollector checks(&service);
        // Long timeouts: only the cancel may end the hanging checks.
        const Check::CheckOptions checkOptions = options(60);
        for (const QString &domain : HostileDomains)
            checks.start(domain, checkOptions);
        if (cancelAfterMs < 0) {
            // The slow policy host, the slow greeting and the black-holed MX and policy host; the
            // short-lived connections of the other checks are closed again by then.
            waitForHangingConnections();
        } else {
            QTest::qWait(cancelAfterMs);
        }
        service.cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(checks.allFinished(), 5000);
        // The others may have finished before the cancel came.
        for (const auto &[domain, result] : checks.results()) {
            QVERIFY2(result.complete, qPrintable(domain));
            if (HostileDomains.indexOf(domain) < HangingDomains)
                QVERIFY2(result.cancelled, qPrintable(domain));
        }
        // Every socket is aborted before finished() is sent; only a session that ended with QUIT
        // (healthy.test) reads the server's 221 afterwards, and the server closes at once.
        QTRY_COMPARE_WITH_TIMEOUT(openTcpSockets(), 0, 1000);
    }

    void destroyingTheServiceClosesEverySocket()
    {
        {
            Check::CheckService service;
            QObject owner; // outlives the service: the handles do not cancel, the service goes first
            const Check::CheckOptions checkOptions = options(60);
            for (const QString &domain : HostileDomains)
                service.run(domain, checkOptions, &owner);
            waitForHangingConnections();
        }
        QCOMPARE(openTcpSockets(), 0);
    }

    // A check may take as long as its DNS chain (MX, then the MX host's addresses: two resolver
    // timeouts) plus the longer of the SMTP session limit and the policy fetch limit; never more.
    void hostileChecksFinishWithinTheirTimeouts()
    {
        constexpr double TimeoutS = 1.5;
        constexpr qint64 MarginMs = 2000;
        const Check::CheckOptions checkOptions = options(TimeoutS);
        const qint64 boundMs = 2 * checkOptions.resolver.timeoutMs +
                               std::max(checkOptions.smtp.totalTimeoutMs, checkOptions.fetch.totalTimeoutMs) + MarginMs;
        Check::CheckService service;
        Test::CheckCollector checks(&service);
        QElapsedTimer elapsed;
        elapsed.start();
        for (const QString &domain : HostileDomains)
            checks.start(domain, checkOptions);
        QTRY_VERIFY_WITH_TIMEOUT(checks.allFinished(), int(boundMs));
        const qint64 allMs = elapsed.elapsed();
        qInfo("%lld checks ended in %lld ms (bound %lld ms)", static_cast<long long>(checks.started()),
              static_cast<long long>(allMs), static_cast<long long>(boundMs));
        for (const auto &[domain, result] : checks.results()) {
            QVERIFY2(result.complete && !result.cancelled, qPrintable(domain));
            QVERIFY2(result.elapsedMs <= boundMs,
                     qPrintable(QStringLiteral("%1 took %2 ms: %3")
                                    .arg(domain)
                                    .arg(result.elapsedMs)
                                    .arg(QString::fromUtf8(
                                        QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact).left(2000)))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(openTcpSockets(), 0, 1000);
    }

    //! A handle delivers its own check's snapshots and result, once, and nobody else's.
    void handlesDeliverOnlyTheirOwnCheck()
    {
        Check::CheckService service;
        const Check::CheckOptions checkOptions = options(10);
        QObject owner;
        Check::CheckHandle *healthy = service.run(u"healthy.test"_qs, checkOptions, &owner);
        Check::CheckHandle *dane = service.run(u"dane.test"_qs, checkOptions, &owner);
        QVERIFY(healthy->id() != dane->id());
        QSignalSpy healthyDone(healthy, &Check::CheckHandle::finished);
        QSignalSpy daneDone(dane, &Check::CheckHandle::finished);
        QStringList snapshotDomains;
        for (Check::CheckHandle *handle : {healthy, dane})
            connect(handle, &Check::CheckHandle::progress, this,
                    [&snapshotDomains, handle](const Check::CheckResult &snapshot) {
                        if (snapshot.domain != handle->domain())
                            snapshotDomains.append(snapshot.domain);
                    });
        QTRY_VERIFY_WITH_TIMEOUT(healthyDone.size() == 1 && daneDone.size() == 1, 30000);
        QCOMPARE(healthyDone.at(0).at(0).value<Check::CheckResult>().domain, u"healthy.test"_qs);
        QCOMPARE(daneDone.at(0).at(0).value<Check::CheckResult>().domain, u"dane.test"_qs);
        QVERIFY(!healthy->isRunning() && !dane->isRunning());
        QCOMPARE(snapshotDomains, QStringList());
        QTest::qWait(200); // nothing more comes
        QCOMPARE(healthyDone.size(), 1);
        QCOMPARE(daneDone.size(), 1);
    }

    //! cancel() through the handle ends the check with a cancelled result, once, and nothing
    //! comes after it; deleting a handle whose check runs cancels it too, and leaves no socket.
    void handlesCancelTheirCheck()
    {
        Check::CheckService service;
        const Check::CheckOptions checkOptions = options(60);
        auto cancelled = std::make_unique<QObject>();
        Check::CheckHandle *kept = service.run(u"mx-slow-banner.test"_qs, checkOptions, cancelled.get());
        auto dropped = std::make_unique<QObject>();
        Check::CheckHandle *droppedHandle = service.run(u"mx-blackhole.test"_qs, checkOptions, dropped.get());
        QSignalSpy keptDone(kept, &Check::CheckHandle::finished);
        QSignalSpy keptProgress(kept, &Check::CheckHandle::progress);
        QTRY_VERIFY_WITH_TIMEOUT(openTcpSockets() >= 1, 10000);
        QTest::qWait(300);
        kept->cancel();
        QVERIFY(kept->isRunning()); // until the worker's cancelled result arrives
        QTRY_COMPARE_WITH_TIMEOUT(keptDone.size(), 1, 5000);
        QVERIFY(keptDone.at(0).at(0).value<Check::CheckResult>().cancelled);
        QVERIFY(!kept->isRunning());
        const qsizetype snapshots = keptProgress.size();
        QVERIFY(droppedHandle->isRunning());
        // The cancelled check closed its sockets before its result came: what is open now is
        // the black-holed MX's connection attempt, which only the cancel can end in a minute.
        QTRY_VERIFY_WITH_TIMEOUT(openTcpSockets() >= 1, 5000);
        dropped.reset(); // the handle goes with its owner and cancels the black-holed check
        QTRY_COMPARE_WITH_TIMEOUT(openTcpSockets(), 0, 5000);
        QTest::qWait(300); // nothing more comes to the cancelled handle
        QCOMPARE(keptDone.size(), 1);
        QCOMPARE(keptProgress.size(), snapshots);
    }
};

QTEST_GUILESS_MAIN(TestCheckLifecycle)
#include "tst_checklifecycle.moc"
