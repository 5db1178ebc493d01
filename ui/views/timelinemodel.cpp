// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "check/checkresult.h"
#include "datetext.h"
#include "models/stateicons.h"
#include "models/verdictitem.h"

#include <algorithm>

namespace Sts::Ui {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

std::optional<int> TimelineModel::verdictLevel(const QString &verdictName)
{
    const std::optional<Check::Verdict> verdict = VerdictItem::fromName(verdictName);
    if (!verdict)
        return std::nullopt;
    switch (*verdict) {
    case Check::Verdict::Broken:
        return 0;
    case Check::Verdict::NotProtected:
        return 1;
    case Check::Verdict::Testing:
        return 2;
    case Check::Verdict::Protected:
        return 3;
    case Check::Verdict::Pending:
    case Check::Verdict::Cancelled:
    case Check::Verdict::Inconclusive:
        break;
    }
    return std::nullopt;
}

void TimelineModel::setChecks(const QList<Check::CheckHistory::Entry> &entries)
{
    beginResetModel();
    m_points.clear();
    for (const Check::CheckHistory::Entry &entry : entries)
        m_points.append({entry.started, entry.verdict, false});
    std::sort(m_points.begin(), m_points.end(), [](const Point &a, const Point &b) { return a.when < b.when; });
    for (qsizetype i = 1; i < m_points.size(); ++i)
        m_points[i].changed = m_points.at(i).verdict != m_points.at(i - 1).verdict;
    endResetModel();
}

void TimelineModel::setFailuresPerDay(const QMap<QDate, qint64> &failures)
{
    m_failures = failures;
    if (!m_points.isEmpty())
        Q_EMIT dataChanged(index(0, FailuresColumn), index(rowCount() - 1, FailuresColumn));
    Q_EMIT failuresChanged();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Checked");
    case VerdictColumn:
        return tr("Verdict");
    case ChangeColumn:
        return tr("Change");
    case FailuresColumn:
        return tr("TLS-RPT failures that day");
    default:
        return {};
    }
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point &point = m_points.at(index.row());
    const std::optional<Check::Verdict> verdict = VerdictItem::fromName(point.verdict);
    switch (role) {
    case TimeRole:
        return point.when;
    case LevelRole: {
        const std::optional<int> level = verdictLevel(point.verdict);
        return level ? QVariant(*level) : QVariant();
    }
    case ChangedRole:
        return point.changed;
    case Qt::DecorationRole:
        return index.column() == VerdictColumn && verdict ? QVariant(StateIcons::forVerdict(*verdict)) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return DateText::dateTime(point.when);
    case VerdictColumn:
        return verdict ? Check::verdictText(*verdict) : point.verdict;
    case ChangeColumn: {
        if (!point.changed)
            return {};
        const std::optional<Check::Verdict> before = VerdictItem::fromName(m_points.at(index.row() - 1).verdict);
        return tr("from %1").arg(before ? Check::verdictText(*before) : m_points.at(index.row() - 1).verdict);
    }
    case FailuresColumn:
        // Reports count days in UTC.
        return m_failures.value(point.when.toUTC().date(), 0);
    default:
        return {};
    }
}

} // namespace Sts::Ui
