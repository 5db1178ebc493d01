// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatechainmodel.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! The leaf certificates of several servers side by side: one column per server, one row per
//! property, so that an MX that was forgotten at the last renewal stands out.
class ChainComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainComparisonModel)

public:
    enum Property
    {
        VerificationRow,
        SubjectRow,
        NamesRow,
        IssuerRow,
        NotAfterRow,
        DaysLeftRow,
        KeyRow,
        SignatureRow,
        Sha256Row,
        SpkiRow,
        ChainLengthRow,
        RowCount
    };
    enum Role
    {
        DiffersRole = Qt::UserRole, //!< bool: this property is not the same for every server
    };

    explicit ChainComparisonModel(QObject *parent = nullptr);

    void setEndpoints(const QList<CertificateChainModel::Endpoint> &endpoints);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString value(const CertificateChainModel::Endpoint &endpoint, int property) const;
    bool differs(int property) const;

    QList<CertificateChainModel::Endpoint> m_endpoints;
};

} // namespace Sts::Ui
