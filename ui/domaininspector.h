// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"
#include "tlsrpt/report.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTabWidget;
class QTreeView;
class QTableView;
class QTimer;

namespace Sts::Check {
class CheckHistoryService;
}

namespace Sts::Ui {

class CertificatesView;
class DnsRecordsModel;
class DomainReportsView;
class FindingsView;
class HistoryView;
class LazyPage;
class MxHostsModel;
class OverviewModel;
class PolicyView;
class VerdictBanner;

//! Everything about one domain's check: the verdict banner and the views that fill in live.
class DomainInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainInspector)

public:
    explicit DomainInspector(QWidget *parent = nullptr);

    //! An inspector another domain's hides (a page of the main window's stack) keeps \a result
    //! and shows it when it is shown again: updating its views would make the window lay out every
    //! hidden page again (QStackedLayout asks each for its height), once per snapshot.
    void setResult(const Check::CheckResult &result);
    const Check::CheckResult &result() const { return m_result; } //!< as the check made it: English sentences
    //! The result as shown: judged again in the language loaded (VerdictJudge::forDisplay()).
    const Check::CheckResult &shownResult() const { return m_shown; }
    //! The report library's reports, from which the Reports tab picks this domain's failures.
    void setReports(const QList<TlsRpt::Report> &reports);
    //! Shows the Reports tab.
    void showReports();

    VerdictBanner *banner() const { return m_banner; }
    OverviewModel *overviewModel() const { return m_overview; }
    MxHostsModel *mxHostsModel() const { return m_mxHosts; }
    QLabel *footer() const { return m_footer; } //!< "Checked ... via ... in ... ms", or the probes running
    DnsRecordsModel *dnsModel() const { return m_dns; }
    // The views of the tabs other than Overview, MX hosts and DNS are made when first shown or
    // asked for here.
    CertificatesView *certificatesView() const;
    PolicyView *policyView() const;
    FindingsView *findingsView() const;
    HistoryView *historyView() const;
    DomainReportsView *reportsView() const;

    //! The view of the tab shown (made if its page was not yet), and the tab of \a view shown.
    QWidget *currentView() const;
    void showView(QWidget *view);

    //! For the History tab, kept until it is made: the history service (may be null) and the
    //! check it holds of this result, the report library's reports, the result as JSON.
    void setHistory(Check::CheckHistoryService *history, const QString &domain, qint64 currentId);
    void setHistoryReports(const QList<TlsRpt::Report> &reports);
    void setHistoryCurrent(const QJsonObject &current);
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *mxView() const { return m_mxView; }
    QTableView *dnsView() const { return m_dnsView; }
    QTreeView *overviewView() const { return m_overviewView; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTableView *makeTable(QAbstractItemModel *model, int sortRole, const QString &accessibleName);
    void fitMxColumns();
    void showChainOf(const QModelIndex &mxIndex);
    //! Double-click or Enter on an Overview step: the tab that explains it, at its item.
    void openOverviewStep(const QModelIndex &step);
    void selectMxRow(int host, int probe);
    void selectDnsRecord(const QString &namePrefix);
    void updateFooter();
    void showResult(); //!< m_result in the views
    QWidget *makeCertificatesView();
    QWidget *makePolicyView();
    QWidget *makeFindingsView();
    QWidget *makeHistoryView();
    QWidget *makeReportsView();

    Check::CheckResult m_result;
    Check::CheckResult m_shown;
    bool m_everShown = false;  //!< an inspector not shown yet fills its views at once (tests read them)
    bool m_viewsStale = false; //!< m_result arrived while hidden: the views show an older one
    VerdictBanner *m_banner;
    QTabWidget *m_tabs;
    OverviewModel *m_overview;
    MxHostsModel *m_mxHosts;
    DnsRecordsModel *m_dns;
    QTreeView *m_overviewView;
    QTableView *m_mxView = nullptr;
    QTableView *m_dnsView = nullptr;
    LazyPage *m_certificatesPage;
    LazyPage *m_policyPage;
    LazyPage *m_findingsPage;
    LazyPage *m_historyPage;
    LazyPage *m_reportsPage;
    CertificatesView *m_certificates = nullptr; //!< each null until its page is made
    PolicyView *m_policy = nullptr;
    FindingsView *m_findings = nullptr;
    HistoryView *m_history = nullptr;
    DomainReportsView *m_reports = nullptr;
    QList<TlsRpt::Report> m_reportList;
    Check::CheckHistoryService *m_historyService = nullptr;
    QString m_historyDomain;
    qint64 m_historyId = 0;
    QList<TlsRpt::Report> m_historyReports;
    QJsonObject m_historyCurrent;
    int m_findingsTab = -1;
    QLabel *m_footer;
    QElapsedTimer m_running; //!< since the shown check started, while it runs
    QTimer *m_tick;          //!< the footer's seconds count on while nothing else changes
};

} // namespace Sts::Ui
