// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuredetailsmodel.h"

#include "models/stateicons.h"
#include "reporttext.h"
#include "tlsrpt/resulttypeadvice.h"

namespace Sts::Ui {

FailureDetailsModel::FailureDetailsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FailureDetailsModel::setReport(const TlsRpt::Report &report)
{
    QList<Row> rows;
    for (const TlsRpt::PolicyReport &policy : report.policies) {
        for (const TlsRpt::FailureDetail &detail : policy.failureDetails)
            rows.append({ReportText::policyDomain(policy.domain), detail});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FailureDetailsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailureDetailsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureDetailsModel::display(const Row &row, int column) const
{
    const TlsRpt::FailureDetail &detail = row.detail;
    switch (column) {
    case PolicyDomainColumn:
        return row.policyDomain;
    case ResultTypeColumn:
        return detail.resultTypeName;
    case FailedSessionsColumn:
        return detail.failedSessionCount;
    case SendingIpColumn:
        return detail.sendingMtaIp;
    case ReceivingMxColumn:
        return detail.receivingMxHostname;
    case ReceivingHeloColumn:
        return detail.receivingMxHelo;
    case ReceivingIpColumn:
        return detail.receivingIp;
    case ReasonCodeColumn:
        return detail.failureReasonCode;
    case AdditionalInformationColumn:
        return detail.additionalInformation;
    default:
        return {};
    }
}

QVariant FailureDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == ResultTypeColumn)
            return StateIcons::forSeverity(Severity::Error);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FailedSessionsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        // A sender's words, shown as written (tooltips would render markup).
        if (index.column() == ResultTypeColumn)
            return ReportText::plainToolTip(TlsRpt::ResultTypeAdvice::of(row.detail.resultTypeName).title);
        if (index.column() != FailedSessionsColumn)
            return ReportText::plainToolTip(display(row, index.column()).toString());
        return {};
    case ResultTypeRole:
        return row.detail.resultTypeName;
    default:
        return {};
    }
}

QVariant FailureDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PolicyDomainColumn:
        return tr("Policy domain");
    case ResultTypeColumn:
        return tr("Result type");
    case FailedSessionsColumn:
        return tr("Failed sessions");
    case SendingIpColumn:
        return tr("Sending MTA IP");
    case ReceivingMxColumn:
        return tr("Receiving MX");
    case ReceivingHeloColumn:
        return tr("Receiving MX HELO");
    case ReceivingIpColumn:
        return tr("Receiving IP");
    case ReasonCodeColumn:
        return tr("Reason code");
    case AdditionalInformationColumn:
        return tr("Additional information");
    default:
        return {};
    }
}

} // namespace Sts::Ui
