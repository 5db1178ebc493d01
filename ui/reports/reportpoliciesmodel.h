// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/report.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! The policies one report covers: which policy the sender applied and how its sessions went.
class ReportPoliciesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPoliciesModel)

public:
    enum Column
    {
        TypeColumn,
        DomainColumn,
        SuccessfulColumn,
        FailedColumn,
        SuccessRateColumn,
        FailureDetailsColumn, //!< the failure details' sum, which senders do not always make equal Failed
        MxHostsColumn,
        PolicyStringsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
    };

    explicit ReportPoliciesModel(QObject *parent = nullptr);

    void setReport(const TlsRpt::Report &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const TlsRpt::PolicyReport &policy, int column) const;

    QList<TlsRpt::PolicyReport> m_policies;
};

} // namespace Sts::Ui
