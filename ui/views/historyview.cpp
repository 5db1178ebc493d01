// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyview.h"

#include "check/checkhistoryservice.h"
#include "check/resultcomparison.h"
#include "datetext.h"
#include "models/verdictitem.h"
#include "resulttable.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "tlsrpt/reportaggregator.h"

#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Sts::Ui {

namespace {

constexpr int IdRole = Qt::UserRole;

QStandardItem *readOnlyItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_checks(new QStandardItemModel(this))
    , m_changes(new QStandardItemModel(this))
    , m_timeline(new TimelineModel(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
{
    m_checks->setHorizontalHeaderLabels({tr("Checked"), tr("Verdict")});
    m_changes->setHorizontalHeaderLabels({tr("Subject"), tr("What"), tr("Then"), tr("Now")});
    m_checksView = ResultTable::create(m_checks, tr("Earlier checks"), this);
    m_changesView = ResultTable::create(m_changes, tr("Changes since the selected check"), this);
    m_checksView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_checksView);
    splitter->addWidget(m_changesView);
    splitter->setStretchFactor(1, 3);
    // The timeline above (made when first shown: a chart costs several milliseconds to build, and
    // every inspector has a History tab that most are never opened at), the checks and what
    // changed below.
    m_vertical->addWidget(splitter);
    m_vertical->setStretchFactor(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_vertical);
    connect(&m_failureCount, &QFutureWatcher<TlsRpt::Aggregation>::finished, this, [this] {
        if (m_failureCount.isCanceled() || m_failureCount.future().resultCount() == 0)
            return;
        const TlsRpt::Aggregation aggregation = m_failureCount.result();
        QMap<QDate, qint64> failures;
        for (auto it = aggregation.perDay.cbegin(); it != aggregation.perDay.cend(); ++it) {
            if (it.value().failed > 0)
                failures.insert(it.key(), it.value().failed);
        }
        m_timeline->setFailuresPerDay(failures);
    });
    connect(m_checksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::compareSelected);
}

void HistoryView::showEvent(QShowEvent *event)
{
    if (!m_timelineView) {
        m_timelineView = new TimelineView(m_timeline, this);
        m_timelineView->setObjectName(QStringLiteral("timeline"));
        m_vertical->insertWidget(0, m_timelineView);
        m_vertical->setStretchFactor(1, 1);
    }
    QWidget::showEvent(event);
}

void HistoryView::setHistory(Check::CheckHistoryService *history, const QString &domain, qint64 currentId)
{
    if (m_history != history) {
        if (m_history)
            disconnect(m_history, nullptr, this, nullptr);
        m_history = history;
        if (history) {
            connect(history, &Check::CheckHistoryService::entriesReady, this,
                    [this](int request, const QString &, const QList<Check::CheckHistory::Entry> &entries) {
                        onEntries(request, entries);
                    });
            connect(history, &Check::CheckHistoryService::loaded, this,
                    [this](int request, qint64, const QJsonObject &earlier) { onLoaded(request, earlier); });
        }
    }
    m_currentId = currentId;
    const bool otherDomain = domain != m_domain;
    m_domain = domain;
    if (otherDomain)
        countFailures();
    m_loadRequest = 0;
    m_checks->removeRows(0, m_checks->rowCount());
    m_entriesRequest = history ? history->entries(domain) : 0;
    compareSelected();
}

void HistoryView::setReports(const QList<TlsRpt::Report> &reports)
{
    m_reports = reports;
    countFailures();
}

void HistoryView::countFailures()
{
    m_failureCount.cancel();
    if (m_domain.isEmpty() || m_reports.isEmpty()) {
        m_timeline->setFailuresPerDay({});
        return;
    }
    TlsRpt::ReportFilter filter;
    filter.policyDomain = m_domain;
    m_failureCount.setFuture(TlsRpt::ReportAggregator::aggregateConcurrently(m_reports, filter.normalized()));
}

void HistoryView::onEntries(int request, const QList<Check::CheckHistory::Entry> &entries)
{
    if (request != m_entriesRequest)
        return;
    m_entriesRequest = 0;
    m_timeline->setChecks(entries); // the current check too: it is the timeline's newest point
    for (const Check::CheckHistory::Entry &entry : entries) {
        if (entry.id == m_currentId)
            continue; // comparing the result with itself tells nothing
        QStandardItem *when = readOnlyItem(DateText::dateTime(entry.started));
        when->setData(entry.id, IdRole);
        m_checks->appendRow({when, VerdictItem::create(entry.verdict)});
    }
    if (m_checks->rowCount() > 0)
        m_checksView->selectRow(0);
    compareSelected();
}

void HistoryView::setCurrent(const QJsonObject &current)
{
    m_current = current;
    compareSelected();
}

void HistoryView::compareSelected()
{
    m_changes->removeRows(0, m_changes->rowCount());
    m_loadRequest = 0;
    const QModelIndex selected = m_checksView->currentIndex();
    if (!m_history || !selected.isValid() || m_current.isEmpty())
        return;
    m_loadRequest = m_history->load(m_checks->index(selected.row(), 0).data(IdRole).toLongLong());
}

void HistoryView::onLoaded(int request, const QJsonObject &earlier)
{
    if (request != m_loadRequest || m_current.isEmpty())
        return;
    m_loadRequest = 0;
    m_changes->removeRows(0, m_changes->rowCount());
    const QList<Check::ResultComparison::Change> changes = Check::ResultComparison::compare(earlier, m_current);
    for (const Check::ResultComparison::Change &change : changes)
        m_changes->appendRow({readOnlyItem(change.subject), readOnlyItem(change.what), readOnlyItem(change.before),
                              readOnlyItem(change.after)});
    if (changes.isEmpty())
        m_changes->appendRow(
            {readOnlyItem(tr("Nothing changed.")), readOnlyItem({}), readOnlyItem({}), readOnlyItem({})});
}

} // namespace Sts::Ui
