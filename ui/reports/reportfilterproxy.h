// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/reportfilter.h"

#include <QSortFilterProxyModel>

namespace Sts::Ui {

//! The reports of a ReportTableModel that a ReportFilter covers, as ReportAggregator counts
//! them (the day in the range, a policy for the domain), and whose text contains the search
//! string; sorted by ReportTableModel::SortRole.
class ReportFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportFilterProxy)

public:
    explicit ReportFilterProxy(QObject *parent = nullptr);

    void setReportFilter(const TlsRpt::ReportFilter &filter);
    const TlsRpt::ReportFilter &reportFilter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TlsRpt::ReportFilter m_filter;
};

} // namespace Sts::Ui
