// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainfailuresmodel.h"

#include "reporttext.h"
#include "tlsrpt/reportaggregator.h"
#include "tlsrpt/reportfilter.h"
#include "tlsrpt/resulttypeadvice.h"

#include <QMap>

#include <algorithm>
#include <climits>

namespace Sts::Ui {

DomainFailures DomainFailures::collect(const QList<TlsRpt::Report> &reports, const QString &domain, QDate until,
                                       int days)
{
    DomainFailures result;
    const TlsRpt::ReportFilter window = TlsRpt::ReportFilter{until.addDays(-(days - 1)), until, domain}.normalized();
    result.domain = window.policyDomain;
    result.since = window.since;
    result.until = window.until;
    if (result.domain.isEmpty())
        return result;
    // Every report of the domain, for the empty states: none at all, or none lately.
    for (const TlsRpt::Report &report : reports) {
        const bool names =
            std::any_of(report.policies.cbegin(), report.policies.cend(),
                        [&](const TlsRpt::PolicyReport &policy) { return policy.domain == result.domain; });
        if (!names)
            continue;
        ++result.reportsEver;
        if (!result.latestReport.isValid() || report.day() > result.latestReport)
            result.latestReport = report.day();
    }
    if (result.reportsEver == 0)
        return result;
    const TlsRpt::Aggregation aggregation = TlsRpt::ReportAggregator::aggregate(reports, window);
    result.reportsInWindow = aggregation.reports;
    result.sessions = aggregation.totals;
    // The paths per sender, joined across senders: what fails on which MX, whoever saw it.
    QMap<std::pair<QString, QString>, Row> rows;
    for (auto it = aggregation.failurePaths.cbegin(); it != aggregation.failurePaths.cend(); ++it) {
        Row &row = rows[{it.key().resultType, it.key().receivingMx}];
        row.resultType = it.key().resultType;
        row.receivingMx = it.key().receivingMx;
        TlsRpt::addCounts(row.failedSessions, it->failedSessions);
        if (!row.organizations.contains(it.key().organization))
            row.organizations.append(it.key().organization);
        row.reports += it->reports; // a report has one sender, so the senders' reports are apart
        if (!row.firstSeen.isValid() || it->firstSeen < row.firstSeen)
            row.firstSeen = it->firstSeen;
        if (!row.lastSeen.isValid() || it->lastSeen > row.lastSeen)
            row.lastSeen = it->lastSeen;
    }
    result.rows = rows.values();
    for (Row &row : result.rows)
        row.organizations.sort(Qt::CaseInsensitive);
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [](const Row &a, const Row &b) { return a.failedSessions > b.failedSessions; });
    return result;
}

DomainFailuresModel::DomainFailuresModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DomainFailuresModel::setRows(const QList<DomainFailures::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DomainFailuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainFailuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainFailuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainFailures::Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case FailedSessionsColumn:
            return row.failedSessions;
        case SendersColumn:
            return qint64(row.organizations.size());
        case ReportsColumn:
            return row.reports;
        case FirstSeenColumn:
            return row.firstSeen;
        case LastSeenColumn:
            return row.lastSeen;
        default:
            role = Qt::DisplayRole;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ResultTypeColumn:
            return row.resultType.isEmpty() ? tr("(not given)") : row.resultType;
        case ReceivingMxColumn:
            return row.receivingMx.isEmpty() ? tr("(not given)") : row.receivingMx;
        case FailedSessionsColumn:
            return row.failedSessions;
        case SendersColumn:
            return row.organizations.join(QStringLiteral(", "));
        case ReportsColumn:
            return row.reports;
        case FirstSeenColumn:
            return ReportText::day(row.firstSeen);
        case LastSeenColumn:
            return ReportText::day(row.lastSeen);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == FailedSessionsColumn || column == ReportsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        // What senders wrote is shown as written, never as markup.
        switch (column) {
        case ResultTypeColumn:
            return ReportText::plainToolTip(row.resultType + u'\n' +
                                            TlsRpt::ResultTypeAdvice::of(row.resultType).title);
        case SendersColumn:
            return ReportText::plainToolTip(row.organizations.join(u'\n'));
        case ReceivingMxColumn:
            return ReportText::plainToolTip(row.receivingMx);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DomainFailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResultTypeColumn:
        return tr("Result type");
    case ReceivingMxColumn:
        return tr("Receiving MX");
    case FailedSessionsColumn:
        return tr("Failed sessions");
    case SendersColumn:
        return tr("Senders");
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
