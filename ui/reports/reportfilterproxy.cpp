// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfilterproxy.h"

#include "reporttablemodel.h"

#include <algorithm>

namespace Sts::Ui {

ReportFilterProxy::ReportFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReportTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ReportFilterProxy::setReportFilter(const TlsRpt::ReportFilter &filter)
{
    m_filter = filter.normalized();
    invalidateFilter();
}

bool ReportFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_filter.coversDay(index.data(ReportTableModel::DayRole).toDate()))
        return false;
    if (!m_filter.policyDomain.isEmpty()) {
        const QStringList domains = index.data(ReportTableModel::PolicyDomainsRole).toStringList();
        if (std::none_of(domains.cbegin(), domains.cend(),
                         [this](const QString &domain) { return m_filter.coversDomain(domain); }))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Sts::Ui
