// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaincomparisonmodel.h"

#include "plaintooltip.h"

#include "datetext.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace Sts::Ui {

ChainComparisonModel::ChainComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ChainComparisonModel::setEndpoints(const QList<CertificateChainModel::Endpoint> &endpoints)
{
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

int ChainComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ChainComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_endpoints.size());
}

QString ChainComparisonModel::value(const CertificateChainModel::Endpoint &endpoint, int property) const
{
    const Tls::ChainAnalysis &chain = endpoint.chain;
    if (property == VerificationRow)
        return chain.valid() ? tr("valid") : TlsRpt::resultTypeName(chain.resultType);
    if (property == ChainLengthRow)
        return QString::number(chain.chain.size());
    if (chain.chain.isEmpty())
        return {};
    const Tls::CertificateInfo &leaf = chain.chain.constFirst();
    switch (property) {
    case SubjectRow:
        return leaf.subject;
    case NamesRow:
        return leaf.subjectAltNames.join(QStringLiteral(", "));
    case IssuerRow:
        return leaf.issuer;
    case NotAfterRow:
        return DateText::dateTime(leaf.notAfter);
    case DaysLeftRow:
        return QString::number(leaf.daysLeft);
    case KeyRow:
        return QStringLiteral("%1 %2").arg(leaf.keyType).arg(leaf.keyBits);
    case SignatureRow:
        return leaf.signatureAlgorithm;
    case Sha256Row:
        return leaf.sha256Fingerprint;
    case SpkiRow:
        return leaf.spkiSha256;
    default:
        return {};
    }
}

bool ChainComparisonModel::differs(int property) const
{
    for (qsizetype column = 1; column < m_endpoints.size(); ++column) {
        if (value(m_endpoints.at(column), property) != value(m_endpoints.constFirst(), property))
            return true;
    }
    return false;
}

QVariant ChainComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // certificate names: shown as written
        return PlainToolTip::of(value(m_endpoints.at(index.column()), index.row()));
    case DiffersRole:
        return differs(index.row());
    case Qt::FontRole: {
        // Differences in bold, not only in colour, so that they show without colour vision too.
        if (!differs(index.row()))
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return differs(index.row()) ? QVariant(QPalette().brush(QPalette::AlternateBase)) : QVariant();
    default:
        return {};
    }
}

QVariant ChainComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_endpoints.size() ? m_endpoints.at(section).label : QVariant();
    switch (section) {
    case VerificationRow:
        return tr("Verification");
    case SubjectRow:
        return tr("Subject");
    case NamesRow:
        return tr("Names (SAN)");
    case IssuerRow:
        return tr("Issuer");
    case NotAfterRow:
        return tr("Valid until");
    case DaysLeftRow:
        return tr("Days left");
    case KeyRow:
        return tr("Key");
    case SignatureRow:
        return tr("Signature");
    case Sha256Row:
        return tr("SHA-256 fingerprint");
    case SpkiRow:
        return tr("SPKI SHA-256 (DANE 3 1 1)");
    case ChainLengthRow:
        return tr("Certificates sent");
    default:
        return {};
    }
}

} // namespace Sts::Ui
