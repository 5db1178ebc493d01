// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The watch list against the testbed: adding (typed, pasted, imported), removing and keeping the
// list; background checks on the list's interval; a check that could not run is no change; a new
// problem gives a notice (the status-bar fallback: the offscreen platform has no tray); the
// timeline's points. Runs inside the testbed's namespace.
#include "../integration/testbedenvironment.h"
#include "check/checkhistoryservice.h"
#include "check/watchchangedetector.h"
#include "datetext.h"
#include "domaininspector.h"
#include "mainwindow.h"
#include "plaintooltip.h"
#include "views/historyview.h"
#include "views/timelinemodel.h"
#include "views/timelineview.h"
#include "watch/watchlistmodel.h"
#include "watch/watchnotifier.h"
#include "watch/watchpage.h"
#include "watch/watchscheduler.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

//! testbed.sh mutate NAME / restore: watch.test changed at run time (tests/testbed/README.md).
bool testbed(const QStringList &arguments)
{
    QProcess testbed;
    testbed.setProcessChannelMode(QProcess::ForwardedChannels);
    testbed.start(QStringLiteral(STS_TESTBED_SCRIPT), arguments);
    return testbed.waitForFinished(120000) && testbed.exitStatus() == QProcess::NormalExit && testbed.exitCode() == 0;
}

