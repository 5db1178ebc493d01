// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewmodel.h"

#include "check/findingregistry.h"
#include "findingsmodel.h"
#include "net/resolver.h"
#include "stateicons.h"

namespace Sts::Ui {

namespace {

std::optional<Severity> worst(const Findings &findings, Severity fallback)
{
    Severity result = fallback;
    for (const Finding &finding : findings)
        result = std::max(result, finding.severity);
    return result;
}

//! A lookup that did not answer (SERVFAIL, timeout, refused) says nothing about whether the
//! record exists: it is shown as the failure it was, not as "none".
bool lookupFailed(const Net::DnsAnswer &answer)
{
    return answer.status != Net::DnsStatus::NoError && answer.status != Net::DnsStatus::NxDomain &&
           answer.status != Net::DnsStatus::NoData;
}

} // namespace

QString OverviewModel::lookupError(const Net::DnsAnswer &answer)
{
    const QString status = Net::dnsStatusName(answer.status).toUpper();
    return answer.error.isEmpty() ? tr("lookup failed: %1").arg(status)
                                  : tr("lookup failed: %1 (%2)").arg(status, Net::Resolver::displayText(answer.error));
}

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node{});
}

int OverviewModel::add(int parent, const QString &step, const QString &detail, std::optional<Severity> state,
                       Target target, int host, int probe)
{
    QList<Node> &nodes = *m_building;
    nodes.append(Node{step, detail, state, parent, {}, target, host, probe});
    const int id = static_cast<int>(nodes.size()) - 1;
    nodes[parent].children.append(id);
    return id;
}

QList<OverviewModel::Node> OverviewModel::build(const Check::CheckResult &result)
{
    QList<Node> nodes{Node{}};
    m_building = &nodes;
    using Check::PolicyStatus;

    // _mta-sts record
    if (!result.stsTxt)
        add(0, tr("_mta-sts record"), tr("looking up…"), std::nullopt, Target::StsRecord);
    else if (lookupFailed(*result.stsTxt))
        add(0, tr("_mta-sts record"), lookupError(*result.stsTxt), Severity::Error, Target::StsRecord);
    else
        add(0, tr("_mta-sts record"),
            result.stsRecord.valid ? tr("valid, id %1").arg(result.stsRecord.id)
                                   : (result.stsRecord.selected.isEmpty() ? tr("none") : tr("invalid")),
            result.stsRecord.valid ? Severity::Ok
                                   : (result.stsRecord.selected.isEmpty() ? Severity::Warning : Severity::Error),
            Target::StsRecord);

    // Policy host and policy
    const QString policyHost = QStringLiteral("mta-sts.") + result.domain;
    if (!result.fetch) {
        add(0, tr("Policy host %1").arg(policyHost), tr("fetching…"), std::nullopt, Target::Policy);
    } else {
        const bool relevant = result.stsRecord.valid || result.fetch->ok;
        const int host =
            add(0, tr("Policy host %1").arg(policyHost),
                result.fetch->ok ? tr("HTTPS %1, certificate valid").arg(result.fetch->tlsVersion)
                                 : (!result.fetch->resultType ? tr("unreachable")
                                                              : TlsRpt::resultTypeName(result.fetch->resultType)),
                result.fetch->ok ? Severity::Ok : (relevant ? Severity::Error : Severity::Info), Target::Policy);
        if (result.policyStatus == PolicyStatus::Valid) {
            add(host, tr("Policy"),
                tr("mode %1, max_age %2 s, mx %3")
                    .arg(MtaSts::modeName(*result.policy.mode))
                    .arg(*result.policy.maxAge)
                    .arg(result.policy.mx.join(QStringLiteral(", "))),
                result.policy.mode == MtaSts::Mode::Enforce ? Severity::Ok : Severity::Info, Target::Policy);
        } else if (result.policyStatus == PolicyStatus::Invalid) {
            add(host, tr("Policy"), tr("invalid (%1)").arg(TlsRpt::resultTypeName(result.policyResultType)),
                Severity::Error, Target::Policy);
        }
    }

    // MX hosts
    if (!result.mxAnswer)
        add(0, tr("MX records"), tr("looking up…"), std::nullopt, Target::MxRecords);
    else if (result.mx.isEmpty())
        add(0, tr("MX records"),
            lookupFailed(*result.mxAnswer) ? lookupError(*result.mxAnswer)
                                           : Net::dnsStatusName(result.mxAnswer->status),
            Severity::Error, Target::MxRecords);
    for (int hostIndex = 0; hostIndex < result.mx.size(); ++hostIndex) {
        const Check::MxHostResult &mx = result.mx.at(hostIndex);
        const bool done = mx.a && mx.aaaa &&
                          std::all_of(mx.probes.cbegin(), mx.probes.cend(),
                                      [](const Smtp::SmtpProbeResult &probe) { return probe.finished(); });
        QString detail = !mx.wouldDeliver   ? tr("not observable from here: %1").arg(mx.unobserved)
                         : *mx.wouldDeliver ? tr("senders deliver")
                                            : tr("senders do not deliver");
        if (mx.resultType)
            detail += QStringLiteral(" (%1)").arg(TlsRpt::resultTypeName(mx.resultType));
        const int host = add(0, tr("MX %1 %2").arg(mx.preference).arg(mx.host), result.complete ? detail : QString(),
                             !done || !result.complete ? std::nullopt
                             : !mx.wouldDeliver        ? std::optional(Severity::Info)
                             : *mx.wouldDeliver ? std::optional(!mx.resultType ? Severity::Ok : Severity::Warning)
                                                : std::optional(Severity::Error),
                             Target::MxHost, hostIndex);
        if (result.complete && mx.dane != Check::DaneStatus::None && mx.dane != Check::DaneStatus::Pending)
            add(host, tr("DANE"), Check::daneStatusText(mx.dane),
                mx.dane == Check::DaneStatus::Pass      ? Severity::Ok
                : Check::daneApplies(mx.dane)           ? Severity::Error
                : mx.dane == Check::DaneStatus::Unknown ? Severity::Info
                                                        : Severity::Warning,
                Target::MxHost, hostIndex);
        for (int probeIndex = 0; probeIndex < mx.probes.size(); ++probeIndex) {
            const Smtp::SmtpProbeResult &probe = mx.probes.at(probeIndex);
            if (!probe.finished()) {
                add(host, probe.address.toString(), tr("connecting…"), std::nullopt, Target::Address, hostIndex,
                    probeIndex);
                continue;
            }
            const int address =
                add(host, probe.address.toString(),
                    probe.tlsEstablished
                        ? tr("STARTTLS, %1, %2").arg(probe.tlsVersion, probe.cipher)
                        : tr("failed at %1: %2").arg(Smtp::stepText(probe.reached), Check::displayError(probe)),
                    probe.tlsEstablished ? Severity::Ok : Severity::Error, Target::Address, hostIndex, probeIndex);
            if (probe.tlsEstablished && !probe.chain.chain.isEmpty()) {
                const Tls::CertificateInfo &leaf = probe.chain.chain.constFirst();
                add(address, tr("Certificate"),
                    probe.chain.valid() ? tr("valid for %1, %n day(s) left", nullptr, static_cast<int>(leaf.daysLeft))
                                              .arg(probe.chain.matchedName)
                                        : TlsRpt::resultTypeName(probe.chain.resultType),
                    probe.chain.valid() ? worst(probe.chain.findings, Severity::Ok) : std::optional(Severity::Error),
                    Target::Certificate, hostIndex, probeIndex);
            }
        }
    }

    // TLS-RPT
    if (!result.tlsRptTxt)
        add(0, tr("_smtp._tls record"), tr("looking up…"), std::nullopt, Target::TlsRptRecord);
    else if (lookupFailed(*result.tlsRptTxt))
        add(0, tr("_smtp._tls record"), lookupError(*result.tlsRptTxt), Severity::Error, Target::TlsRptRecord);
    else
        add(0, tr("_smtp._tls record"),
            result.tlsRptRecord.valid ? result.tlsRptRecord.rua.join(QStringLiteral(", ")) : tr("none or invalid"),
            result.tlsRptRecord.valid ? Severity::Ok : Severity::Warning, Target::TlsRptRecord);

    // What the domain is protected against, threat by threat
    if (result.complete && !result.cancelled) {
        using Assessment = Check::ProtectionAssessment;
        const auto severity = [](const Assessment::Item &item) {
            switch (item.state) {
            case Assessment::State::Protected:
                return Severity::Ok;
            case Assessment::State::Partly:
                return Severity::Warning;
            case Assessment::State::NotProtected:
                return item.threat == Assessment::Threat::UnnoticedFailures ? Severity::Warning : Severity::Error;
            case Assessment::State::Unknown:
                break;
            }
            return Severity::Info;
        };
        const auto &items = result.protection.items;
        const auto covered = std::count_if(items.cbegin(), items.cend(), [](const Assessment::Item &item) {
            return item.state == Assessment::State::Protected;
        });
        Severity overall = Severity::Ok;
        for (const Assessment::Item &item : items)
            overall = std::max(overall, severity(item));
        const int protection = add(0, tr("Protected against"), tr("%1 of %2 threats").arg(covered).arg(items.size()),
                                   overall, Target::Findings);
        for (const Assessment::Item &item : items)
            add(protection, Assessment::threatText(item.threat),
                Assessment::stateText(item.state) + QStringLiteral(" — ") + item.why, severity(item), Target::Findings);
    }
    m_building = nullptr;
    return nodes;
}

