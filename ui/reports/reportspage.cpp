// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportspage.h"

#include "importsummarydialog.h"
#include "reportdashboard.h"
#include "reportdetailsview.h"
#include "reportfilterproxy.h"
#include "reportlibraryservice.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "tlsrpt/reportaggregator.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sts::Ui {

namespace {
//! A date edit at this date stands for "no bound" and shows "any".
const QDate NoBound(2000, 1, 1);
} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent)
    , m_service(new ReportLibraryService(this))
    , m_model(new ReportTableModel(this))
    , m_proxy(new ReportFilterProxy(this))
    , m_importFiles(new QAction(tr("Import &Reports…"), this))
    , m_importFolder(new QAction(tr("Import Report &Folder…"), this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_proxy->setSourceModel(m_model);
    m_importFiles->setShortcut(QKeySequence::Open);
    m_importFiles->setStatusTip(tr("Import TLS-RPT reports: .json, .json.gz, .zip, .eml and .mbox files."));
    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_importFolder->setStatusTip(tr("Import every TLS-RPT report in a folder and its subfolders."));
    connect(m_importFiles, &QAction::triggered, this, &ReportsPage::importFilesWithDialog);
    connect(m_importFolder, &QAction::triggered, this, &ReportsPage::importFolderWithDialog);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    m_tabs = new QTabWidget(this);
    m_dashboard = new ReportDashboard(m_tabs);
    m_tabs->addTab(m_dashboard, tr("Dash&board"));
    m_tabs->addTab(createLibraryTab(), tr("Re&ports"));
    layout->addWidget(m_tabs, 1);
    m_summaryDialog = new ImportSummaryDialog(this);

    connect(m_service, &ReportLibraryService::importProgress, this, &ReportsPage::onImportProgress);
    connect(m_service, &ReportLibraryService::importFinished, this, &ReportsPage::onImportFinished);
    connect(m_service, &ReportLibraryService::reportsLoaded, this, &ReportsPage::onReportsLoaded);
    connect(m_service, &ReportLibraryService::rawJsonReady, m_details, &ReportDetailsView::setRawJson);
    connect(m_service, &ReportLibraryService::openFailed, this, [this](const QString &error) {
        m_status->setText(error);
        Q_EMIT statusMessage(error);
    });
    connect(&m_aggregation, &QFutureWatcher<TlsRpt::Aggregation>::finished, this, [this] {
        if (m_aggregation.future().isCanceled())
            return; // superseded by a newer filter
        const TlsRpt::Aggregation aggregation = m_aggregation.result();
        m_dashboard->setAggregation(aggregation);
        Q_EMIT aggregationReady(aggregation);
    });
}

ReportsPage::~ReportsPage()
{
    m_aggregation.cancel();
    m_aggregation.waitForFinished(); // the chunks hold copies of the reports; let them end first
}

QWidget *ReportsPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_domain = new QComboBox(bar);
    m_domain->setAccessibleName(tr("Policy domain"));
    m_domain->setMinimumContentsLength(18);
    m_domain->addItem(tr("All domains"), QString());
    // Mnemonic letters here avoid those of the menu bar and of the window around (File, Check,
    // Reports, Domains), so that each Alt+letter has one target.
    const auto makeLabel = [bar](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(buddy);
        return label;
    };
    QLabel *domainLabel = makeLabel(tr("&Domain"), m_domain);

    const auto makeDateEdit = [bar](const QString &name) {
        auto *edit = new QDateEdit(bar);
        edit->setAccessibleName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(NoBound);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(NoBound);
        return edit;
    };
    m_since = makeDateEdit(tr("From (UTC)"));
    m_until = makeDateEdit(tr("Until (UTC)"));
    QLabel *sinceLabel = makeLabel(tr("Fr&om"), m_since);
    QLabel *untilLabel = makeLabel(tr("&Until"), m_until);
    auto *allDates = new QToolButton(bar);
    allDates->setText(tr("All dates"));
    connect(allDates, &QToolButton::clicked, this, [this] {
        m_since->setDate(NoBound);
        m_until->setDate(NoBound);
    });

    auto *import = new QPushButton(tr("&Import…"), bar);
    connect(import, &QPushButton::clicked, m_importFiles, &QAction::trigger);
    m_progress = new QProgressBar(bar);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setFormat(tr("%v of %m files"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Ca&ncel Import"), bar);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelImport);
    m_status = new QLabel(tr("Drop report files or folders here."), bar);
    m_status->setAccessibleName(tr("Import status"));
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long file names never squeeze the bar
    m_status->setMinimumWidth(120);

    for (QWidget *widget : std::initializer_list<QWidget *>{domainLabel, m_domain, sinceLabel, m_since, untilLabel,
                                                            m_until, allDates, import, m_progress, m_cancel}) {
        layout->addWidget(widget);
        if (widget == m_domain || widget == allDates)
            layout->addSpacing(12);
    }
    layout->addWidget(m_status, 1);

    connect(m_domain, &QComboBox::currentIndexChanged, this, &ReportsPage::applyFilter);
    connect(m_since, &QDateEdit::dateChanged, this, &ReportsPage::applyFilter);
    connect(m_until, &QDateEdit::dateChanged, this, &ReportsPage::applyFilter);
    return bar;
}

QWidget *ReportsPage::createLibraryTab()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(top);
    m_search->setPlaceholderText(tr("Search sender, domain, failure type, report ID…"));
    m_search->setAccessibleName(tr("Search reports"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(tr("Search Reports"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(1);
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_view = new ReportTableView(tr("Reports"), top);
    m_view->setSourceModel(m_proxy, ReportTableModel::SortRole);
    m_view->sortByColumn(ReportTableModel::StartColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    m_details = new ReportDetailsView(splitter);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 460});
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportsPage::showSelectedReport);
    return splitter;
}

void ReportsPage::openLibrary(const QString &path)
{
    m_status->setText(tr("Opening the report library…"));
    m_service->open(path);
}

void ReportsPage::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_importing = true;
    m_progress->setRange(0, 0); // busy until the files are counted
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Importing…"));
    m_service->import(paths);
}

void ReportsPage::cancelImport()
{
    if (!m_importing)
        return;
    m_service->cancelImport();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Canceling after the current file…"));
}

void ReportsPage::importFilesWithDialog()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import TLS-RPT Reports"), QString(),
                                      tr("TLS-RPT reports (*.json *.gz *.zip *.eml *.mbox *.mbx);;All files (*)"));
    importPaths(files);
}

