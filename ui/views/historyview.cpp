// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyview.h"

#include "check/checkhistory.h"
#include "check/resultcomparison.h"
#include "datetext.h"
#include "models/verdictitem.h"
#include "resulttable.h"

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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_checksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::compareSelected);
}

void HistoryView::setHistory(const Check::CheckHistory *history, const QString &domain, qint64 currentId)
{
    m_history = history;
    m_checks->removeRows(0, m_checks->rowCount());
    if (!history)
        return;
    for (const Check::CheckHistory::Entry &entry : history->entries(domain)) {
        if (entry.id == currentId)
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
    const QModelIndex selected = m_checksView->currentIndex();
    if (!m_history || !selected.isValid() || m_current.isEmpty())
        return;
    const QJsonObject earlier = m_history->load(m_checks->index(selected.row(), 0).data(IdRole).toLongLong());
    const QList<Check::ResultComparison::Change> changes = Check::ResultComparison::compare(earlier, m_current);
    for (const Check::ResultComparison::Change &change : changes)
        m_changes->appendRow({readOnlyItem(change.subject), readOnlyItem(change.what), readOnlyItem(change.before),
                              readOnlyItem(change.after)});
    if (changes.isEmpty())
        m_changes->appendRow(
            {readOnlyItem(tr("Nothing changed.")), readOnlyItem({}), readOnlyItem({}), readOnlyItem({})});
}

} // namespace Sts::Ui
