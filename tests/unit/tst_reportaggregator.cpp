// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixtures.h"
#include "tlsrpt/reportaggregator.h"
#include "tlsrpt/reportimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThreadPool>

#include <limits>

using namespace Sts::TlsRpt;

using Counts = QMap<QString, qint64>;

namespace Sts::TlsRpt {
//! Found by QCOMPARE through argument-dependent lookup.
char *toString(const SessionCounts &counts)
{
    const QByteArray text =
        QByteArray::number(counts.successful) + " successful, " + QByteArray::number(counts.failed) + " failed";
    return qstrdup(text.constData());
}
} // namespace Sts::TlsRpt

namespace {

// Seven reports with failures of every kind real senders send; each figure in the tests below
// is summed by hand from these files (see README-tlsrpt.md for what each one holds).
const QStringList FixtureFiles{
    u"parsedmarc-rfc8460.json"_qs,                 // Company-X 2016-04-01 company-y.example 5326/303, 3 details
    u"parsedmarc-mail.ru.json"_qs,                 // Mail.ru 2024-02-22 example.com 0/1, details 1+1 without IP/MX
    u"parsedmarc-smtp_tls.json"_qs,                // Example Inc. 2024-01-09 example.com 0/3, details 2+1
    u"stalwart-rpt02.json"_qs,                     // Google 2020-01-01 example.com 23/1
    u"stalwart-rpt03.json"_qs,                     // Google 2019-04-14 two policies without domain, 1/0 + 1/0
    u"cryinc-no_ip_and_mx.json"_qs,                // Microsoft 2025-06-14 xxxxxxxx.xx 0/3, detail without IP/MX
    u"extracted/isseis-tlsrpt_failure.json.gz"_qs, // Google 2026-02-08 example.com 4523/2
};

QList<Report> fixtureReports()
{
    QList<Report> reports;
    const ReportImporter importer;
    for (const QString &file : FixtureFiles) {
        const FileImport import = importer.importFile(ReportFixtures::dataPath(file));
        if (import.reports.size() != 1)
            qFatal("fixture %s did not import", qPrintable(file));
        reports.append(import.reports.constFirst().report);
    }
    return reports;
}

QList<Report> syntheticReports(int count)
{
    QList<Report> reports;
    const ReportImporter importer;
    for (int i = 0; i < count; ++i)
        reports += importer.importData(ReportFixtures::syntheticReport(i), u"synthetic"_qs).reports.constFirst().report;
    return reports;
}

SessionCounts counts(qint64 successful, qint64 failed)
{
    return SessionCounts{successful, failed};
}

constexpr qint64 MaxCount = std::numeric_limits<qint64>::max();

//! \a count reports from one sender with \a sessions in every count: as the parser accepts
//! them, up to 2^63 - 1.
QList<Report> reportsCounting(int count, qint64 sessions)
{
    FailureDetail detail;
    detail.resultType = ResultType::CertificateExpired;
    detail.resultTypeName = u"certificate-expired"_qs;
    detail.sendingMtaIp = u"192.0.2.1"_qs;
    detail.receivingMxHostname = u"mx.example.com"_qs;
    detail.failedSessionCount = sessions;
    PolicyReport policy;
    policy.type = PolicyType::Sts;
    policy.typeName = u"sts"_qs;
    policy.domain = u"example.com"_qs;
    policy.successful = sessions;
    policy.failed = sessions;
    policy.failureDetails = {detail};
    QList<Report> reports;
    for (int i = 0; i < count; ++i) {
        Report report;
        report.organization = u"Hostile"_qs;
        report.reportId = QString::number(i);
        report.start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        report.end = report.start.addDays(1);
        report.policies = {policy};
        reports.append(report);
    }
    return reports;
}

} // namespace

class TestReportAggregator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void totalsAndBreakdowns();
    void dateRange_data();
    void dateRange();
    void policyDomain();
    void successRate();
    void concurrentEqualsSequential();
    void syntheticCorpusAgainstItsJson();
    void emptyInput();
    void sumsSaturate_data();
    void sumsSaturate();
    void reportSumsSaturate();

private:
    QList<Report> m_reports;
};

void TestReportAggregator::initTestCase()
{
    m_reports = fixtureReports();
}

