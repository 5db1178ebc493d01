// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! The raw DNS answers a check used: one row per record, or one per answer without records.
class DnsRecordsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsRecordsModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        StatusColumn,
        DnssecColumn,
        TtlColumn,
        DataColumn,
        ColumnCount
    };

    explicit DnsRecordsModel(QObject *parent = nullptr);

    void setResult(const Check::CheckResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString name;
        QString type;
        QString status;
        Net::DnssecStatus dnssec = Net::DnssecStatus::Insecure;
        QString ttl;
        QString data;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
};

} // namespace Sts::Ui
