// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/checkhistory.h"
#include "check/resultcomparison.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;
using Check::CheckHistory;
using Check::ResultComparison;

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

//! A toJson()-shaped result with one MX address, for the comparison tests.
QJsonObject sampleJson()
{
    const QJsonObject leaf{{QStringLiteral("sha256_fingerprint"), QStringLiteral("AA:BB")},
                           {QStringLiteral("not_after"), QStringLiteral("2027-01-01T00:00:00Z")}};
    const QJsonObject probe{{QStringLiteral("address"), QStringLiteral("192.0.2.1")},
                            {QStringLiteral("tls_version"), QStringLiteral("TLSv1.3")},
                            {QStringLiteral("result_type"), QJsonValue()},
                            {QStringLiteral("chain"), QJsonObject{{QStringLiteral("certificates"), QJsonArray{leaf}}}}};
    return {
        {QStringLiteral("domain"), QStringLiteral("example.com")},
        {QStringLiteral("verdict"), QStringLiteral("protected")},
        {QStringLiteral("policy"), QJsonObject{{QStringLiteral("status"), QStringLiteral("valid")},
                                               {QStringLiteral("id"), QStringLiteral("1")},
                                               {QStringLiteral("mode"), QStringLiteral("enforce")},
                                               {QStringLiteral("max_age"), 86400},
                                               {QStringLiteral("mx"), QJsonArray{QStringLiteral("mx1.example.com")}},
                                               {QStringLiteral("body"), QStringLiteral("version: STSv1\n")}}},
        {QStringLiteral("records"),
         QJsonObject{{QStringLiteral("tlsrpt_rua"), QJsonArray{QStringLiteral("mailto:r@example.com")}}}},
        {QStringLiteral("mx"), QJsonArray{QJsonObject{{QStringLiteral("host"), QStringLiteral("mx1.example.com")},
                                                      {QStringLiteral("smtp"), QJsonArray{probe}}}}}};
}

