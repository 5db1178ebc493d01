// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportspage.h"

#include "datefilteredit.h"
#include "failuredetailsmodel.h"
#include "failurepathsview.h"
#include "importsummarydialog.h"
#include "mailboxaccountsdialog.h"
#include "mailboxpasswordstore.h"
#include "mailboxsynccontroller.h"
#include "reportdashboard.h"
#include "reportdetailsview.h"
#include "reportfilterproxy.h"
#include "reportlistnotice.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "reporttext.h"
#include "tlsrpt/reportaggregator.h"
#include "tlsrpt/reportlibraryservice.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sts::Ui {

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent)
    , m_service(new TlsRpt::ReportLibraryService(this))
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
    m_libraryTab = createLibraryTab();
    m_tabs->addTab(m_libraryTab, tr("Re&ports"));
    m_paths = new FailurePathsView(m_tabs);
    //: The tab of failures by sending organisation and receiving MX host; the mnemonic is free in the window.
    m_tabs->addTab(m_paths, tr("Sender × M&X"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_paths), tr("Which sender fails to reach which MX, since when"));
    connect(m_paths, &FailurePathsView::pathActivated, this, &ReportsPage::showFailurePath);
    connect(m_dashboard, &ReportDashboard::failurePathsRequested, this, [this](const QString &search) {
        m_paths->setSearchText(search);
        m_tabs->setCurrentWidget(m_paths);
    });
    connect(m_dashboard, &ReportDashboard::resetFilterRequested, this, [this] { setFilter({}); });
    connect(m_dashboard, &ReportDashboard::importRequested, m_importFiles, &QAction::trigger);
    connect(m_dashboard, &ReportDashboard::checkDomainRequested, this, &ReportsPage::checkDomainRequested);
    connect(m_paths, &FailurePathsView::checkDomainRequested, this, &ReportsPage::checkDomainRequested);
    // The mailbox accounts beside the tabs: the filter bar has no room left at 1024 pixels.
    auto *mailbox = new QWidget(m_tabs);
    auto *mailboxLayout = new QHBoxLayout(mailbox);
    mailboxLayout->setContentsMargins(0, 0, 0, 2);
    mailboxLayout->addWidget(m_accountsButton);
    mailboxLayout->addWidget(m_syncButton);
    m_tabs->setCornerWidget(mailbox, Qt::TopRightCorner);
    layout->addWidget(m_tabs, 1);
    m_summaryDialog = new ImportSummaryDialog(this);
    m_mailbox = new MailboxSyncController(
        m_service, new MailboxPasswordStore(MailboxPasswordStore::Backend::Keychain, this), this);
    connect(m_mailbox, &MailboxSyncController::passwordNeeded, this, &ReportsPage::askMailboxPassword);
    connect(m_mailbox, &MailboxSyncController::syncStarted, this, &ReportsPage::onMailboxSyncStarted);
    connect(m_mailbox, &MailboxSyncController::syncFinished, this, &ReportsPage::onMailboxSyncFinished);
    connect(m_mailbox, &MailboxSyncController::note, this, &ReportsPage::statusMessage);
    connect(m_mailbox, &MailboxSyncController::progress, this, [this](int done, int total, const QString &folder) {
        if (m_importing)
            return; // the import's progress has the bar
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(tr("Syncing %1…").arg(m_status->fontMetrics().elidedText(folder, Qt::ElideMiddle, 300)));
    });

    connect(m_service, &TlsRpt::ReportLibraryService::importProgress, this, &ReportsPage::onImportProgress);
    connect(m_service, &TlsRpt::ReportLibraryService::importFinished, this, &ReportsPage::onImportFinished);
    connect(m_service, &TlsRpt::ReportLibraryService::reportsLoaded, this, &ReportsPage::onReportsLoaded);
    connect(m_service, &TlsRpt::ReportLibraryService::rawJsonReady, m_details, &ReportDetailsView::setRawJson);
    connect(m_service, &TlsRpt::ReportLibraryService::reportsRemoved, this, &ReportsPage::onReportsRemoved);
    connect(m_service, &TlsRpt::ReportLibraryService::openFailed, this, [this](const QString &error) {
        m_status->setText(error);
        Q_EMIT statusMessage(error);
    });
    connect(&m_aggregation, &QFutureWatcher<TlsRpt::Aggregation>::finished, this, [this] {
        if (m_aggregation.future().isCanceled())
            return; // superseded by a newer filter
        const TlsRpt::Aggregation aggregation = m_aggregation.result();
        m_dashboard->setAggregation(aggregation);
        m_paths->setAggregation(aggregation);
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

    m_since = new DateFilterEdit(tr("From (UTC)"), bar);
    m_until = new DateFilterEdit(tr("Until (UTC)"), bar);
    QLabel *sinceLabel = makeLabel(tr("Fr&om"), m_since);
    QLabel *untilLabel = makeLabel(tr("&Until"), m_until);
    auto *allDates = new QToolButton(bar);
    allDates->setText(tr("All dates"));
    connect(allDates, &QToolButton::clicked, this, [this] {
        const QSignalBlocker blockSince(m_since);
        const QSignalBlocker blockUntil(m_until);
        m_since->setDate({});
        m_until->setDate({});
        applyFilter();
    });

    auto *import = new QPushButton(tr("&Import…"), bar);
    connect(import, &QPushButton::clicked, m_importFiles, &QAction::trigger);
    // Reports straight from the mailbox: the accounts, and a sync that is its own cancel button.
    // No mnemonics: the Reports area has none left that every translation keeps free.
    m_accountsButton = new QPushButton(tr("Mailbox Accounts…"), bar);
    connect(m_accountsButton, &QPushButton::clicked, this, &ReportsPage::openAccounts);
    m_syncButton = new QPushButton(tr("Sync Now"), bar);
    m_syncButton->setToolTip(tr("Read new report mail from the mailbox accounts"));
    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (m_mailbox->isSyncing())
            m_mailbox->cancel();
        else if (m_mailbox->accounts().isEmpty())
            openAccounts();
        else
            m_mailbox->syncAll(true);
    });
    m_progress = new QProgressBar(bar);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setFormat(tr("%v of %m files"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Ca&ncel Import"), bar);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelImport);
    m_status = new QLabel(tr("Drop report files or folders here."), bar);
    m_status->setAccessibleName(tr("Import status"));
    m_status->setTextFormat(Qt::PlainText); // sync errors quote servers (a certificate's CN)
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
    connect(m_since, &DateFilterEdit::dateChanged, this, &ReportsPage::applyFilter);
    connect(m_until, &DateFilterEdit::dateChanged, this, &ReportsPage::applyFilter);
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
    m_notice = new ReportListNotice(m_model, m_proxy, top);
    connect(m_notice, &ReportListNotice::showAllRequested, this, [this] {
        m_search->clear();
        setFilter({});
    });
    connect(m_notice, &ReportListNotice::importRequested, m_importFiles, &QAction::trigger);
    layout->addWidget(m_search);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    m_deleteReports = new QAction(tr("&Delete Reports…"), m_view);
    m_deleteReports->setShortcut(QKeySequence::Delete);
    m_deleteReports->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteReports->setStatusTip(tr("Delete the selected reports from the library."));
    m_deleteReports->setEnabled(false);
    connect(m_deleteReports, &QAction::triggered, this, &ReportsPage::confirmDeleteSelected);
    m_view->addAction(m_deleteReports);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_deleteReports->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_view->model(), &QAbstractItemModel::modelReset, this,
            [this] { m_deleteReports->setEnabled(m_view->selectionModel()->hasSelection()); });
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
    // The first sync follows the opening in the library's thread; then every interval.
    m_mailbox->start();
}

