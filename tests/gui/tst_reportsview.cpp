// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports area of the main window, on the real reports in tests/data/tlsrpt imported into a
// temporary library: what the table, the drill-down and the charts show against an aggregation
// computed here independently, duplicates and rejections in the import summary, cancelling a
// large import, dropping files on the window, and CSV export with its formula-injection guard.
// With STS_SCREENSHOT_DIR set it also saves pictures of the dashboard, table and details.
#include "mainwindow.h"
#include "reportfixtures.h"
#include "reports/barchartview.h"
#include "reports/csvexport.h"
#include "reports/datefilteredit.h"
#include "reports/failuredetailsmodel.h"
#include "reports/failurepathmodel.h"
#include "reports/failurepathsview.h"
#include "reports/importsummarydialog.h"
#include "reports/importsummarymodel.h"
#include "reports/reportdashboard.h"
#include "reports/reportdetailsview.h"
#include "reports/reportfilterproxy.h"
#include "reports/reportpoliciesmodel.h"
#include "reports/reportspage.h"
#include "reports/reporttablemodel.h"
#include "reports/reporttableview.h"
#include "reports/reporttext.h"
#include "reports/resulttypeadviceview.h"
#include "reports/sessionschartview.h"
#include "tlsrpt/reportaggregator.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/reportlibrary.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <memory>

using namespace Sts;
using namespace Sts::TlsRpt;
using TlsRpt::ImportSummary;
using Ui::ReportsPage;

namespace {

using Tester = QAbstractItemModelTester;

//! The reports a set of paths holds, each once (first read wins), read here with the importer
//! alone: what the GUI must show after importing the same paths into its library.
QList<ImportedReport> distinctReports(const QStringList &paths)
{
    QList<Rejection> rejections;
    const ReportImporter importer;
    QList<ImportedReport> reports;
    QSet<QString> seen;
    for (const InputFile &file : ReportImporter::collectFiles(paths, &rejections)) {
        for (const ImportedReport &imported : importer.importFile(file).reports) {
            if (!seen.contains(imported.report.reportId + u'\x1f' + imported.report.organization)) {
                seen.insert(imported.report.reportId + u'\x1f' + imported.report.organization);
                reports.append(imported);
            }
        }
    }
    return reports;
}

QList<Report> reportsOf(const QList<ImportedReport> &imported)
{
    QList<Report> reports;
    for (const ImportedReport &entry : imported)
        reports.append(entry.report);
    return reports;
}

//! The value a bar chart shows for \a category in its bar set \a set.
qreal barValue(const Ui::BarChartView *chart, const QString &category, int set = 0)
{
    const qsizetype index = chart->categories().indexOf(category);
    if (index < 0)
        return -1;
    const QList<QBarSet *> sets = chart->series()->barSets();
    // Horizontal charts draw the first category on top, which Qt Charts counts last.
    const bool horizontal = chart->series()->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar ||
                            chart->series()->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    return sets.at(set)->at(int(horizontal ? chart->categories().size() - 1 - index : index));
}

//! A report built here, for the join's cases: \a details are (domain, mx host, mx ip, type, count).
struct DetailSpec
{
    QString domain;
    QString mxHost;
    QString mxIp;
    QString type;
    qint64 count;
};

Report makeReport(const QString &organization, const QString &id, QDate day, const QList<DetailSpec> &details)
{
    Report report;
    report.organization = organization;
    report.reportId = id;
    report.start = QDateTime(day, QTime(0, 0), Qt::UTC);
    report.end = report.start.addSecs(86399);
    for (const DetailSpec &spec : details) {
        qsizetype policy = 0;
        while (policy < report.policies.size() && report.policies.at(policy).domain != spec.domain)
            ++policy;
        if (policy == report.policies.size()) {
            PolicyReport added;
            added.domain = spec.domain;
            added.typeName = u"sts"_qs;
            added.type = PolicyType::Sts;
            added.successful = 10;
            report.policies.append(added);
        }
        FailureDetail detail;
        detail.receivingMxHostname = spec.mxHost;
        detail.receivingIp = spec.mxIp;
        detail.resultTypeName = spec.type;
        detail.resultType = resultTypeFromName(spec.type);
        detail.failedSessionCount = spec.count;
        report.policies[policy].failed += spec.count;
        report.policies[policy].failureDetails.append(detail);
    }
    return report;
}

//! The join computed here the plain way, row by row: "org|domain|mx|type" -> "failed|reports|first|last".
QMap<QString, QString> joinByHand(const QList<Report> &reports, const ReportFilter &filter = {})
{
    struct Sum
    {
        qint64 failed = 0;
        QSet<QString> reports;
        QDate first;
        QDate last;
    };
    QMap<QString, Sum> sums;
    for (const Report &report : reports) {
        if (!filter.coversDay(report.day()))
            continue;
        for (const PolicyReport &policy : report.policies) {
            if (!filter.policyDomain.isEmpty() && policy.domain != filter.policyDomain)
                continue;
            for (const FailureDetail &detail : policy.failureDetails) {
                const QString mx =
                    detail.receivingMxHostname.isEmpty() ? detail.receivingIp : detail.receivingMxHostname;
                Sum &sum = sums[QStringList{report.organization, policy.domain, mx, detail.resultTypeName}.join(u'|')];
                sum.failed += detail.failedSessionCount;
                sum.reports.insert(report.reportId);
                if (!sum.first.isValid() || report.day() < sum.first)
                    sum.first = report.day();
                if (!sum.last.isValid() || report.day() > sum.last)
                    sum.last = report.day();
            }
        }
    }
    QMap<QString, QString> rows;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        rows.insert(it.key(), QStringLiteral("%1|%2|%3|%4")
                                  .arg(it->failed)
                                  .arg(it->reports.size())
                                  .arg(it->first.toString(Qt::ISODate), it->last.toString(Qt::ISODate)));
    return rows;
}

//! What a FailurePathModel shows, in the same form as joinByHand.
QMap<QString, QString> joinOfModel(const QAbstractItemModel *model)
{
    using M = Ui::FailurePathModel;
    QMap<QString, QString> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        const auto sortCell = [&](int column) { return model->index(row, column).data(M::SortRole); };
        QString mx = cell(M::ReceivingMxColumn);
        if (mx == Ui::FailurePathModel::tr("(not given)"))
            mx.clear();
        QString domain = cell(M::PolicyDomainColumn);
        if (domain == Ui::ReportText::policyDomain(QString()))
            domain.clear();
        rows.insert(QStringList{cell(M::OrganizationColumn), domain, mx, cell(M::ResultTypeColumn)}.join(u'|'),
                    QStringLiteral("%1|%2|%3|%4")
                        .arg(sortCell(M::FailedSessionsColumn).toLongLong())
                        .arg(sortCell(M::ReportsColumn).toLongLong())
                        .arg(sortCell(M::FirstSeenColumn).toDate().toString(Qt::ISODate),
                             sortCell(M::LastSeenColumn).toDate().toString(Qt::ISODate)));
    }
    return rows;
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestReportsView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;
    ReportsPage *m_page = nullptr;
    QList<ImportedReport> m_expected; //!< the real samples, each once
    QString m_broken;                 //!< a file that is no report
    std::vector<std::unique_ptr<Tester>> m_testers;

