// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "check/findingregistry.h"
#include "plaintooltip.h"

#include "stateicons.h"

namespace Sts::Ui {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString FindingsModel::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return tr("OK");
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Error:
        return tr("Error");
    }
    return {};
}

void FindingsModel::setFindings(const Findings &findings)
{
    // Snapshots arrive many times a second while a check runs; only reset when something changed.
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &finding = m_findings.at(index.row());
    if (role == SeverityRole)
        return static_cast<int>(finding.severity);
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return StateIcons::forSeverity(finding.severity);
    if (role == Qt::ToolTipRole)
        return PlainToolTip::of(Check::displayMessage(finding)); // it quotes records and replies a domain wrote
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return severityLabel(finding.severity); // text as well as icon: state is never shown by colour alone
    case SubjectColumn:
        return finding.line > 0 ? tr("%1, line %2").arg(finding.subject).arg(finding.line) : finding.subject;
    case MessageColumn:
        return Check::displayMessage(finding);
    case CodeColumn:
        return finding.code;
    case ReferenceColumn:
        return finding.reference;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case SubjectColumn:
        return tr("Subject");
    case MessageColumn:
        return tr("Finding");
    case CodeColumn:
        return tr("Code");
    case ReferenceColumn:
        return tr("RFC");
    default:
        return {};
    }
}

} // namespace Sts::Ui
