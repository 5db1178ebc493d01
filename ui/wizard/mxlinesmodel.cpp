// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mxlinesmodel.h"

#include "check/findingregistry.h"
#include "models/stateicons.h"
#include "plaintooltip.h"

namespace Sts::Ui {

MxLinesModel::MxLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MxLinesModel::setLines(const QStringList &patterns, const QStringList &hosts)
{
    beginResetModel();
    m_hosts = hosts;
    replan(patterns);
    endResetModel();
}

QStringList MxLinesModel::patterns() const
{
    QStringList patterns;
    for (const MtaSts::CoverageLine &line : m_plan.lines)
        patterns.append(line.pattern);
    return patterns;
}

void MxLinesModel::replan(const QStringList &patterns)
{
    m_plan = MtaSts::CoveragePlanner::evaluate(patterns, m_hosts);
}

QModelIndex MxLinesModel::appendLine()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    replan(patterns() << QString());
    endInsertRows();
    Q_EMIT patternsEdited(patterns());
    return index(row, PatternColumn);
}

void MxLinesModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    QStringList lines = patterns();
    lines.removeAt(row);
    replan(lines);
    endRemoveRows();
    Q_EMIT patternsEdited(patterns());
}

int MxLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.lines.size());
}

int MxLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Severity MxLinesModel::severity(const MtaSts::CoverageLine &line) const
{
    Severity worst = line.hosts.isEmpty() ? Severity::Warning : Severity::Ok;
    for (const Finding &finding : line.findings)
        worst = std::max(worst, finding.severity);
    return line.valid ? worst : Severity::Error;
}

QString MxLinesModel::notes(const MtaSts::CoverageLine &line) const
{
    QStringList notes;
    for (const Finding &finding : line.findings)
        notes.append(Check::displayMessage(finding));
    if (line.valid && line.hosts.isEmpty())
        notes.append(tr("Covers none of the domain's MX hosts."));
    return notes.join(u' ');
}

QVariant MxLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MtaSts::CoverageLine &line = m_plan.lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case PatternColumn:
            return line.pattern;
        case CoversColumn:
            return line.hosts.isEmpty() ? tr("—") : line.hosts.join(QStringLiteral(", "));
        case NotesColumn:
            return notes(line);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // The notes name the MX hosts as the zone wrote them.
        return index.column() == NotesColumn || index.column() == PatternColumn ? PlainToolTip::of(notes(line))
                                                                                : QVariant();
    case Qt::DecorationRole:
        return index.column() == PatternColumn ? StateIcons::forSeverity(severity(line)) : QVariant();
    default:
        return {};
    }
}

bool MxLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != PatternColumn || role != Qt::EditRole)
        return false;
    QString pattern = value.toString().trimmed();
    if (pattern.startsWith(QStringLiteral("mx:"), Qt::CaseInsensitive)) // a whole policy line pasted
        pattern = pattern.sliced(3).trimmed();
    if (pattern == m_plan.lines.at(index.row()).pattern)
        return true;
    QStringList lines = patterns();
    lines[index.row()] = pattern;
    replan(lines);
    // A line's coverage depends on its own pattern only: just this row changed.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT patternsEdited(patterns());
    return true;
}

Qt::ItemFlags MxLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == PatternColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MxLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatternColumn:
        //: a line "mx: <pattern>" of the MTA-STS policy
        return tr("mx line");
    case CoversColumn:
        return tr("Covers");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace Sts::Ui
