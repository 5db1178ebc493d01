// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QSortFilterProxyModel>

namespace Sts::Ui {

//! Findings at or above a severity whose text contains a search string.
class FindingsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsFilterProxy)

public:
    explicit FindingsFilterProxy(QObject *parent = nullptr);

    void setMinimumSeverity(Severity severity);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Severity m_minimum = Severity::Ok;
};

} // namespace Sts::Ui
