// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mxhostsmodel.h"

#include "check/findingregistry.h"
#include "dnssecdisplay.h"
#include "stateicons.h"
#include "tls/daneverifier.h"

namespace Sts::Ui {

MxHostsModel::MxHostsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MxHostsModel::setResult(const Check::CheckResult &result)
{
    QList<Row> rows;
    for (qsizetype host = 0; host < result.mx.size(); ++host) {
        const qsizetype probes = result.mx.at(host).probes.size();
        if (probes == 0)
            rows.append({host, -1});
        for (qsizetype probe = 0; probe < probes; ++probe)
            rows.append({host, probe});
    }
    const bool sameShape = rows.size() == m_rows.size() &&
                           std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
                               return a.host == b.host && a.probe == b.probe;
                           });
    if (sameShape) {
        // Same rows, new values: keep the view's selection and scroll position.
        m_hosts = result.mx;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_hosts = result.mx;
    m_rows = rows;
    endResetModel();
}

int MxHostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MxHostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Net::DnsAnswer *MxHostsModel::addressAnswer(const Check::MxHostResult &host, const Smtp::SmtpProbeResult *probe)
{
    // The address record this row's connection used; a host not probed yet shows its A answer.
    const bool ipv6 = probe && probe->address.protocol() == QAbstractSocket::IPv6Protocol;
    const std::optional<Net::DnsAnswer> &answer = ipv6 ? host.aaaa : host.a;
    return answer ? &*answer : nullptr;
}

QVariant MxHostsModel::display(const Check::MxHostResult &host, const Smtp::SmtpProbeResult *probe, int column) const
{
    const bool probed = probe && probe->finished();
    switch (column) {
    case PreferenceColumn:
        return host.implicit ? tr("implicit") : QString::number(host.preference);
    case HostColumn:
        return host.host;
    case AddressColumn:
        return probe ? probe->address.toString() : tr("resolving…");
    case StartTlsColumn:
        if (!probed)
            return tr("checking…");
        if (probe->tlsEstablished)
            return tr("yes");
        if (probe->reached < Smtp::Step::StartTls)
            return tr("failed at %1").arg(Smtp::stepText(probe->reached));
        return probe->starttlsOffered ? tr("failed") : tr("not offered");
    case TlsVersionColumn:
        return probe ? probe->tlsVersion : QString();
    case CipherColumn:
        return probe ? probe->cipher : QString();
    case CertificateColumn:
        if (!probe || !probe->tlsEstablished)
            return QString();
        return probe->chain.valid() ? tr("valid") : TlsRpt::resultTypeName(probe->chain.resultType);
    case DaysLeftColumn:
        if (!probe || probe->chain.chain.isEmpty())
            return QString();
        return QString::number(probe->chain.chain.constFirst().daysLeft);
    case PatternColumn:
        return host.matchedPattern.isEmpty() ? tr("—") : host.matchedPattern;
    case DnssecColumn:
        if (const Net::DnsAnswer *answer = addressAnswer(host, probe))
            return DnssecDisplay::text(answer->dnssec);
        return QString();
    case DaneColumn:
        // Per address where DANE decides: each presents its own certificate.
        if (probe && probe->dane && Check::daneApplies(host.dane) && host.tlsa && host.tlsa->hasRecords())
            return probe->dane->verified ? tr("pass") : tr("fail");
        return Check::daneStatusText(host.dane);
    case DeliverColumn: {
        if (!host.wouldDeliver)
            return tr("unknown: %1").arg(host.unobserved);
        const QString answer = *host.wouldDeliver ? tr("yes") : tr("no");
        if (host.wouldDeliverStsOnly && host.wouldDeliverStsOnly != host.wouldDeliver)
            return tr("%1 (MTA-STS only: %2)").arg(answer, *host.wouldDeliverStsOnly ? tr("yes") : tr("no"));
        return answer;
    }
    case ResultTypeColumn:
        return TlsRpt::resultTypeName(probe && probe->resultType ? probe->resultType : host.resultType);
    default:
        return {};
    }
}

