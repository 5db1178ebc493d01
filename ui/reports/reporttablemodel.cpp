// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablemodel.h"

#include "models/stateicons.h"
#include "reporttext.h"

#include <algorithm>
#include <climits>

namespace Sts::Ui {

using TlsRpt::StoredReport;

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setReports(const QList<StoredReport> &reports)
{
    beginResetModel();
    m_reports = reports;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::display(const StoredReport &stored, int column) const
{
    const TlsRpt::Report &report = stored.report;
    switch (column) {
    case StartColumn:
        return ReportText::time(report.start);
    case EndColumn:
        return ReportText::time(report.end);
    case OrganizationColumn:
        return report.organization;
    case PolicyDomainsColumn:
        return ReportText::policyDomains(report).join(QStringLiteral(", "));
    case PolicyTypesColumn:
        return ReportText::policyTypes(report).join(QStringLiteral(", "));
    case SuccessfulColumn:
        return report.successful();
    case FailedColumn:
        return report.failed();
    case SuccessRateColumn:
        return ReportText::successRate({report.successful(), report.failed()});
    case ResultTypesColumn:
        return ReportText::resultTypes(report).join(QStringLiteral(", "));
    case ReportIdColumn:
        return report.reportId;
    case SourceColumn:
        return stored.source;
    default:
        return {};
    }
}

QVariant ReportTableModel::sortValue(const StoredReport &stored, int column) const
{
    const TlsRpt::Report &report = stored.report;
    switch (column) {
    case StartColumn:
        return report.start;
    case EndColumn:
        return report.end;
    case SuccessRateColumn: {
        const auto rate = TlsRpt::SessionCounts{report.successful(), report.failed()}.successRate();
        return rate ? *rate : -1.0; // reports without sessions sort first
    }
    default:
        return display(stored, column);
    }
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredReport &stored = m_reports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(stored, index.column());
    case SortRole:
        return sortValue(stored, index.column());
    case Qt::DecorationRole:
        // Failed sessions are marked by shape (the octagon) and by the number, not by colour.
        if (index.column() == FailedColumn)
            return StateIcons::forSeverity(stored.report.failed() > 0 ? Severity::Error : Severity::Ok);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FailedColumn && stored.report.failed() > 0)
            return tr("%n session(s) failed", nullptr, int(std::min<qint64>(stored.report.failed(), INT_MAX)));
        switch (index.column()) {
        case OrganizationColumn:
        case PolicyDomainsColumn:
        case PolicyTypesColumn:
        case ResultTypesColumn:
        case ReportIdColumn:
        case SourceColumn:
            // Elided names whole, and as written: a tooltip would render a sender's markup.
            return ReportText::plainToolTip(display(stored, index.column()).toString());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SuccessfulColumn || index.column() == FailedColumn || index.column() == SuccessRateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LibraryIdRole:
        return stored.id;
    case DayRole:
        return stored.report.day();
    case PolicyDomainsRole: {
        QStringList domains;
        for (const TlsRpt::PolicyReport &policy : stored.report.policies)
            domains.append(policy.domain);
        return domains;
    }
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case OrganizationColumn:
        return tr("Sender");
    case PolicyDomainsColumn:
        return tr("Policy domain");
    case PolicyTypesColumn:
        return tr("Policy type");
    case SuccessfulColumn:
        return tr("Successful");
    case FailedColumn:
        return tr("Failed");
    case SuccessRateColumn:
        return tr("Success rate");
    case ResultTypesColumn:
        return tr("Failure types");
    case ReportIdColumn:
        return tr("Report ID");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace Sts::Ui
