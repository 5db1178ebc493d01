// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policydiff.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace Sts::MtaSts {

namespace {

QStringList linesOf(const QByteArray &policy)
{
    QStringList lines;
    if (policy.isEmpty())
        return lines;
    for (const QByteArray &line : policy.split('\n')) {
        QString text = QString::fromUtf8(line);
        while (!text.isEmpty() && text.back().isSpace()) // also the CR of CRLF
            text.chop(1);
        lines.append(text);
    }
    if (policy.endsWith('\n'))
        lines.removeLast(); // the terminator of the last line does not start another one
    return lines;
}

//! Policies hold a handful of lines, but a pasted file can be up to 64 KiB; beyond this many
//! cells of the table the diff gives up on alignment and shows everything as replaced.
constexpr qsizetype MaxTableCells = 4 * 1024 * 1024;

} // namespace

PolicyDiff PolicyDiff::compare(const QByteArray &before, const QByteArray &after)
{
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    PolicyDiff diff;
    if ((a.size() + 1) * (b.size() + 1) > MaxTableCells) {
        for (const QString &line : a)
            diff.m_lines.append({Kind::Removed, line});
        for (const QString &line : b)
            diff.m_lines.append({Kind::Added, line});
        return diff;
    }
    // Longest common subsequence, filled from the end so that the walk below goes forwards.
    const qsizetype columns = b.size() + 1;
    std::vector<int> common(static_cast<size_t>((a.size() + 1) * columns), 0);
    auto cell = [&](qsizetype i, qsizetype j) -> int & { return common[static_cast<size_t>(i * columns + j)]; };
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            cell(i, j) = a.at(i) == b.at(j) ? cell(i + 1, j + 1) + 1 : std::max(cell(i + 1, j), cell(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a.at(i) == b.at(j)) {
            diff.m_lines.append({Kind::Same, a.at(i)});
            ++i;
            ++j;
        } else if (i < a.size() && (j == b.size() || cell(i + 1, j) >= cell(i, j + 1))) {
            diff.m_lines.append({Kind::Removed, a.at(i++)}); // on a tie, removals first, as unified diffs show them
        } else {
            diff.m_lines.append({Kind::Added, b.at(j++)});
        }
    }
    return diff;
}

bool PolicyDiff::changed() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(), [](const Line &line) { return line.kind != Kind::Same; });
}

QString PolicyDiff::unified() const
{
    QString text;
    for (const Line &line : m_lines) {
        const char16_t marker = line.kind == Kind::Same ? u' ' : line.kind == Kind::Removed ? u'-' : u'+';
        text += QChar(marker) + QStringLiteral(" ") + line.text + u'\n';
    }
    return text;
}

} // namespace Sts::MtaSts
