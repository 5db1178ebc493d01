// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the README's screenshots of the main window: every inspector tab for a healthy and a
// broken testbed domain, the start page, and the Reports area with the sample reports, in one
// language.
// Not a test (nothing is asserted); scripts/take-screenshots runs it under Xvfb inside the
// testbed for English, German, French and Spanish.
//   take_screenshots --language de --out docs/screenshots/de --reports tests/data/tlsrpt
#include "../integration/testbedenvironment.h"
#include "check/checkoptions.h"
#include "domaininspector.h"
#include "mainwindow.h"
#include "reports/reportspage.h"
#include "settings/languageloader.h"
#include "views/certificatesview.h"
#include "views/findingsview.h"
#include "views/historyview.h"
#include "views/timelinemodel.h"
#include "watch/watchlistmodel.h"
#include "watch/watchpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Sts;

namespace {
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 50) {
        if (done())
            return true;
        wait(50);
    }
    return done();
}
} // namespace

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(stsscope);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en, de, fr or es."),
                                            QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption reportsOption(QStringLiteral("reports"), QStringLiteral("TLS-RPT samples to import."),
                                           QStringLiteral("DIR"));
    parser.addOptions({languageOption, outOption, reportsOption});
    parser.addHelpOption();
    parser.process(app);

    Ui::LanguageLoader languageLoader;
    if (!languageLoader.install(QLocale(parser.value(languageOption)))) {
        std::fprintf(stderr, "take_screenshots: no translation for %s\n", qPrintable(parser.value(languageOption)));
        return 1;
    }

    const auto env = Test::testbedEnvironment();
    if (env.isEmpty()) {
        std::fputs("take_screenshots: the testbed is not running (STS_TESTBED_DIR)\n", stderr);
        return 77;
    }
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());
    const Check::CheckOptions options = Test::testbedCheckOptions(env, 5);

    QTemporaryDir data;
    Ui::MainWindow window(options, data.filePath(QStringLiteral("history.sqlite")),
                          data.filePath(QStringLiteral("reports.sqlite")));
    window.resize(1280, 800);
    window.show();
    const auto save = [&](const QString &name) {
        wait(150);
        window.grab().save(out.filePath(name + QStringLiteral(".png")));
    };

    // A healthy domain (every tab) and one whose MX certificate is for another name.
    const QStringList tabNames{QStringLiteral("overview"), QStringLiteral("mx-hosts"), QStringLiteral("certificates"),
                               QStringLiteral("policy"),   QStringLiteral("dns"),      QStringLiteral("findings"),
                               QStringLiteral("history")};
    for (const QString &domain : {QStringLiteral("mx-cert-name.test"), QStringLiteral("healthy.test")}) {
        window.checkDomain(domain);
        if (!waitUntil([&] { return window.inspector(domain) && window.inspector(domain)->result().complete; },
                       60000)) {
            std::fprintf(stderr, "take_screenshots: %s did not finish\n", qPrintable(domain));
            return 1;
        }
    }
    Ui::DomainInspector *broken = window.inspector(QStringLiteral("mx-cert-name.test"));
    window.checkDomain(QStringLiteral("mx-cert-name.test")); // a second check fills the History tab
    waitUntil([&] { return broken->result().complete; }, 60000);
    broken->tabs()->setCurrentIndex(0);
    save(QStringLiteral("inspector-broken"));
    broken->tabs()->setCurrentIndex(5);
    // The certificate finding selected, so that its explanation and fix show.
    QTableView *findings = broken->findingsView()->table();
    findings->setCurrentIndex(findings->model()->index(1, 0));
    save(QStringLiteral("inspector-broken-findings"));
    broken->tabs()->setCurrentIndex(6);
    // The History tab is read in the history's thread: the earlier check and the timeline.
    waitUntil([&] { return broken->historyView()->timelineModel()->rowCount() >= 2; }, 10000);
    save(QStringLiteral("inspector-history"));
    window.checkDomain(QStringLiteral("healthy.test"));
    Ui::DomainInspector *healthy = window.inspector(QStringLiteral("healthy.test"));
    waitUntil([&] { return healthy->result().complete; }, 60000);
    for (int tab = 0; tab < 6; ++tab) {
        healthy->tabs()->setCurrentIndex(tab);
        save(QStringLiteral("inspector-") + tabNames.at(tab));
    }

    // DANE: failing on mx1 while MTA-STS passes (both answers per MX, and what the domain is
    // protected against), and DANE-TA marking the anchor its record matched.
    for (const QString &domain : {QStringLiteral("dane-fails-sts-passes.test"), QStringLiteral("dane-ta.test")}) {
        window.checkDomain(domain);
        waitUntil([&] { return window.inspector(domain) && window.inspector(domain)->result().complete; }, 60000);
    }
    if (Ui::DomainInspector *dane = window.inspector(QStringLiteral("dane-fails-sts-passes.test"))) {
        window.checkDomain(QStringLiteral("dane-fails-sts-passes.test"));
        waitUntil([&] { return dane->result().complete; }, 60000);
        dane->tabs()->setCurrentIndex(0);
        save(QStringLiteral("inspector-dane-protection"));
        dane->tabs()->setCurrentIndex(1);
        save(QStringLiteral("inspector-dane-mx-hosts"));
    }
    if (Ui::DomainInspector *anchor = window.inspector(QStringLiteral("dane-ta.test"))) {
        window.checkDomain(QStringLiteral("dane-ta.test"));
        waitUntil([&] { return anchor->result().complete; }, 60000);
        anchor->tabs()->setCurrentIndex(2);
        anchor->certificatesView()->select(0, 1); // the intermediate: the anchor that matched
        save(QStringLiteral("inspector-dane-certificates"));
    }

    // Port 25 blocked on this machine's network (the testbed's condition): no verdict, and the
    // status bar says why. Whatever happens, the condition is off again afterwards.
    const auto condition = [](const char *state) {
        QProcess testbed;
        testbed.start(QStringLiteral(STS_TESTBED_SCRIPT),
                      {QStringLiteral("condition"), QStringLiteral("smtp-blocked"), QString::fromLatin1(state)});
        return testbed.waitForFinished(30000) && testbed.exitCode() == 0;
    };
    qputenv("STS_TESTBED_NS", env.value(QStringLiteral("STS_TESTBED_NS")).toUtf8());
    if (condition("on")) {
        window.checkDomain(QStringLiteral("testing.test"));
        Ui::DomainInspector *blocked = window.inspector(QStringLiteral("testing.test"));
        waitUntil([&] { return blocked && blocked->result().complete; }, 60000);
        blocked->tabs()->setCurrentIndex(1);
        save(QStringLiteral("inspector-inconclusive"));
        condition("off");
    }

    // The start page, with the domains just checked as the recent ones.
    window.showStartPage();
    save(QStringLiteral("start-page"));

    // The watch list: domains checked in the background, and the notice of a new problem (in the
    // status bar: Xvfb has no system tray). The testbed's certificates are fresh, so a long
    // expiry warning makes their expiry the problem that is noticed.
    Ui::WatchPage *watch = window.watchPage();
    watch->setIntervalHours(0);
    Check::CheckOptions watchOptions = options;
    watchOptions.trust.expiryWarningDays = 400;
    watch->setOptions(watchOptions);
    const QStringList watched{QStringLiteral("healthy.test"),      QStringLiteral("testing.test"),
                              QStringLiteral("mx-cert-name.test"), QStringLiteral("no-sts.test"),
                              QStringLiteral("dane-ta.test"),      QStringLiteral("mx-uncovered.test")};
    watch->addDomains(watched);
    window.showWatchList();
    waitUntil(
        [&] {
            return std::all_of(watched.cbegin(), watched.cend(), [&](const QString &domain) {
                const Ui::WatchListModel::Row *row = watch->model()->row(domain);
                return row && !row->running && row->lastAttempt.isValid();
            });
        },
        90000);
    save(QStringLiteral("watch-list"));
    if (Ui::DomainInspector *brokenAgain = window.inspector(QStringLiteral("mx-cert-name.test"))) {
        window.checkDomain(QStringLiteral("mx-cert-name.test")); // a third point on the timeline
        waitUntil([&] { return brokenAgain->result().complete; }, 60000);
        brokenAgain->tabs()->setCurrentIndex(6);
        waitUntil([&] { return brokenAgain->historyView()->timelineModel()->rowCount() >= 3; }, 10000);
        save(QStringLiteral("inspector-timeline"));
    }

    if (parser.isSet(reportsOption)) {
        window.openReports({parser.value(reportsOption)});
        Ui::ReportsPage *reports = window.reportsPage();
        waitUntil([&] { return !reports->isImporting(); }, 60000);
        wait(500);
        reports->tabs()->setCurrentIndex(0);
        save(QStringLiteral("reports-dashboard"));
    }
    return 0;
}
