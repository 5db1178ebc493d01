// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"
#include "tlsrpt/report.h"

#include <QElapsedTimer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTabWidget;
class QTreeView;
class QTableView;
class QTimer;

namespace Sts::Ui {

class CertificatesView;
class DnsRecordsModel;
class DomainReportsView;
class FindingsView;
class HistoryView;
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

    void setResult(const Check::CheckResult &result);
    const Check::CheckResult &result() const { return m_result; }
    //! The report library's reports, from which the Reports tab picks this domain's failures.
    void setReports(const QList<TlsRpt::Report> &reports);
    //! Shows the Reports tab.
    void showReports();

    VerdictBanner *banner() const { return m_banner; }
    OverviewModel *overviewModel() const { return m_overview; }
    MxHostsModel *mxHostsModel() const { return m_mxHosts; }
    DnsRecordsModel *dnsModel() const { return m_dns; }
    CertificatesView *certificatesView() const { return m_certificates; }
    PolicyView *policyView() const { return m_policy; }
    FindingsView *findingsView() const { return m_findings; }
    HistoryView *historyView() const { return m_history; }
    DomainReportsView *reportsView() const { return m_reports; }
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

    Check::CheckResult m_result;
    VerdictBanner *m_banner;
    QTabWidget *m_tabs;
    OverviewModel *m_overview;
    MxHostsModel *m_mxHosts;
    DnsRecordsModel *m_dns;
    QTreeView *m_overviewView;
    QTableView *m_mxView = nullptr;
    QTableView *m_dnsView = nullptr;
    CertificatesView *m_certificates;
    PolicyView *m_policy;
    FindingsView *m_findings;
    HistoryView *m_history;
    DomainReportsView *m_reports;
    int m_findingsTab = -1;
    QLabel *m_footer;
    QElapsedTimer m_running; //!< since the shown check started, while it runs
    QTimer *m_tick;          //!< the footer's seconds count on while nothing else changes
};

} // namespace Sts::Ui