QJsonObject withValue(QJsonObject object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.constFirst(), value);
        return object;
    }
    object.insert(path.constFirst(), withValue(object.value(path.constFirst()).toObject(), path.mid(1), value));
    return object;
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
        QString error;
        QVERIFY2(history.open(dir.filePath(QStringLiteral("sub/history.sqlite")), &error), qPrintable(error));
        const QDateTime first(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        const qint64 a = history.record(sampleResult(QStringLiteral("example.com"), Check::Verdict::Testing, first));
        const qint64 b =
            history.record(sampleResult(QStringLiteral("example.com"), Check::Verdict::Protected, first.addDays(3)));
        history.record(sampleResult(QStringLiteral("other.example"), Check::Verdict::Broken, first));
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
        history.record(sampleResult(QStringLiteral("third.example"), Check::Verdict::Testing, first.addDays(1)));
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
        QString error;
        QVERIFY(history.open(dir.filePath(QStringLiteral("h.sqlite")), &error));
        const QDateTime when(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        for (int day = 0; day < 3; ++day)
            QVERIFY(history.record(sampleResult(u"a.example"_qs, Check::Verdict::Testing, when.addDays(day))) > 0);
        QVERIFY(history.record(sampleResult(u"b.example"_qs, Check::Verdict::Broken, when)) > 0);
        QVERIFY(history.record(sampleResult(u"c.example"_qs, Check::Verdict::Broken, when)) > 0);
        QCOMPARE(history.remove({u"a.example"_qs, u"c.example"_qs, u"unknown.example"_qs}), 4);
        QVERIFY(history.entries(u"a.example"_qs).isEmpty());
        QVERIFY(history.entries(u"c.example"_qs).isEmpty());
        QCOMPARE(history.entries(u"b.example"_qs).size(), 1);
        QCOMPARE(history.latestPerDomain().size(), 1);
        QCOMPARE(history.remove({}), 0);
    }

    void keepsOnlyFinishedChecks()
    {
        QTemporaryDir dir;
        CheckHistory history;
        QString error;
        QVERIFY(history.open(dir.filePath(QStringLiteral("h.sqlite")), &error));
        Check::CheckResult running =
            sampleResult(u"a.example"_qs, Check::Verdict::Pending, QDateTime::currentDateTimeUtc());
        running.complete = false;
        QCOMPARE(history.record(running), 0);
        Check::CheckResult cancelled =
            sampleResult(u"a.example"_qs, Check::Verdict::Broken, QDateTime::currentDateTimeUtc());
        cancelled.cancelled = true;
        QCOMPARE(history.record(cancelled), 0);
        QVERIFY(history.entries(u"a.example"_qs).isEmpty());
    }

    void refusesNewerSchemaAndUnwritableFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        CheckHistory history;
        QString error;
        QVERIFY(!history.open(path, &error));
        QVERIFY(error.contains(u"newer"));
        QVERIFY(!history.isOpen());
        QCOMPARE(
            history.record(sampleResult(u"x.example"_qs, Check::Verdict::Protected, QDateTime::currentDateTimeUtc())),
            0);

        CheckHistory nowhere;
        QVERIFY(!nowhere.open(QStringLiteral("/proc/no/such/dir/h.sqlite"), &error));
    }

    void comparison_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("after");

        QTest::newRow("verdict") << QStringList{u"verdict"_qs} << QJsonValue(u"broken"_qs) << u"verdict"_qs
                                 << u"broken"_qs;
        QTest::newRow("mode") << QStringList{u"policy"_qs, u"mode"_qs} << QJsonValue(u"testing"_qs) << u"mode"_qs
                              << u"testing"_qs;
        QTest::newRow("max_age") << QStringList{u"policy"_qs, u"max_age"_qs} << QJsonValue(604800) << u"max_age"_qs
                                 << u"604800"_qs;
        QTest::newRow("mx lines") << QStringList{u"policy"_qs, u"mx"_qs}
                                  << QJsonValue(QJsonArray{u"mx1.example.com"_qs, u"*.example.com"_qs})
                                  << u"mx lines"_qs << u"mx1.example.com, *.example.com"_qs;
        QTest::newRow("policy text without a new id")
            << QStringList{u"policy"_qs, u"body"_qs} << QJsonValue(u"version: STSv1\nmode: testing\n"_qs)
            << u"text changed, id did not"_qs << u"change the id"_qs;
        QTest::newRow("rua") << QStringList{u"records"_qs, u"tlsrpt_rua"_qs} << QJsonValue(QJsonArray()) << u"rua"_qs
                             << QString();
    }

    void comparison()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, what);
        QFETCH(QString, after);
        const QJsonObject before = sampleJson();
        const QList<ResultComparison::Change> changes =
            ResultComparison::compare(before, withValue(before, path, value));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.constFirst().what, what);
        QCOMPARE(changes.constFirst().after, after);
    }

    //! Built by CheckResult::toJson() itself, so that a renamed key cannot pass as "no change":
    //! a key change shows as new TLSA records and a DANE result that went from pass to fail.
    void comparesDaneOfResults()
    {
        const auto resultWith = [](quint8 firstByte, Check::DaneStatus dane) {
            Check::CheckResult result = sampleResult(u"example.com"_qs, Check::Verdict::Protected, QDateTime());
            Check::MxHostResult host;
            host.host = u"mx1.example.com"_qs;
            Net::DnsRecord record;
            record.type = Net::RrType::Tlsa;
            record.usage = 3;
            record.selector = 1;
            record.matchingType = 1;
            record.associationData = QByteArray(32, char(firstByte));
            Net::DnsAnswer tlsa;
            tlsa.type = Net::RrType::Tlsa;
            tlsa.status = Net::DnsStatus::NoError;
            tlsa.records = {record};
            host.tlsa = tlsa;
            host.dane = dane;
            result.mx.append(host);
            return result.toJson();
        };
        const QJsonObject before = resultWith(1, Check::DaneStatus::Pass);
        QVERIFY(ResultComparison::compare(before, before).isEmpty());
        const QList<ResultComparison::Change> changes =
            ResultComparison::compare(before, resultWith(2, Check::DaneStatus::Fail));
        QStringList described;
        for (const auto &change : changes)
            described.append(change.subject + u'|' + change.what + u'|' + change.before + u'|' + change.after);
        QCOMPARE(described, (QStringList{u"mx1.example.com|DANE|pass|fail"_qs,
                                         u"mx1.example.com|TLSA records|3 1 1 "_qs + QString(u"01"_qs).repeated(32) +
                                             u'|' + u"3 1 1 "_qs + QString(u"02"_qs).repeated(32)}));
    }

    void comparesMxAddressesAndCertificates()
    {
        const QJsonObject before = sampleJson();
        QVERIFY(ResultComparison::compare(before, before).isEmpty());

        QJsonObject renewed = before;
        QJsonArray mx = renewed.value(u"mx").toArray();
        QJsonObject host = mx.at(0).toObject();
        QJsonArray smtp = host.value(u"smtp").toArray();
        QJsonObject probe = smtp.at(0).toObject();
        probe.insert(QStringLiteral("chain"),
                     QJsonObject{{QStringLiteral("certificates"),
                                  QJsonArray{QJsonObject{
                                      {QStringLiteral("sha256_fingerprint"), QStringLiteral("CC:DD")},
                                      {QStringLiteral("not_after"), QStringLiteral("2027-04-01T00:00:00Z")}}}}});
        QJsonObject moved = probe;
        moved.insert(QStringLiteral("address"), QStringLiteral("192.0.2.2"));
        smtp = QJsonArray{probe, moved};
        host.insert(QStringLiteral("smtp"), smtp);
        mx = QJsonArray{host};
        renewed.insert(QStringLiteral("mx"), mx);

        const QList<ResultComparison::Change> changes = ResultComparison::compare(before, renewed);
        QStringList described;
        for (const auto &change : changes)
            described.append(change.subject + u'|' + change.what + u'|' + change.after);
        QCOMPARE(described, (QStringList{u"mx1.example.com 192.0.2.1|certificate (SHA-256)|CC:DD"_qs,
                                         u"mx1.example.com 192.0.2.1|certificate valid until|2027-04-01T00:00:00Z"_qs,
                                         u"mx1.example.com 192.0.2.2|MX address|new"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestCheckHistory)
#include "tst_checkhistory.moc"
