// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaininspector.h"

#include "models/dnsrecordsmodel.h"
#include "models/findingsmodel.h"
#include "models/mxhostsmodel.h"
#include "models/overviewmodel.h"
#include "verdictbanner.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
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
    , m_findings(new FindingsModel(this))
    , m_dns(new DnsRecordsModel(this))
    , m_overviewView(new QTreeView(this))
    , m_policyText(new QPlainTextEdit(this))
    , m_policyInfo(new QLabel(this))
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
    m_tabs->addTab(m_overviewView, tr("&Overview"));
    m_tabs->addTab(makeTable(m_mxHosts, MxHostsModel::SortRole), tr("&MX hosts"));

    auto *policyPage = new QWidget(this);
    auto *policyLayout = new QVBoxLayout(policyPage);
    m_policyInfo->setWordWrap(true);
    m_policyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_policyText->setReadOnly(true);
    m_policyText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_policyText->setAccessibleName(tr("Policy text"));
    policyLayout->addWidget(m_policyInfo);
    policyLayout->addWidget(m_policyText, 1);
    m_tabs->addTab(policyPage, tr("&Policy"));
    m_tabs->addTab(makeTable(m_dns, Qt::DisplayRole), tr("&DNS"));
    m_tabs->addTab(makeTable(m_findings, FindingsModel::SeverityRole), tr("&Findings"));
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QTableView *DomainInspector::makeTable(QAbstractItemModel *model, int sortRole)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // keep the model's order until the user sorts
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    return view;
}

void DomainInspector::setResult(const Check::CheckResult &result)
{
    m_result = result;
    m_banner->setResult(result);
    m_overview->setResult(result);
    m_overviewView->expandAll();
    m_mxHosts->setResult(result);
    m_findings->setFindings(result.findings);
    m_dns->setResult(result);
    m_tabs->setTabText(4, tr("&Findings (%1)").arg(result.findings.size()));
    updatePolicyView();
    m_footer->setText(result.complete ? tr("Checked %1 via %2 in %3 ms")
                                            .arg(QLocale().toString(result.started.toLocalTime(), QLocale::ShortFormat),
                                                 result.resolver)
                                            .arg(result.elapsedMs)
                                      : tr("%n probe(s) running: %1", nullptr, static_cast<int>(result.running.size()))
                                            .arg(result.running.join(QStringLiteral(", ")).left(300)));
}

void DomainInspector::updatePolicyView()
{
    if (!m_result.fetch) {
        m_policyInfo->setText(tr("Fetching the policy…"));
        m_policyText->clear();
        return;
    }
    const MtaSts::PolicyFetchResult &fetch = *m_result.fetch;
    QString info = tr("%1 — HTTP %2, %3 bytes, %4 ms")
                       .arg(fetch.url)
                       .arg(fetch.response.status)
                       .arg(fetch.response.body.size())
                       .arg(fetch.elapsedMs);
    if (!fetch.attempts.isEmpty())
        info += u'\n' + fetch.attempts.join(u'\n');
    m_policyInfo->setText(info);
    // Line numbers, so that findings ("line 3") can be found.
    QStringList lines;
    const QList<QByteArray> bodyLines = fetch.response.body.left(MtaSts::MaxPolicyBodySize).split('\n');
    for (qsizetype i = 0; i < bodyLines.size(); ++i)
        lines.append(QStringLiteral("%1  %2").arg(i + 1, 3).arg(QString::fromUtf8(bodyLines.at(i)).remove(u'\r')));
    const QString text = lines.join(u'\n');
    if (m_policyText->toPlainText() != text)
        m_policyText->setPlainText(text);
}

} // namespace Sts::Ui