void TestReportAggregator::totalsAndBreakdowns()
{
    const Aggregation result = ReportAggregator::aggregate(m_reports);
    QCOMPARE(result.reports, 7);
    QCOMPARE(result.policies, 8);
    QCOMPARE(result.totals, counts(5326 + 23 + 1 + 1 + 4523, 303 + 1 + 3 + 1 + 3 + 2));
    // Mail.ru's details add up to 2 where its summary says 1.
    QCOMPARE(result.failureDetailTotal, 303 + 2 + 3 + 1 + 3 + 2);

    QCOMPARE(result.perDay, (QMap<QDate, SessionCounts>{
                                {QDate(2016, 4, 1), counts(5326, 303)},
                                {QDate(2019, 4, 14), counts(2, 0)},
                                {QDate(2020, 1, 1), counts(23, 1)},
                                {QDate(2024, 1, 9), counts(0, 3)},
                                {QDate(2024, 2, 22), counts(0, 1)},
                                {QDate(2025, 6, 14), counts(0, 3)},
                                {QDate(2026, 2, 8), counts(4523, 2)},
                            }));
    QCOMPARE(result.perOrganization, (QMap<QString, SessionCounts>{
                                         {u"Company-X"_qs, counts(5326, 303)},
                                         {u"Example Inc."_qs, counts(0, 3)},
                                         {u"Google Inc."_qs, counts(23 + 2 + 4523, 1 + 0 + 2)},
                                         {u"Mail.ru"_qs, counts(0, 1)},
                                         {u"Microsoft Corporation"_qs, counts(0, 3)},
                                     }));
    QCOMPARE(result.perPolicyDomain, (QMap<QString, SessionCounts>{
                                         {QString(), counts(2, 0)},
                                         {u"company-y.example"_qs, counts(5326, 303)},
                                         {u"example.com"_qs, counts(0 + 0 + 23 + 4523, 1 + 3 + 1 + 2)},
                                         {u"xxxxxxxx.xx"_qs, counts(0, 3)},
                                     }));
    QCOMPARE(result.failedPerResultType, (Counts{
                                             {u"certificate-expired"_qs, 100 + 2},
                                             {u"certificate-host-mismatch"_qs, 1},
                                             {u"starttls-not-supported"_qs, 200},
                                             {u"sts-policy-fetch-error"_qs, 2 + 3},
                                             {u"validation-failure"_qs, 3 + 2 + 1},
                                         }));
    QCOMPARE(result.failedPerReceivingMx, (Counts{
                                              {QString(), 2 + 3},
                                              {u"demo.example.com"_qs, 1},
                                              {u"example.com"_qs, 2 + 1},
                                              {u"mail.example.com"_qs, 2},
                                              {u"mx-backup.mail.company-y.example"_qs, 3},
                                              {u"mx1.mail.company-y.example"_qs, 100},
                                              {u"mx2.mail.company-y.example"_qs, 200},
                                          }));
    QCOMPARE(result.failedPerSendingIp, (Counts{
                                            {QString(), 2 + 3},
                                            {u"123.123.123.123"_qs, 1},
                                            {u"192.0.2.1"_qs, 2},
                                            {u"198.51.100.62"_qs, 3},
                                            {u"2001:db8:abcd:0012::1"_qs, 100},
                                            {u"2001:db8:abcd:0013::1"_qs, 200},
                                            {u"209.85.208.176"_qs, 1},
                                            {u"209.85.222.201"_qs, 2},
                                        }));
}

void TestReportAggregator::dateRange_data()
{
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<qint64>("reports");
    QTest::addColumn<qint64>("successful");
    QTest::addColumn<qint64>("failed");

    QTest::newRow("2020 to 2024") << QDate(2020, 1, 1) << QDate(2024, 12, 31) << 3ll << 23ll << 1ll + 3 + 1;
    QTest::newRow("bounds are inclusive") << QDate(2024, 1, 9) << QDate(2024, 1, 9) << 1ll << 0ll << 3ll;
    QTest::newRow("since only") << QDate(2025, 1, 1) << QDate() << 2ll << 4523ll << 3ll + 2;
    QTest::newRow("until only") << QDate() << QDate(2019, 12, 31) << 2ll << 5326ll + 2 << 303ll;
    // The 7-day report of 2020-01-01 counts for its first day only.
    QTest::newRow("inside a 7-day report") << QDate(2020, 1, 2) << QDate(2020, 1, 7) << 0ll << 0ll << 0ll;
    QTest::newRow("until before since") << QDate(2024, 1, 1) << QDate(2023, 1, 1) << 0ll << 0ll << 0ll;
}

void TestReportAggregator::dateRange()
{
    QFETCH(QDate, since);
    QFETCH(QDate, until);
    QFETCH(qint64, reports);
    QFETCH(qint64, successful);
    QFETCH(qint64, failed);
    const Aggregation result = ReportAggregator::aggregate(m_reports, ReportFilter{since, until, QString()});
    QCOMPARE(result.reports, reports);
    QCOMPARE(result.totals, counts(successful, failed));
    QCOMPARE(result.perDay.size(), reports);
}

