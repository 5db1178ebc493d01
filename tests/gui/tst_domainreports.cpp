// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reports beside the checks (issue 16 item 6): the domain inspector's Reports tab sums the
// library's TLS-RPT failures of the last 30 days for its domain by result type and MX, and
// says why when there is nothing to show; the report dashboard and the failures by sender
// and MX lead from a failing MX to a live check of its policy domain. No check reaches a
// server: the resolver is a port where nothing listens.
#include "domaininspector.h"
#include "mainwindow.h"
#include "reports/domainfailuresmodel.h"
#include "reports/domainreportsview.h"
#include "reports/failurepathmodel.h"
#include "reports/failurepathsview.h"
#include "reports/reportdashboard.h"
#include "reports/reportspage.h"
#include "reports/reporttableview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;
using namespace Sts::TlsRpt;

namespace {

struct Detail
{
    QString domain;
    QString mxHost;
    QString type;
    qint64 count;
};

//! A report of \a organization for \a day: 100 successful sessions per named domain, and the
//! failures of \a details.
Report makeReport(const QString &organization, const QString &id, QDate day, const QList<Detail> &details,
                  const QStringList &domains = {})
{
    Report report;
    report.organization = organization;
    report.reportId = id;
    report.start = QDateTime(day, QTime(0, 0), Qt::UTC);
    report.end = report.start.addSecs(86399);
    const auto policyFor = [&report](const QString &domain) -> PolicyReport & {
        for (PolicyReport &policy : report.policies) {
            if (policy.domain == domain)
                return policy;
        }
        PolicyReport added;
        added.domain = domain;
        added.type = PolicyType::Sts;
        added.typeName = u"sts"_qs;
        added.successful = 100;
        report.policies.append(added);
        return report.policies.last();
    };
    for (const QString &domain : domains)
        policyFor(domain);
    for (const Detail &spec : details) {
        PolicyReport &policy = policyFor(spec.domain);
        FailureDetail detail;
        detail.receivingMxHostname = spec.mxHost;
        detail.resultTypeName = spec.type;
        detail.resultType = resultTypeFromName(spec.type);
        detail.failedSessionCount = spec.count;
        policy.failed += spec.count;
        policy.failureDetails.append(detail);
    }
    return report;
}

//! The same report as a sender mails it (RFC 8460 JSON).
QByteArray toJson(const Report &report)
{
    QJsonArray policies;
    for (const PolicyReport &policy : report.policies) {
        QJsonArray details;
        for (const FailureDetail &detail : policy.failureDetails)
            details.append(QJsonObject{{u"result-type"_qs, detail.resultTypeName},
                                       {u"sending-mta-ip"_qs, u"192.0.2.7"_qs},
                                       {u"receiving-mx-hostname"_qs, detail.receivingMxHostname},
                                       {u"failed-session-count"_qs, detail.failedSessionCount}});
        policies.append(QJsonObject{
            {u"policy"_qs, QJsonObject{{u"policy-type"_qs, u"sts"_qs},
                                       {u"policy-string"_qs, QJsonArray{u"version: STSv1"_qs, u"mode: enforce"_qs}},
                                       {u"policy-domain"_qs, policy.domain}}},
            {u"summary"_qs, QJsonObject{{u"total-successful-session-count"_qs, policy.successful},
                                        {u"total-failure-session-count"_qs, policy.failed}}},
            {u"failure-details"_qs, details}});
    }
    return QJsonDocument(QJsonObject{{u"organization-name"_qs, report.organization},
                                     {u"date-range"_qs, QJsonObject{{u"start-datetime"_qs, utcText(report.start)},
                                                                    {u"end-datetime"_qs, utcText(report.end)}}},
                                     {u"contact-info"_qs, u"tlsrpt@sender.example"_qs},
                                     {u"report-id"_qs, report.reportId},
                                     {u"policies"_qs, policies}})
        .toJson();
}

Check::CheckOptions offlineOptions()
{
    Check::CheckOptions options;
    options.resolver.forwarder = QStringLiteral("127.0.0.1@9");
    options.setTimeoutSeconds(1);
    return options;
}

const QDate Today(2026, 11, 28);

//! Reports for fail.example in and out of the window, another domain, and a quiet domain.
QList<Report> corpus(QDate today)
{
    return {
        makeReport(u"Google"_qs, u"g1"_qs, today.addDays(-1),
                   {{u"fail.example"_qs, u"mx1.fail.example"_qs, u"certificate-expired"_qs, 40},
                    {u"fail.example"_qs, u"mx2.fail.example"_qs, u"starttls-not-supported"_qs, 5},
                    {u"other.example"_qs, u"mx1.fail.example"_qs, u"certificate-expired"_qs, 1000}}),
        makeReport(u"Microsoft"_qs, u"m1"_qs, today.addDays(-29),
                   {{u"fail.example"_qs, u"mx1.fail.example"_qs, u"certificate-expired"_qs, 2}}),
        // The 31st day back is outside the 30 days.
        makeReport(u"Yahoo"_qs, u"y1"_qs, today.addDays(-30),
                   {{u"fail.example"_qs, u"mx1.fail.example"_qs, u"certificate-expired"_qs, 500}}),
        makeReport(u"Google"_qs, u"g2"_qs, today.addDays(-3), {}, {u"quiet.example"_qs}),
        makeReport(u"Google"_qs, u"g3"_qs, today.addDays(-60),
                   {{u"old.example"_qs, u"mx.old.example"_qs, u"certificate-host-mismatch"_qs, 9}}),
    };
}

} // namespace

