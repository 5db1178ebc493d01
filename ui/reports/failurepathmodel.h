// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/aggregation.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! Which sender fails to reach which MX, since when: one row per failure path of an
//! Aggregation (sending organization x receiving MX x result type, and the policy domain), with
//! the failed sessions, the reports that name it and the first and last day it was reported.
class FailurePathModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailurePathModel)

public:
    enum Column
    {
        OrganizationColumn,
        ReceivingMxColumn,
        ResultTypeColumn,
        PolicyDomainColumn,
        FailedSessionsColumn,
        ReportsColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, //!< numbers and dates as such, so that they sort right
    };
    struct Row
    {
        TlsRpt::FailurePath::Key key;
        TlsRpt::FailurePath path;
    };

    explicit FailurePathModel(QObject *parent = nullptr);

    void setPaths(const QMap<TlsRpt::FailurePath::Key, TlsRpt::FailurePath> &paths);
    const Row &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace Sts::Ui
