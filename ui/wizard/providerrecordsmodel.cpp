// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerrecordsmodel.h"

#include "plaintooltip.h"

namespace Sts::Ui {

ProviderRecordsModel::ProviderRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProviderRecordsModel::setRecords(const QList<MtaSts::ProviderRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int ProviderRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ProviderRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MtaSts::ProviderRecord &record = m_records.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return PlainToolTip::of(tr("Full name: %1").arg(record.fullName));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return record.relativeName;
    case TypeColumn:
        return record.type;
    case ValueColumn:
        return record.value;
    case PurposeColumn:
        return record.purpose == MtaSts::ProviderRecord::Purpose::MtaSts
                   ? tr("MTA-STS: a policy exists, and its id")
                   : tr("TLS-RPT: where senders send their reports");
    default:
        return {};
    }
}

QVariant ProviderRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value (without quotes)");
    case PurposeColumn:
        return tr("Purpose");
    default:
        return {};
    }
}

} // namespace Sts::Ui