MailboxAccountsDialog *ReportsPage::openAccounts()
{
    if (!m_accounts)
        m_accounts = new MailboxAccountsDialog(m_mailbox, this);
    m_accounts->show();
    m_accounts->raise();
    return m_accounts;
}

void ReportsPage::askMailboxPassword(const TlsRpt::MailboxAccount &account)
{
    // Not blocking: the sync goes on with the other accounts while this one waits.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Mailbox Password"));
    dialog->setLabelText(tr("Password for %1:").arg(account.key()));
    dialog->setTextEchoMode(QLineEdit::Password);
    const QString key = account.key();
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, key](const QString &password) { m_mailbox->providePassword(key, password); });
    connect(dialog, &QDialog::rejected, this, [this, key] { m_mailbox->providePassword(key, QString()); });
    dialog->open();
}

void ReportsPage::onMailboxSyncStarted()
{
    m_syncButton->setText(tr("Cancel Sync"));
    m_progress->setRange(0, 0); // busy until a folder says how many messages are new
    m_progress->setFormat(tr("%v of %m messages"));
    m_progress->setVisible(true);
    m_status->setText(tr("Syncing the mailbox accounts…"));
}

void ReportsPage::onMailboxSyncFinished(qint64 failedSessions, const QStringList &errors)
{
    m_syncButton->setText(tr("Sync Now"));
    if (!m_importing) {
        m_progress->setVisible(false);
        m_progress->setFormat(tr("%v of %m files"));
    }
    QString text = errors.isEmpty() ? tr("Mailboxes synced.") : errors.join(u'\n');
    m_status->setText(m_status->fontMetrics().elidedText(text.section(u'\n', 0, 0), Qt::ElideRight, 600));
    m_status->setToolTip(ReportText::plainToolTip(text));
    Q_EMIT statusMessage(text.section(u'\n', 0, 0));
    if (failedSessions > 0) {
        const QString message =
            tr("New TLS-RPT reports count %1 failed sessions.").arg(QLocale().toString(failedSessions));
        Q_EMIT statusMessage(message);
        Q_EMIT newFailuresReported(message);
    }
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

void ReportsPage::onImportFinished(const TlsRpt::ImportSummary &summary)
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
    // The calendars open where the reports are (the library is ordered by start), or at today.
    const QDate first = reports.isEmpty() ? QDate() : reports.constFirst().report.day();
    QDate last = first;
    for (const TlsRpt::StoredReport &stored : reports)
        last = std::max(last, stored.report.day());
    m_since->setCalendarPage(first);
    m_until->setCalendarPage(last);
    m_dashboard->setLibraryExtent(reports.size(), first, last);
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
    filter.since = m_since->date();
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
        m_since->setDate(filter.since);
        m_until->setDate(filter.until);
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

void ReportsPage::confirmDeleteSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(row.data(ReportTableModel::LibraryIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    const int count = int(ids.size());
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Delete Reports"),
                        tr("Delete %n report(s) from the library?", nullptr, count), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteReportsConfirmation"));
    box->setInformativeText(tr("Their policies and failure details go with them. Importing the files again brings "
                               "them back."));
    QPushButton *remove = box->addButton(tr("Delete %n Report(s)", nullptr, count), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, remove, ids] {
        if (box->clickedButton() != remove)
            return;
        m_deleteReports->setEnabled(false);
        m_status->setText(tr("Deleting %n report(s)…", nullptr, int(ids.size())));
        m_service->remove(ids);
    });
    box->open();
}

void ReportsPage::onReportsRemoved(qint64 removed, const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(error);
        Q_EMIT statusMessage(error);
        QMessageBox::warning(this, tr("Delete Reports"), error);
        return;
    }
    const QString message = tr("%n report(s) deleted from the library.", nullptr, int(removed));
    m_status->setText(message);
    Q_EMIT statusMessage(message);
    Q_EMIT reportsRemoved(removed);
}

void ReportsPage::showFailurePath(const TlsRpt::FailurePath::Key &key, const QString &reportId)
{
    int sourceRow = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TlsRpt::Report &report = m_model->report(row).report;
        if (report.reportId == reportId && report.organization == key.organization) {
            sourceRow = row;
            break;
        }
    }
    if (sourceRow < 0)
        return;
    // The sender's reports in the table, its latest on this path selected, its failures shown.
    m_search->setText(key.organization);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_tabs->setCurrentWidget(m_libraryTab);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    m_details->showFailures(key.receivingMx, key.resultType);
}

} // namespace Sts::Ui
