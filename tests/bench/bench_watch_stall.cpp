// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the GUI thread stops turning while the main window's watch list re-checks many
// domains in the background (issue 17: 500 domains, no stall over 16 ms). A 5 ms timer in the
// GUI thread records the gap between its ticks, as bench_gui_stall does. The domains: the
// testbed's bulk domains when it was started with --bulk N (healthy, each a full check), then
// every scenario, then names under test. that do not exist (NXDOMAIN, signed), up to --domains.
// --domains 0 measures the same window with nothing watched: the machine's own stalls (a loaded
// machine stalls any thread), to set beside. Run inside the testbed, under /usr/bin/time -v for
// the peak memory:
//   tests/testbed/testbed.sh up --bulk 500
//   tests/integration/run-in-testbed.sh /usr/bin/time -v build/ci/tests/bench/bench_watch_stall --domains 500
#include "../integration/testbedenvironment.h"
#include "check/checkoptions.h"
#include "mainwindow.h"
#include "stallbench.h"
#include "watch/watchlistmodel.h"
#include "watch/watchpage.h"
#include "watch/watchscheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Sts;

namespace {
constexpr int TickMs = 5;

QStringList watchedDomains(const QHash<QString, QString> &env, int count)
{
    QStringList domains;
    QFile bulk(env.value(QStringLiteral("STS_TESTBED_BULK_DOMAINS")));
    if (bulk.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : bulk.readAll().split('\n')) {
            if (!line.trimmed().isEmpty() && domains.size() < count)
                domains.append(QString::fromLatin1(line.trimmed()));
        }
    }
    domains += Bench::scenarioDomains(count - domains.size());
    for (int i = 1; domains.size() < count; ++i)
        domains.append(QStringLiteral("w%1.nowhere.test").arg(i, 4, 10, QLatin1Char('0')));
    return domains;
}
} // namespace

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(stsscope);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption domainsOption(QStringLiteral("domains"), QStringLiteral("Domains to watch."),
                                           QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QStringLiteral("Watch checks at once."),
                                               QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QStringLiteral("Seconds per network step."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    parser.addOptions({domainsOption, concurrencyOption, timeoutOption});
    parser.addHelpOption();
    parser.process(app);

    const auto env = Test::testbedEnvironment();
    if (env.isEmpty()) {
        std::fputs("bench_watch_stall: the testbed is not running (STS_TESTBED_DIR)\n", stderr);
        return 77;
    }
    const QStringList domains = watchedDomains(env, parser.value(domainsOption).toInt());
    const Check::CheckOptions options = Test::testbedCheckOptions(env, parser.value(timeoutOption).toDouble());

    QSettings().remove(QStringLiteral("watch"));
    QTemporaryDir dir;
    Ui::MainWindow window(options, dir.filePath(QStringLiteral("history.sqlite")),
                          dir.filePath(QStringLiteral("reports.sqlite")));
    window.resize(1200, 760);
    window.show();
    window.showWatchList(); // the table on screen, repainting as outcomes arrive
    Ui::WatchPage *watch = window.watchPage();
    watch->setIntervalHours(0);
    watch->scheduler()->setMaxConcurrent(parser.value(concurrencyOption).toInt());
    Bench::waitForFirstFrame(window); // the first frame is start-up, not what is timed here

    QList<qint64> gaps;
    QList<std::pair<qint64, qint64>> longGaps; // (ms since start, gap ms)
    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickMs);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        gaps.append(sinceTick.nsecsElapsed() / 1000); // µs
        if (gaps.constLast() > 16'000 + TickMs * 1000)
            longGaps.append({wall.elapsed(), gaps.constLast() / 1000});
        sinceTick.restart();
    });

    // Two rounds: the list is added (and checked at once, as an import does), then, once every
    // domain has its first result, all are re-checked: the background re-check proper.
    int outcomes = 0;
    int compared = 0;
    int changes = 0;
    qsizetype secondRoundFrom = -1; // index into gaps where the re-check round starts
    qint64 secondRoundStart = 0;
    QObject::connect(watch->scheduler(), &Ui::WatchScheduler::outcomeReady, &app,
                     [&](const Check::WatchOutcome &outcome) {
                         ++outcomes;
                         compared += outcome.compared ? 1 : 0;
                         changes += static_cast<int>(outcome.changes.size());
                         if (outcomes == domains.size()) {
                             secondRoundFrom = gaps.size();
                             secondRoundStart = wall.elapsed();
                             watch->checkAllNow();
                         }
                         if (outcomes == 2 * domains.size())
                             app.quit();
                     });
    qint64 addMs = 0;
    QTimer::singleShot(100, &app, [&] {
        wall.start();
        sinceTick.start();
        ticker.start();
        QElapsedTimer adding;
        adding.start();
        watch->addDomains(domains); // all at once, as an import of a list does; they are checked at once
        addMs = adding.elapsed();
    });
    // --domains 0: the same window, nothing watched, for 8 s: what the machine itself stalls.
    if (domains.isEmpty())
        QTimer::singleShot(8100, &app, &QCoreApplication::quit);
    QTimer::singleShot(900'000, &app, [&] {
        std::fputs("bench_watch_stall: checks did not finish within 900 s\n", stderr);
        app.exit(1);
    });
    const int code = QApplication::exec();

    const auto report = [&](const char *what, qsizetype from, qsizetype to) {
        QList<qint64> stalls; // µs beyond the interval
        for (qsizetype i = std::max<qsizetype>(0, from); i < to; ++i)
            stalls.append(std::max<qint64>(0, gaps.at(i) - TickMs * 1000));
        const auto longest = stalls.isEmpty() ? 0 : *std::max_element(stalls.cbegin(), stalls.cend());
        const auto over = [&](qint64 ms) {
            return std::count_if(stalls.cbegin(), stalls.cend(), [ms](qint64 stall) { return stall > ms * 1000; });
        };
        std::printf("%s:\n", what);
        std::printf("  timer ticks:            %lld (every %d ms)\n", static_cast<long long>(stalls.size()), TickMs);
        std::printf("  longest stall:          %.1f ms\n", double(longest) / 1000.0);
        std::printf("  99th percentile stall:  %.1f ms\n", Bench::percentile(stalls, 0.99) / 1000.0);
        std::printf("  stalls over 16 / 50 ms: %lld / %lld\n", static_cast<long long>(over(16)),
                    static_cast<long long>(over(50)));
    };
    std::printf("domains watched:        %lld (concurrency %d)\n", static_cast<long long>(domains.size()),
                watch->scheduler()->maxConcurrent());
    std::printf("outcomes:               %d (%d compared, %d changes)\n", outcomes, compared, changes);
    std::printf("adding the list:        %lld ms\n", static_cast<long long>(addMs));
    std::printf("wall time:              %.2f s (re-check round %.2f s)\n", double(wall.elapsed()) / 1000.0,
                double(wall.elapsed() - secondRoundStart) / 1000.0);
    if (domains.isEmpty()) {
        report("nothing watched", 0, gaps.size());
    } else {
        report("adding the list and its first round", 0, secondRoundFrom < 0 ? gaps.size() : secondRoundFrom);
        report("re-checking every domain in the background", secondRoundFrom < 0 ? gaps.size() : secondRoundFrom,
               gaps.size());
    }
    for (const auto &[at, gap] : std::as_const(longGaps))
        std::printf("  stall of %lld ms ending at %lld ms\n", static_cast<long long>(gap), static_cast<long long>(at));
    return code;
}
