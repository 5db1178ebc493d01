// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The watch list against the testbed: adding (typed, pasted, imported), removing and keeping the
// list; background checks on the list's interval; a check that could not run is no change; a new
// problem gives a notice (the status-bar fallback: the offscreen platform has no tray); the
// timeline's points. Runs inside the testbed's namespace.
#include "../integration/testbedenvironment.h"
#include "check/checkhistoryservice.h"
#include "domaininspector.h"
#include "mainwindow.h"
#include "views/historyview.h"
#include "views/timelinemodel.h"
#include "views/timelineview.h"
#include "watch/watchlistmodel.h"
#include "watch/watchnotifier.h"
#include "watch/watchpage.h"
#include "watch/watchscheduler.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;
using namespace std::chrono_literals;
using Ui::WatchListModel;

namespace {

bool condition(const QString &name, bool on)
{
    QProcess testbed;
    testbed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    testbed.start(QStringLiteral(STS_TESTBED_SCRIPT), {u"condition"_qs, name, on ? u"on"_qs : u"off"_qs});
    return testbed.waitForFinished(30000) && testbed.exitStatus() == QProcess::NormalExit && testbed.exitCode() == 0;
}

QString cell(const QAbstractItemModel *model, const QString &domain, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, WatchListModel::DomainColumn).data().toString() == domain)
            return model->index(row, column).data().toString();
    }
    return {};
}

} // namespace