QStringList codesOf(const Findings &findings)
{
    QStringList codes;
    for (const Finding &finding : findings)
        codes.append(finding.code);
    codes.sort();
    return codes;
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
            const QString exported = m_dir.filePath(u"exported.txt"_qs);
            const Result<void> saved = page.exportList(exported);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
            QFile file(exported);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 3);
            QVERIFY(lines.at(0).startsWith(u'#'));
            QCOMPARE(lines.mid(1), page.domains());
        }
        // The list comes back in a new page (a restart), with the last recorded verdicts.
        Ui::WatchPage again(&history, false);
        QTRY_COMPARE(again.domains(), (QStringList{u"healthy.test"_qs, u"no-sts.test"_qs}));
        QTRY_VERIFY(again.model()->row(u"healthy.test"_qs)->latest.has_value());
        QCOMPARE(again.model()->row(u"healthy.test"_qs)->latest->verdict, Check::Verdict::Protected);

        // Import: good lines added, bad ones reported with their line number.
        const QString imported = m_dir.filePath(u"import.txt"_qs);
        QFile list(imported);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# mine\ntesting.test\n\nnot a domain\nhealthy.test\n");
        list.close();
        again.setIntervalHours(0);
        const Result<void> read = again.importList(imported);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
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
        history.addWatched({u"testing.test"_qs});
        history.setWatchInterval(6);
        Ui::WatchPage page(&history, false);
        QSignalSpy started(page.scheduler(), &Ui::WatchScheduler::checkStarted);
        QTRY_VERIFY(page.model()->row(u"healthy.test"_qs) && page.model()->row(u"healthy.test"_qs)->latest.has_value());
        QCOMPARE(page.domains(), (QStringList{u"healthy.test"_qs, u"testing.test"_qs}));
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

    //! The list, its interval and its last changes are kept beside the history, not in the
    //! settings, and come back after a restart (a new history service on the same file); what an
    //! earlier version kept in the settings moves there once and is then left alone.
    void listKeptBesideTheHistoryAndMovedOnce()
    {
        const QString file = freshHistory();
        // Whole seconds: the settings keep no more.
        const QDateTime when = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, Qt::UTC);
        {
            QSettings settings;
            settings.setValue(u"watch/domains"_qs, QStringList{u"healthy.test"_qs, u"testing.test"_qs});
            settings.setValue(u"watch/intervalHours"_qs, 3);
            settings.setValue(u"watch/lastChanges"_qs,
                              QVariantMap{{u"testing.test"_qs, QVariantList{when, u"The mode went down."_qs}}});
        }
        {
            Check::CheckHistoryService history;
            history.open(file);
            Ui::WatchPage page(&history, false); // no options: nothing is checked
            QSignalSpy loaded(&page, &Ui::WatchPage::listLoaded);
            QVERIFY(loaded.wait(10000));
            QCOMPARE(page.domains(), (QStringList{u"healthy.test"_qs, u"testing.test"_qs}));
            QCOMPARE(page.intervalHours(), 3);
            QCOMPARE(page.model()->row(u"testing.test"_qs)->lastChange, when);
            QCOMPARE(page.model()->row(u"testing.test"_qs)->lastChangeText, u"The mode went down."_qs);
            const QSettings settings;
            QVERIFY(!settings.contains(u"watch/domains"_qs));
            QVERIFY(!settings.contains(u"watch/intervalHours"_qs));
            QVERIFY(!settings.contains(u"watch/lastChanges"_qs));
            page.removeDomains({u"healthy.test"_qs});
            page.addDomains({u"no-sts.test"_qs});
            page.setIntervalHours(12);
        }
        // An earlier version wrote its list again: it is not taken in a second time.
        QSettings().setValue(u"watch/domains"_qs, QStringList{u"mx-uncovered.test"_qs});
        Check::CheckHistoryService history;
        history.open(file);
        Ui::WatchPage page(&history, false);
        QSignalSpy loaded(&page, &Ui::WatchPage::listLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.domains(), (QStringList{u"testing.test"_qs, u"no-sts.test"_qs}));
        QCOMPARE(page.intervalHours(), 12);
        QCOMPARE(page.model()->row(u"testing.test"_qs)->lastChange, when);
        QVERIFY(QSettings().contains(u"watch/domains"_qs));
    }

    //! A history file a newer version wrote does not open: the list the settings hold is shown
    //! and stays there, nothing is written into that file.
    void listFromTheSettingsWhenTheHistoryDoesNotOpen()
    {
        const QString file = freshHistory();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst-watchlist-newer"_qs);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_qs);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tst-watchlist-newer"_qs);
        QSettings().setValue(u"watch/domains"_qs, QStringList{u"healthy.test"_qs});
        Check::CheckHistoryService history;
        QSignalSpy opened(&history, &Check::CheckHistoryService::opened);
        history.open(file);
        Ui::WatchPage page(&history, false);
        QSignalSpy loaded(&page, &Ui::WatchPage::listLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(opened.size(), 1);
        QVERIFY(!opened.at(0).at(0).toBool());
        QCOMPARE(page.domains(), QStringList{u"healthy.test"_qs});
        QVERIFY(QSettings().contains(u"watch/domains"_qs));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst-watchlist-newer"_qs);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(!db.tables().contains(u"watch_list"_qs));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"tst-watchlist-newer"_qs);
    }

    //! Adding 500 domains at once writes them in the history's thread: with another connection
    //! holding the file's write lock, a write on the GUI thread would wait for it (SQLite's busy
    //! timeout, 5 s); the call returns at once and the domains are in the file once it is free.
    void fiveHundredAddedOffTheGuiThread()
    {
        const QString file = freshHistory();
        QStringList domains;
        for (int i = 1; i <= 500; ++i)
            domains.append(u"w%1.nowhere.test"_qs.arg(i, 3, 10, QChar(u'0')));
        const auto stored = [&file] {
            const QString name = u"tst-watchlist-reader"_qs;
            qint64 count = -1;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
                db.setDatabaseName(file);
                QSqlQuery query(db);
                if (db.open() && query.exec(u"SELECT COUNT(*) FROM watch_list"_qs) && query.next())
                    count = query.value(0).toLongLong();
            }
            QSqlDatabase::removeDatabase(name);
            return count;
        };
        {
            Check::CheckHistoryService history;
            history.open(file);
            QSignalSpy failed(&history, &Check::CheckHistoryService::watchListWriteFailed);
            Ui::WatchPage page(&history, false); // no options: nothing is checked
            QSignalSpy loaded(&page, &Ui::WatchPage::listLoaded);
            QVERIFY(loaded.wait(10000));
            const QString lockName = u"tst-watchlist-lock"_qs;
            {
                QSqlDatabase lock = QSqlDatabase::addDatabase(u"QSQLITE"_qs, lockName);
                lock.setDatabaseName(file);
                QVERIFY(lock.open());
                QSqlQuery exclusive(lock);
                QVERIFY2(exclusive.exec(u"BEGIN EXCLUSIVE"_qs), qPrintable(exclusive.lastError().text()));
                QElapsedTimer adding;
                adding.start();
                page.addDomains(domains);
                const qint64 addMs = adding.elapsed();
                QVERIFY2(addMs < 1000, qPrintable(u"adding took %1 ms"_qs.arg(addMs)));
                QCOMPARE(page.domains().size(), 500);
                QTest::qWait(500); // the history's thread waits for the lock meanwhile
                QCOMPARE(stored(), qint64(0));
                QVERIFY(exclusive.exec(u"ROLLBACK"_qs));
                lock.close();
            }
            QSqlDatabase::removeDatabase(lockName);
            QTRY_COMPARE_WITH_TIMEOUT(stored(), qint64(500), 10000);
            QCOMPARE(failed.size(), 0);
        }
        // The next start reads them back in their order; the settings never held them.
        Check::CheckHistoryService history;
        history.open(file);
        Ui::WatchPage page(&history, false);
        QSignalSpy loaded(&page, &Ui::WatchPage::listLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.domains(), domains);
        QVERIFY(!QSettings().contains(u"watch/domains"_qs));
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

    //! Issue 17's three changes between two background checks, through the page, its scheduler,
    //! the history's thread, the model and the notifier: each is detected once with its finding,
    //! shown in the table and noticed once; the check after it reports nothing. The testbed
    //! changes watch.test (as for the CLI's tst_watch) and is restored whatever happens.
    void threeChangesDetectedOnceInTheList()
    {
        QVERIFY(testbed({u"restore"_qs}));
        const auto restore = qScopeGuard([] { QVERIFY(testbed({u"restore"_qs})); });
        const QString domain = u"watch.test"_qs;
        Check::CheckHistoryService history;
        history.open(freshHistory());
        Ui::WatchPage page(&history, false);
        page.setOptions(m_options);
        page.setIntervalHours(0);
        QSignalSpy outcomes(page.scheduler(), &Ui::WatchScheduler::outcomeReady);
        QSignalSpy statusBar(&page, &Ui::WatchPage::statusMessage); // where the notice shows offscreen
        const auto check = [&]() -> Check::WatchOutcome {
            const qsizetype before = outcomes.size();
            page.checkAllNow();
            if (!QTest::qWaitFor([&] { return outcomes.size() > before; }, 60000))
                return {};
            return outcomes.constLast().at(0).value<Check::WatchOutcome>();
        };

        // The first check keeps the reference; the second finds nothing new.
        page.addDomains({domain});
        QVERIFY(outcomes.wait(60000));
        const auto first = outcomes.constLast().at(0).value<Check::WatchOutcome>();
        QVERIFY2(first.compared && first.firstCheck, qPrintable(first.notComparedReason));
        QCOMPARE(first.verdict, Check::Verdict::Protected);
        const Check::WatchOutcome quiet = check();
        QVERIFY2(quiet.compared && !quiet.firstCheck, qPrintable(quiet.notComparedReason));
        QVERIFY2(quiet.changes.isEmpty(), qPrintable(codesOf(quiet.changes).join(u", "_qs)));
        QVERIFY(!page.model()->row(domain)->lastChange.isValid());
        QVERIFY(page.notifier()->notices().isEmpty());

        struct Mutation
        {
            QString name;
            QStringList codes; //!< the changes it makes, sorted
            QString problem;   //!< the change that makes it a problem and the notice's first message
        };
        // In this order: each builds on the one before, as in tst_watch.
        const QList<Mutation> mutations{
            {u"watch-policy"_qs, {u"watch.policy.changed-without-id"_qs}, u"watch.policy.changed-without-id"_qs},
            {u"watch-mx"_qs,
             {u"watch.mx.added-not-covered"_qs, u"watch.mx.changed"_qs},
             u"watch.mx.added-not-covered"_qs},
            {u"watch-cert"_qs,
             {u"watch.certificate.expires-before-policy"_qs},
             u"watch.certificate.expires-before-policy"_qs},
        };
        for (const Mutation &mutation : mutations) {
            const QByteArray what = mutation.name.toUtf8();
            QVERIFY2(testbed({u"mutate"_qs, mutation.name}), what.constData());
            const qsizetype noticesBefore = page.notifier()->notices().size();
            const qsizetype statusBefore = statusBar.size();
            const Check::WatchOutcome changed = check();
            QVERIFY2(changed.compared, qPrintable(mutation.name + u": "_qs + changed.notComparedReason));
            QVERIFY2(codesOf(changed.changes) == mutation.codes,
                     qPrintable(mutation.name + u": "_qs + codesOf(changed.changes).join(u", "_qs)));
            const Finding &worst = changed.changes.constFirst(); // most severe first
            QCOMPARE(worst.code, mutation.problem);
            QVERIFY(Check::WatchChangeDetector::isProblem(worst));

            // The table: the last change is this check, with the problem's message.
            const WatchListModel::Row *row = page.model()->row(domain);
            QCOMPARE(row->lastChange, changed.checked);
            QCOMPARE(row->lastChangeText, worst.message);
            QCOMPARE(cell(page.model(), domain, WatchListModel::LastChangeColumn),
                     Ui::DateText::dateTime(changed.checked));
            QCOMPARE(page.model()
                         ->index(page.model()->domains().indexOf(domain), WatchListModel::LastChangeColumn)
                         .data(Qt::ToolTipRole)
                         .toString(),
                     Ui::PlainToolTip::of(worst.message));
            // One notice, about this domain and this problem (the status-bar fallback offscreen).
            QCOMPARE(page.notifier()->notices().size(), noticesBefore + 1);
            const Ui::WatchNotifier::Notice notice = page.notifier()->notices().constLast();
            QCOMPARE(notice.domain, domain);
            QVERIFY(notice.burst.isEmpty());
            QVERIFY2(notice.title.contains(domain), qPrintable(notice.title));
            QVERIFY2(notice.text.startsWith(worst.message.left(300)),
                     qPrintable(u"notice: "_qs + notice.text + u"\nfinding: "_qs + worst.message));
            QCOMPARE(statusBar.size(), statusBefore + 1);
            const QString shown = statusBar.constLast().at(0).toString();
            QVERIFY2(shown.startsWith(notice.title) && shown.contains(worst.message.left(80)), qPrintable(shown));

            // Checked again: the change stands, but it is no news.
            const Check::WatchOutcome again = check();
            QVERIFY2(again.compared, qPrintable(mutation.name + u": "_qs + again.notComparedReason));
            QVERIFY2(again.changes.isEmpty(),
                     qPrintable(mutation.name + u" again: "_qs + codesOf(again.changes).join(u", "_qs)));
            QCOMPARE(page.notifier()->notices().size(), noticesBefore + 1);
            QCOMPARE(statusBar.size(), statusBefore + 1);
            QCOMPARE(page.model()->row(domain)->lastChange, changed.checked);
        }
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

        // A long message is quoted up to 300 characters, not cut at 100; what would reorder or
        // colour the text is shown as U+FFFD.
        Ui::WatchNotifier single(false);
        problem.message = u"\u202E"_qs + QString(400, u'x');
        QVERIFY(single.notify(u"d.test"_qs, {problem}));
        const QString text = single.notices().constLast().text;
        QCOMPARE(text.size(), 300);
        QCOMPARE(text.at(0), QChar(QChar::ReplacementCharacter));
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

    //! The nearest expiry of a certificate that has expired says so (tr() leaves %n alone for a
    //! negative count).
    void expiredCertificateSaysSo()
    {
        WatchListModel model;
        model.add({u"a.example"_qs});
        Check::WatchOutcome outcome;
        outcome.domain = u"a.example"_qs;
        outcome.checked = QDateTime::currentDateTimeUtc();
        outcome.compared = true;
        outcome.verdict = Check::Verdict::Broken;
        outcome.nearestExpiry = outcome.checked.addDays(-3).addSecs(-60);
        model.apply(outcome, {});
        const QString expired = cell(&model, u"a.example"_qs, WatchListModel::ExpiryColumn);
        QVERIFY2(expired.contains(u"expired 3 day"_qs) && !expired.contains(u'%'), qPrintable(expired));
        outcome.nearestExpiry = outcome.checked.addDays(10).addSecs(60);
        model.apply(outcome, {});
        const QString ahead = cell(&model, u"a.example"_qs, WatchListModel::ExpiryColumn);
        QVERIFY2(ahead.contains(u"(10 day"_qs) && !ahead.contains(u'%'), qPrintable(ahead));
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

        // Hidden, the chart waits (its layout costs milliseconds in every inspector): a change is
        // drawn when the view is shown.
        model.setFailuresPerDay({});
        QCOMPARE(view.failureSeries()->count(), 2);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.failureSeries()->count(), 0);
        QCOMPARE(view.verdictSeries()->count(), 7);
    }

    void historyMakesItsTimelineWhenShown()
    {
        Ui::HistoryView history;
        QVERIFY(!history.timelineView());
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        QVERIFY(history.timelineView());
        QVERIFY(history.timelineView()->isVisible());
        QCOMPARE(history.timelineView()->verdictSeries()->count(), 0); // no checks yet
    }
};

QTEST_MAIN(TestWatchList)
#include "tst_watchlist.moc"
