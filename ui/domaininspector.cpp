// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaininspector.h"

#include "check/verdictjudge.h"
#include "datetext.h"
#include "lazypage.h"
#include "models/certificatechainmodel.h"
#include "models/dnsrecordsmodel.h"
#include "models/mxhostsmodel.h"
#include "models/overviewmodel.h"
#include "net/resolver.h"
#include "reports/domainreportsview.h"
#include "verdictbanner.h"
#include "viewcopy.h"
#include "views/certificatesview.h"
#include "views/findingsview.h"
#include "views/historyview.h"
#include "views/policyview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sts::Ui {

DomainInspector::DomainInspector(QWidget *parent)
    : QWidget(parent)
    , m_banner(new VerdictBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewModel(this))
    , m_mxHosts(new MxHostsModel(this))
    , m_dns(new DnsRecordsModel(this))
    , m_overviewView(new QTreeView(this))
    , m_certificatesPage(new LazyPage([this] { return makeCertificatesView(); }, this))
    , m_policyPage(new LazyPage([this] { return makePolicyView(); }, this))
    , m_findingsPage(new LazyPage([this] { return makeFindingsView(); }, this))
    , m_historyPage(new LazyPage([this] { return makeHistoryView(); }, this))
    , m_reportsPage(new LazyPage([this] { return makeReportsView(); }, this))
    , m_footer(new QLabel(this))
    , m_tick(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    connect(m_banner, &VerdictBanner::findingRequested, this, [this](const QString &code, const QString &subject) {
        m_tabs->setCurrentIndex(m_findingsTab);
        findingsView()->selectFinding(code, subject);
    });
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_footer);
    connect(m_tick, &QTimer::timeout, this, &DomainInspector::updateFooter);
    m_footer->setTextFormat(Qt::PlainText); // names probes and the resolver as they are

    m_overviewView->setModel(m_overview);
    m_overviewView->setAccessibleName(tr("Chain of trust"));
    m_overviewView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_overviewView->setUniformRowHeights(true);
    ViewCopy::install(m_overviewView);
    // Mnemonics: the menu bar has F, C, V, T, H; the window's areas M and R; the entry's buttons
    // K and A. The translations keep them apart in the same way (tst_shortcuts walks them).
    m_tabs->addTab(m_overviewView, tr("&Overview"));
    m_mxView = makeTable(m_mxHosts, MxHostsModel::SortRole, tr("MX hosts"));
    fitMxColumns();
    m_tabs->addTab(m_mxView, tr("M&X hosts"));
    m_tabs->addTab(m_certificatesPage, tr("Cert&ificates"));
    m_tabs->addTab(m_policyPage, tr("&Policy"));
    m_dnsView = makeTable(m_dns, Qt::DisplayRole, tr("DNS records"));
    m_tabs->addTab(m_dnsView, tr("&DNS"));
    m_findingsTab = m_tabs->addTab(m_findingsPage, tr("Fi&ndings"));
    m_tabs->addTab(m_historyPage, tr("Hi&story"));
    // Beside the checks, what senders see: the domain's TLS-RPT failures of the last days.
    //: The tab of the failures senders reported (TLS-RPT) for the domain; most letters are taken.
    m_tabs->addTab(m_reportsPage, tr("Reported fail&ures"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_reportsPage), tr("TLS-RPT failures that senders reported for this domain"));
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Double-click (or Enter) on an MX address opens the chain it presented.
    connect(m_mxView, &QTableView::activated, this, &DomainInspector::showChainOf);
    connect(m_overviewView, &QTreeView::activated, this, &DomainInspector::openOverviewStep);
    // A DNS record: the finding about it, explained.
    connect(m_dnsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString name = index.siblingAtColumn(DnsRecordsModel::NameColumn).data().toString();
        if (findingsView()->selectFirstAbout(name))
            m_tabs->setCurrentIndex(m_findingsTab);
    });
}

QWidget *DomainInspector::makeCertificatesView()
{
    m_certificates = new CertificatesView;
    m_certificates->setResult(m_shown);
    return m_certificates;
}

QWidget *DomainInspector::makePolicyView()
{
    m_policy = new PolicyView;
    // A policy line: the finding about it, explained.
    connect(m_policy, &PolicyView::findingRequested, this, [this](const QString &code, const QString &subject) {
        m_tabs->setCurrentIndex(m_findingsTab);
        findingsView()->selectFinding(code, subject);
    });
    m_policy->setResult(m_shown);
    return m_policy;
}

QWidget *DomainInspector::makeFindingsView()
{
    m_findings = new FindingsView;
    m_findings->setFindings(m_shown.findings);
    return m_findings;
}

QWidget *DomainInspector::makeHistoryView()
{
    m_history = new HistoryView;
    m_history->setReports(m_historyReports);
    if (m_historyService)
        m_history->setHistory(m_historyService, m_historyDomain, m_historyId);
    if (!m_historyCurrent.isEmpty())
        m_history->setCurrent(m_historyCurrent);
    return m_history;
}