class TestWatchList final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_env;
    Check::CheckOptions m_options;
    int m_historyFiles = 0;

    //! A history of its own per test: the comparisons start from nothing.
    QString freshHistory() { return m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_historyFiles)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_env = Test::testbedEnvironment();
        if (m_env.isEmpty())
            QSKIP("the testbed is not running (STS_TESTBED_DIR)");
        m_options = Test::testbedCheckOptions(m_env, 3);
        qputenv("STS_TESTBED_NS", m_env.value(u"STS_TESTBED_NS"_qs).toUtf8()); // for condition()
    }

    void init()
    {
        QSettings().remove(QStringLiteral("watch"));
        QVERIFY(condition(u"all"_qs, false));
    }

    void cleanup() { QVERIFY(condition(u"all"_qs, false)); }

    void addPasteRemovePersist()
    {
        Check::CheckHistoryService history;
        history.open(freshHistory());
        {
            Ui::WatchPage page(&history, false);
            QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            page.setOptions(m_options);
            page.setIntervalHours(0); // only the checks a new domain gets at once
            // A pasted list: separators of every kind, an address and a policy URL stand for
            // their domains, what is no domain is refused and said.
            QCOMPARE(page.addFromText(u"healthy.test, Testing.TEST\n192.0.2.1; postmaster@no-sts.test "
                                      "https://mta-sts.healthy.test/"_qs),
                     3);
            QCOMPARE(page.domains(), (QStringList{u"healthy.test"_qs, u"testing.test"_qs, u"no-sts.test"_qs}));
            QVERIFY(page.note()->isVisibleTo(&page));
            QCOMPARE(page.note()->textFormat(), Qt::PlainText);
            QVERIFY2(page.note()->text().contains(u"192.0.2.1"_qs), qPrintable(page.note()->text()));
            // The policy URL named healthy.test a second time: once in the list.
            QVERIFY2(page.note()->text().contains(u"Added 3 domain"_qs), qPrintable(page.note()->text()));
            QCOMPARE(page.addFromText(u"healthy.test"_qs), 0);

            // Filter and sort through the proxy.
            page.filterEdit()->setText(u"HEALTHY"_qs);
            QCOMPARE(page.proxy()->rowCount(), 1);
            page.filterEdit()->clear();
            QCOMPARE(page.proxy()->rowCount(), 3);
            page.table()->sortByColumn(WatchListModel::DomainColumn, Qt::AscendingOrder);
            QCOMPARE(page.proxy()->index(0, 0).data().toString(), u"healthy.test"_qs);
            QCOMPARE(page.proxy()->index(2, 0).data().toString(), u"testing.test"_qs);

            // The checks new domains get at once fill in the verdicts.
            QTRY_VERIFY_WITH_TIMEOUT(page.model()->row(u"testing.test"_qs)->latest.has_value(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(page.model()->row(u"healthy.test"_qs)->latest.has_value(), 30000);
            QCOMPARE(page.model()->row(u"healthy.test"_qs)->latest->verdict, Check::Verdict::Protected);
            QCOMPARE(cell(page.model(), u"healthy.test"_qs, WatchListModel::ModeColumn), u"enforce"_qs);
            QCOMPARE(cell(page.model(), u"testing.test"_qs, WatchListModel::ModeColumn), u"testing"_qs);
            QVERIFY(page.model()->row(u"healthy.test"_qs)->latest->nearestExpiry.isValid());
            QVERIFY(!cell(page.model(), u"healthy.test"_qs, WatchListModel::ExpiryColumn).isEmpty());

            // Remove: Delete on the selected row.
            page.removeDomains({u"testing.test"_qs});
            QCOMPARE(page.domains(), (QStringList{u"healthy.test"_qs, u"no-sts.test"_qs}));

            // Export in the CLI's list format.
            QString error;
            const QString exported = m_dir.filePath(u"exported.txt"_qs);
            QVERIFY2(page.exportList(exported, &error), qPrintable(error));
            QFile file(exported);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 3);
            QVERIFY(lines.at(0).startsWith(u'#'));
            QCOMPARE(lines.mid(1), page.domains());
        }
        // The list comes back in a new page (a restart), with the last recorded verdicts.
        Ui::WatchPage again(&history, false);
        QCOMPARE(again.domains(), (QStringList{u"healthy.test"_qs, u"no-sts.test"_qs}));
        QTRY_VERIFY(again.model()->row(u"healthy.test"_qs)->latest.has_value());
        QCOMPARE(again.model()->row(u"healthy.test"_qs)->latest->verdict, Check::Verdict::Protected);

        // Import: good lines added, bad ones reported with their line number.
        const QString imported = m_dir.filePath(u"import.txt"_qs);
        QFile list(imported);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# mine\ntesting.test\n\nnot a domain\nhealthy.test\n");
        list.close();
        again.setIntervalHours(0);
        QString error;
        QVERIFY2(again.importList(imported, &error), qPrintable(error));
        QCOMPARE(again.domains(), (QStringList{u"healthy.test"_qs, u"no-sts.test"_qs, u"testing.test"_qs}));
        QVERIFY2(again.note()->text().contains(u"line 4"_qs), qPrintable(again.note()->text()));
        again.scheduler()->cancelAll();
    }

    //! The list's interval: each domain again once it has passed, no sooner; nothing changed.
    void recheckOnTheInterval()
    {
        Check::CheckHistoryService history;
        history.open(freshHistory());
        Ui::WatchPage page(&history, false);
        page.setOptions(m_options);
        page.setIntervalHours(0);
        QSignalSpy outcomes(page.scheduler(), &Ui::WatchScheduler::outcomeReady);
        page.addDomains({u"healthy.test"_qs});
        QVERIFY(outcomes.wait(30000));
        page.scheduler()->setInterval(2500ms);
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.size() >= 2, 30000);
        const auto first = outcomes.at(0).at(0).value<Check::WatchOutcome>();
        const auto second = outcomes.at(1).at(0).value<Check::WatchOutcome>();
        QVERIFY(first.compared && second.compared);
        QVERIFY2(first.checked.msecsTo(second.checked) >= 2400,
                 qPrintable(QString::number(first.checked.msecsTo(second.checked))));
        QVERIFY(second.changes.isEmpty());
        QVERIFY(!page.model()->row(u"healthy.test"_qs)->lastChange.isValid());
        page.scheduler()->setInterval(0ms);
        page.scheduler()->cancelAll();
    }

    //! At launch no check starts before the options are set, and a domain checked recently is
    //! not due again: the schedule waits for the history's summaries.
    void launchWaitsForOptionsAndSummaries()
    {
        Check::CheckHistoryService history;
        history.open(freshHistory());
        {
            Ui::WatchPage page(&history, false);
            page.setOptions(m_options);
            page.setIntervalHours(0);
            QSignalSpy outcomes(page.scheduler(), &Ui::WatchScheduler::outcomeReady);
            page.addDomains({u"healthy.test"_qs});
            QVERIFY(outcomes.wait(30000));
        }
        // A restart: healthy.test was just checked, testing.test never.
        QSettings().setValue(u"watch/domains"_qs, QStringList{u"healthy.test"_qs, u"testing.test"_qs});
        QSettings().setValue(u"watch/intervalHours"_qs, 6);
        Ui::WatchPage page(&history, false);
        QSignalSpy started(page.scheduler(), &Ui::WatchScheduler::checkStarted);
        QTRY_VERIFY(page.model()->row(u"healthy.test"_qs)->latest.has_value());
        QTest::qWait(300);
        QCOMPARE(started.size(), 0); // no options yet
        page.setOptions(m_options);
        QTRY_COMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), u"testing.test"_qs);
        QTest::qWait(300);
        QCOMPARE(started.size(), 1);
        page.scheduler()->setInterval(0ms);
        page.scheduler()->cancelAll();
    }

    //! Port 25 blocked on this machine's network: the check is inconclusive, which is no change
    //! (the verdict shown stays the last real one); a cancelled check neither.
    void noVerdictIsNoChange()
    {
        Check::CheckHistoryService history;
        history.open(freshHistory());
        Ui::WatchPage page(&history, false);
        Check::CheckOptions options = Test::testbedCheckOptions(m_env, 2);
        page.setOptions(options);
        page.setIntervalHours(0);
        QSignalSpy outcomes(page.scheduler(), &Ui::WatchScheduler::outcomeReady);
        page.addDomains({u"healthy.test"_qs});
        QVERIFY(outcomes.wait(30000));
        QVERIFY(outcomes.at(0).at(0).value<Check::WatchOutcome>().compared);

        QVERIFY(condition(u"smtp-blocked"_qs, true));
        page.checkAllNow();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 60000);
        const auto blocked = outcomes.at(1).at(0).value<Check::WatchOutcome>();
        QCOMPARE(blocked.verdict, Check::Verdict::Inconclusive);
        QVERIFY(!blocked.compared);
        QVERIFY(!blocked.notComparedReason.isEmpty());
        QVERIFY(blocked.changes.isEmpty());
        QCOMPARE(blocked.historyId, qint64(0));
        const WatchListModel::Row *row = page.model()->row(u"healthy.test"_qs);
        QCOMPARE(row->latest->verdict, Check::Verdict::Protected);
        QVERIFY(!row->lastChange.isValid());
        QVERIFY(!row->lastAttemptNote.isEmpty());
        QVERIFY(page.notifier()->notices().isEmpty());
        QVERIFY(condition(u"smtp-blocked"_qs, false));

        // Back to normal: compared with the last real check, nothing changed.
        page.checkAllNow();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 3, 60000);
        const auto after = outcomes.at(2).at(0).value<Check::WatchOutcome>();
        QVERIFY(after.compared);
        QVERIFY(!after.firstCheck);
        QVERIFY(after.changes.isEmpty());

        // Cancelled halfway (a slow banner): no change either.
        page.addDomains({u"mx-slow-banner.test"_qs});
        QTest::qWait(300);
        page.scheduler()->cancelAll();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 4, 30000);
        const auto cancelled = outcomes.at(3).at(0).value<Check::WatchOutcome>();
        QCOMPARE(cancelled.domain, u"mx-slow-banner.test"_qs);
        QVERIFY(!cancelled.compared);
        QVERIFY(cancelled.changes.isEmpty());
    }

    //! A new problem gives one notice, not one per check; a snoozed domain none. Without a tray
    //! (offscreen), the notice goes to the status bar.
    void noticeForANewProblem()
    {
        Check::CheckHistoryService history;
        history.open(freshHistory());
        Ui::WatchPage page(&history, false);
        QVERIFY(!page.notifier()->hasTray());
        Check::CheckOptions options = m_options;
        // Every certificate "expires soon": the testbed's are fresh, so this makes the problem.
        options.trust.expiryWarningDays = 100000;
        page.setOptions(options);
        page.setIntervalHours(0);
        QSignalSpy outcomes(page.scheduler(), &Ui::WatchScheduler::outcomeReady);
        QSignalSpy status(&page, &Ui::WatchPage::statusMessage);
        page.addDomains({u"healthy.test"_qs});
        QVERIFY(outcomes.wait(30000));
        const auto first = outcomes.at(0).at(0).value<Check::WatchOutcome>();
        QVERIFY(!first.changes.isEmpty());
        QCOMPARE(page.notifier()->notices().size(), 1);
        const Ui::WatchNotifier::Notice notice = page.notifier()->notices().constFirst();
        QCOMPARE(notice.domain, u"healthy.test"_qs);
        QVERIFY(!notice.shownInTray);
        QVERIFY2(notice.title.contains(u"healthy.test"_qs), qPrintable(notice.title));
        QCOMPARE(status.size(), 1);
        QVERIFY(status.at(0).at(0).toString().contains(u"healthy.test"_qs));
        QVERIFY(page.model()->row(u"healthy.test"_qs)->lastChange.isValid());

        // The same problem at the next check is no news.
        page.checkAllNow();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 30000);
        QVERIFY(outcomes.at(1).at(0).value<Check::WatchOutcome>().changes.isEmpty());
        QCOMPARE(page.notifier()->notices().size(), 1);

        // Snoozed: nothing, even for a problem.
        page.notifier()->snooze(u"healthy.test"_qs);
        QVERIFY(page.notifier()->isSnoozed(u"healthy.test"_qs));
        QVERIFY(!page.notifier()->notify(u"healthy.test"_qs, first.changes));
        page.notifier()->unsnooze(u"healthy.test"_qs);
        QVERIFY(page.notifier()->notify(u"healthy.test"_qs, first.changes));
    }

    //! Notices of several domains in a burst become one that opens the list (the tray cannot say
    //! which notice was clicked); what goes to the notification daemon is no markup.
    void burstOfNoticesAndNoMarkup()
    {
        Ui::WatchNotifier notifier(false);
        Finding problem;
        problem.severity = Severity::Error;
        problem.message = u"<b>bold</b> & <a href=\"x\">link</a>"_qs;
        QVERIFY(notifier.notify(u"a.test"_qs, {problem}));
        QVERIFY(notifier.notices().constLast().burst.isEmpty());
        QCOMPARE(notifier.notices().constLast().domain, u"a.test"_qs);
        QVERIFY(notifier.notify(u"b.test"_qs, {problem}));
        QVERIFY(notifier.notify(u"c.test"_qs, {problem}));
        const Ui::WatchNotifier::Notice burst = notifier.notices().constLast();
        QCOMPARE(burst.burst, (QStringList{u"a.test"_qs, u"b.test"_qs, u"c.test"_qs}));
        QVERIFY2(burst.title.contains(u'3'), qPrintable(burst.title));
        const QString sent = Ui::WatchNotifier::trayText(problem.message);
        QVERIFY2(!sent.contains(u'<') && sent.contains(u"&amp;"_qs), qPrintable(sent));
    }

    //! The main window: "Watch this domain", and Enter on a watched row opens it.
    void fromAndToTheInspector()
    {
        Ui::MainWindow window(m_options, freshHistory(), m_dir.filePath(u"reports.sqlite"_qs));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.watchPage()->setIntervalHours(0);
        window.checkDomain(u"healthy.test"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(window.inspector(u"healthy.test"_qs)->result().complete, 30000);
        QAction *watch = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D))
                watch = action;
        }
        QVERIFY(watch);
        watch->trigger();
        QCOMPARE(window.watchPage()->domains(), QStringList{u"healthy.test"_qs});
        window.showWatchList();
        QVERIFY(window.watchPage()->isVisible());
        QTableView *table = window.watchPage()->table();
        table->setCurrentIndex(table->model()->index(0, 0));
        window.removeDomains({u"healthy.test"_qs}); // closes its inspector: Enter opens a new one
        QVERIFY(!window.inspector(u"healthy.test"_qs));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(window.inspector(u"healthy.test"_qs));
        QCOMPARE(window.currentInspector(), window.inspector(u"healthy.test"_qs));
        // The History tab's timeline holds the domain's checks.
        QTRY_VERIFY_WITH_TIMEOUT(window.inspector(u"healthy.test"_qs)->result().complete, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.inspector(u"healthy.test"_qs)->historyView()->timelineModel()->rowCount() >= 1,
                                 10000);
        window.watchPage()->scheduler()->cancelAll();
    }

    void timelinePoints()
    {
        Ui::TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        // Newest first, as the history lists them.
        model.setChecks({{4, u"a.example"_qs, t0.addDays(3), u"protected"_qs},
                         {3, u"a.example"_qs, t0.addDays(2), u"broken"_qs},
                         {2, u"a.example"_qs, t0.addDays(1), u"protected"_qs},
                         {1, u"a.example"_qs, t0, u"protected"_qs}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.points().constFirst().when, t0); // oldest first
        QList<bool> changed;
        for (const Ui::TimelineModel::Point &point : model.points())
            changed.append(point.changed);
        QCOMPARE(changed, (QList<bool>{false, false, true, true}));
        QCOMPARE(model.index(2, 0).data(Ui::TimelineModel::LevelRole).toInt(), 0);
        QCOMPARE(model.index(3, 0).data(Ui::TimelineModel::LevelRole).toInt(), 3);
        QVERIFY(!model.index(2, Ui::TimelineModel::ChangeColumn).data().toString().isEmpty());
        QVERIFY(model.index(1, Ui::TimelineModel::ChangeColumn).data().toString().isEmpty());

        model.setFailuresPerDay({{t0.date().addDays(2), 17}, {t0.date().addDays(5), 3}});
        QCOMPARE(model.index(2, Ui::TimelineModel::FailuresColumn).data().toLongLong(), 17);
        QCOMPARE(model.index(0, Ui::TimelineModel::FailuresColumn).data().toLongLong(), 0);

        // The chart: a step line (two points per later check), a mark per change, a point per day.
        Ui::TimelineView view(&model);
        QCOMPARE(view.verdictSeries()->count(), 7);
        QCOMPARE(view.changeSeries()->count(), 2);
        QCOMPARE(view.changeSeries()->at(0), QPointF(double(t0.addDays(2).toMSecsSinceEpoch()), 0));
        QCOMPARE(view.failureSeries()->count(), 2);
        QCOMPARE(view.failureSeries()->at(0).y(), 17.0);
    }
};

QTEST_MAIN(TestWatchList)
#include "tst_watchlist.moc"
