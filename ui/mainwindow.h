// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include "check/checkhistory.h"
#include "check/checkoptions.h"
#include "check/checkresult.h"
#include "tlsrpt/report.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QComboBox;
class QLabel;
class QAction;
class QListView;
class QPushButton;
class QSettings;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTabWidget;

namespace Sts::Check {
class CheckHandle;
class CheckHistoryService;
class CheckService;
} // namespace Sts::Check

namespace Sts::Ui {

class DomainInspector;
class EnvironmentIndicator;
class HelpWindow;
class ReportsPage;
class StartPage;
class WatchPage;

//! The application window: the domain entry, the list of checked domains on the left and the
//! inspector of the selected one. Checks run in the CheckService's thread; this window only
//! receives snapshots, so it never blocks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    //! \a historyFile: where finished checks are kept; \a reportLibraryFile: where imported
    //! TLS-RPT reports are kept; empty: the platform's data directory.
    explicit MainWindow(const Check::CheckOptions &options = {}, const QString &historyFile = {},
                        const QString &reportLibraryFile = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Starts (or restarts) the check of \a domain and shows it.
    void checkDomain(const QString &domain);
    void cancelCurrent();

    enum class ExportFormat
    {
        Json, //!< the CLI's `check --json` object
        Html, //!< a self-contained page
    };
    //! Writes the shown domain's result to \a path; false (and \a error) when nothing is shown
    //! or the file cannot be written.
    Result<void> exportCurrent(const QString &path, ExportFormat format);

    //! Opens the Settings dialog; accepted settings are saved and used by the next check.
    void openSettings();
    const Check::CheckOptions &options() const { return m_options; }

    QComboBox *domainEntry() const { return m_entry; }
    DomainInspector *inspector(const QString &domain) const;
    DomainInspector *currentInspector() const;

    //! Shows the Reports area and imports \a paths (files and folders) into the report library.
    void openReports(const QStringList &paths);
    ReportsPage *reportsPage() const { return m_reports; }
    QTabWidget *areas() const { return m_areas; }
    StartPage *startPage() const { return m_startPage; }
    QListView *domainList() const { return m_domainList; }
    Check::CheckHistoryService *historyService() const { return m_history; }
    WatchPage *watchPage() const { return m_watch; }
    //! Shows the watch list in the Domains area.
    void showWatchList();
    //! The domains in the list, in its order.
    QStringList domains() const;
    //! Takes \a domains out of the list (a running check is cancelled); their history stays.
    void removeDomains(const QStringList &domains);
    //! Shows the start page in the Domains area.
    void showStartPage();
    //! Opens the user guide ("user-guide.md") or the findings reference ("findings.md").
    void openHelp(const QString &document);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Entry
    {
        Check::CheckHandle *check = nullptr;  //!< the running check, null when none runs
        DomainInspector *inspector = nullptr; //!< null: restored from the last session, not opened yet
        QStandardItem *item = nullptr;
    };

    void createMenus();
    void createCentralArea();
    void showAbout();
    void exportWithDialog(ExportFormat format);
    void restoreSession();
    void saveSession();
    void openPolicyWizard();
    void focusEntry();
    void refreshRecent();
    QStringList selectedDomains() const;
    QStandardItem *addDomainItem(const QString &domain);
    void rememberDomain(const QString &domain);
    void connectHistory();
    void onRestoredEntry(const QString &domain, const QList<Check::CheckHistory::Entry> &last);
    void onProgress(Check::CheckHandle *check, const Check::CheckResult &snapshot);
    void onFinished(Check::CheckHandle *check, const Check::CheckResult &result);
    //! Drops \a entry's running check: it is cancelled and delivers nothing more.
    void dropCheck(Entry &entry);
    void showDomain(const QString &domain);
    void updateRunningIndicator();

    Check::CheckOptions m_options;
    QSettings *m_settings; //!< the domains typed before, offered by the entry
    Check::CheckService *m_service;
    Check::CheckHistoryService *m_history; //!< in its own thread: nothing here waits for the disk
    int m_recentRequest = 0;               //!< the start page takes the newest answer only
    QHash<int, QString> m_recordRequests;  //!< request → domain, for this window's own checks
    QHash<int, QString> m_restoreRequests; //!< request → domain restored from the last session
    QSet<int> m_removeRequests;            //!< the start page's "Clear Recent" with the history
    QComboBox *m_entry = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_running = nullptr;
    QLabel *m_entryNote = nullptr;
    EnvironmentIndicator *m_environment = nullptr;
    QStandardItemModel *m_domains = nullptr;
    QListView *m_domainList = nullptr;
    QStackedWidget *m_pages = nullptr;
    StartPage *m_startPage = nullptr;
    WatchPage *m_watch = nullptr;
    bool m_quitting = false; //!< closing for good, not into the tray
    QAction *m_recheckSelected = nullptr;
    QAction *m_removeSelected = nullptr;
    HelpWindow *m_help = nullptr;
    QTabWidget *m_areas = nullptr; //!< Domains and Reports
    ReportsPage *m_reports = nullptr;
    QHash<QString, Entry> m_entries;
    QHash<const Check::CheckHandle *, QStringList> m_runningProbes; //!< check → probes still running
    QList<TlsRpt::Report> m_loadedReports; //!< the report library's, for the inspectors' timelines
};

} // namespace Sts::Ui
