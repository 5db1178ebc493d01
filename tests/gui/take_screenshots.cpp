// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the README's screenshots of the main window: every inspector tab for a healthy and a
// broken testbed domain, the start page, the watch list with the notice of a change, and the
// Reports area with the sample reports, in one language (--only watch: the watch list alone).
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
#include "watch/watchscheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QSettings>
#include <QSortFilterProxyModel>
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

//! testbed.sh with \a arguments (condition, mutate, restore) on this testbed's namespace.
bool testbed(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(STS_TESTBED_SCRIPT), arguments);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
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
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Only these shots: watch."),
                                        QStringLiteral("WHAT"));
    parser.addOptions({languageOption, outOption, reportsOption, onlyOption});
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
    qputenv("STS_TESTBED_NS", env.value(QStringLiteral("STS_TESTBED_NS")).toUtf8()); // for testbed.sh
    const bool everything = !parser.isSet(onlyOption);
    if (!everything && parser.value(onlyOption) != QLatin1String("watch")) {
        std::fprintf(stderr, "take_screenshots: --only takes watch\n");
        return 2;
    }
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());
    const Check::CheckOptions options = Test::testbedCheckOptions(env, 5);

    // The watch list lives in the history (a fresh one below); a list an earlier version left in
    // the test settings would move into it.
    QSettings().remove(QStringLiteral("watch"));
    QTemporaryDir data;
    Ui::MainWindow window(options, data.filePath(QStringLiteral("history.sqlite")),
                          data.filePath(QStringLiteral("reports.sqlite")));
    window.resize(1280, 800);
    window.show();
    const auto save = [&](const QString &name) {
        wait(150);
        window.grab().save(out.filePath(name + QStringLiteral(".png")));
    };

    if (everything) {
        // A healthy domain (every tab) and one whose MX certificate is for another name.
        const QStringList tabNames{QStringLiteral("overview"),     QStringLiteral("mx-hosts"),
                                   QStringLiteral("certificates"), QStringLiteral("policy"),
                                   QStringLiteral("dns"),          QStringLiteral("findings"),
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
            return testbed({QStringLiteral("condition"), QStringLiteral("smtp-blocked"), QString::fromLatin1(state)});
        };
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
    }

    // The watch list: domains checked in the background, then watch.test changes (an MX its
    // policy does not cover: testbed.sh mutate watch-mx) and its next check is the notice of a
    // new problem and the last change. The notice shows in the status bar: Xvfb has no system
    // tray and no notification daemon, so the desktop notification cannot be captured there.
    Ui::WatchPage *watch = window.watchPage();
    watch->setIntervalHours(0);
    const QString changing = QStringLiteral("watch.test");
    const QStringList watched{QStringLiteral("healthy.test"),
                              QStringLiteral("testing.test"),
                              QStringLiteral("mx-cert-name.test"),
                              QStringLiteral("no-sts.test"),
                              QStringLiteral("dane-ta.test"),
                              QStringLiteral("mx-uncovered.test"),
                              changing};
    testbed({QStringLiteral("restore")});
    watch->addDomains(watched);
    window.showWatchList();
    const auto allChecked = [&] {
        return std::all_of(watched.cbegin(), watched.cend(), [&](const QString &domain) {
            const Ui::WatchListModel::Row *row = watch->model()->row(domain);
            return row && !row->running && row->lastAttempt.isValid();
        });
    };
    if (!waitUntil(allChecked, 120000))
        std::fputs("take_screenshots: not every watched domain was checked\n", stderr);
    if (testbed({QStringLiteral("mutate"), QStringLiteral("watch-mx")})) {
        watch->scheduler()->forgetCachedAnswers(); // the MX just added, not the one cached
        watch->scheduler()->checkNow({changing});
        if (!waitUntil([&] { return watch->model()->row(changing)->lastChange.isValid() && allChecked(); }, 60000))
            std::fputs("take_screenshots: the change of watch.test was not seen\n", stderr);
        const QModelIndexList found = watch->proxy()->match(watch->proxy()->index(0, 0), Qt::DisplayRole, changing);
        if (!found.isEmpty())
            watch->table()->selectRow(found.constFirst().row());
        watch->setIntervalHours(6);         // as a user has it: every domain was just checked, none is due
        save(QStringLiteral("watch-list")); // while the status bar shows the notice
        testbed({QStringLiteral("restore")});
    } else {
        std::fputs("take_screenshots: testbed.sh mutate watch-mx failed\n", stderr);
        save(QStringLiteral("watch-list"));
    }
    if (!everything)
        return 0;
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
