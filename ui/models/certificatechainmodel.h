// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"

#include <QAbstractItemModel>

namespace Sts::Ui {

//! Every certificate chain a check saw, as a tree: one top-level row per endpoint (the policy
//! host, each MX address that completed a handshake), its certificates below, leaf first.
class CertificateChainModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateChainModel)

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        ExpiresColumn,
        KeyColumn,
        IssuerColumn,
        DaneColumn, //!< which TLSA record authenticated the chain, and at which certificate
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
    };

    //! A server that presented a chain: what it is, and the chain as analysed.
    struct Endpoint
    {
        QString label; //!< "mta-sts.example.com (policy host)", "mx1.example.com 192.0.2.1"
        Tls::ChainAnalysis chain;
        std::optional<Tls::DaneMatch> dane; //!< an MX address whose host has TLSA records
    };

    explicit CertificateChainModel(QObject *parent = nullptr);

    void setResult(const Check::CheckResult &result);
    const QList<Endpoint> &endpoints() const { return m_endpoints; }

    //! The endpoint an index belongs to (its own row or one of its certificates), or -1.
    int endpointAt(const QModelIndex &index) const;
    //! The certificate at \a index, or nullptr for an endpoint row.
    const Tls::CertificateInfo *certificateAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QList<Endpoint> endpointsOf(const Check::CheckResult &result);
    //! The label of the endpoint for an MX address, as endpointsOf() makes it.
    static QString mxLabel(const QString &host, const QHostAddress &address);
    //! The row of the endpoint labelled \a label, or -1.
    int endpointRow(const QString &label) const;

private:
    static constexpr quintptr EndpointRow = 0; //!< internal id of top-level rows; children store endpoint + 1

    QVariant dataOf(const QModelIndex &index, int role) const; //!< data() before tooltips are made plain
    QVariant endpointData(const Endpoint &endpoint, int column, int role) const;
    QVariant certificateData(const Tls::CertificateInfo &certificate, int column, int role) const;
    //! The DANE column of the certificate at \a depth of \a endpoint's chain.
    static QVariant daneData(const Endpoint &endpoint, int depth, int role);

    QList<Endpoint> m_endpoints;
};

} // namespace Sts::Ui