void TestReportAggregator::policyDomain()
{
    // Written as a user types it; compared as the parser stores it.
    const Aggregation result =
        ReportAggregator::aggregate(m_reports, ReportFilter{QDate(), QDate(), u" Example.COM. "_qs});
    QCOMPARE(result.reports, 4);
    QCOMPARE(result.totals, counts(23 + 4523, 1 + 3 + 1 + 2));
    QCOMPARE(result.perPolicyDomain.keys(), QStringList{u"example.com"_qs});
    QCOMPARE(result.perOrganization, (QMap<QString, SessionCounts>{
                                         {u"Example Inc."_qs, counts(0, 3)},
                                         {u"Google Inc."_qs, counts(23 + 4523, 1 + 2)},
                                         {u"Mail.ru"_qs, counts(0, 1)},
                                     }));
    QCOMPARE(result.failedPerResultType, (Counts{
                                             {u"certificate-expired"_qs, 2},
                                             {u"certificate-host-mismatch"_qs, 1},
                                             {u"sts-policy-fetch-error"_qs, 2},
                                             {u"validation-failure"_qs, 3},
                                         }));

    const Aggregation recent =
        ReportAggregator::aggregate(m_reports, ReportFilter{QDate(2024, 1, 1), QDate(), u"example.com"_qs});
    QCOMPARE(recent.reports, 3);
    QCOMPARE(recent.totals, counts(4523, 3 + 1 + 2));

    const Aggregation none =
        ReportAggregator::aggregate(m_reports, ReportFilter{QDate(), QDate(), u"other.example"_qs});
    QCOMPARE(none.reports, 0);
    QVERIFY(none.perOrganization.isEmpty());
}

void TestReportAggregator::successRate()
{
    const Aggregation result = ReportAggregator::aggregate(m_reports);
    QVERIFY(result.totals.successRate().has_value());
    QCOMPARE(*result.totals.successRate(), 9874.0 / (9874.0 + 313.0));
    QCOMPARE(*result.perOrganization.value(u"Example Inc."_qs).successRate(), 0.0);
    QCOMPARE(*result.perDay.value(QDate(2019, 4, 14)).successRate(), 1.0);
    QVERIFY(!SessionCounts{}.successRate().has_value());
}

void TestReportAggregator::concurrentEqualsSequential()
{
    QList<Report> reports = syntheticReports(3000);
    reports += m_reports;
    // A pool of four threads and chunks of 256 reports: several chunks per thread, merged in any order.
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    const ReportFilter filters[] = {
        {},
        {QDate(2024, 3, 10), QDate(2024, 4, 10), QString()},
        {QDate(), QDate(), u"example.net"_qs},
    };
    for (const ReportFilter &filter : filters) {
        QFuture<Aggregation> future = ReportAggregator::aggregateConcurrently(reports, filter, &pool);
        future.waitForFinished();
        QVERIFY(future.isFinished() && !future.isCanceled());
        QCOMPARE(future.result(), ReportAggregator::aggregate(reports, filter));
    }
}

// The sums, recomputed from the generated JSON with nothing but QJsonDocument.
void TestReportAggregator::syntheticCorpusAgainstItsJson()
{
    constexpr int Count = 1500;
    qint64 successful = 0;
    qint64 failed = 0;
    Counts perType;
    Counts perIp;
    for (int i = 0; i < Count; ++i) {
        const QJsonObject report = QJsonDocument::fromJson(ReportFixtures::syntheticReport(i)).object();
        for (const QJsonValue &policy : report.value(u"policies"_qs).toArray()) {
            const QJsonObject summary = policy[u"summary"_qs].toObject();
            successful += summary.value(u"total-successful-session-count"_qs).toInteger();
            failed += summary.value(u"total-failure-session-count"_qs).toInteger();
            for (const QJsonValue &detail : policy[u"failure-details"_qs].toArray()) {
                const qint64 count = detail[u"failed-session-count"_qs].toInteger();
                perType[detail[u"result-type"_qs].toString()] += count;
                perIp[detail[u"sending-mta-ip"_qs].toString()] += count;
            }
        }
    }
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const Aggregation result = ReportAggregator::aggregateConcurrently(syntheticReports(Count), {}, &pool).result();
    QCOMPARE(result.reports, Count);
    QCOMPARE(result.totals, counts(successful, failed));
    QCOMPARE(result.failureDetailTotal, failed); // the generator keeps details and summary consistent
    QCOMPARE(result.failedPerResultType, perType);
    QCOMPARE(result.failedPerSendingIp, perIp);
    QCOMPARE(result.perOrganization.size(), 5);
    QCOMPARE(result.perPolicyDomain.size(), 3);
    QCOMPARE(result.perDay.size(), 60);
}