QWidget *DomainInspector::makeReportsView()
{
    m_reports = new DomainReportsView;
    m_reports->setDomain(m_result.domain);
    m_reports->setReports(m_reportList);
    return m_reports;
}

CertificatesView *DomainInspector::certificatesView() const
{
    m_certificatesPage->content();
    return m_certificates;
}

PolicyView *DomainInspector::policyView() const
{
    m_policyPage->content();
    return m_policy;
}

FindingsView *DomainInspector::findingsView() const
{
    m_findingsPage->content();
    return m_findings;
}

HistoryView *DomainInspector::historyView() const
{
    m_historyPage->content();
    return m_history;
}

DomainReportsView *DomainInspector::reportsView() const
{
    m_reportsPage->content();
    return m_reports;
}

QWidget *DomainInspector::currentView() const
{
    QWidget *page = m_tabs->currentWidget();
    if (auto *lazy = qobject_cast<LazyPage *>(page))
        return lazy->content();
    return page;
}

void DomainInspector::showView(QWidget *view)
{
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        QWidget *page = m_tabs->widget(tab);
        if (page == view || page->isAncestorOf(view)) {
            m_tabs->setCurrentIndex(tab);
            return;
        }
    }
}

void DomainInspector::setHistory(Check::CheckHistoryService *history, const QString &domain, qint64 currentId)
{
    m_historyService = history;
    m_historyDomain = domain;
    m_historyId = currentId;
    if (m_history)
        m_history->setHistory(history, domain, currentId);
}

void DomainInspector::setHistoryReports(const QList<TlsRpt::Report> &reports)
{
    m_historyReports = reports;
    if (m_history)
        m_history->setReports(reports);
}

void DomainInspector::setHistoryCurrent(const QJsonObject &current)
{
    m_historyCurrent = current;
    if (m_history)
        m_history->setCurrent(current);
}

void DomainInspector::openOverviewStep(const QModelIndex &step)
{
    using Target = OverviewModel::Target;
    const int host = step.data(OverviewModel::HostIndexRole).toInt();
    const int probe = step.data(OverviewModel::ProbeIndexRole).toInt();
    switch (Target(step.data(OverviewModel::TargetRole).toInt())) {
    case Target::StsRecord:
        selectDnsRecord(QStringLiteral("_mta-sts."));
        break;
    case Target::TlsRptRecord:
        selectDnsRecord(QStringLiteral("_smtp._tls."));
        break;
    case Target::Policy:
        m_tabs->setCurrentWidget(m_policyPage);
        break;
    case Target::MxRecords:
        m_tabs->setCurrentWidget(m_mxView);
        break;
    case Target::MxHost:
    case Target::Address:
        selectMxRow(host, probe);
        break;
    case Target::Certificate: {
        m_tabs->setCurrentWidget(m_certificatesPage);
        if (host < 0 || host >= m_result.mx.size() || probe < 0 || probe >= m_result.mx.at(host).probes.size())
            break;
        const Check::MxHostResult &mx = m_result.mx.at(host);
        const int endpoint = certificatesView()->model()->endpointRow(
            CertificateChainModel::mxLabel(mx.host, mx.probes.at(probe).address));
        if (endpoint >= 0)
            certificatesView()->select(endpoint, 0);
        break;
    }
    case Target::Findings:
        m_tabs->setCurrentIndex(m_findingsTab);
        break;
    }
}

void DomainInspector::selectMxRow(int host, int probe)
{
    m_tabs->setCurrentWidget(m_mxView);
    const QAbstractItemModel *rows = m_mxView->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, MxHostsModel::HostColumn);
        // The host's first row, or the address's own when one is given.
        if (index.data(MxHostsModel::HostIndexRole).toInt() == host &&
            (probe < 0 || index.data(MxHostsModel::ProbeIndexRole).toInt() == probe)) {
            m_mxView->setCurrentIndex(index);
            m_mxView->scrollTo(index);
            return;
        }
    }
}

void DomainInspector::selectDnsRecord(const QString &namePrefix)
{
    m_tabs->setCurrentWidget(m_dnsView);
    const QAbstractItemModel *rows = m_dnsView->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, DnsRecordsModel::NameColumn);
        if (index.data().toString().startsWith(namePrefix, Qt::CaseInsensitive)) {
            m_dnsView->setCurrentIndex(index);
            m_dnsView->scrollTo(index);
            return;
        }
    }
}

