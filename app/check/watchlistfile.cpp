// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchlistfile.h"

#include "common/domaininput.h"

#include <QSet>

namespace Sts::Check {

WatchListFile WatchListFile::parse(const QString &text)
{
    WatchListFile file;
    QSet<QString> seen;
    int number = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        ++number;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (number > MaxLines) {
            // Not dropped silently: a list that is cut short says so, at the first line left out.
            file.rejected.append(
                {number, DomainInput::shown(trimmed.left(100).toString()),
                 tr("the list is longer than %1 lines; this line and those after it were not read").arg(MaxLines)});
            break;
        }
        const DomainInput input = DomainInput::parse(trimmed.toString());
        if (!input.ok()) {
            file.rejected.append({number, DomainInput::shown(trimmed.toString()), input.problem});
            continue;
        }
        if (!seen.contains(input.domain)) {
            seen.insert(input.domain);
            file.domains.append(input.domain);
        }
    }
    return file;
}

QString WatchListFile::format(const QStringList &domains)
{
    QString text = QStringLiteral("# StsScope watch list: one domain per line (stsscope-cli watch --list FILE)\n");
    for (const QString &domain : domains)
        text += domain + u'\n';
    return text;
}

QStringList WatchListFile::rejectedLines(int limit) const
{
    QStringList lines;
    for (const Rejected &bad : rejected) {
        if (lines.size() == limit) {
            lines.append(tr("… and %n more line(s)", nullptr, static_cast<int>(rejected.size()) - limit));
            break;
        }
        lines.append(tr("line %1 \"%2\": %3").arg(bad.line).arg(bad.text, bad.problem));
    }
    return lines;
}

} // namespace Sts::Check