void ReportsPage::importFolderWithDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of TLS-RPT Reports"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void ReportsPage::onImportProgress(int done, int total, const QString &file)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    if (!file.isEmpty() && m_cancel->isEnabled())
        m_status->setText(m_status->fontMetrics().elidedText(file, Qt::ElideMiddle, 400));
}

void ReportsPage::onImportFinished(const ImportSummary &summary)
{
    m_importing = false;
    m_lastSummary = summary;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const QString headline = ImportSummaryDialog::headline(summary);
    m_status->setText(headline);
    m_summaryDialog->setSummary(summary);
    m_summaryDialog->show(); // modeless: the reports can be read while it is open
    Q_EMIT statusMessage(headline);
    Q_EMIT importFinished(summary);
}

void ReportsPage::onReportsLoaded(const QList<TlsRpt::StoredReport> &reports, const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(error);
        Q_EMIT statusMessage(error);
        return;
    }
    m_reports = TlsRpt::reportsOf(reports);
    m_model->setReports(reports);
    m_details->clear();
    if (!m_importing)
        m_status->setText(
            tr("%n report(s) in the library. Drop files or folders here to add more.", nullptr, int(reports.size())));
    updateDomainChoices();
    applyFilter();
    Q_EMIT libraryLoaded(reports.size());
}

void ReportsPage::updateDomainChoices()
{
    QStringList domains;
    for (const TlsRpt::Report &report : std::as_const(m_reports)) {
        for (const TlsRpt::PolicyReport &policy : report.policies) {
            if (!policy.domain.isEmpty() && !domains.contains(policy.domain))
                domains.append(policy.domain);
        }
    }
    domains.sort();
    const QString current = m_domain->currentData().toString();
    const QSignalBlocker blocker(m_domain); // one aggregation after loading, not one per item
    while (m_domain->count() > 1)
        m_domain->removeItem(1);
    for (const QString &domain : std::as_const(domains))
        m_domain->addItem(domain, domain);
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(current)));
}

TlsRpt::ReportFilter ReportsPage::filter() const
{
    TlsRpt::ReportFilter filter;
    if (m_since->date() != NoBound)
        filter.since = m_since->date();
    if (m_until->date() != NoBound)
        filter.until = m_until->date();
    filter.policyDomain = m_domain->currentData().toString();
    return filter;
}

void ReportsPage::setFilter(const TlsRpt::ReportFilter &filter)
{
    {
        const QSignalBlocker blockDomain(m_domain);
        const QSignalBlocker blockSince(m_since);
        const QSignalBlocker blockUntil(m_until);
        int domain = m_domain->findData(filter.normalized().policyDomain);
        if (domain < 0) {
            m_domain->addItem(filter.normalized().policyDomain, filter.normalized().policyDomain);
            domain = m_domain->count() - 1;
        }
        m_domain->setCurrentIndex(domain);
        m_since->setDate(filter.since.isValid() ? filter.since : NoBound);
        m_until->setDate(filter.until.isValid() ? filter.until : NoBound);
    }
    applyFilter();
}

void ReportsPage::applyFilter()
{
    const TlsRpt::ReportFilter current = filter();
    m_proxy->setReportFilter(current);
    // A newer filter supersedes the summing still running for the old one.
    m_aggregation.cancel();
    m_aggregation.setFuture(TlsRpt::ReportAggregator::aggregateConcurrently(m_reports, current));
}

void ReportsPage::showSelectedReport()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    m_details->setReport(m_model->report(current.row()));
    m_service->fetchRawJson(m_model->report(current.row()).id);
}

} // namespace Sts::Ui
