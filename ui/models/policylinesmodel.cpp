// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policylinesmodel.h"

#include "check/findingregistry.h"
#include "plaintooltip.h"

#include "stateicons.h"

#include <QFontDatabase>

#include <algorithm>

namespace Sts::Ui {

namespace {

//! Control characters and a stray CR made visible: they are often the very problem.
QString visible(QByteArrayView line)
{
    QString text = QString::fromUtf8(line);
    if (text.endsWith(u'\r'))
        text.chop(1);
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != u'\t')
            c = QChar(0x2400 + c.unicode()); // the Control Pictures block
    }
    return text;
}

} // namespace

PolicyLinesModel::PolicyLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PolicyLinesModel::setPolicy(const QByteArray &body, const Findings &findings)
{
    QList<Line> lines;
    if (!body.isEmpty()) {
        QByteArrayView rest(body);
        while (true) {
            const qsizetype end = rest.indexOf('\n');
            lines.append({visible(end < 0 ? rest : rest.first(end)), {}});
            if (end < 0)
                break;
            rest = rest.sliced(end + 1);
        }
        if (lines.size() > 1 && lines.constLast().text.isEmpty())
            lines.removeLast(); // the final line break ends a line, it does not start one
    }
    for (const Finding &finding : findings) {
        if (finding.line > 0 && finding.line <= lines.size())
            lines[finding.line - 1].findings.append(finding);
    }
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int PolicyLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int PolicyLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines.at(index.row());
    const auto worst = std::max_element(line.findings.cbegin(), line.findings.cend(),
                                        [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return index.row() + 1;
        case TextColumn:
            return line.text;
        case FindingColumn: {
            QStringList messages;
            for (const Finding &finding : line.findings)
                messages.append(Check::displayMessage(finding));
            return messages.join(QStringLiteral(" · "));
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == FindingColumn && worst != line.findings.cend())
            return StateIcons::forSeverity(worst->severity);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FindingColumn && worst != line.findings.cend()) {
            QStringList tips;
            for (const Finding &finding : line.findings)
                tips.append(
                    QStringLiteral("%1 [%2, %3]").arg(Check::displayMessage(finding), finding.code, finding.reference));
            return PlainToolTip::of(tips.join(u'\n')); // messages quote the policy's lines
        }
        return {};
    case FindingCodeRole:
        return worst != line.findings.cend() ? QVariant(worst->code) : QVariant();
    case FindingSubjectRole:
        return worst != line.findings.cend() ? QVariant(worst->subject) : QVariant();
    case Qt::FontRole:
        return index.column() == TextColumn ? QVariant(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant PolicyLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TextColumn:
        return tr("Text");
    case FindingColumn:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace Sts::Ui
