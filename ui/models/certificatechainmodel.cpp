// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatechainmodel.h"

#include "plaintooltip.h"
#include "tls/daneverifier.h"

#include "datetext.h"
#include "stateicons.h"

namespace Sts::Ui {

namespace {

//! The part of a distinguished name people recognise: its CN, else the whole name.
QString commonName(const QString &distinguishedName)
{
    for (const QString &part : distinguishedName.split(u',')) {
        if (part.startsWith(u"CN="))
            return part.mid(3);
    }
    return distinguishedName;
}

} // namespace

CertificateChainModel::CertificateChainModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QList<CertificateChainModel::Endpoint> CertificateChainModel::endpointsOf(const Check::CheckResult &result)
{
    QList<Endpoint> endpoints;
    if (result.fetch && !result.fetch->chain.chain.isEmpty())
        endpoints.append({tr("%1 (policy host)").arg(result.fetch->host), result.fetch->chain, std::nullopt});
    for (const Check::MxHostResult &host : result.mx) {
        for (const Smtp::SmtpProbeResult &probe : host.probes) {
            if (!probe.chain.chain.isEmpty())
                endpoints.append({mxLabel(host.host, probe.address), probe.chain,
                                  host.tlsa && host.tlsa->hasRecords() ? probe.dane : std::nullopt});
        }
    }
    return endpoints;
}

QString CertificateChainModel::mxLabel(const QString &host, const QHostAddress &address)
{
    return QStringLiteral("%1 %2").arg(host, address.toString());
}

int CertificateChainModel::endpointRow(const QString &label) const
{
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (m_endpoints.at(row).label == label)
            return row;
    }
    return -1;
}

void CertificateChainModel::setResult(const Check::CheckResult &result)
{
    QList<Endpoint> endpoints = endpointsOf(result);
    const bool sameShape = endpoints.size() == m_endpoints.size() &&
                           std::equal(endpoints.cbegin(), endpoints.cend(), m_endpoints.cbegin(),
                                      [](const Endpoint &a, const Endpoint &b) {
                                          return a.label == b.label && a.chain.chain.size() == b.chain.chain.size();
                                      });
    if (sameShape) {
        // Snapshots mostly repeat what is known: update in place, keeping selection and expansion.
        m_endpoints = endpoints;
        for (int row = 0; row < m_endpoints.size(); ++row) {
            const QModelIndex endpoint = index(row, 0);
            Q_EMIT dataChanged(endpoint, index(row, ColumnCount - 1));
            if (const int links = rowCount(endpoint); links > 0)
                Q_EMIT dataChanged(index(0, 0, endpoint), index(links - 1, ColumnCount - 1, endpoint));
        }
        return;
    }
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

int CertificateChainModel::endpointAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return index.internalId() == EndpointRow ? index.row() : static_cast<int>(index.internalId() - 1);
}

const Tls::CertificateInfo *CertificateChainModel::certificateAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == EndpointRow)
        return nullptr;
    const Endpoint &endpoint = m_endpoints.at(endpointAt(index));
    return &endpoint.chain.chain.at(index.row());
}

QModelIndex CertificateChainModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, EndpointRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex CertificateChainModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == EndpointRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, EndpointRow);
}

int CertificateChainModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_endpoints.size());
    if (parent.internalId() != EndpointRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_endpoints.at(parent.row()).chain.chain.size());
}

int CertificateChainModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CertificateChainModel::endpointData(const Endpoint &endpoint, int column, int role) const
{
    const Tls::ChainAnalysis &chain = endpoint.chain;
    if (role == Qt::DecorationRole && column == NameColumn)
        return StateIcons::forSeverity(chain.valid() ? Severity::Ok : Severity::Error);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case NameColumn:
        return endpoint.label;
    case StatusColumn:
        if (chain.valid())
            return tr("valid, matches %1").arg(chain.matchedName);
        return !chain.resultType ? tr("invalid") : TlsRpt::resultTypeName(chain.resultType);
    case ExpiresColumn: {
        if (chain.chain.isEmpty())
            return {};
        const qint64 days = chain.chain.constFirst().daysLeft;
        return role == SortRole ? QVariant(days) : QVariant(tr("%n day(s)", nullptr, static_cast<int>(days)));
    }
    default:
        return {};
    }
}