void TestReportAggregator::emptyInput()
{
    QCOMPARE(ReportAggregator::aggregateConcurrently({}).result(), Aggregation());
    QCOMPARE(ReportAggregator::aggregate({}), Aggregation());
}

// Counts up to 2^63 - 1 are valid JSON numbers; summed, they must stop at the largest qint64,
// never wrap to a negative total (nor be undefined behaviour, which the sanitizer build aborts on).
void TestReportAggregator::sumsSaturate_data()
{
    QTest::addColumn<int>("reports");
    QTest::addColumn<qint64>("sessions");
    QTest::addColumn<bool>("concurrently");
    QTest::newRow("one report at 2^63-1") << 1 << MaxCount << false;
    QTest::newRow("two reports at 2^63-1") << 2 << MaxCount << false;
    QTest::newRow("two reports at 2^62, just over") << 2 << (qint64(1) << 62) << false;
    QTest::newRow("two reports at 2^62-1, just under") << 2 << (qint64(1) << 62) - 1 << false;
    // Chunks of 256 reports: each partial sum fits, merging them does not.
    QTest::newRow("600 reports at 2^54, merged") << 600 << (qint64(1) << 54) << true;
    QTest::newRow("600 reports at 2^52, merged, exact") << 600 << (qint64(1) << 52) << true;
}

void TestReportAggregator::sumsSaturate()
{
    QFETCH(int, reports);
    QFETCH(qint64, sessions);
    QFETCH(bool, concurrently);
    const qint64 expected = sessions > MaxCount / reports ? MaxCount : sessions * reports;
    const QList<Report> list = reportsCounting(reports, sessions);
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const Aggregation result = concurrently ? ReportAggregator::aggregateConcurrently(list, {}, &pool).result()
                                            : ReportAggregator::aggregate(list);
    QCOMPARE(result.reports, reports);
    QCOMPARE(result.totals, counts(expected, expected));
    QCOMPARE(result.totals.total(), expected > MaxCount / 2 ? MaxCount : 2 * expected);
    QCOMPARE(*result.totals.successRate(), 0.5);
    QCOMPARE(result.failureDetailTotal, expected);
    QCOMPARE(result.perDay.value(QDate(2024, 1, 1)), counts(expected, expected));
    QCOMPARE(result.perOrganization.value(u"Hostile"_qs), counts(expected, expected));
    QCOMPARE(result.perPolicyDomain.value(u"example.com"_qs), counts(expected, expected));
    QCOMPARE(result.failedPerResultType, (Counts{{u"certificate-expired"_qs, expected}}));
    QCOMPARE(result.failedPerReceivingMx, (Counts{{u"mx.example.com"_qs, expected}}));
    QCOMPARE(result.failedPerSendingIp, (Counts{{u"192.0.2.1"_qs, expected}}));

    Aggregation twice = result;
    twice.merge(result);
    QCOMPARE(twice.totals.successful, sessions > MaxCount / (2 * reports) ? MaxCount : 2 * expected);
    QVERIFY(twice.failedPerSendingIp.value(u"192.0.2.1"_qs) > 0);
}

//! A report's own sums, which the table and the library show: policies and failure details.
void TestReportAggregator::reportSumsSaturate()
{
    Report report = reportsCounting(1, MaxCount).constFirst();
    report.policies.append(report.policies.constFirst());
    report.policies.first().failureDetails.append(report.policies.constFirst().failureDetails);
    QCOMPARE(report.policies.constFirst().failureDetailTotal(), MaxCount);
    QCOMPARE(report.successful(), MaxCount);
    QCOMPARE(report.failed(), MaxCount);
    QCOMPARE(report.failureDetailTotal(), MaxCount);
    SessionCounts sum{MaxCount, 1};
    sum += {MaxCount, MaxCount};
    QCOMPARE(sum, counts(MaxCount, MaxCount));
    qint64 single = MaxCount - 1;
    addCounts(single, 2);
    QCOMPARE(single, MaxCount);
    qint64 negative = std::numeric_limits<qint64>::min() + 1; // a corrupt library, not a parsed report
    addCounts(negative, -2);
    QCOMPARE(negative, std::numeric_limits<qint64>::min());
}

QTEST_GUILESS_MAIN(TestReportAggregator)
#include "tst_reportaggregator.moc"