QVariant MxHostsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Check::MxHostResult &host = m_hosts.at(row.host);
    const Smtp::SmtpProbeResult *probe = row.probe >= 0 ? &host.probes.at(row.probe) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return display(host, probe, index.column());
    case SortRole:
        if (index.column() == PreferenceColumn)
            return host.preference;
        if (index.column() == DaysLeftColumn && probe && !probe->chain.chain.isEmpty())
            return probe->chain.chain.constFirst().daysLeft;
        return display(host, probe, index.column());
    case HostIndexRole:
        return static_cast<int>(row.host);
    case ProbeIndexRole:
        return static_cast<int>(row.probe);
    case Qt::DecorationRole:
        if (index.column() == HostColumn)
            return StateIcons::forSeverity(!host.wouldDeliver   ? Severity::Info
                                           : *host.wouldDeliver ? (!host.resultType ? Severity::Ok : Severity::Warning)
                                                                : Severity::Error);
        if (index.column() == StartTlsColumn && probe && probe->finished())
            return StateIcons::forSeverity(probe->tlsEstablished ? Severity::Ok : Severity::Error);
        if (index.column() == CertificateColumn && probe && probe->tlsEstablished)
            return StateIcons::forSeverity(probe->chain.valid() ? Severity::Ok : Severity::Error);
        if (index.column() == DnssecColumn) {
            if (const Net::DnsAnswer *answer = addressAnswer(host, probe))
                return DnssecDisplay::icon(answer->dnssec);
        }
        if (index.column() == DaneColumn && host.dane != Check::DaneStatus::None &&
            host.dane != Check::DaneStatus::Pending)
            return StateIcons::forSeverity(host.dane == Check::DaneStatus::Pass      ? Severity::Ok
                                           : Check::daneApplies(host.dane)           ? Severity::Error
                                           : host.dane == Check::DaneStatus::Unknown ? Severity::Info
                                                                                     : Severity::Warning);
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == DnssecColumn) {
            if (const Net::DnsAnswer *answer = addressAnswer(host, probe))
                return DnssecDisplay::explanation(answer->dnssec);
        }
        // The whole text of a cell the view may cut short, and the probe's error; both come from
        // the network, so they are escaped rather than left for the tooltip to read as markup.
        QStringList lines;
        const QString shown = display(host, probe, index.column()).toString();
        if (!shown.isEmpty())
            lines.append(shown.toHtmlEscaped());
        if (index.column() == DaneColumn) {
            if (probe && probe->dane)
                lines.append((probe->dane->verified ? tr("Authenticated by %1").arg(probe->dane->matchedRecord)
                                                    : Tls::DaneVerifier::displayError(probe->dane->error))
                                 .toHtmlEscaped());
            if (host.tlsa) {
                for (const Net::DnsRecord &record : host.tlsa->records)
                    lines.append(QString(u"TLSA "_qs + record.text).toHtmlEscaped());
            }
        } else if (const QString error = probe ? Check::displayError(*probe) : QString();
                   !error.isEmpty() && error != shown) {
            lines.append(error.toHtmlEscaped());
        }
        return lines.isEmpty() ? QVariant()
                               : QVariant(QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>"))));
    }
    default:
        return {};
    }
}

QVariant MxHostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PreferenceColumn:
        return tr("Pref.");
    case HostColumn:
        return tr("MX host");
    case AddressColumn:
        return tr("Address");
    case StartTlsColumn:
        return tr("STARTTLS");
    case TlsVersionColumn:
        return tr("TLS");
    case CipherColumn:
        return tr("Cipher");
    case CertificateColumn:
        return tr("Certificate");
    case DaysLeftColumn:
        return tr("Days left");
    case PatternColumn:
        return tr("Policy pattern");
    case DnssecColumn:
        return tr("DNSSEC");
    case DaneColumn:
        return tr("DANE");
    case DeliverColumn:
        return tr("Would deliver");
    case ResultTypeColumn:
        return tr("TLS-RPT result");
    default:
        return {};
    }
}

} // namespace Sts::Ui
