// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsfilterproxy.h"

#include "findingsmodel.h"

namespace Sts::Ui {

FindingsFilterProxy::FindingsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SeverityRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilterProxy::setMinimumSeverity(Severity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateRowsFilter();
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(FindingsModel::SeverityRole).toInt() < static_cast<int>(m_minimum))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Sts::Ui