void OverviewModel::setResult(const Check::CheckResult &result)
{
    QList<Node> nodes = build(result);
    if (nodes == m_nodes)
        return;
    beginResetModel();
    m_nodes = std::move(nodes);
    endResetModel();
}

QModelIndex OverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    const int parentId = parent.isValid() ? static_cast<int>(parent.internalId()) : 0;
    if (row < 0 || column < 0 || column >= 2 || parentId >= m_nodes.size() ||
        row >= m_nodes.at(parentId).children.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(m_nodes.at(parentId).children.at(row)));
}

QModelIndex OverviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes.at(static_cast<int>(child.internalId())).parent;
    if (parentId <= 0)
        return {};
    const int grandParent = m_nodes.at(parentId).parent;
    return createIndex(static_cast<int>(m_nodes.at(grandParent).children.indexOf(parentId)), 0,
                       static_cast<quintptr>(parentId));
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int id = parent.isValid() ? static_cast<int>(parent.internalId()) : 0;
    return static_cast<int>(m_nodes.at(id).children.size());
}

int OverviewModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(static_cast<int>(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? node.step : node.detail;
    case Qt::DecorationRole:
        if (index.column() != 0)
            return {};
        return node.state ? StateIcons::forSeverity(*node.state) : StateIcons::running();
    case StateRole:
        return node.state ? static_cast<int>(*node.state) : -1;
    case TargetRole:
        return static_cast<int>(node.target);
    case HostIndexRole:
        return node.host;
    case ProbeIndexRole:
        return node.probe;
    case Qt::AccessibleDescriptionRole:
        return node.state ? FindingsModel::severityLabel(*node.state) : tr("running");
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Step") : tr("State");
}

} // namespace Sts::Ui
