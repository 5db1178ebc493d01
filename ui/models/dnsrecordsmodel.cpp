// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsrecordsmodel.h"

#include "plaintooltip.h"

#include "dnssecdisplay.h"

namespace Sts::Ui {

DnsRecordsModel::DnsRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DnsRecordsModel::setResult(const Check::CheckResult &result)
{
    QList<std::optional<Net::DnsAnswer>> answers{result.stsTxt, result.tlsRptTxt, result.mxAnswer, result.policyHostA,
                                                 result.policyHostAaaa};
    for (const Check::MxHostResult &host : result.mx) {
        answers.append(host.a);
        answers.append(host.aaaa);
    }
    QList<Row> rows;
    for (const auto &answer : std::as_const(answers)) {
        if (!answer)
            continue;
        const Row base{
            answer->name, Net::rrTypeName(answer->type), Net::dnsStatusName(answer->status), answer->dnssec, QString(),
            answer->error};
        if (answer->records.isEmpty())
            rows.append(base);
        for (const Net::DnsRecord &record : answer->records) {
            Row row = base;
            row.ttl = QString::number(record.ttl);
            row.data = record.text;
            rows.append(row);
        }
    }
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DnsRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DnsRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DnsRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == DnssecColumn) {
        if (role == Qt::DecorationRole)
            return DnssecDisplay::icon(row.dnssec);
        if (role == Qt::ToolTipRole)
            return DnssecDisplay::explanation(row.dnssec);
    }
    if (role == Qt::ToolTipRole) // the whole of a cell the view may cut, as the zone wrote it
        return PlainToolTip::of(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case TypeColumn:
        return row.type;
    case StatusColumn:
        return row.status;
    case DnssecColumn:
        return DnssecDisplay::text(row.dnssec);
    case TtlColumn:
        return row.ttl;
    case DataColumn:
        return row.data;
    default:
        return {};
    }
}

QVariant DnsRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case DnssecColumn:
        return tr("DNSSEC");
    case TtlColumn:
        return tr("TTL");
    case DataColumn:
        return tr("Data");
    default:
        return {};
    }
}

} // namespace Sts::Ui
