// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! One row per MX address (or per MX host while its addresses are unknown): what a sender
//! meets there and what it would do.
class MxHostsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MxHostsModel)

public:
    enum Column
    {
        PreferenceColumn,
        HostColumn,
        AddressColumn,
        StartTlsColumn,
        TlsVersionColumn,
        CipherColumn,
        CertificateColumn,
        DaysLeftColumn,
        PatternColumn,
        DnssecColumn,
        DaneColumn,
        DeliverColumn,
        ResultTypeColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, //!< numbers as numbers, so that preference and days sort right
        HostIndexRole,
        ProbeIndexRole, //!< -1 when the row stands for a host without addresses yet
    };

    explicit MxHostsModel(QObject *parent = nullptr);

    void setResult(const Check::CheckResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        qsizetype host;
        qsizetype probe;
    };
    QVariant display(const Check::MxHostResult &host, const Smtp::SmtpProbeResult *probe, int column) const;
    static const Net::DnsAnswer *addressAnswer(const Check::MxHostResult &host, const Smtp::SmtpProbeResult *probe);

    QList<Check::MxHostResult> m_hosts;
    QList<Row> m_rows;
};

} // namespace Sts::Ui
