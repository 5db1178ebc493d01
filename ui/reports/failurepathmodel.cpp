// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurepathmodel.h"

#include "reporttext.h"
#include "tlsrpt/resulttypeadvice.h"

#include <algorithm>
#include <climits>

namespace Sts::Ui {

FailurePathModel::FailurePathModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FailurePathModel::setPaths(const QMap<TlsRpt::FailurePath::Key, TlsRpt::FailurePath> &paths)
{
    QList<Row> rows;
    rows.reserve(paths.size());
    for (auto it = paths.cbegin(); it != paths.cend(); ++it)
        rows.append({it.key(), it.value()});
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FailurePathModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailurePathModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailurePathModel::display(const Row &row, int column) const
{
    switch (column) {
    case OrganizationColumn:
        return row.key.organization;
    case ReceivingMxColumn:
        return row.key.receivingMx.isEmpty() ? tr("(not given)") : row.key.receivingMx;
    case ResultTypeColumn:
        return row.key.resultType;
    case PolicyDomainColumn:
        return ReportText::policyDomain(row.key.policyDomain);
    case FailedSessionsColumn:
        return row.path.failedSessions;
    case ReportsColumn:
        return row.path.reports;
    case FirstSeenColumn:
        return ReportText::day(row.path.firstSeen);
    case LastSeenColumn:
        return ReportText::day(row.path.lastSeen);
    default:
        return {};
    }
}

QVariant FailurePathModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case FirstSeenColumn:
        return row.path.firstSeen;
    case LastSeenColumn:
        return row.path.lastSeen;
    default:
        return display(row, column);
    }
}

QVariant FailurePathModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == FailedSessionsColumn || index.column() == ReportsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        // Names are elided in the middle; the tooltip has them whole, as written.
        switch (index.column()) {
        case ResultTypeColumn:
            return ReportText::plainToolTip(row.key.resultType + u'\n' +
                                            TlsRpt::ResultTypeAdvice::of(row.key.resultType).title);
        case FirstSeenColumn:
        case LastSeenColumn:
            return ReportText::plainToolTip(
                tr("Reported from %1 to %2 (%n day(s))", nullptr, int(row.path.firstSeen.daysTo(row.path.lastSeen) + 1))
                    .arg(ReportText::day(row.path.firstSeen), ReportText::day(row.path.lastSeen)) +
                u'\n' + tr("in %n report(s)", nullptr, int(std::min<qint64>(row.path.reports, INT_MAX))));
        case FailedSessionsColumn:
        case ReportsColumn:
            return {};
        default:
            return ReportText::plainToolTip(display(row, index.column()).toString());
        }
    default:
        return {};
    }
}

QVariant FailurePathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganizationColumn:
        return tr("Sender");
    case ReceivingMxColumn:
        return tr("Receiving MX");
    case ResultTypeColumn:
        return tr("Result type");
    case PolicyDomainColumn:
        return tr("Policy domain");
    case FailedSessionsColumn:
        return tr("Failed sessions");
    case ReportsColumn:
        return tr("Reports");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace Sts::Ui
