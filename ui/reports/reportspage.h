// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/aggregation.h"
#include "tlsrpt/importsummary.h"
#include "tlsrpt/mailboxaccount.h"
#include "tlsrpt/reportfilter.h"
#include "tlsrpt/reportlibrary.h"

#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Sts::TlsRpt {
class ReportLibraryService;
}

namespace Sts::Ui {

class DateFilterEdit;
class MailboxAccountsDialog;
class MailboxSyncController;
class FailurePathsView;
class ImportSummaryDialog;
class ReportDashboard;
class ReportDetailsView;
class ReportFilterProxy;
class ReportListNotice;
class ReportTableModel;
class ReportTableView;

//! The Reports area: importing TLS-RPT reports into the library, the dashboard, the table of
//! reports and the drill-down into one. The library lives in its own thread and the charts are
//! summed on QtConcurrent, so nothing here blocks; a filter change cancels the summing it
//! supersedes.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    //! Opens the library at \a path (a file in the data directory, or a test's) and loads it.
    void openLibrary(const QString &path);
    //! Imports files and folders into the library; shows progress, then a summary.
    void importPaths(const QStringList &paths);
    void cancelImport();
    bool isImporting() const { return m_importing; }

    void setFilter(const TlsRpt::ReportFilter &filter);
    TlsRpt::ReportFilter filter() const;

    QAction *importFilesAction() const { return m_importFiles; }
    QAction *importFolderAction() const { return m_importFolder; }
    //! Deletes the reports selected in the table, after asking (Delete, and the table's menu).
    QAction *deleteReportsAction() const { return m_deleteReports; }
    QTabWidget *tabs() const { return m_tabs; }
    ReportDashboard *dashboard() const { return m_dashboard; }
    FailurePathsView *failurePaths() const { return m_paths; }
    ReportTableModel *reportsModel() const { return m_model; }
    ReportFilterProxy *reportsProxy() const { return m_proxy; }
    ReportTableView *reportsView() const { return m_view; }
    //! Why the table is empty, when it is.
    ReportListNotice *reportsNotice() const { return m_notice; }
    ReportDetailsView *details() const { return m_details; }
    ImportSummaryDialog *summaryDialog() const { return m_summaryDialog; }
    QComboBox *domainFilter() const { return m_domain; }
    DateFilterEdit *sinceFilter() const { return m_since; }
    DateFilterEdit *untilFilter() const { return m_until; }
    QLineEdit *searchField() const { return m_search; }
    QProgressBar *progressBar() const { return m_progress; }
    const TlsRpt::ImportSummary &lastSummary() const { return m_lastSummary; }
    //! The mailbox accounts and their syncs (Accounts…, Sync Now, the schedule).
    MailboxSyncController *mailboxSync() const { return m_mailbox; }
    QPushButton *accountsButton() const { return m_accountsButton; }
    QPushButton *syncButton() const { return m_syncButton; }
    //! Opens the Mailbox Accounts dialog (not modal); returns it.
    MailboxAccountsDialog *openAccounts();
    //! Every report the library holds, as loaded (shared, not copied).
    const QList<TlsRpt::Report> &reports() const { return m_reports; }

Q_SIGNALS:
    void libraryLoaded(qsizetype reports);
    void importFinished(const Sts::TlsRpt::ImportSummary &summary);
    void aggregationReady(const Sts::TlsRpt::Aggregation &aggregation);
    //! \a removed reports were deleted from the library (the reload follows).
    void reportsRemoved(qint64 removed);
    void statusMessage(const QString &message);
    //! The user asked for a live check of \a domain (from a failing MX or failure path).
    void checkDomainRequested(const QString &domain);
    //! A mailbox sync brought reports with failed sessions: worth a quiet notification.
    void newFailuresReported(const QString &message);

private:
    QWidget *createFilterBar();
    QWidget *createLibraryTab();
    void importFilesWithDialog();
    void importFolderWithDialog();
    void onImportProgress(int done, int total, const QString &file);
    void askMailboxPassword(const TlsRpt::MailboxAccount &account);
    void onMailboxSyncStarted();
    void onMailboxSyncFinished(qint64 failedSessions, const QStringList &errors);
    void onImportFinished(const TlsRpt::ImportSummary &summary);
    void onReportsLoaded(const QList<TlsRpt::StoredReport> &reports, const QString &error);
    void updateDomainChoices();
    void applyFilter();
    void showSelectedReport();
    //! Asks, with a window-modal box, whether to delete the selected reports; deletes on yes.
    void confirmDeleteSelected();
    void onReportsRemoved(qint64 removed, const QString &error);
    //! The failure details behind a row of the failures by sender and MX.
    void showFailurePath(const TlsRpt::FailurePath::Key &key, const QString &reportId);

    TlsRpt::ReportLibraryService *m_service;
    ReportTableModel *m_model;
    ReportFilterProxy *m_proxy;
    QList<TlsRpt::Report> m_reports; //!< what the aggregation sums; shares data with m_model
    QFutureWatcher<TlsRpt::Aggregation> m_aggregation;
    TlsRpt::ImportSummary m_lastSummary;
    bool m_importing = false;

    QAction *m_importFiles;
    QAction *m_importFolder;
    QAction *m_deleteReports = nullptr;
    QComboBox *m_domain = nullptr;
    DateFilterEdit *m_since = nullptr;
    DateFilterEdit *m_until = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    MailboxSyncController *m_mailbox = nullptr;
    MailboxAccountsDialog *m_accounts = nullptr;
    QPushButton *m_accountsButton = nullptr;
    QPushButton *m_syncButton = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReportDashboard *m_dashboard = nullptr;
    FailurePathsView *m_paths = nullptr;
    QWidget *m_libraryTab = nullptr;
    QLineEdit *m_search = nullptr;
    ReportTableView *m_view = nullptr;
    ReportListNotice *m_notice = nullptr;
    ReportDetailsView *m_details = nullptr;
    ImportSummaryDialog *m_summaryDialog = nullptr;
};

} // namespace Sts::Ui
