// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/importsummary.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! What an import did, one row per file or part: imported, duplicate, rejected (with the
//! reason) or skipped.
class ImportSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryModel)

public:
    enum Column
    {
        OutcomeColumn,
        FileColumn,
        PartColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        OutcomeRole, //!< TlsRpt::ImportSummary::Outcome as int
    };

    explicit ImportSummaryModel(QObject *parent = nullptr);

    void setSummary(const TlsRpt::ImportSummary &summary);
    const TlsRpt::ImportSummary &summary() const { return m_summary; }
    static QString outcomeText(TlsRpt::ImportSummary::Outcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    TlsRpt::ImportSummary m_summary;
};

} // namespace Sts::Ui
