// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/reportlibrary.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! One row per report in the library: when, from whom, for which policy domains, how many
//! sessions succeeded and failed, and for what reasons.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum Column
    {
        StartColumn,
        EndColumn,
        OrganizationColumn,
        PolicyDomainsColumn,
        PolicyTypesColumn,
        SuccessfulColumn,
        FailedColumn,
        SuccessRateColumn,
        ResultTypesColumn,
        ReportIdColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, //!< numbers and times as such, so that they sort right
        LibraryIdRole,           //!< the report's id in the library
        DayRole,                 //!< the day the report counts for (Report::day())
        PolicyDomainsRole,       //!< QStringList of the report's policy domains
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReports(const QList<TlsRpt::StoredReport> &reports);
    const QList<TlsRpt::StoredReport> &reports() const { return m_reports; }
    const TlsRpt::StoredReport &report(int row) const { return m_reports.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const TlsRpt::StoredReport &stored, int column) const;
    QVariant sortValue(const TlsRpt::StoredReport &stored, int column) const;

    QList<TlsRpt::StoredReport> m_reports;
};

} // namespace Sts::Ui
