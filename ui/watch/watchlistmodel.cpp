// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchlistmodel.h"

#include "check/checkresult.h"
#include "check/findingregistry.h"
#include "datetext.h"
#include "models/stateicons.h"
#include "plaintooltip.h"

#include <algorithm>

namespace Sts::Ui {

namespace {

//! Worst first when sorted ascending: what needs attention comes to the top.
int verdictRank(Check::Verdict verdict)
{
    switch (verdict) {
    case Check::Verdict::Broken:
        return 0;
    case Check::Verdict::NotProtected:
        return 1;
    case Check::Verdict::Testing:
        return 2;
    case Check::Verdict::Protected:
        return 3;
    case Check::Verdict::Inconclusive:
    case Check::Verdict::Cancelled:
    case Check::Verdict::Pending:
        break;
    }
    return 4;
}

} // namespace

WatchListModel::WatchListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int WatchListModel::add(const QStringList &domains)
{
    QStringList fresh;
    for (const QString &domain : domains) {
        if (!m_rowOf.contains(domain) && !fresh.contains(domain))
            fresh.append(domain);
    }
    if (fresh.isEmpty())
        return 0;
    const auto first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const QString &domain : std::as_const(fresh)) {
        m_rowOf.insert(domain, static_cast<int>(m_rows.size()));
        m_rows.append(Row{domain, {}, {}, {}, false, {}, {}});
    }
    endInsertRows();
    return static_cast<int>(fresh.size());
}

int WatchListModel::remove(const QStringList &domains)
{
    QList<int> rows;
    for (const QString &domain : domains) {
        if (const auto found = m_rowOf.constFind(domain); found != m_rowOf.cend() && !rows.contains(*found))
            rows.append(*found);
    }
    // From the bottom up, so that the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    reindex();
    return static_cast<int>(rows.size());
}

void WatchListModel::reindex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).domain, row);
}

QStringList WatchListModel::domains() const
{
    QStringList list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(row.domain);
    return list;
}

const WatchListModel::Row *WatchListModel::row(const QString &domain) const
{
    const auto found = m_rowOf.constFind(domain);
    return found == m_rowOf.cend() ? nullptr : &m_rows.at(*found);
}

void WatchListModel::setRunning(const QString &domain, bool running)
{
    const auto found = m_rowOf.constFind(domain);
    if (found == m_rowOf.cend() || m_rows[*found].running == running)
        return;
    m_rows[*found].running = running;
    rowChanged(*found);
}

void WatchListModel::apply(const Check::WatchOutcome &outcome, const Findings &newChanges)
{
    const auto found = m_rowOf.constFind(outcome.domain);
    if (found == m_rowOf.cend())
        return;
    Row &row = m_rows[*found];
    row.running = false;
    row.lastAttempt = outcome.checked;
    row.lastAttemptNote = outcome.compared ? QString() : outcome.notComparedReason;
    if (outcome.compared)
        row.latest = outcome;
    if (!newChanges.isEmpty()) {
        row.lastChange = outcome.checked;
        row.lastChangeText = Check::displayMessage(newChanges.constFirst());
    }
    rowChanged(*found);
}

void WatchListModel::setLastChange(const QString &domain, const QDateTime &when, const QString &text)
{
    const auto found = m_rowOf.constFind(domain);
    if (found == m_rowOf.cend())
        return;
    m_rows[*found].lastChange = when;
    m_rows[*found].lastChangeText = text;
    rowChanged(*found);
}

void WatchListModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int WatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case VerdictColumn:
        return tr("Verdict");
    case ModeColumn:
        return tr("Policy mode");
    case ExpiryColumn:
        return tr("Nearest expiry");
    case LastCheckColumn:
        return tr("Last check");
    case LastChangeColumn:
        return tr("Last change");
    default:
        return {};
    }
}

QVariant WatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case DomainRole:
        return row.domain;
    case Qt::DecorationRole:
        if (index.column() != VerdictColumn)
            return {};
        if (row.running)
            return StateIcons::running();
        return row.latest ? QVariant(StateIcons::forVerdict(row.latest->verdict)) : QVariant();
    case Qt::ToolTipRole:
        // Domains and messages come from the domain's servers: plain text, never rich text.
        if (index.column() == LastCheckColumn && !row.lastAttemptNote.isEmpty())
            return PlainToolTip::of(tr("No verdict: %1").arg(row.lastAttemptNote));
        if (index.column() == LastChangeColumn && !row.lastChangeText.isEmpty())
            return PlainToolTip::of(row.lastChangeText);
        if (index.column() == ExpiryColumn && row.latest && row.latest->nearestExpiry.isValid())
            return PlainToolTip::of(row.latest->nearestExpiryHost);
        return {};
    default:
        return {};
    }
}

QVariant WatchListModel::display(const Row &row, int column) const
{
    switch (column) {
    case DomainColumn:
        return row.domain;
    case VerdictColumn:
        if (row.running && !row.latest)
            return tr("checking");
        return row.latest ? Check::verdictText(row.latest->verdict) : tr("not checked yet");
    case ModeColumn:
        if (!row.latest)
            return {};
        return row.latest->policyMode.isEmpty() ? tr("no policy") : row.latest->policyMode;
    case ExpiryColumn: {
        if (!row.latest || !row.latest->nearestExpiry.isValid())
            return {};
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(row.latest->nearestExpiry);
        // tr() fills %n in only for a count of zero or more: an expired certificate says so.
        if (days < 0)
            return tr("%1 (expired %n day(s) ago)", nullptr, static_cast<int>(-days))
                .arg(DateText::date(row.latest->nearestExpiry.date()));
        return tr("%1 (%n day(s))", nullptr, static_cast<int>(days))
            .arg(DateText::date(row.latest->nearestExpiry.date()));
    }
    case LastCheckColumn:
        if (!row.lastAttempt.isValid())
            return row.latest ? DateText::dateTime(row.latest->checked) : QString();
        return row.lastAttemptNote.isEmpty() ? DateText::dateTime(row.lastAttempt)
                                             : tr("%1 (no verdict)").arg(DateText::dateTime(row.lastAttempt));
    case LastChangeColumn:
        return row.lastChange.isValid() ? DateText::dateTime(row.lastChange) : QString();
    default:
        return {};
    }
}

QVariant WatchListModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case VerdictColumn:
        return row.latest ? verdictRank(row.latest->verdict) : 5;
    case ExpiryColumn:
        return row.latest ? row.latest->nearestExpiry : QDateTime();
    case LastCheckColumn:
        return row.lastAttempt.isValid() ? row.lastAttempt : (row.latest ? row.latest->checked : QDateTime());
    case LastChangeColumn:
        return row.lastChange;
    default:
        return display(row, column);
    }
}

} // namespace Sts::Ui
