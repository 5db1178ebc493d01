// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mtasts/deploymentfiles.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! The DNS records of a deployment as a provider's web form asks for them, one per row.
class ProviderRecordsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRecordsModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ValueColumn,
        PurposeColumn,
        ColumnCount
    };

    explicit ProviderRecordsModel(QObject *parent = nullptr);

    void setRecords(const QList<MtaSts::ProviderRecord> &records);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MtaSts::ProviderRecord> m_records;
};

} // namespace Sts::Ui
