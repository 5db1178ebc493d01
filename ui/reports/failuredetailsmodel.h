// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/report.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! The failure details of every policy of one report: one row per failure-details entry.
class FailureDetailsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureDetailsModel)

public:
    enum Column
    {
        PolicyDomainColumn,
        ResultTypeColumn,
        FailedSessionsColumn,
        SendingIpColumn,
        ReceivingMxColumn,
        ReceivingHeloColumn,
        ReceivingIpColumn,
        ReasonCodeColumn,
        AdditionalInformationColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        ResultTypeRole, //!< the result type as the sender wrote it, for its explanation
    };

    explicit FailureDetailsModel(QObject *parent = nullptr);

    void setReport(const TlsRpt::Report &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString policyDomain;
        TlsRpt::FailureDetail detail;
    };
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace Sts::Ui