void DomainInspector::fitMxColumns()
{
    // What a postmaster reads first comes first, whatever the window's width: the host, its
    // address, whether a sender would deliver, and why. The model keeps the order of UI.md and the
    // JSON; only the view's order differs. Short columns fit their contents; the long free-text
    // ones are capped (their tooltips hold the whole text) so that one long error cannot push
    // the rest out of view.
    QHeaderView *header = m_mxView->horizontalHeader();
    const QList<int> order{
        MxHostsModel::HostColumn,        MxHostsModel::AddressColumn,  MxHostsModel::DeliverColumn,
        MxHostsModel::DaneColumn,        MxHostsModel::StartTlsColumn, MxHostsModel::TlsVersionColumn,
        MxHostsModel::CertificateColumn, MxHostsModel::DaysLeftColumn, MxHostsModel::PreferenceColumn,
        MxHostsModel::DnssecColumn,      MxHostsModel::PatternColumn,  MxHostsModel::CipherColumn,
        MxHostsModel::ResultTypeColumn};
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMaximumSectionSize(fontMetrics().horizontalAdvance(u'x') * 40);
    header->setStretchLastSection(true);
    m_mxView->setTextElideMode(Qt::ElideMiddle);
}

void DomainInspector::showChainOf(const QModelIndex &mxIndex)
{
    const int host = mxIndex.data(MxHostsModel::HostIndexRole).toInt();
    const int probe = mxIndex.data(MxHostsModel::ProbeIndexRole).toInt();
    m_tabs->setCurrentWidget(m_certificatesPage);
    if (host < 0 || host >= m_result.mx.size() || probe < 0 || probe >= m_result.mx.at(host).probes.size())
        return; // no address yet: the tab shows what there is
    const Check::MxHostResult &mx = m_result.mx.at(host);
    const int endpoint =
        certificatesView()->model()->endpointRow(CertificateChainModel::mxLabel(mx.host, mx.probes.at(probe).address));
    if (endpoint >= 0)
        certificatesView()->select(endpoint, 0); // the leaf: the certificate that decides
}

QTableView *DomainInspector::makeTable(QAbstractItemModel *model, int sortRole, const QString &accessibleName)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new QTableView(this);
    view->setAccessibleName(accessibleName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // keep the model's order until the user sorts
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Host names and addresses must show whole: fit the columns once rows arrive (a handful of
    // rows, so cheap), and leave them to the user afterwards.
    connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    view->setWordWrap(false);
    ViewCopy::install(view);
    return view;
}

void DomainInspector::setResult(const Check::CheckResult &checked)
{
    m_result = checked;
    if (m_everShown && !isVisible()) {
        m_viewsStale = true;
        return;
    }
    showResult();
}

void DomainInspector::showResult()
{
    m_viewsStale = false;
    m_shown = Check::VerdictJudge::forDisplay(m_result);
    const Check::CheckResult &result = m_shown;
    if (m_reports)
        m_reports->setDomain(result.domain);
    m_banner->setResult(result);
    m_overview->setResult(result);
    // Expanding sizes every row of the tree; inspectors of other domains do it when shown.
    if (isVisible())
        m_overviewView->expandAll();
    m_mxHosts->setResult(result);
    m_dns->setResult(result);
    if (m_certificates)
        m_certificates->setResult(result);
    if (m_policy)
        m_policy->setResult(result);
    if (m_findings)
        m_findings->setFindings(result.findings);
    const auto problems = std::count_if(result.findings.cbegin(), result.findings.cend(),
                                        [](const Finding &finding) { return finding.severity >= Severity::Warning; });
    m_tabs->setTabText(m_findingsTab, tr("Fi&ndings (%1)").arg(problems));
    if (result.complete) {
        m_tick->stop();
        m_running.invalidate();
    } else if (!m_running.isValid()) {
        m_running.start();
        m_tick->start(1000);
    }
    updateFooter();
}

void DomainInspector::updateFooter()
{
    if (m_everShown && !isVisible())
        return; // hidden: its seconds count on when it is shown again
    const Check::CheckResult &result = m_result;
    if (result.complete) {
        m_footer->setText(
            tr("Checked %1 via %2 in %3 ms")
                .arg(DateText::dateTimeSeconds(result.started), Net::Resolver::displayText(result.resolver))
                .arg(result.elapsedMs));
        return;
    }
    // Seconds that count on, so that a slow server shows as waiting, not as a frozen window.
    m_footer->setText(tr("%1 s — %n probe(s) running: %2", nullptr, static_cast<int>(result.running.size()))
                          .arg(m_running.isValid() ? m_running.elapsed() / 1000 : 0)
                          .arg(result.running.join(QStringLiteral(", ")).left(300)));
}

void DomainInspector::setReports(const QList<TlsRpt::Report> &reports)
{
    m_reportList = reports;
    if (m_reports)
        m_reports->setReports(reports);
}

void DomainInspector::showReports()
{
    m_tabs->setCurrentWidget(m_reportsPage);
}

void DomainInspector::showEvent(QShowEvent *event)
{
    m_everShown = true;
    if (m_viewsStale)
        showResult();
    else
        updateFooter();
    m_overviewView->expandAll();
    QWidget::showEvent(event);
}

} // namespace Sts::Ui
