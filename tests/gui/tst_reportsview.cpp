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
#include "reports/failuredetailsmodel.h"
#include "reports/importsummarydialog.h"
#include "reports/importsummarymodel.h"
#include "reports/reportdashboard.h"
#include "reports/reportdetailsview.h"
#include "reports/reportfilterproxy.h"
#include "reports/reportpoliciesmodel.h"
#include "reports/reportspage.h"
#include "reports/reporttablemodel.h"
#include "reports/reporttableview.h"
#include "reports/resulttypeadviceview.h"
#include "tlsrpt/reportaggregator.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/reportlibrary.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Sts;
using namespace Sts::TlsRpt;
using Ui::ImportSummary;
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

        // Sessions per day: every day of the aggregation, successful and failed stacked.
        const Ui::BarChartView *perDay = dashboard->sessionsPerDay();
        QCOMPARE(perDay->series()->barSets().size(), 2);
        for (auto it = expected.perDay.cbegin(); it != expected.perDay.cend(); ++it) {
            const bool oneYear = expected.perDay.firstKey().year() == expected.perDay.lastKey().year();
            const QString day = it.key().toString(oneYear ? u"MM-dd" : u"yyyy-MM-dd");
            QCOMPARE(barValue(perDay, day, 0), qreal(it.value().successful));
            QCOMPARE(barValue(perDay, day, 1), qreal(it.value().failed));
        }
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
        QString error;
        QVERIFY2(Ui::CsvExport::save(table, path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray content = saved.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(content.mid(3)), csv);

        // The drill-down tables export the same way.
        const QString failures = Ui::CsvExport::toCsv(m_page->details()->failuresView()->model());
        QVERIFY(failures.startsWith(u"Policy domain,Result type,Failed sessions,"));
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_window.reset();
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
