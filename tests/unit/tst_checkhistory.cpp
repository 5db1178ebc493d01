// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/checkhistory.h"
#include "check/resultcomparison.h"
#include "check/watchliststore.h"
#include "check/watchstate.h"
#include "watchfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;
using Check::CheckHistory;
using Check::ResultComparison;

Q_DECLARE_METATYPE(WatchFixture::Change)

namespace {

Check::CheckResult sampleResult(const QString &domain, Check::Verdict verdict, const QDateTime &started)
{
    Check::CheckResult result;
    result.domain = domain;
    result.started = started;
    result.complete = true;
    result.verdict = verdict;
    result.stsRecord.id = QStringLiteral("20260101");
    return result;
}

//! The id record() kept, 0 when it kept nothing; -1 (never a valid answer) with the finding's
//! message printed when it failed.
qint64 kept(const Result<qint64> &result)
{
    if (!result)
        qWarning("%s: %s", qPrintable(result.error().code), qPrintable(result.error().message));
    return result ? result.value() : -1;
}

//! Whether \a history opened \a path; prints the finding when it did not.
bool opens(CheckHistory &history, const QString &path)
{
    const Result<void> opened = history.open(path);
    if (!opened)
        qWarning("%s: %s", qPrintable(opened.error().code), qPrintable(opened.error().message));
    return opened.ok();
}

//! Runs \a sql on the history file \a path through a connection of its own.
bool execute(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("side"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("side"));
    return ok;
}

} // namespace

class TestCheckHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndLoads()
    {
        QTemporaryDir dir;
        CheckHistory history;
        QVERIFY(opens(history, dir.filePath(QStringLiteral("sub/history.sqlite"))));
        const QDateTime first(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        const qint64 a = kept(history.record(sampleResult(u"example.com"_qs, Check::Verdict::Testing, first)));
        const qint64 b =
            kept(history.record(sampleResult(u"example.com"_qs, Check::Verdict::Protected, first.addDays(3))));
        QVERIFY(kept(history.record(sampleResult(u"other.example"_qs, Check::Verdict::Broken, first))) > 0);
        QVERIFY(a > 0 && b > a);

        const QList<CheckHistory::Entry> entries = history.entries(QStringLiteral("example.com"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, b); // newest first
        QCOMPARE(entries.at(0).verdict, u"protected"_qs);
        QCOMPARE(entries.at(1).started, first);
        QCOMPARE(history.load(a).value(u"verdict").toString(), u"testing"_qs);
        QCOMPARE(history.load(a).value(u"policy").toObject().value(u"id").toString(), u"20260101"_qs);
        QVERIFY(history.load(9999).isEmpty());

        // The start page's recent domains: each domain once, with its latest check, newest first.
        QVERIFY(kept(history.record(sampleResult(u"third.example"_qs, Check::Verdict::Testing, first.addDays(1)))) > 0);
        const QList<CheckHistory::Entry> latest = history.latestPerDomain();
        QCOMPARE(latest.size(), 3);
        QCOMPARE(latest.at(0).domain, u"example.com"_qs);
        QCOMPARE(latest.at(0).id, b);
        QCOMPARE(latest.at(0).verdict, u"protected"_qs);
        QCOMPARE(latest.at(0).started, first.addDays(3));
        QCOMPARE(latest.at(1).domain, u"third.example"_qs);
        QCOMPARE(latest.at(2).domain, u"other.example"_qs);
        QCOMPARE(latest.at(2).verdict, u"broken"_qs);
        QCOMPARE(history.latestPerDomain(1).size(), 1);
    }

    // "Clear recent" with the history: every check of the domains goes, the others stay.
    void removesDomains()
    {
        QTemporaryDir dir;
        CheckHistory history;
        QVERIFY(opens(history, dir.filePath(QStringLiteral("h.sqlite"))));
        const QDateTime when(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        for (int day = 0; day < 3; ++day)
            QVERIFY(kept(history.record(sampleResult(u"a.example"_qs, Check::Verdict::Testing, when.addDays(day)))) >
                    0);
        QVERIFY(kept(history.record(sampleResult(u"b.example"_qs, Check::Verdict::Broken, when))) > 0);
        QVERIFY(kept(history.record(sampleResult(u"c.example"_qs, Check::Verdict::Broken, when))) > 0);
        QCOMPARE(kept(history.remove({u"a.example"_qs, u"c.example"_qs, u"unknown.example"_qs})), 4);
        QVERIFY(history.entries(u"a.example"_qs).isEmpty());
        QVERIFY(history.entries(u"c.example"_qs).isEmpty());
        QCOMPARE(history.entries(u"b.example"_qs).size(), 1);
        QCOMPARE(history.latestPerDomain().size(), 1);
        QCOMPARE(kept(history.remove({})), 0);
    }

    void keepsOnlyFinishedChecks()
    {
        QTemporaryDir dir;
        CheckHistory history;
        QVERIFY(opens(history, dir.filePath(QStringLiteral("h.sqlite"))));
        Check::CheckResult running =
            sampleResult(u"a.example"_qs, Check::Verdict::Pending, QDateTime::currentDateTimeUtc());
        running.complete = false;
        QCOMPARE(kept(history.record(running)), 0);
        Check::CheckResult cancelled =
            sampleResult(u"a.example"_qs, Check::Verdict::Broken, QDateTime::currentDateTimeUtc());
        cancelled.cancelled = true;
        QCOMPARE(kept(history.record(cancelled)), 0);
        QVERIFY(history.entries(u"a.example"_qs).isEmpty());
    }

    void refusesWhatItCannotOpen_data()
    {
        QTest::addColumn<QString>("file"); //!< in a fresh temporary folder, or absolute
        QTest::addColumn<QString>("preparation");
        QTest::addColumn<QString>("code");
        QTest::newRow("newer schema") << u"future.sqlite"_qs << u"PRAGMA user_version = 99"_qs << u"history.too-new"_qs;
        QTest::newRow("unwritable folder")
            << u"/proc/no/such/dir/h.sqlite"_qs << QString() << u"history.open-failed"_qs;
        QTest::newRow("not a database") << u"garbage.sqlite"_qs << u"garbage"_qs << u"history.open-failed"_qs;
    }

    void refusesWhatItCannotOpen()
    {
        QFETCH(QString, file);
        QFETCH(QString, preparation);
        QFETCH(QString, code);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = QDir::isAbsolutePath(file) ? file : dir.filePath(file);
        if (preparation == u"garbage") {
            QFile garbage(path);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(4096, 'x'));
        } else if (!preparation.isEmpty()) {
            QVERIFY(execute(path, preparation));
        }
        CheckHistory history;
        const Result<void> opened = history.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, code);
        QCOMPARE(opened.error().severity, Severity::Error);
        QCOMPARE(opened.error().subject, path);
        QVERIFY2(opened.error().message.startsWith(u"cannot open the history " + path),
                 qPrintable(opened.error().message));
        QVERIFY(!history.isOpen());
        // Closed, it keeps nothing and says so where a caller asked for a change.
        QCOMPARE(kept(history.record(
                     sampleResult(u"x.example"_qs, Check::Verdict::Protected, QDateTime::currentDateTimeUtc()))),
                 0);
        const Result<qint64> removed = history.remove({u"x.example"_qs});
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, u"history.not-open"_qs);
        const Result<void> reported = history.setReportedChanges(u"x.example"_qs, {u"a"_qs});
        QVERIFY(!reported);
        QCOMPARE(reported.error().code, u"history.not-open"_qs);
    }

    //! A write that fails says why, and a watched check's write leaves nothing half written.
    void reportsFailedWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sqlite"_qs);
        CheckHistory history;
        QVERIFY(opens(history, path));
        const QDateTime when(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(kept(history.record(sampleResult(u"a.example"_qs, Check::Verdict::Testing, when))) > 0);

        // Without the watch's reference table the check must not stay either.
        QVERIFY(execute(path, u"DROP TABLE watch_reference"_qs));
        const Result<qint64> watched =
            history.recordWatched(sampleResult(u"a.example"_qs, Check::Verdict::Broken, when.addDays(1)), {u"k"_qs});
        QVERIFY(!watched);
        QCOMPARE(watched.error().code, u"history.write-failed"_qs);
        QCOMPARE(watched.error().subject, u"a.example"_qs);
        QVERIFY2(watched.error().message.contains(u"watch_reference"), qPrintable(watched.error().message));
        QCOMPARE(history.entries(u"a.example"_qs).size(), 1);
        QVERIFY(history.reportedChanges(u"a.example"_qs).isEmpty());

        QVERIFY(execute(path, u"DROP TABLE reported_changes"_qs));
        const Result<void> reported = history.setReportedChanges(u"a.example"_qs, {u"k"_qs});
        QVERIFY(!reported);
        QCOMPARE(reported.error().code, u"history.write-failed"_qs);
        QVERIFY2(reported.error().message.contains(u"reported_changes"), qPrintable(reported.error().message));

        const Result<qint64> removed = history.remove({u"a.example"_qs});
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, u"history.delete-failed"_qs);
        QCOMPARE(history.entries(u"a.example"_qs).size(), 1); // all or none

        QVERIFY(execute(path, u"DROP TABLE checks"_qs));
        const Result<qint64> recorded =
            history.record(sampleResult(u"b.example"_qs, Check::Verdict::Testing, when.addDays(2)));
        QVERIFY(!recorded);
        QCOMPARE(recorded.error().code, u"history.write-failed"_qs);
        QCOMPARE(recorded.error().subject, u"b.example"_qs);
        QCOMPARE(recorded.error().severity, Severity::Error);
        QVERIFY2(recorded.error().message.contains(u"checks"), qPrintable(recorded.error().message));
    }

    //! The watch list kept in the history file says why a read or a write failed.
    void watchListReportsFailures()
    {
        Check::WatchListStore closed;
        QCOMPARE(closed.add({u"a.example"_qs}).error().code, u"history.not-open"_qs);
        QCOMPARE(closed.load({}).error().code, u"history.not-open"_qs);
        const Result<void> nowhere = closed.open(u"/proc/no/such/dir/h.sqlite"_qs);
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, u"history.open-failed"_qs);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sqlite"_qs);
        Check::WatchListStore store;
        QVERIFY(store.open(path));
        Check::WatchListStore::Contents legacy;
        legacy.domains = {u"a.example"_qs, u"b.example"_qs};
        const Result<Check::WatchListStore::Loaded> moved = store.load(legacy);
        QVERIFY(moved);
        QVERIFY(moved->migrated);
        QCOMPARE(moved->contents.domains, legacy.domains);
        QVERIFY(store.add({u"c.example"_qs}));
        QCOMPARE(store.load({}).valueOr({}).contents.domains.size(), 3);

        QVERIFY(execute(path, u"DROP TABLE watch_list"_qs));
        const Result<void> added = store.add({u"d.example"_qs});
        QVERIFY(!added);
        QCOMPARE(added.error().code, u"watchlist.write-failed"_qs);
        QCOMPARE(added.error().subject, path);
        QVERIFY2(added.error().message.contains(u"watch_list"), qPrintable(added.error().message));
        QCOMPARE(store.setIntervalHours(6).ok(), true); // its settings table is still there
        QVERIFY(execute(path, u"DROP TABLE watch_list_settings"_qs));
        const Result<Check::WatchListStore::Loaded> unread = store.load({});
        QVERIFY(!unread);
        QCOMPARE(unread.error().code, u"watchlist.read-failed"_qs);
        QCOMPARE(unread.error().severity, Severity::Error);
    }

    //! Compared as the history keeps them: both written by CheckResult::toJson() from real checks
    //! (WatchFixture), so that a renamed key cannot pass as "nothing changed".
    void comparison_data()
    {
        QTest::addColumn<WatchFixture::Change>("change");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("after");
        using Change = WatchFixture::Change;
        QTest::newRow("verdict") << Change::MxAddedUncovered << u"example.com"_qs << u"verdict"_qs << u"broken"_qs;
        QTest::newRow("id") << Change::IdOnly << u"policy"_qs << u"id"_qs << u"20260615b"_qs;
        QTest::newRow("mode") << Change::ModeTesting << u"policy"_qs << u"mode"_qs << u"testing"_qs;
        QTest::newRow("max_age") << Change::MaxAgeDropped << u"policy"_qs << u"max_age"_qs << u"86400"_qs;
        QTest::newRow("mx lines") << Change::PolicyTextSameId << u"policy"_qs << u"mx lines"_qs
                                  << u"*.example.com, backup.example.net"_qs;
        QTest::newRow("policy text without a new id")
            << Change::PolicyTextSameId << u"policy"_qs << u"text changed, id did not"_qs << u"change the id"_qs;
        QTest::newRow("policy gone") << Change::PolicyUnreachable << u"policy"_qs << u"status"_qs << u"fetch-error"_qs;
        QTest::newRow("MX hosts") << Change::MxAddedCovered << u"example.com"_qs << u"MX hosts"_qs
                                  << u"mx1.example.com, mx2.example.com, mx3.example.com"_qs;
        QTest::newRow("MX address") << Change::MxAddedCovered << u"mx3.example.com 192.0.2.30"_qs << u"MX address"_qs
                                    << u"new"_qs;
        QTest::newRow("certificate") << Change::CertificateShort << u"mx1.example.com 192.0.2.10"_qs
                                     << u"certificate valid until"_qs << u"2026-06-18T12:00:00Z"_qs;
        QTest::newRow("TLS lost") << Change::HandshakeFails << u"mx1.example.com 192.0.2.10"_qs << u"TLS version"_qs
                                  << QString();
        QTest::newRow("DANE") << Change::TlsaStale << u"mx1.example.com"_qs << u"DANE"_qs << u"fail"_qs;
        QTest::newRow("TLSA records") << Change::TlsaStale << u"mx1.example.com"_qs << u"TLSA records"_qs
                                      << u"3 1 1 "_qs + QString(64, u'e');
    }

    void comparison()
    {
        QFETCH(WatchFixture::Change, change);
        QFETCH(QString, subject);
        QFETCH(QString, what);
        QFETCH(QString, after);
        const QJsonObject before = m_fixture.result().toJson();
        QVERIFY(ResultComparison::compare(before, before).isEmpty());
        QVERIFY(ResultComparison::compare(before, m_fixture.result().toJson()).isEmpty());
        const QList<ResultComparison::Change> changes =
            ResultComparison::compare(before, m_fixture.result(change).toJson());
        QStringList described;
        for (const auto &found : changes)
            described.append(found.subject + u'|' + found.what + u'|' + found.before + u'|' + found.after);
        const auto match = std::find_if(changes.cbegin(), changes.cend(), [&](const ResultComparison::Change &found) {
            return found.subject == subject && found.what == what;
        });
        QVERIFY2(match != changes.cend(), qPrintable(described.join(u'\n')));
        QCOMPARE(match->after, after);
        // The typed comparison is the same as the stored one's.
        QCOMPARE(ResultComparison::compare(m_fixture.result(), m_fixture.result(change)).size(), changes.size());
    }

    //! A stored result from before DANE was checked has no DANE to compare.
    void comparesNoDaneOfOlderResults()
    {
        QJsonObject before = m_fixture.result().toJson();
        QJsonArray mx = before.value(u"mx").toArray();
        for (qsizetype i = 0; i < mx.size(); ++i) {
            QJsonObject host = mx.at(i).toObject();
            host.remove(u"dane"_qs);
            mx.replace(i, host);
        }
        before.insert(u"mx"_qs, mx);
        QVERIFY(ResultComparison::compare(before, m_fixture.result().toJson()).isEmpty());
    }

    //! What the watch compares with: the latest kept check, read back as a typed value; and which
    //! changes were reported, replaced as a whole.
    void keepsTheWatchState()
    {
        QTemporaryDir dir;
        CheckHistory history;
        QVERIFY(opens(history, dir.filePath(QStringLiteral("h.sqlite"))));
        QVERIFY(!history.latestResult(u"example.com"_qs));
        const Check::CheckResult first = m_fixture.result();
        Check::CheckResult second = m_fixture.result(WatchFixture::Change::IdOnly);
        second.started = first.started.addSecs(60);
        QVERIFY(kept(history.record(first)) > 0);
        QVERIFY(kept(history.record(second)) > 0);
        const std::optional<Check::CheckResult> latest = history.latestResult(u"example.com"_qs);
        QVERIFY(latest);
        QCOMPARE(latest->toJson(), second.toJson());
        QVERIFY(history.reportedChanges(u"example.com"_qs).isEmpty());
        QVERIFY(history.setReportedChanges(u"example.com"_qs, {u"a"_qs, u"b"_qs}));
        QVERIFY(history.setReportedChanges(u"other.example"_qs, {u"c"_qs}));
        QCOMPARE(history.reportedChanges(u"example.com"_qs), (QSet<QString>{u"a"_qs, u"b"_qs}));
        QVERIFY(history.setReportedChanges(u"example.com"_qs, {u"b"_qs}));
        QCOMPARE(history.reportedChanges(u"example.com"_qs), QSet<QString>{u"b"_qs});
        QCOMPARE(history.reportedChanges(u"other.example"_qs), QSet<QString>{u"c"_qs});
    }

    //! The watch compares with its own last check: a manual check in between (the same change,
    //! recorded by the main window) does not swallow the change. Removing a domain removes what
    //! the watch kept of it too.
    void manualCheckDoesNotHideAWatchedChange()
    {
        QTemporaryDir dir;
        CheckHistory history;
        QVERIFY(opens(history, dir.filePath(QStringLiteral("h.sqlite"))));
        Check::WatchState watch(history);
        Check::CheckResult first = m_fixture.result();
        const Check::WatchState::Outcome initial = watch.record(first, WatchFixture::now());
        QVERIFY(initial.compared && initial.firstCheck);
        Check::CheckResult manual = m_fixture.result(WatchFixture::Change::MxAddedUncovered);
        manual.started = first.started.addSecs(60);
        QVERIFY(kept(history.record(manual)) > 0);
        QCOMPARE(history.watchReference(u"example.com"_qs)->toJson(), first.toJson());
        Check::CheckResult second = m_fixture.result(WatchFixture::Change::MxAddedUncovered);
        second.started = first.started.addSecs(120);
        const Check::WatchState::Outcome changed = watch.record(second, WatchFixture::now());
        QVERIFY(changed.compared && !changed.firstCheck);
        QVERIFY(changed.historyId > 0);
        QVERIFY(!changed.changes.isEmpty());
        QCOMPARE(history.watchReference(u"example.com"_qs)->toJson(), second.toJson());
        QVERIFY(!history.reportedChanges(u"example.com"_qs).isEmpty());

        QCOMPARE(kept(history.remove({u"example.com"_qs})), 3);
        QVERIFY(history.reportedChanges(u"example.com"_qs).isEmpty());
        QVERIFY(!history.watchReference(u"example.com"_qs));
    }

    //! The CLI's watch and the desktop app share one history file.
    void defaultPathIsTheDesktopApps()
    {
        const QString application = QCoreApplication::applicationName();
        const QString organization = QCoreApplication::organizationName();
        QCoreApplication::setApplicationName(u"StsScope"_qs); // as ui/main.cpp names the app
        QCoreApplication::setOrganizationName(u"StsScope"_qs);
        const QString desktop = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCoreApplication::setApplicationName(application);
        QCoreApplication::setOrganizationName(organization);
        QCOMPARE(CheckHistory::defaultPath(), desktop + u"/history.sqlite"_qs);
    }

private:
    WatchFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestCheckHistory)
#include "tst_checkhistory.moc"
