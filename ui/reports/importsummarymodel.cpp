// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummarymodel.h"

#include "check/findingregistry.h"
#include "models/stateicons.h"
#include "plaintooltip.h"

#include <QDir>

namespace Sts::Ui {

using Outcome = TlsRpt::ImportSummary::Outcome;

ImportSummaryModel::ImportSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportSummaryModel::setSummary(const TlsRpt::ImportSummary &summary)
{
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

QString ImportSummaryModel::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Imported:
        return tr("Imported");
    case Outcome::Duplicate:
        return tr("Already in the library");
    case Outcome::Rejected:
        return tr("Rejected");
    case Outcome::Skipped:
        return tr("Skipped");
    }
    return {};
}

int ImportSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.entries.size());
}

int ImportSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TlsRpt::ImportSummary::Entry &entry = m_summary.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case OutcomeColumn:
            return outcomeText(entry.outcome);
        case FileColumn:
            return QDir::toNativeSeparators(entry.file);
        case PartColumn:
            return entry.part;
        case DetailColumn:
            return Check::displayMessage(entry.code, entry.arguments, entry.detail);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != OutcomeColumn)
            return {};
        switch (entry.outcome) {
        case Outcome::Imported:
            return StateIcons::forSeverity(Severity::Ok);
        case Outcome::Duplicate:
        case Outcome::Skipped:
            return StateIcons::forSeverity(Severity::Info);
        case Outcome::Rejected:
            return StateIcons::forSeverity(Severity::Error);
        }
        return {};
    case Qt::ToolTipRole:
        // It quotes file names from archives and messages a sender chose.
        return index.column() == DetailColumn
                   ? PlainToolTip::of(Check::displayMessage(entry.code, entry.arguments, entry.detail))
                   : QVariant();
    case OutcomeRole:
        return int(entry.outcome);
    default:
        return {};
    }
}

QVariant ImportSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case FileColumn:
        return tr("File");
    case PartColumn:
        return tr("Part");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Sts::Ui
