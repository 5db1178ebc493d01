// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpoliciesmodel.h"

#include "models/stateicons.h"
#include "reporttext.h"

namespace Sts::Ui {

using TlsRpt::PolicyReport;

ReportPoliciesModel::ReportPoliciesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportPoliciesModel::setReport(const TlsRpt::Report &report)
{
    beginResetModel();
    m_policies = report.policies;
    endResetModel();
}

int ReportPoliciesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_policies.size());
}

int ReportPoliciesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportPoliciesModel::display(const PolicyReport &policy, int column) const
{
    switch (column) {
    case TypeColumn:
        return policy.typeName;
    case DomainColumn:
        return ReportText::policyDomain(policy.domain);
    case SuccessfulColumn:
        return policy.successful;
    case FailedColumn:
        return policy.failed;
    case SuccessRateColumn:
        return ReportText::successRate({policy.successful, policy.failed});
    case FailureDetailsColumn:
        return policy.failureDetailTotal();
    case MxHostsColumn:
        return policy.mxHosts.join(QStringLiteral(", "));
    case PolicyStringsColumn:
        return policy.policyStrings.join(QStringLiteral(" | "));
    default:
        return {};
    }
}

QVariant ReportPoliciesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyReport &policy = m_policies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(policy, index.column());
    case Qt::DecorationRole:
        if (index.column() == FailedColumn)
            return StateIcons::forSeverity(policy.failed > 0 ? Severity::Error : Severity::Ok);
        if (index.column() == FailureDetailsColumn && policy.failureDetailTotal() != policy.failed)
            return StateIcons::forSeverity(Severity::Warning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= SuccessfulColumn && index.column() <= FailureDetailsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FailureDetailsColumn && policy.failureDetailTotal() != policy.failed)
            return tr("The failure details add up to %1 failed sessions, the summary says %2.")
                .arg(policy.failureDetailTotal())
                .arg(policy.failed);
        if (index.column() == PolicyStringsColumn)
            return policy.policyStrings.join(u'\n');
        return {};
    default:
        return {};
    }
}

QVariant ReportPoliciesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Policy type");
    case DomainColumn:
        return tr("Policy domain");
    case SuccessfulColumn:
        return tr("Successful");
    case FailedColumn:
        return tr("Failed");
    case SuccessRateColumn:
        return tr("Success rate");
    case FailureDetailsColumn:
        return tr("In failure details");
    case MxHostsColumn:
        return tr("MX hosts");
    case PolicyStringsColumn:
        return tr("Policy");
    default:
        return {};
    }
}

} // namespace Sts::Ui
