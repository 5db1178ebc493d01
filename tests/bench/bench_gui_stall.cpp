// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the GUI thread stops turning while the main window checks many testbed domains at
// once: a 5 ms timer in the GUI thread records the gap between its ticks; a gap beyond the
// interval is time the event loop could not react to the user. Run inside the testbed:
//   tests/integration/run-in-testbed.sh build/ci/tests/bench/bench_gui_stall [--domains 20]
// (QT_QPA_PLATFORM=offscreen, or DISPLAY=:99 with QT_QPA_PLATFORM=xcb for a real X server).
// Timing starts half a second after the window is on screen: start-up is bench_startup.sh's.
#include "../integration/testbedenvironment.h"
#include "check/checkoptions.h"
#include "domaininspector.h"
#include "mainwindow.h"
#include "stallbench.h"
#include "timedapplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Sts;

namespace {
constexpr int TickMs = 5;
} // namespace

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(stsscope);
    Bench::TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption domainsOption(QStringLiteral("domains"), QStringLiteral("Testbed domains to check."),
                                           QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QStringLiteral("Seconds per network step."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    parser.addOptions({domainsOption, timeoutOption});
    parser.addHelpOption();
    parser.process(app);

    const auto env = Test::testbedEnvironment();
    if (env.isEmpty()) {
        std::fputs("bench_gui_stall: the testbed is not running (STS_TESTBED_DIR)\n", stderr);
        return 77;
    }
    const QStringList domains = Bench::scenarioDomains(parser.value(domainsOption).toInt());
    const Check::CheckOptions options = Test::testbedCheckOptions(env, parser.value(timeoutOption).toDouble());

    QTemporaryDir dir;
    Ui::MainWindow window(options, dir.filePath(QStringLiteral("history.sqlite")));
    window.resize(1200, 760);
    window.show();
    Bench::waitForFirstFrame(window); // the first frame is start-up, not what is timed here

    QList<qint64> gaps;
    QList<qint64> gapEnds;                     // ms since start
    QList<std::pair<qint64, qint64>> longGaps; // (ms since start, gap ms), to find their cause
    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickMs);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        gaps.append(sinceTick.nsecsElapsed() / 1000); // µs
        gapEnds.append(wall.elapsed());
        if (gaps.constLast() > 50'000)
            longGaps.append({wall.elapsed(), gaps.constLast() / 1000});
        sinceTick.restart();
    });

    wall.start();
    sinceTick.start();
    ticker.start();
    app.startTiming();
    // Like a user typing one domain after another: each check starts from the event loop.
    qint64 longestStart = 0;
    qint64 allStartedAt = 0; // ms since start, once the last check has been started
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QTimer::singleShot(int(i) * 20, &window, [&, domain = domains.at(i)] {
            QElapsedTimer started;
            started.start();
            window.checkDomain(domain);
            longestStart = std::max(longestStart, started.elapsed());
            allStartedAt = wall.elapsed();
        });
    }
    // Done when every inspector holds a complete result.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        for (const QString &domain : domains) {
            const Ui::DomainInspector *inspector = window.inspector(domain);
            if (!inspector || !inspector->result().complete)
                return;
        }
        app.quit();
    });
    poll.start(50);
    QTimer::singleShot(300'000, &app, [&] {
        std::fputs("bench_gui_stall: checks did not finish within 300 s\n", stderr);
        app.exit(1);
    });
    const int code = QApplication::exec();

    QList<qint64> stalls;           // µs beyond the interval
    qint64 longestWhileRunning = 0; // after every check has been started: results arriving
    for (qsizetype i = 0; i < gaps.size(); ++i) {
        stalls.append(std::max<qint64>(0, gaps.at(i) - TickMs * 1000));
        if (gapEnds.at(i) - gaps.at(i) / 1000 > allStartedAt)
            longestWhileRunning = std::max(longestWhileRunning, stalls.constLast());
    }
    const auto longest = stalls.isEmpty() ? 0 : *std::max_element(stalls.cbegin(), stalls.cend());
    const auto over = [&](qint64 ms) {
        return std::count_if(stalls.cbegin(), stalls.cend(), [ms](qint64 s) { return s > ms * 1000; });
    };
    std::printf("domains checked:        %lld\n", static_cast<long long>(domains.size()));
    std::printf("longest checkDomain():  %lld ms\n", static_cast<long long>(longestStart));
    std::printf("wall time:              %.2f s\n", double(wall.elapsed()) / 1000.0);
    std::printf("timer ticks:            %lld (every %d ms)\n", static_cast<long long>(gaps.size()), TickMs);
    std::printf("longest stall overall:  %.1f ms\n", double(longest) / 1000.0);
    std::printf("longest stall after the last start: %.1f ms\n", double(longestWhileRunning) / 1000.0);
    std::printf("99th percentile stall:  %.1f ms\n", Bench::percentile(stalls, 0.99) / 1000.0);
    std::printf("stalls over 16 / 50 ms: %lld / %lld\n", static_cast<long long>(over(16)),
                static_cast<long long>(over(50)));
    for (const auto &[at, gap] : std::as_const(longGaps))
        std::printf("  stall of %lld ms ending at %lld ms\n", static_cast<long long>(gap), static_cast<long long>(at));
    std::printf("slowest events (over 8 ms):\n");
    app.print(8, 8000);
    return code;
}
