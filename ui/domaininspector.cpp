// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaininspector.h"

#include "models/dnsrecordsmodel.h"
#include "models/mxhostsmodel.h"
#include "models/overviewmodel.h"
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
    , m_certificates(new CertificatesView(this))
    , m_policy(new PolicyView(this))
    , m_findings(new FindingsView(this))
    , m_history(new HistoryView(this))
    , m_footer(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_footer);

    m_overviewView->setModel(m_overview);
    m_overviewView->setAccessibleName(tr("Chain of trust"));
    m_overviewView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_overviewView->setUniformRowHeights(true);
    ViewCopy::install(m_overviewView);
    m_tabs->addTab(m_overviewView, tr("&Overview"));
    m_tabs->addTab(makeTable(m_mxHosts, MxHostsModel::SortRole, tr("MX hosts")), tr("&MX hosts"));
    m_tabs->addTab(m_certificates, tr("Cer&tificates"));
    m_tabs->addTab(m_policy, tr("&Policy"));
    m_tabs->addTab(makeTable(m_dns, Qt::DisplayRole, tr("DNS records")), tr("&DNS"));
    m_findingsTab = m_tabs->addTab(m_findings, tr("&Findings"));
    m_tabs->addTab(m_history, tr("&History"));
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    // Host names and addresses must show whole: fit the columns once rows arrive (a handful of
    // rows, so cheap), and leave them to the user afterwards.
    connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    view->setWordWrap(false);
    ViewCopy::install(view);
    return view;
}

void DomainInspector::setResult(const Check::CheckResult &result)
{
    m_result = result;
    m_banner->setResult(result);
    m_overview->setResult(result);
    // Expanding sizes every row of the tree; inspectors of other domains do it when shown.
    if (isVisible())
        m_overviewView->expandAll();
    m_mxHosts->setResult(result);
    m_dns->setResult(result);
    m_certificates->setResult(result);
    m_policy->setResult(result);
    m_findings->setFindings(result.findings);
    const auto problems = std::count_if(result.findings.cbegin(), result.findings.cend(),
                                        [](const Finding &finding) { return finding.severity >= Severity::Warning; });
    m_tabs->setTabText(m_findingsTab, tr("&Findings (%1)").arg(problems));
    m_footer->setText(result.complete ? tr("Checked %1 via %2 in %3 ms")
                                            .arg(QLocale().toString(result.started.toLocalTime(), QLocale::ShortFormat),
                                                 result.resolver)
                                            .arg(result.elapsedMs)
                                      : tr("%n probe(s) running: %1", nullptr, static_cast<int>(result.running.size()))
                                            .arg(result.running.join(QStringLiteral(", ")).left(300)));
}

void DomainInspector::showEvent(QShowEvent *event)
{
    m_overviewView->expandAll();
    QWidget::showEvent(event);
}

} // namespace Sts::Ui