class TestDomainReports final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool waitFor(Ui::DomainReportsView *view)
    {
        return QTest::qWaitFor([view] { return !view->isUpdating(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void failuresByTypeAndMxOfTheLast30Days()
    {
        // The join is on the policy domain as the check names it: case and a final dot aside.
        const Ui::DomainFailures failures = Ui::DomainFailures::collect(corpus(Today), u"Fail.Example."_qs, Today, 30);
        QCOMPARE(failures.domain, u"fail.example"_qs);
        QCOMPARE(failures.since, Today.addDays(-29));
        QCOMPARE(failures.reportsEver, 3);
        QCOMPARE(failures.reportsInWindow, 2);
        QCOMPARE(failures.latestReport, Today.addDays(-1));
        QCOMPARE(failures.sessions.failed, 47);
        QCOMPARE(failures.sessions.successful, 200);
        QCOMPARE(failures.rows.size(), 2);
        const Ui::DomainFailures::Row &expired = failures.rows.at(0);
        QCOMPARE(expired.resultType, u"certificate-expired"_qs);
        QCOMPARE(expired.receivingMx, u"mx1.fail.example"_qs);
        QCOMPARE(expired.failedSessions, 42); // not other.example's 1000, nor the 500 of day 31
        QCOMPARE(expired.organizations, (QStringList{u"Google"_qs, u"Microsoft"_qs}));
        QCOMPARE(expired.reports, 2);
        QCOMPARE(expired.firstSeen, Today.addDays(-29));
        QCOMPARE(expired.lastSeen, Today.addDays(-1));
        QCOMPARE(failures.rows.at(1).resultType, u"starttls-not-supported"_qs);
        QCOMPARE(failures.rows.at(1).failedSessions, 5);
    }

    void viewSaysWhyItIsEmpty_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("table");
        QTest::addColumn<QString>("says");
        QTest::newRow("failures") << u"fail.example"_qs << true << u"47 failed of 247 sessions"_qs;
        QTest::newRow("no failures") << u"quiet.example"_qs << false << u"all successful"_qs;
        QTest::newRow("none in 30 days") << u"old.example"_qs << false
                                         << u"No TLS-RPT reports for old.example in the last 30 days"_qs;
        QTest::newRow("none at all") << u"never.example"_qs << false
                                     << u"holds no TLS-RPT reports for never.example"_qs;
    }

    void viewSaysWhyItIsEmpty()
    {
        QFETCH(QString, domain);
        QFETCH(bool, table);
        QFETCH(QString, says);
        Ui::DomainReportsView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setUntil(Today);
        view.setReports(corpus(Today));
        view.setDomain(domain);
        view.show();
        QVERIFY(waitFor(&view));
        QCOMPARE(view.failures().domain, domain);
        QVERIFY2(view.summary()->text().contains(says), qPrintable(view.summary()->text()));
        QCOMPARE(view.view()->isVisible(), table);
        QCOMPARE(view.model()->rowCount() > 0, table);
        if (domain == u"old.example")
            QVERIFY(view.summary()->text().contains(Today.addDays(-60).toString(Qt::ISODate)));
        if (table) {
            const QAbstractItemModel *shown = view.view()->model();
            QCOMPARE(shown->index(0, Ui::DomainFailuresModel::ReceivingMxColumn).data().toString(),
                     u"mx1.fail.example"_qs);
            QCOMPARE(shown->index(0, Ui::DomainFailuresModel::FailedSessionsColumn).data().toLongLong(), 42);
            QCOMPARE(shown->index(0, Ui::DomainFailuresModel::SendersColumn).data().toString(),
                     u"Google, Microsoft"_qs);
        }
    }

    void hostileNamesStayText()
    {
        const QString markup = u"<b>mx</b>&amp;.example"_qs;
        Ui::DomainReportsView view;
        view.setUntil(Today);
        view.setReports(
            {makeReport(u"<i>Evil</i>"_qs, u"e1"_qs, Today, {{u"x.example"_qs, markup, u"<u>t</u>"_qs, 1}})});
        view.setDomain(u"x.example"_qs);
        QVERIFY(waitFor(&view));
        QCOMPARE(view.summary()->textFormat(), Qt::PlainText);
        QCOMPARE(view.model()->index(0, Ui::DomainFailuresModel::ReceivingMxColumn).data().toString(), markup);
        const QString tip =
            view.model()->index(0, Ui::DomainFailuresModel::SendersColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(u"<i>"_qs), qPrintable(tip)); // escaped for the tooltip's rich text
    }

    void failingMxLeadsToALiveCheckWithTheReportsBeside()
    {
        Ui::MainWindow window(offlineOptions(), m_dir.filePath(u"history.sqlite"_qs),
                              m_dir.filePath(u"reports.sqlite"_qs));
        Ui::ReportsPage *page = window.reportsPage();
        QSignalSpy loaded(page, &Ui::ReportsPage::libraryLoaded);
        window.resize(1280, 820);
        window.show();
        QVERIFY(loaded.wait(10000));
        // The reports as files, dated from today: the inspector's window ends today.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString folder = m_dir.filePath(u"reports"_qs);
        QVERIFY(QDir().mkpath(folder));
        for (const Report &report : corpus(today)) {
            QFile file(folder + u'/' + report.reportId + u".json"_qs);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(toJson(report)) > 0);
        }
        QSignalSpy aggregated(page, &Ui::ReportsPage::aggregationReady);
        page->importPaths({folder});
        QVERIFY(QTest::qWaitFor([&] { return page->dashboard()->aggregation().reports == 5; }, 30000));

        // The dashboard's failing MX: its policy domains, the most failed first, each a check.
        Ui::ReportDashboard *dashboard = page->dashboard();
        QCOMPARE(dashboard->policyDomainsOfMx(u"mx1.fail.example"_qs),
                 (QStringList{u"other.example"_qs, u"fail.example"_qs}));
        std::unique_ptr<QMenu> menu(dashboard->createMxMenu(u"mx1.fail.example"_qs));
        QAction *checkFail = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == u"fail.example")
                checkFail = action;
        }
        QVERIFY(checkFail);
        QSignalSpy requested(page, &Ui::ReportsPage::checkDomainRequested);
        window.areas()->setCurrentWidget(page);
        checkFail->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), u"fail.example"_qs);

        // The main window checks it and opens its inspector on the reports beside the check.
        QCOMPARE(window.areas()->currentIndex(), 0);
        Ui::DomainInspector *inspector = window.inspector(u"fail.example"_qs);
        QVERIFY(inspector);
        QCOMPARE(window.currentInspector(), inspector);
        QCOMPARE(inspector->currentView(), inspector->reportsView());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !inspector->reportsView()->isUpdating() && inspector->reportsView()->model()->rowCount() == 2;
            },
            10000));
        QCOMPARE(inspector->reportsView()->failures().sessions.failed, 47);
        if (const QString shots = qEnvironmentVariable("STS_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(window.grab().save(shots + u"/inspector-reported-failures.png"_qs));
        }

        // The failures by sender and MX offer the same for the row's policy domain.
        Ui::FailurePathsView *paths = page->failurePaths();
        const QAbstractItemModel *rows = paths->view()->model();
        int otherRow = -1;
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, Ui::FailurePathModel::PolicyDomainColumn).data().toString() == u"other.example")
                otherRow = row;
        }
        QVERIFY(otherRow >= 0);
        paths->view()->setCurrentIndex(rows->index(otherRow, 0));
        QVERIFY(paths->checkDomainAction()->isEnabled());
        QVERIFY(paths->checkDomainAction()->text().contains(u"other.example"_qs));
        QVERIFY(paths->view()->actions().contains(paths->checkDomainAction()));
        paths->checkDomainAction()->trigger();
        QCOMPARE(requested.size(), 2);
        QVERIFY(window.inspector(u"other.example"_qs));
        QCOMPARE(window.currentInspector(), window.inspector(u"other.example"_qs));

        // An inspector opened after the import has the reports as well.
        QVERIFY(QTest::qWaitFor(
            [&] { return window.inspector(u"other.example"_qs)->reportsView()->model()->rowCount() == 1; }, 10000));
    }
};

QTEST_MAIN(TestDomainReports)
#include "tst_domainreports.moc"