    QString dataDir() const { return QStringLiteral(STS_TEST_DATA_DIR "/tlsrpt"); }

    //! Imports \a paths into \a page and waits for the summary and, when reports were added, for
    //! the reloaded table and the new aggregation.
    static ImportSummary importAndWait(ReportsPage *page, const QStringList &paths)
    {
        QSignalSpy finished(page, &ReportsPage::importFinished);
        QSignalSpy aggregated(page, &ReportsPage::aggregationReady);
        // Aggregations started before the reload are superseded; wait for one after it.
        qsizetype aggregatedBeforeLoad = -1;
        const QMetaObject::Connection connection =
            connect(page, &ReportsPage::libraryLoaded, page, [&] { aggregatedBeforeLoad = aggregated.size(); });
        page->importPaths(paths);
        const bool done = finished.wait(60000);
        const auto summary = done ? finished.constFirst().constFirst().value<ImportSummary>() : ImportSummary();
        const bool reloaded =
            !done || summary.reportsAdded == 0 ||
            QTest::qWaitFor([&] { return aggregatedBeforeLoad >= 0 && aggregated.size() > aggregatedBeforeLoad; },
                            30000);
        disconnect(connection);
        return reloaded ? summary : ImportSummary();
    }

    //! Sets \a filter and waits for the aggregation it causes.
    Aggregation filtered(const ReportFilter &filter)
    {
        QSignalSpy aggregated(m_page, &ReportsPage::aggregationReady);
        m_page->setFilter(filter);
        if (!aggregated.wait(30000))
            return {};
        return aggregated.constLast().constFirst().value<Aggregation>();
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("STS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(200); // let the charts lay out
        QVERIFY(m_window->grab().save(dir + u'/' + name + QStringLiteral(".png")));
    }

    //! The main window active, as a user's would be: keys and clicks reach it (the summary
    //! dialogs shown by imports take the activation away). Widget-level activation, which is what
    //! shortcuts and focus follow: under Xvfb without a window manager no window becomes active
    //! for the platform.
    bool activate()
    {
        QApplication::setActiveWindow(m_window.get());
        return QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window.get(); }, 2000);
    }

    int rowOf(const QString &reportId) const
    {
        const QAbstractItemModel *model = m_page->reportsView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, Ui::ReportTableModel::ReportIdColumn).data().toString() == reportId)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<Ui::MainWindow>(Check::CheckOptions{}, m_dir.filePath(u"history.sqlite"_qs),
                                                    m_dir.filePath(u"reports.sqlite"_qs));
        m_page = m_window->reportsPage();
        QVERIFY(m_page);
        QSignalSpy loaded(m_page, &ReportsPage::libraryLoaded);
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.constFirst().constFirst().value<qsizetype>(), 0);
        // Every model of the Reports area is checked for the whole run, through every reset.
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_page->reportsModel(), m_page->reportsProxy(), m_page->details()->policiesModel(),
                 m_page->details()->failuresModel(), m_page->summaryDialog()->model()})
            m_testers.push_back(std::make_unique<Tester>(model, Tester::FailureReportingMode::QtTest));

        m_expected = distinctReports({dataDir()});
        QVERIFY(m_expected.size() >= 20);
        m_broken = writeFile(m_dir.filePath(u"broken.json"_qs), "{\"organization-name\": \"x\", ");
    }

    void importRealReports()
    {
        const QString missing = m_dir.filePath(u"no-such-file.json"_qs);
        const ImportSummary summary = importAndWait(m_page, {dataDir(), m_broken, missing});
        QCOMPARE(summary.reportsAdded, m_expected.size());
        QVERIFY(!summary.canceled);
        QCOMPARE(summary.filesRead, summary.filesTotal);
        // tests/data/tlsrpt/extracted holds the reports of the .eml files again: duplicates.
        QVERIFY(summary.duplicates > 0);
        QCOMPARE(m_page->reportsModel()->rowCount(), m_expected.size());

        // The rejected files are listed, each with its reason, in the summary dialog's table.
        const Ui::ImportSummaryModel *model = m_page->summaryDialog()->model();
        QStringList rejectedFiles;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex outcome = model->index(row, Ui::ImportSummaryModel::OutcomeColumn);
            if (outcome.data(Ui::ImportSummaryModel::OutcomeRole).toInt() != int(ImportSummary::Outcome::Rejected))
                continue;
            rejectedFiles.append(model->index(row, Ui::ImportSummaryModel::FileColumn).data().toString());
            QVERIFY(!model->index(row, Ui::ImportSummaryModel::DetailColumn).data().toString().isEmpty());
        }
        QVERIFY2(rejectedFiles.contains(QDir::toNativeSeparators(m_broken)), qPrintable(rejectedFiles.join(u", ")));
        QVERIFY(rejectedFiles.contains(QDir::toNativeSeparators(missing)));
        QCOMPARE(summary.rejected, rejectedFiles.size());
        const QString headline = m_page->summaryDialog()->headlineLabel()->text();
        QVERIFY2(headline.contains(QString::number(m_expected.size())), qPrintable(headline));
        QVERIFY(m_page->summaryDialog()->isVisible());
        m_page->summaryDialog()->hide();
    }

    void tableShowsEveryReport()
    {
        const Ui::ReportTableModel *model = m_page->reportsModel();
        QCOMPARE(model->rowCount(), m_expected.size());
        for (const ImportedReport &expected : std::as_const(m_expected)) {
            const Report &report = expected.report;
            int row = 0;
            while (row < model->rowCount() && (model->report(row).report.reportId != report.reportId ||
                                               model->report(row).report.organization != report.organization))
                ++row;
            QVERIFY2(row < model->rowCount(), qPrintable(report.reportId));
            const auto cell = [&](int column) { return model->index(row, column).data(); };
            QCOMPARE(cell(Ui::ReportTableModel::OrganizationColumn).toString(), report.organization);
            QCOMPARE(cell(Ui::ReportTableModel::SuccessfulColumn).toLongLong(), report.successful());
            QCOMPARE(cell(Ui::ReportTableModel::FailedColumn).toLongLong(), report.failed());
            QCOMPARE(cell(Ui::ReportTableModel::StartColumn).toString(),
                     report.start.toString(u"yyyy-MM-dd HH:mm") + u" UTC");
            QCOMPARE(model->index(row, Ui::ReportTableModel::StartColumn).data(Ui::ReportTableModel::SortRole),
                     QVariant(report.start));
        }
        // Rounded down: 4523 of 4525 sessions is not a perfect 100.0 %.
        for (int row = 0; row < model->rowCount(); ++row) {
            const Report &report = model->report(row).report;
            if (report.successful() == 4523 && report.failed() == 2)
                QCOMPARE(model->index(row, Ui::ReportTableModel::SuccessRateColumn).data().toString(), u"99.9 %"_qs);
        }
    }

    void dashboardMatchesAggregation()
    {
        const Aggregation expected = ReportAggregator::aggregate(reportsOf(m_expected));
        const Ui::ReportDashboard *dashboard = m_page->dashboard();
        QCOMPARE(dashboard->aggregation(), expected);
        QVERIFY(dashboard->summary()->text().contains(QLocale().toString(expected.totals.total())));

        // Sessions per day: every day of the aggregation on a date axis that spans them all, with
        // the rate of each day that counted sessions (tst_sessionschart checks the drawing).
        const Ui::SessionsChartView *perDay = dashboard->sessionsPerDay();
        QCOMPARE(perDay->days(), expected.perDay);
        QVERIFY(perDay->dateAxis());
        QVERIFY(perDay->dateAxis()->min().date() < expected.perDay.firstKey());
        QVERIFY(perDay->dateAxis()->max().date() > expected.perDay.lastKey());
        qsizetype ratePoints = 0;
        for (const QLineSeries *line : perDay->rateLines())
            ratePoints += line->count();
        QCOMPARE(ratePoints, std::count_if(expected.perDay.cbegin(), expected.perDay.cend(),
                                           [](const SessionCounts &counts) { return counts.total() > 0; }));
        // Failures by type, with every type explained beside the chart.
        const Ui::BarChartView *types = dashboard->failureTypes();
        QVERIFY(!expected.failedPerResultType.isEmpty());
        QVERIFY(expected.failedPerResultType.size() <= Ui::ReportDashboard::TopEntries);
        QCOMPARE(types->categories().size(), expected.failedPerResultType.size());
        for (auto it = expected.failedPerResultType.cbegin(); it != expected.failedPerResultType.cend(); ++it)
            QCOMPARE(barValue(types, it.key()), qreal(it.value()));
        QStringList explained = dashboard->adviceView()->resultTypes();
        explained.sort();
        QCOMPARE(explained, expected.failedPerResultType.keys());
        QVERIFY(dashboard->adviceView()->toPlainText().contains(u"What to do:"));
        // Top organisations: the largest first; values as aggregated.
        const Ui::BarChartView *organizations = dashboard->organizations();
        QCOMPARE(organizations->categories().size(),
                 std::min<qsizetype>(expected.perOrganization.size(), Ui::ReportDashboard::TopEntries + 1));
        const QString top = organizations->categories().constFirst();
        for (const auto &counts : expected.perOrganization)
            QVERIFY(counts.total() <= expected.perOrganization.value(top).total());
        QCOMPARE(barValue(organizations, top, 0), qreal(expected.perOrganization.value(top).successful));
        QCOMPARE(barValue(organizations, top, 1), qreal(expected.perOrganization.value(top).failed));
        // Per receiving MX, from the failure details.
        const Ui::BarChartView *mx = dashboard->receivingMx();
        for (const QString &host : mx->categories()) {
            if (expected.failedPerReceivingMx.contains(host))
                QCOMPARE(barValue(mx, host), qreal(expected.failedPerReceivingMx.value(host)));
        }
        // Charts carry their data for screen readers.
        QVERIFY(!perDay->accessibleName().isEmpty());
        QVERIFY(types->accessibleDescription().contains(expected.failedPerResultType.firstKey()));
        m_window->areas()->setCurrentWidget(m_page);
        m_page->tabs()->setCurrentWidget(m_page->dashboard());
        screenshot(u"reports-dashboard"_qs);
    }

    void filtersRerunTheAggregation()
    {
        const QList<Report> all = reportsOf(m_expected);
        // The policy domain with the most reports, and a date range that cuts some off.
        QMap<QString, int> perDomain;
        for (const Report &report : all) {
            for (const PolicyReport &policy : report.policies)
                ++perDomain[policy.domain];
        }
        perDomain.remove(QString());
        QVERIFY(!perDomain.isEmpty());
        const QString domain = std::max_element(perDomain.cbegin(), perDomain.cend()).key();
        QVERIFY(m_page->domainFilter()->findData(domain) > 0);

        const ReportFilter byDomain{QDate(), QDate(), domain};
        const Aggregation domainOnly = filtered(byDomain);
        QCOMPARE(domainOnly, ReportAggregator::aggregate(all, byDomain));
        QCOMPARE(m_page->reportsProxy()->rowCount(), domainOnly.reports);
        QCOMPARE(m_page->domainFilter()->currentData().toString(), domain);

        const ReportFilter since2026{QDate(2026, 1, 1), QDate(2026, 12, 31), QString()};
        const Aggregation recent = filtered(since2026);
        QCOMPARE(recent, ReportAggregator::aggregate(all, since2026));
        QVERIFY(recent.reports > 0 && recent.reports < all.size());
        QCOMPARE(m_page->reportsProxy()->rowCount(), recent.reports);

        // A filter that supersedes another before it finished: only the last one is shown.
        QSignalSpy aggregated(m_page, &ReportsPage::aggregationReady);
        m_page->setFilter(byDomain);
        m_page->setFilter(since2026);
        m_page->setFilter({});
        QVERIFY(QTest::qWaitFor([&] { return m_page->dashboard()->aggregation() == ReportAggregator::aggregate(all); },
                                10000));
        QTest::qWait(100);
        QCOMPARE(aggregated.constLast().constFirst().value<Aggregation>(), ReportAggregator::aggregate(all));
        QCOMPARE(m_page->reportsProxy()->rowCount(), all.size());

        // The search field filters on any column.
        m_page->searchField()->setText(u"certificate-expired"_qs);
        QVERIFY(m_page->reportsProxy()->rowCount() >= 1);
        QVERIFY(m_page->reportsProxy()->rowCount() < all.size());
        m_page->searchField()->clear();
        QCOMPARE(m_page->reportsProxy()->rowCount(), all.size());
    }

    void dashboardAtSmallAndLargeSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void dashboardAtSmallAndLargeSizes()
    {
        QFETCH(QSize, size);
        m_window->areas()->setCurrentWidget(m_page);
        m_page->tabs()->setCurrentWidget(m_page->dashboard());
        m_window->resize(size);
        QTest::qWait(100);
        // The sender and MX names are shown, elided in the middle at most, never cut to "...".
        for (const Ui::BarChartView *chart :
             {m_page->dashboard()->organizations(), m_page->dashboard()->receivingMx()}) {
            const QStringList labels = chart->axisLabels();
            QCOMPARE(labels.size(), chart->categories().size());
            int whole = 0;
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const QString label = labels.at(i);
                const QString category = chart->categories().at(chart->categories().size() - 1 - i);
                QVERIFY2(label.size() >= std::min<qsizetype>(category.size(), 12), qPrintable(label));
                whole += label == category.toHtmlEscaped();
                if (label != category.toHtmlEscaped()) {
                    QVERIFY2(label.contains(u'…'), qPrintable(label));
                    // The start and the end of the name stay.
                    QVERIFY2(category.startsWith(label.section(u'…', 0, 0)), qPrintable(label));
                }
            }
            QVERIFY2(whole > 0, qPrintable(labels.join(u", ")));
        }
        screenshot(u"reports-dashboard-"_qs + QString::fromLatin1(QTest::currentDataTag()));
        m_window->resize(1280, 820);
    }

    void failurePathModel_data()
    {
        QTest::addColumn<QList<Report>>("reports");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QStringList>("expected"); // "org|domain|mx|type=failed|reports|first|last"

        const QString expired = u"certificate-expired"_qs;
        const QDate day1(2024, 3, 1);
        const QDate day5(2024, 3, 5);
        const QDate day9(2024, 3, 9);
        const DetailSpec mx1{u"d.example"_qs, u"mx1.d.example"_qs, u"192.0.2.1"_qs, expired, 5};
        QTest::newRow("one detail")
            << QList<Report>{makeReport(u"A"_qs, u"r1"_qs, day1, {mx1})} << QString() << QDate() << QDate()
            << QStringList{u"A|d.example|mx1.d.example|certificate-expired=5|1|2024-03-01|2024-03-01"_qs};
        QTest::newRow("one path in two reports: first and last seen")
            << QList<Report>{makeReport(u"A"_qs, u"r2"_qs, day9,
                                        {{u"d.example"_qs, u"mx1.d.example"_qs, {}, expired, 7}}),
                             makeReport(u"A"_qs, u"r1"_qs, day1, {mx1})}
            << QString() << QDate() << QDate()
            << QStringList{u"A|d.example|mx1.d.example|certificate-expired=12|2|2024-03-01|2024-03-09"_qs};
        QTest::newRow("two details of one report on one path: one report")
            << QList<Report>{makeReport(u"A"_qs, u"r1"_qs, day1,
                                        {mx1, {u"d.example"_qs, u"mx1.d.example"_qs, {}, expired, 3}})}
            << QString() << QDate() << QDate()
            << QStringList{u"A|d.example|mx1.d.example|certificate-expired=8|1|2024-03-01|2024-03-01"_qs};
        QTest::newRow("no host name: the receiving IP, then nothing")
            << QList<Report>{makeReport(u"A"_qs, u"r1"_qs, day1,
                                        {{u"d.example"_qs, {}, u"192.0.2.7"_qs, u"validation-failure"_qs, 4},
                                         {u"d.example"_qs, {}, {}, u"validation-failure"_qs, 1}})}
            << QString() << QDate() << QDate()
            << QStringList{u"A|d.example|192.0.2.7|validation-failure=4|1|2024-03-01|2024-03-01"_qs,
                           u"A|d.example||validation-failure=1|1|2024-03-01|2024-03-01"_qs};
        QTest::newRow("senders, types and domains apart")
            << QList<Report>{makeReport(u"A"_qs, u"r1"_qs, day1, {mx1}),
                             makeReport(u"B"_qs, u"r1"_qs, day5,
                                        {{u"d.example"_qs, u"mx1.d.example"_qs, {}, expired, 2}}),
                             makeReport(u"A"_qs, u"r3"_qs, day9,
                                        {{u"d.example"_qs, u"mx1.d.example"_qs, {}, u"starttls-not-supported"_qs, 3},
                                         {u"e.example"_qs, u"mx1.d.example"_qs, {}, expired, 6}})}
            << QString() << QDate() << QDate()
            << QStringList{u"A|d.example|mx1.d.example|certificate-expired=5|1|2024-03-01|2024-03-01"_qs,
                           u"A|d.example|mx1.d.example|starttls-not-supported=3|1|2024-03-09|2024-03-09"_qs,
                           u"A|e.example|mx1.d.example|certificate-expired=6|1|2024-03-09|2024-03-09"_qs,
                           u"B|d.example|mx1.d.example|certificate-expired=2|1|2024-03-05|2024-03-05"_qs};
        QTest::newRow("the domain filter keeps one domain's paths")
            << QList<Report>{makeReport(u"A"_qs, u"r1"_qs, day1,
                                        {mx1, {u"e.example"_qs, u"mx.e.example"_qs, {}, expired, 2}})}
            << u"E.example."_qs << QDate() << QDate()
            << QStringList{u"A|e.example|mx.e.example|certificate-expired=2|1|2024-03-01|2024-03-01"_qs};
        QTest::newRow("the date filter keeps the days in range")
            << QList<Report>{makeReport(u"A"_qs, u"r1"_qs, day1, {mx1}), makeReport(u"A"_qs, u"r2"_qs, day5, {mx1}),
                             makeReport(u"A"_qs, u"r3"_qs, day9, {mx1})}
            << QString() << QDate(2024, 3, 2) << QDate(2024, 3, 8)
            << QStringList{u"A|d.example|mx1.d.example|certificate-expired=5|1|2024-03-05|2024-03-05"_qs};
        QTest::newRow("no failure details: no rows") << QList<Report>{makeReport(u"A"_qs, u"r1"_qs, day1, {})}
                                                     << QString() << QDate() << QDate() << QStringList{};
    }

    void failurePathModel()
    {
        QFETCH(QList<Report>, reports);
        QFETCH(QString, domain);
        QFETCH(QDate, since);
        QFETCH(QDate, until);
        QFETCH(QStringList, expected);
        const ReportFilter filter{since, until, domain};
        // Summed in chunks on the pool, as the page does; the same as in one go.
        auto future = ReportAggregator::aggregateConcurrently(reports, filter);
        future.waitForFinished();
        const Aggregation aggregation = future.result();
        QCOMPARE(aggregation, ReportAggregator::aggregate(reports, filter));

        Ui::FailurePathsView view;
        Tester modelTester(view.model(), Tester::FailureReportingMode::QtTest);
        Tester proxyTester(view.proxy(), Tester::FailureReportingMode::QtTest);
        view.setAggregation(aggregation);
        QMap<QString, QString> expectedRows;
        for (const QString &row : std::as_const(expected))
            expectedRows.insert(row.section(u'=', 0, 0), row.section(u'=', 1));
        QCOMPARE(joinOfModel(view.model()), expectedRows);
        QCOMPARE(joinByHand(reports, filter.normalized()), expectedRows);
        QCOMPARE(view.emptyLabel()->isHidden(), !expected.isEmpty());
        // Largest first; the latest report of each path is where a double-click goes.
        for (int row = 1; row < view.proxy()->rowCount(); ++row)
            QVERIFY(view.proxy()
                        ->index(row - 1, Ui::FailurePathModel::FailedSessionsColumn)
                        .data(Ui::FailurePathModel::SortRole)
                        .toLongLong() >= view.proxy()
                                             ->index(row, Ui::FailurePathModel::FailedSessionsColumn)
                                             .data(Ui::FailurePathModel::SortRole)
                                             .toLongLong());
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const auto &path = view.model()->row(row);
            const auto latest = std::find_if(reports.cbegin(), reports.cend(), [&](const Report &report) {
                return report.reportId == path.path.lastReportId && report.organization == path.key.organization;
            });
            QVERIFY(latest != reports.cend());
            QCOMPARE(latest->day(), path.path.lastSeen);
        }
    }

    void failurePathsAnswerWhoFailsWhere()
    {
        const QList<Report> all = reportsOf(m_expected);
        QVERIFY(filtered({}).reports == all.size());
        Ui::FailurePathsView *paths = m_page->failurePaths();
        Tester modelTester(paths->model(), Tester::FailureReportingMode::QtTest);
        const QMap<QString, QString> expected = joinByHand(all);
        QVERIFY(expected.size() >= 5);
        QCOMPARE(joinOfModel(paths->model()), expected);
        QVERIFY(paths->emptyLabel()->isHidden());

        // The same filter as the dashboard.
        const QString domain = m_page->domainFilter()->itemData(1).toString();
        const ReportFilter byDomain{QDate(), QDate(), domain};
        filtered(byDomain);
        QCOMPARE(joinOfModel(paths->model()), joinByHand(all, byDomain));
        filtered({});

        // From the dashboard: the button, and a click on a sender's bar, which searches for it.
        m_window->areas()->setCurrentWidget(m_page);
        m_page->tabs()->setCurrentWidget(m_page->dashboard());
        QVERIFY(m_page->dashboard()->failurePathsButton()->isEnabled());
        m_page->dashboard()->failurePathsButton()->click();
        QCOMPARE(m_page->tabs()->currentWidget(), paths);
        QCOMPARE(paths->searchField()->text(), QString());
        screenshot(u"reports-failure-paths"_qs);
        QString failingSender;
        for (auto it = expected.cbegin(); it != expected.cend() && failingSender.isEmpty(); ++it)
            failingSender = it.key().section(u'|', 0, 0);
        m_page->tabs()->setCurrentWidget(m_page->dashboard());
        Q_EMIT m_page->dashboard()->organizations()->categoryActivated(failingSender);
        QCOMPARE(m_page->tabs()->currentWidget(), paths);
        QCOMPARE(paths->searchField()->text(), failingSender);
        QVERIFY(paths->proxy()->rowCount() > 0);
        for (int row = 0; row < paths->proxy()->rowCount(); ++row)
            QVERIFY(paths->proxy()
                        ->index(row, Ui::FailurePathModel::OrganizationColumn)
                        .data()
                        .toString()
                        .contains(failingSender));

        // Double-click: the sender's latest report on the path, its failure details, those of the path selected.
        QVERIFY(activate());
        QTableView *table = paths->view();
        const QModelIndex first = table->model()->index(0, Ui::FailurePathModel::ReceivingMxColumn);
        const auto &row = paths->model()->row(paths->proxy()->mapToSource(first).row());
        table->scrollTo(first);
        // QTest's double click needs the press of a first click before it, as a user's has.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QCOMPARE(m_page->tabs()->currentIndex(), 1);
        const QModelIndex current = m_page->reportsView()->currentIndex();
        QVERIFY(current.isValid());
        const qint64 libraryId = current.data(Ui::ReportTableModel::LibraryIdRole).toLongLong();
        const auto stored =
            std::find_if(m_page->reportsModel()->reports().cbegin(), m_page->reportsModel()->reports().cend(),
                         [&](const StoredReport &entry) { return entry.id == libraryId; });
        QCOMPARE(stored->report.reportId, row.path.lastReportId);
        QCOMPARE(stored->report.organization, row.key.organization);
        QCOMPARE(m_page->details()->libraryId(), libraryId);
        Ui::ReportTableView *failures = m_page->details()->failuresView();
        QCOMPARE(m_page->details()->tabs()->currentIndex(), 1);
        const QModelIndexList selected = failures->selectionModel()->selectedRows();
        QVERIFY(!selected.isEmpty());
        for (const QModelIndex &index : selected) {
            const auto cell = [&](int column) {
                return failures->model()->index(index.row(), column).data().toString();
            };
            const QString host = cell(Ui::FailureDetailsModel::ReceivingMxColumn);
            QCOMPARE(host.isEmpty() ? cell(Ui::FailureDetailsModel::ReceivingIpColumn) : host, row.key.receivingMx);
            QCOMPARE(cell(Ui::FailureDetailsModel::ResultTypeColumn), row.key.resultType);
        }
        m_page->searchField()->clear();
        paths->setSearchText(QString());
        m_page->details()->tabs()->setCurrentIndex(0);
    }

    void typedDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDate>("expected");
        const QDate date(2026, 2, 8);
        QTest::newRow("ISO in any locale") << u"2026-02-08"_qs << u"de_DE"_qs << date;
        QTest::newRow("ISO with spaces around") << u"  2026-02-08 "_qs << u"en_US"_qs << date;
        QTest::newRow("German short") << u"08.02.26"_qs << u"de_DE"_qs << date;
        QTest::newRow("German, four-digit year") << u"08.02.2026"_qs << u"de_DE"_qs << date;
        QTest::newRow("German, single digits") << u"8.2.2026"_qs << u"de_DE"_qs << date;
        QTest::newRow("US short") << u"2/8/26"_qs << u"en_US"_qs << date;
        QTest::newRow("US, four-digit year") << u"2/8/2026"_qs << u"en_US"_qs << date;
        QTest::newRow("French") << u"08/02/2026"_qs << u"fr_FR"_qs << date;
        QTest::newRow("Spanish") << u"8/2/26"_qs << u"es_ES"_qs << date;
        QTest::newRow("no such day") << u"2026-02-30"_qs << u"en_US"_qs << QDate();
        QTest::newRow("German order is not US order") << u"13.02.2026"_qs << u"en_US"_qs << QDate();
        QTest::newRow("a word") << u"yesterday"_qs << u"en_US"_qs << QDate();
        QTest::newRow("empty: no bound") << u""_qs << u"en_US"_qs << QDate();
    }

    void typedDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(QDate, expected);
        QCOMPARE(Ui::DateFilterEdit::parse(text, QLocale(locale)), expected);
    }

    void typedDateFiltersTheReports()
    {
        const QList<Report> all = reportsOf(m_expected);
        Ui::DateFilterEdit *since = m_page->sinceFilter();
        QSignalSpy aggregated(m_page, &ReportsPage::aggregationReady);
        QVERIFY(activate());
        since->lineEdit()->setFocus();
        QTest::keyClicks(since->lineEdit(), u"2026-01-01"_qs);
        QTest::keyClick(since->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_page->filter().since, QDate(2026, 1, 1));
        QVERIFY(aggregated.wait(10000));
        QCOMPARE(aggregated.constLast().constFirst().value<Aggregation>(),
                 ReportAggregator::aggregate(all, {QDate(2026, 1, 1), QDate(), QString()}));

        // The locale's own form is taken too, and shown back in ISO.
        aggregated.clear();
        since->lineEdit()->clear();
        QTest::keyClicks(since->lineEdit(), QLocale().toString(QDate(2025, 12, 24), QLocale::ShortFormat));
        QTest::keyClick(since->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_page->filter().since, QDate(2025, 12, 24));
        QCOMPARE(since->lineEdit()->text(), u"2025-12-24"_qs);
        QVERIFY(aggregated.wait(10000));
        QCOMPARE(aggregated.constLast().constFirst().value<Aggregation>(),
                 ReportAggregator::aggregate(all, {QDate(2025, 12, 24), QDate(), QString()}));

        // What is no date is marked, and the filter keeps its last date.
        aggregated.clear();
        since->lineEdit()->clear();
        QTest::keyClicks(since->lineEdit(), u"2025-13-01"_qs);
        QTest::keyClick(since->lineEdit(), Qt::Key_Return);
        QVERIFY(!since->hasAcceptableInput());
        QVERIFY(!since->lineEdit()->accessibleDescription().isEmpty());
        QCOMPARE(m_page->filter().since, QDate(2025, 12, 24));
        QTest::qWait(50);
        QCOMPARE(aggregated.size(), 0);

        // Emptied: any date again.
        since->lineEdit()->clear();
        QTest::keyClick(since->lineEdit(), Qt::Key_Return);
        QVERIFY(since->hasAcceptableInput());
        QCOMPARE(m_page->filter().since, QDate());
        QVERIFY(aggregated.wait(10000));
        QCOMPARE(aggregated.constLast().constFirst().value<Aggregation>(), ReportAggregator::aggregate(all));
    }

    void calendarOpensAtTheReports()
    {
        QDate first;
        QDate last;
        for (const ImportedReport &imported : std::as_const(m_expected)) {
            const QDate day = imported.report.day();
            first = first.isValid() ? std::min(first, day) : day;
            last = last.isValid() ? std::max(last, day) : day;
        }
        QVERIFY(first.year() != 2000 && first != last);
        Ui::DateFilterEdit *since = m_page->sinceFilter();
        Ui::DateFilterEdit *until = m_page->untilFilter();
        QCOMPARE(since->date(), QDate());
        since->showCalendar();
        QCOMPARE(QDate(since->calendar()->yearShown(), since->calendar()->monthShown(), 1),
                 QDate(first.year(), first.month(), 1));
        // A click in the calendar sets the bound.
        Q_EMIT since->calendar()->clicked(first.addDays(1));
        QCOMPARE(m_page->filter().since, first.addDays(1));
        until->showCalendar();
        QCOMPARE(QDate(until->calendar()->yearShown(), until->calendar()->monthShown(), 1),
                 QDate(last.year(), last.month(), 1));
        Q_EMIT until->calendar()->activated(last);
        QCOMPARE(m_page->filter().until, last);
        // With a date set, the calendar opens on it.
        since->showCalendar();
        QCOMPARE(since->calendar()->selectedDate(), first.addDays(1));
        since->calendar()->parentWidget()->close();
        filtered({});
        QCOMPARE(since->lineEdit()->text(), QString());

        // An empty library: today.
        ReportsPage page;
        QSignalSpy loaded(&page, &ReportsPage::libraryLoaded);
        page.openLibrary(m_dir.filePath(u"empty.sqlite"_qs));
        QVERIFY(loaded.wait(10000));
        page.untilFilter()->showCalendar();
        QCOMPARE(page.untilFilter()->calendar()->yearShown(), QDate::currentDate().year());
        QCOMPARE(page.untilFilter()->calendar()->monthShown(), QDate::currentDate().month());
        page.untilFilter()->calendar()->parentWidget()->close();
        // ... and its dashboard offers to import, where a filled library's offers to reset the filter.
        QVERIFY(page.dashboard()->summary()->text().contains(u"href=\"#import\""));
    }

    void emptySelectionSaysSo()
    {
        const QList<Report> all = reportsOf(m_expected);
        const Aggregation none = filtered({QDate(2001, 1, 1), QDate(2001, 1, 31), QString()});
        QCOMPARE(none.reports, 0);
        Ui::ReportDashboard *dashboard = m_page->dashboard();
        const QString summary = dashboard->summary()->text();
        QVERIFY2(!summary.contains(u"#import") && !summary.contains(u"Import"), qPrintable(summary));
        QVERIFY2(summary.contains(u"href=\"#reset\""), qPrintable(summary));
        QVERIFY2(summary.contains(QLocale().toString(all.size())) || summary.contains(QString::number(all.size())),
                 qPrintable(summary));
        // Empty charts say so, without axes to misread.
        QVERIFY(!dashboard->sessionsPerDay()->emptyLabel()->isHidden());
        QVERIFY(dashboard->sessionsPerDay()->chart()->axes().isEmpty());
        for (const Ui::BarChartView *chart :
             {dashboard->failureTypes(), dashboard->organizations(), dashboard->receivingMx()}) {
            QVERIFY(!chart->emptyLabel()->isHidden());
            QVERIFY(!chart->emptyLabel()->text().isEmpty());
            QVERIFY(chart->chart()->axes().isEmpty());
            QVERIFY(chart->axisLabels().isEmpty());
        }
        QVERIFY(!m_page->failurePaths()->emptyLabel()->isHidden());
        QVERIFY(!dashboard->failurePathsButton()->isEnabled());
        m_window->areas()->setCurrentWidget(m_page);
        m_page->tabs()->setCurrentWidget(dashboard);
        screenshot(u"reports-dashboard-empty-selection"_qs);

        // The link resets the filter.
        QSignalSpy aggregated(m_page, &ReportsPage::aggregationReady);
        Q_EMIT dashboard->summary()->linkActivated(u"#reset"_qs);
        QVERIFY(aggregated.wait(10000));
        QCOMPARE(m_page->filter().since, QDate());
        QCOMPARE(m_page->filter().until, QDate());
        QCOMPARE(dashboard->aggregation(), ReportAggregator::aggregate(all));
        QVERIFY(dashboard->sessionsPerDay()->emptyLabel()->isHidden());
        QVERIFY(!dashboard->sessionsPerDay()->chart()->axes().isEmpty());
    }

    void drillDownShowsFailuresAndRawJson()
    {
        // The report with the most failure details.
        const ImportedReport *richest = &m_expected.constFirst();
        for (const ImportedReport &imported : std::as_const(m_expected)) {
            if (imported.report.failureDetailTotal() > richest->report.failureDetailTotal())
                richest = &imported;
        }
        qsizetype details = 0;
        for (const PolicyReport &policy : richest->report.policies)
            details += policy.failureDetails.size();
        QVERIFY(details > 0);

        m_window->areas()->setCurrentWidget(m_page);
        m_page->tabs()->setCurrentIndex(1);
        const int row = rowOf(richest->report.reportId);
        QVERIFY(row >= 0);
        Ui::ReportTableView *view = m_page->reportsView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0));
        Ui::ReportDetailsView *detailsView = m_page->details();
        QVERIFY(detailsView->header()->text().contains(richest->report.organization.toHtmlEscaped()));
        QCOMPARE(detailsView->policiesModel()->rowCount(), richest->report.policies.size());
        QCOMPARE(detailsView->failuresModel()->rowCount(), details);
        const PolicyReport *failing = nullptr;
        for (const PolicyReport &policy : richest->report.policies) {
            if (!policy.failureDetails.isEmpty()) {
                failing = &policy;
                break;
            }
        }
        const FailureDetail &first = failing->failureDetails.constFirst();
        const auto failureCell = [&](int column) { return detailsView->failuresModel()->index(0, column).data(); };
        QCOMPARE(failureCell(Ui::FailureDetailsModel::ResultTypeColumn).toString(), first.resultTypeName);
        QCOMPARE(failureCell(Ui::FailureDetailsModel::FailedSessionsColumn).toLongLong(), first.failedSessionCount);
        QCOMPARE(failureCell(Ui::FailureDetailsModel::SendingIpColumn).toString(), first.sendingMtaIp);
        QCOMPARE(failureCell(Ui::FailureDetailsModel::ReceivingMxColumn).toString(), first.receivingMxHostname);
        QCOMPARE(failureCell(Ui::FailureDetailsModel::AdditionalInformationColumn).toString(),
                 first.additionalInformation);

        // The raw report, pretty-printed, arrives from the library's thread.
        QPlainTextEdit *raw = detailsView->rawJsonView();
        QVERIFY(QTest::qWaitFor([&] { return raw->toPlainText().startsWith(u'{'); }, 10000));
        QCOMPARE(QJsonDocument::fromJson(raw->toPlainText().toUtf8()), QJsonDocument::fromJson(richest->rawJson));
        QVERIFY(raw->toPlainText().contains(u"\n    \"")); // indented

        // Selecting a failure explains its result type.
        detailsView->tabs()->setCurrentIndex(1);
        detailsView->failuresView()->selectRow(0);
        QCOMPARE(detailsView->adviceView()->resultTypes(), QStringList{first.resultTypeName});
        QVERIFY(detailsView->adviceView()->toPlainText().contains(u"Usual causes:"));
        screenshot(u"reports-details"_qs);
        detailsView->tabs()->setCurrentIndex(0);
        screenshot(u"reports-table"_qs);
    }

    void secondImportAddsNothing()
    {
        const qsizetype before = m_page->reportsModel()->rowCount();
        const ImportSummary summary = importAndWait(m_page, {dataDir()});
        QCOMPARE(summary.reportsAdded, 0);
        QVERIFY(summary.duplicates >= m_expected.size());
        QCOMPARE(summary.rejected, 0);
        const Ui::ImportSummaryModel *model = m_page->summaryDialog()->model();
        int duplicates = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, Ui::ImportSummaryModel::OutcomeColumn);
            QVERIFY(index.data(Ui::ImportSummaryModel::OutcomeRole).toInt() != int(ImportSummary::Outcome::Imported));
            duplicates +=
                index.data(Ui::ImportSummaryModel::OutcomeRole).toInt() == int(ImportSummary::Outcome::Duplicate);
        }
        QCOMPARE(duplicates, summary.duplicates);
        QCOMPARE(m_page->reportsModel()->rowCount(), before);
        m_page->summaryDialog()->hide();
    }

    void droppedFilesAreImported()
    {
        // A new report, dropped on the window (anywhere): imported, and the Reports area shown.
        QByteArray json = ReportFixtures::syntheticReport(7);
        const QString file = writeFile(m_dir.filePath(u"dropped.json"_qs), json);
        m_window->areas()->setCurrentIndex(0);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(m_page, &ReportsPage::importFinished);
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(m_window->areas()->currentWidget(), m_page);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().value<ImportSummary>().reportsAdded, 1);
        QVERIFY(QTest::qWaitFor([&] { return m_page->reportsModel()->rowCount() == m_expected.size() + 1; }, 10000));
        m_page->summaryDialog()->hide();

        // Text is no file: refused, so that the cursor says so.
        QMimeData text;
        text.setText(u"example.com"_qs);
        QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.ignore();
        QApplication::sendEvent(m_window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void cancelMidwayKeepsWholeFiles()
    {
        // A folder of many reports, one per file, imported into a library of its own.
        constexpr int Files = 1500;
        const QString folder = m_dir.filePath(u"many"_qs);
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < Files; ++i)
            writeFile(QDir(folder).filePath(u"report-%1.json"_qs.arg(i, 5, 10, QChar(u'0'))),
                      ReportFixtures::syntheticReport(i));
        const QString libraryPath = m_dir.filePath(u"cancel.sqlite"_qs);
        ReportsPage page;
        QSignalSpy loaded(&page, &ReportsPage::libraryLoaded);
        page.openLibrary(libraryPath);
        QVERIFY(loaded.wait(10000));

        QSignalSpy finished(&page, &ReportsPage::importFinished);
        page.importPaths({folder});
        QVERIFY(page.isImporting());
        QVERIFY(page.progressBar()->isVisibleTo(&page));
        QVERIFY(QTest::qWaitFor([&] { return page.progressBar()->value() >= 50; }, 30000));
        page.cancelImport();
        QVERIFY(finished.wait(30000));
        const auto summary = finished.constFirst().constFirst().value<ImportSummary>();
        QVERIFY(summary.canceled);
        QVERIFY2(summary.reportsAdded >= 50 && summary.reportsAdded < Files,
                 qPrintable(QString::number(summary.reportsAdded)));
        QCOMPARE(summary.filesTotal, Files);
        QCOMPARE(summary.filesRead, summary.reportsAdded);
        QCOMPARE(summary.filesLeft(), Files - summary.reportsAdded);
        QVERIFY(!page.isImporting());
        QVERIFY(!page.progressBar()->isVisibleTo(&page));
        QVERIFY(page.summaryDialog()->headlineLabel()->text().contains(u"Canceled"));
        page.summaryDialog()->hide();

        // In the library: exactly the files read, each whole.
        ReportLibrary library(libraryPath);
        QVERIFY(library.open());
        const auto stored = library.reports();
        QVERIFY(stored);
        QCOMPARE(stored->size(), summary.reportsAdded);
        const ReportImporter importer;
        for (const StoredReport &entry : stored.value()) {
            const FileImport original = importer.importFile(entry.file);
            QCOMPARE(original.reports.size(), 1);
            const Report &report = original.reports.constFirst().report;
            QCOMPARE(entry.report.reportId, report.reportId);
            QCOMPARE(entry.report.policies.size(), report.policies.size());
            QCOMPARE(entry.report.successful(), report.successful());
            QCOMPARE(entry.report.failed(), report.failed());
            QCOMPARE(entry.report.failureDetailTotal(), report.failureDetailTotal());
        }
        QVERIFY(QTest::qWaitFor([&] { return page.reportsModel()->rowCount() == summary.reportsAdded; }, 10000));
    }

    void csvExportOfTables()
    {
        // A sender that names itself as a formula: defused in the exported reports table.
        QByteArray json = ReportFixtures::syntheticReport(11);
        const QJsonObject original = QJsonDocument::fromJson(json).object();
        QJsonObject hostile = original;
        hostile.insert(u"organization-name"_qs, u"=cmd|' /C calc'!A0"_qs);
        hostile.insert(u"report-id"_qs, u"hostile-1"_qs);
        const QString file =
            writeFile(m_dir.filePath(u"hostile.json"_qs), QJsonDocument(hostile).toJson(QJsonDocument::Compact));
        QCOMPARE(importAndWait(m_page, {file}).reportsAdded, 1);
        m_page->summaryDialog()->hide();

        const QAbstractItemModel *table = m_page->reportsView()->model();
        const QString csv = Ui::CsvExport::toCsv(table);
        const QStringList lines = csv.split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), table->rowCount() + 1);
        QVERIFY(lines.constFirst().startsWith(u"Start,End,Sender,"));
        QVERIFY(csv.contains(u"'=cmd|' /C calc'!A0"));
        QVERIFY(!csv.contains(u",=cmd"));

        const QString path = m_dir.filePath(u"reports.csv"_qs);
        const Result<void> exported = Ui::CsvExport::save(table, path);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray content = saved.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(content.mid(3)), csv);

        // The drill-down tables export the same way.
        const QString failures = Ui::CsvExport::toCsv(m_page->details()->failuresView()->model());
        QVERIFY(failures.startsWith(u"Policy domain,Result type,Failed sessions,"));
    }

    void reportTextIsPlainText()
    {
        // A sender that names itself, its MX and its explanation in markup: shown as written.
        QJsonObject hostile = QJsonDocument::fromJson(ReportFixtures::syntheticReport(13)).object();
        const QString organization = u"<b>Bold</b><img src=\"x\">"_qs;
        const QString mx = u"<i>mx</i>.hostile.example"_qs;
        hostile.insert(u"organization-name"_qs, organization);
        hostile.insert(u"report-id"_qs, u"markup-1"_qs);
        QJsonArray policies = hostile.value(u"policies"_qs).toArray();
        QJsonObject policy = policies.at(0).toObject();
        QJsonObject summary = policy.value(u"summary"_qs).toObject();
        summary.insert(u"total-failure-session-count"_qs, 100000);
        policy.insert(u"summary"_qs, summary);
        policy.insert(u"failure-details"_qs,
                      QJsonArray{QJsonObject{{u"result-type"_qs, u"certificate-expired"_qs},
                                             {u"sending-mta-ip"_qs, u"192.0.2.1"_qs},
                                             {u"receiving-mx-hostname"_qs, mx},
                                             {u"additional-information"_qs, u"<a href=\"https://x\">click</a>"_qs},
                                             {u"failed-session-count"_qs, 100000}}});
        policies.replace(0, policy);
        hostile.insert(u"policies"_qs, policies);
        const QString file =
            writeFile(m_dir.filePath(u"markup.json"_qs), QJsonDocument(hostile).toJson(QJsonDocument::Compact));
        QCOMPARE(importAndWait(m_page, {file}).reportsAdded, 1);
        m_page->summaryDialog()->hide();

        // The charts: the largest sender and MX now, escaped for Qt Charts' rich-text labels.
        const Ui::ReportDashboard *dashboard = m_page->dashboard();
        QCOMPARE(dashboard->organizations()->categories().constFirst(), organization);
        QVERIFY(dashboard->organizations()->axisLabels().constLast().startsWith(u"&lt;b&gt;"));
        QCOMPARE(dashboard->receivingMx()->categories().constFirst(), mx);
        for (const QString &label : dashboard->receivingMx()->axisLabels() + dashboard->organizations()->axisLabels())
            QVERIFY2(!label.contains(u'<'), qPrintable(label));

        // The tables: the text as written, the tooltips escaped.
        const Ui::FailurePathModel *paths = m_page->failurePaths()->model();
        int row = 0;
        while (row < paths->rowCount() && paths->row(row).key.organization != organization)
            ++row;
        QVERIFY(row < paths->rowCount());
        const QModelIndex name = paths->index(row, Ui::FailurePathModel::OrganizationColumn);
        QCOMPARE(name.data().toString(), organization);
        const QString tip = name.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"<p") && tip.contains(u"&lt;b&gt;Bold&lt;/b&gt;") && !tip.contains(u"<b>"),
                 qPrintable(tip));
        QCOMPARE(paths->index(row, Ui::FailurePathModel::ReceivingMxColumn).data().toString(), mx);
        const int tableRow = rowOf(u"markup-1"_qs);
        QVERIFY(tableRow >= 0);
        const QString tableTip = m_page->reportsView()
                                     ->model()
                                     ->index(tableRow, Ui::ReportTableModel::OrganizationColumn)
                                     .data(Qt::ToolTipRole)
                                     .toString();
        QVERIFY2(!tableTip.contains(u"<b>") && tableTip.contains(u"&lt;img"), qPrintable(tableTip));
        m_page->reportsView()->setCurrentIndex(m_page->reportsView()->model()->index(tableRow, 0));
        const QAbstractItemModel *failures = m_page->details()->failuresModel();
        const QString info =
            failures->index(0, Ui::FailureDetailsModel::AdditionalInformationColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(!info.contains(u"<a ") && info.contains(u"&lt;a href"), qPrintable(info));
    }

    void deleteReports()
    {
        m_window->areas()->setCurrentWidget(m_page);
        m_page->tabs()->setCurrentIndex(1);
        Ui::ReportTableView *view = m_page->reportsView();
        QAction *remove = m_page->deleteReportsAction();
        QVERIFY(view->actions().contains(remove)); // in the table's context menu
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        view->clearSelection();
        QVERIFY(!remove->isEnabled());

        const int before = m_page->reportsModel()->rowCount();
        QList<qint64> ids;
        for (const int row : {0, 2}) {
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ids.append(view->model()->index(row, 0).data(Ui::ReportTableModel::LibraryIdRole).toLongLong());
        }
        QVERIFY(remove->isEnabled());
        const auto confirmation = [this] { return m_page->findChild<QMessageBox *>(u"deleteReportsConfirmation"_qs); };

        // The Delete key asks first, naming how many; Cancel keeps them.
        QVERIFY(activate());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(QTest::qWaitFor([&] { return confirmation() && confirmation()->isVisible(); }, 5000));
        QVERIFY2(confirmation()->text().contains(u'2'), qPrintable(confirmation()->text()));
        QSignalSpy removed(m_page, &ReportsPage::reportsRemoved);
        confirmation()->button(QMessageBox::Cancel)->click();
        QVERIFY(QTest::qWaitFor([&] { return !confirmation(); }, 5000));
        QTest::qWait(100);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(m_page->reportsModel()->rowCount(), before);

        // Confirmed: deleted in the library's thread, and every view reloaded without them.
        QSignalSpy loaded(m_page, &ReportsPage::libraryLoaded);
        remove->trigger();
        QVERIFY(QTest::qWaitFor([&] { return confirmation() && confirmation()->isVisible(); }, 5000));
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *button : confirmation()->buttons()) {
            if (confirmation()->buttonRole(button) == QMessageBox::DestructiveRole)
                yes = button;
        }
        QVERIFY(yes);
        QVERIFY(yes->text().contains(u'2'));
        yes->click();
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.constFirst().constFirst().toLongLong(), 2);
        QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 10000));
        QCOMPARE(m_page->reportsModel()->rowCount(), before - 2);
        for (const StoredReport &stored : m_page->reportsModel()->reports())
            QVERIFY(!ids.contains(stored.id));
        QList<Report> left;
        for (const StoredReport &stored : m_page->reportsModel()->reports())
            left.append(stored.report);
        QVERIFY(QTest::qWaitFor([&] { return m_page->dashboard()->aggregation() == ReportAggregator::aggregate(left); },
                                10000));

        // In the file as well, with nothing of them left behind.
        ReportLibrary library(m_dir.filePath(u"reports.sqlite"_qs));
        QVERIFY(library.open());
        QCOMPARE(library.reportCount().value(), before - 2);
        for (const qint64 id : std::as_const(ids))
            QVERIFY(library.rawJson(id).value().isEmpty());
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_window.reset();
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
