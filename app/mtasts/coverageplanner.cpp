// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverageplanner.h"

#include "mxpattern.h"

#include <algorithm>

namespace Sts::MtaSts {

namespace {

//! The hosts as patterns name them (A-labels, lower case, no trailing dot), without duplicates
//! and without names that no pattern can match.
QStringList nameableHosts(const QStringList &hosts)
{
    QStringList names;
    for (const QString &host : hosts) {
        const MxPattern exact(host);
        if (exact.isValid() && !exact.isWildcard() && !names.contains(exact.normalized()))
            names.append(exact.normalized());
    }
    return names;
}

//! The pattern as a policy line writes it: normalized, so that "MX1.Example.COM." and
//! "mx1.example.com" are one line.
QString written(const MxPattern &pattern)
{
    return (pattern.isWildcard() ? QStringLiteral("*.") : QString()) + pattern.normalized();
}

} // namespace

QString CoveragePlanner::sharedParent(const QStringList &hosts)
{
    const bool allNameable = std::all_of(hosts.cbegin(), hosts.cend(), [](const QString &host) {
        const MxPattern exact(host);
        return exact.isValid() && !exact.isWildcard();
    });
    const QStringList names = nameableHosts(hosts);
    if (!allNameable || names.isEmpty())
        return {};
    QString parent;
    for (const QString &name : names) {
        const qsizetype dot = name.indexOf(u'.');
        if (dot <= 0)
            return {};
        const QString above = name.sliced(dot + 1);
        if (!above.contains(u'.'))
            return {}; // "*.test" would cover every host under a top-level domain
        if (!parent.isEmpty() && parent != above)
            return {};
        parent = above;
    }
    return parent;
}

QStringList CoveragePlanner::propose(const QStringList &hosts, const QStringList &existing, Style style)
{
    const QStringList names = nameableHosts(hosts);
    QStringList patterns;
    for (const QString &text : existing) {
        const MxPattern pattern(text);
        const bool coversAny =
            std::any_of(names.cbegin(), names.cend(), [&](const QString &host) { return pattern.matches(host); });
        if (pattern.isValid() && coversAny && !patterns.contains(written(pattern)))
            patterns.append(written(pattern));
    }
    QStringList missing;
    for (const QString &host : names) {
        const bool covered = std::any_of(patterns.cbegin(), patterns.cend(),
                                         [&](const QString &pattern) { return MxPattern(pattern).matches(host); });
        if (!covered)
            missing.append(host);
    }
    if (missing.isEmpty())
        return patterns;
    const qsizetype wildcardFrom = style == Style::Wildcard ? 1 : 2;
    const QString parent = style == Style::ExactNames ? QString() : sharedParent(missing);
    if (!parent.isEmpty() && missing.size() >= wildcardFrom)
        patterns.append(QStringLiteral("*.") + parent);
    else
        patterns.append(missing);
    return patterns;
}

CoveragePlan CoveragePlanner::evaluate(const QStringList &patterns, const QStringList &hosts)
{
    CoveragePlan plan;
    QList<MxPattern> parsed;
    for (const QString &text : patterns) {
        const MxPattern pattern(text);
        CoverageLine line;
        line.pattern = text;
        line.findings = pattern.findings();
        line.valid = pattern.isValid();
        for (const QString &host : hosts) {
            if (pattern.matches(host))
                line.hosts.append(host);
        }
        plan.lines.append(line);
        parsed.append(pattern);
    }
    for (const QString &host : hosts) {
        const bool covered = std::any_of(parsed.cbegin(), parsed.cend(),
                                         [&](const MxPattern &pattern) { return pattern.matches(host); });
        if (!covered && !plan.uncovered.contains(host))
            plan.uncovered.append(host);
    }
    return plan;
}

} // namespace Sts::MtaSts
