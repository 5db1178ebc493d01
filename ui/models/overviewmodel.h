// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"

#include <QAbstractItemModel>

#include <optional>

namespace Sts::Ui {

//! The chain of trust a sender walks, as a tree: _mta-sts record → policy host → policy, then
//! each MX → each address → STARTTLS and certificate, and the TLS-RPT record. Each step has a
//! state, so the broken link shows at once.
class OverviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewModel)

public:
    enum Role
    {
        StateRole = Qt::UserRole, //!< int(Severity), or -1 while the step is still running
        TargetRole,               //!< int(Target): the tab that explains the step
        HostIndexRole,            //!< the MX host's index in CheckResult::mx, or -1
        ProbeIndexRole,           //!< the address's index in its host's probes, or -1
    };
    //! Where a step is explained in full (double-click or Enter on its row goes there).
    enum class Target
    {
        StsRecord,    //!< DNS, the _mta-sts record
        Policy,       //!< the Policy tab
        MxRecords,    //!< MX hosts
        MxHost,       //!< MX hosts, the host's rows
        Address,      //!< MX hosts, the address's row
        Certificate,  //!< Certificates, the address's chain
        TlsRptRecord, //!< DNS, the _smtp._tls record
        Findings,     //!< what the domain is protected against: the findings say why
    };

    explicit OverviewModel(QObject *parent = nullptr);

    void setResult(const Check::CheckResult &result);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    //! "lookup failed: SERVFAIL (…)": a DNS query that got no usable answer, which is not "none".
    static QString lookupError(const Net::DnsAnswer &answer);

private:
    struct Node
    {
        QString step;
        QString detail;
        std::optional<Severity> state; //!< nullopt: running
        int parent = -1;
        QList<int> children;
        Target target = Target::Findings;
        int host = -1;
        int probe = -1;
        bool operator==(const Node &) const = default;
    };
    int add(int parent, const QString &step, const QString &detail, std::optional<Severity> state, Target target,
            int host = -1, int probe = -1);
    QList<Node> build(const Check::CheckResult &result);

    QList<Node> m_nodes; //!< index 0 is an invisible root
    QList<Node> *m_building = nullptr;
};

} // namespace Sts::Ui
