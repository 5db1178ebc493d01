// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurepathsview.h"

#include "failurepathmodel.h"
#include "reporttableview.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Sts::Ui {

FailurePathsView::FailurePathsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FailurePathModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new ReportTableView(tr("Failures by sender and MX"), this))
    , m_empty(new QLabel(this))
    , m_checkDomain(new QAction(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Which sender failed to reach which MX, for what reason, and since when: the failure "
                                "details of the reports in the filter, summed per path. Double-click a row for the "
                                "failure details of its latest report."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_search->setPlaceholderText(tr("Search sender, MX, result type, domain…"));
    m_search->setAccessibleName(tr("Search failures by sender and MX"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &FailurePathsView::updateEmptyState);
    m_view->setSourceModel(m_proxy, FailurePathModel::SortRole);
    m_view->setTextElideMode(Qt::ElideMiddle); // host names differ at both ends
    m_view->sortByColumn(FailurePathModel::FailedSessionsColumn, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid())
            return;
        const FailurePathModel::Row &row = m_model->row(source.row());
        Q_EMIT pathActivated(row.key, row.path.lastReportId);
    });

    // The row's policy domain, checked live: the reports say what senders saw, the check why.
    m_view->insertAction(m_view->actions().value(0), m_checkDomain);
    connect(m_checkDomain, &QAction::triggered, this, [this] {
        const QString domain = m_checkDomain->data().toString();
        if (!domain.isEmpty())
            Q_EMIT checkDomainRequested(domain);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FailurePathsView::updateCheckAction);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FailurePathsView::updateCheckAction);
    updateCheckAction();

    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    updateEmptyState();
}

void FailurePathsView::setAggregation(const TlsRpt::Aggregation &aggregation)
{
    m_hasReports = aggregation.reports > 0;
    m_hasPaths = !aggregation.failurePaths.isEmpty();
    m_failed = aggregation.totals.failed;
    m_model->setPaths(aggregation.failurePaths);
    updateEmptyState();
}

void FailurePathsView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void FailurePathsView::updateCheckAction()
{
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    const QString domain = source.isValid() ? m_model->row(source.row()).key.policyDomain : QString();
    m_checkDomain->setData(domain);
    m_checkDomain->setEnabled(!domain.isEmpty());
    // A sender's text: an ampersand in it is no mnemonic.
    m_checkDomain->setText(domain.isEmpty() ? tr("Check the Policy Domain Now")
                                            : tr("Check %1 Now").arg(QString(domain).replace(u'&', u"&&"_qs)));
}

void FailurePathsView::updateEmptyState()
{
    QString text;
    if (!m_hasReports)
        text = tr("No reports in this selection.");
    else if (!m_hasPaths && m_failed > 0)
        text = tr("The reports count %1 failed sessions but give no failure details, so they cannot be traced to a "
                  "receiving MX.")
                   .arg(QLocale().toString(m_failed));
    else if (!m_hasPaths)
        text = tr("No failed sessions in this selection.");
    else if (m_proxy->rowCount() == 0)
        text = tr("No failure matches the search.");
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
}

} // namespace Sts::Ui