QVariant CertificateChainModel::certificateData(const Tls::CertificateInfo &certificate, int column, int role) const
{
    if (role == Qt::DecorationRole && column == NameColumn)
        return StateIcons::forSeverity(certificate.verifyError.isEmpty() ? Severity::Ok : Severity::Error);
    if (role == Qt::ToolTipRole)
        return certificate.subject;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case NameColumn:
        return commonName(certificate.subject);
    case StatusColumn:
        return certificate.verifyError.isEmpty() ? tr("ok") : certificate.verifyError;
    case ExpiresColumn:
        if (role == SortRole)
            return certificate.daysLeft;
        return certificate.daysLeft < 0
                   ? tr("expired %1").arg(DateText::date(certificate.notAfter.toLocalTime().date()))
                   : tr("%1 (%n day(s))", nullptr, static_cast<int>(certificate.daysLeft))
                         .arg(DateText::date(certificate.notAfter.toLocalTime().date()));
    case KeyColumn:
        return certificate.curve.isEmpty() ? QStringLiteral("%1 %2").arg(certificate.keyType).arg(certificate.keyBits)
                                           : QStringLiteral("%1 %2 (%3)")
                                                 .arg(certificate.keyType)
                                                 .arg(certificate.keyBits)
                                                 .arg(certificate.curve);
    case IssuerColumn:
        return commonName(certificate.issuer);
    default:
        return {};
    }
}

QVariant CertificateChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    // Names and reasons come from certificates and servers: tooltips show them as written.
    if (role == Qt::ToolTipRole)
        return PlainToolTip::of(dataOf(index, role).toString());
    return dataOf(index, role);
}

QVariant CertificateChainModel::dataOf(const QModelIndex &index, int role) const
{
    if (index.column() == DaneColumn)
        return daneData(m_endpoints.at(endpointAt(index)), index.internalId() == EndpointRow ? -1 : index.row(), role);
    if (index.internalId() == EndpointRow)
        return endpointData(m_endpoints.at(index.row()), index.column(), role);
    return certificateData(*certificateAt(index), index.column(), role);
}

QVariant CertificateChainModel::daneData(const Endpoint &endpoint, int depth, int role)
{
    if (!endpoint.dane)
        return {};
    const Tls::DaneMatch &dane = *endpoint.dane;
    if (depth < 0) { // the endpoint: the outcome
        if (role == Qt::DecorationRole)
            return StateIcons::forSeverity(dane.verified ? Severity::Ok : Severity::Error);
        if (role == Qt::ToolTipRole)
            return dane.verified ? dane.matchingRecords.join(u'\n') : Tls::DaneVerifier::displayError(dane.error);
        if (role == Qt::DisplayRole || role == SortRole)
            return dane.verified ? tr("pass") : tr("fail: %1").arg(Tls::DaneVerifier::displayError(dane.error));
        return {};
    }
    // The certificate the matching record describes: the leaf for DANE-EE, an anchor for DANE-TA.
    if (!dane.verified || dane.matchedDepth != depth)
        return {};
    if (role == Qt::DecorationRole)
        return StateIcons::forSeverity(Severity::Ok);
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
        return tr("matches TLSA %1").arg(dane.matchedRecord);
    return {};
}

QVariant CertificateChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Server / certificate");
    case StatusColumn:
        return tr("Verification");
    case ExpiresColumn:
        return tr("Expires");
    case KeyColumn:
        return tr("Key");
    case IssuerColumn:
        return tr("Issuer");
    case DaneColumn:
        return tr("DANE");
    default:
        return {};
    }
}

} // namespace Sts::Ui
