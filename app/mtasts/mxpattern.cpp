// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mxpattern.h"

#include "common/hostname.h"
#include "mtastscatalog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <algorithm>

namespace Sts::MtaSts {

QString MxPattern::normalizeHost(const QString &host)
{
    QString name = host.trimmed();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (HostName::isAscii(name))
        return name.toLower();
    // Non-transitional (IDNA2008, RFC 5891) processing: "ß" stays a letter of its own
    // ("xn--strae-oqa"); the transitional mapping to "ss" would name another domain.
    const QByteArray ace = QUrl::toAce(name);
    return QString::fromLatin1(ace).toLower();
}

MxPattern::MxPattern(const QString &pattern)
    : m_text(pattern)
{
    QString name = pattern.trimmed();
    if (name.isEmpty()) {
        m_findings.append(makeFinding(Catalog::MxPatternEmpty, pattern));
        return;
    }
    const bool trailingDot = name.endsWith(u'.') && name.size() > 1;
    if (trailingDot)
        name.chop(1);
    if (name.startsWith(QStringLiteral("*."))) {
        m_wildcard = true;
        name = name.sliced(2);
    }
    if (name.contains(u'*')) {
        m_findings.append(makeFinding(Catalog::MxPatternWildcardPosition, pattern, {pattern}));
        return;
    }
    if (QHostAddress address; address.setAddress(name) || name.startsWith(u'[')) {
        m_findings.append(makeFinding(Catalog::MxPatternIpAddress, pattern, {pattern}));
        return;
    }
    if (!HostName::isAscii(name)) {
        const QString ace = normalizeHost(name);
        if (ace.isEmpty()) {
            m_findings.append(makeFinding(
                Catalog::MxPatternInvalid, pattern,
                {pattern, QCoreApplication::translate("Findings", "it is not a valid internationalized name")}));
            return;
        }
        m_findings.append(makeFinding(Catalog::MxPatternUnicode, pattern,
                                      {pattern, (m_wildcard ? QStringLiteral("*.") : QString()) + ace}));
        name = ace;
    }
    name = name.toLower();
    if (const QString problem = HostName::problem(name); !problem.isEmpty()) {
        m_findings.append(makeFinding(Catalog::MxPatternInvalid, pattern, {pattern, problem}));
        return;
    }
    if (trailingDot)
        m_findings.append(makeFinding(Catalog::MxPatternTrailingDot, pattern, {pattern}));
    if (m_wildcard && !name.contains(u'.'))
        m_findings.append(makeFinding(Catalog::MxPatternWildcardTooBroad, pattern, {pattern}));
    m_normalized = name;
}

bool MxPattern::matches(const QString &host) const
{
    if (m_normalized.isEmpty())
        return false;
    const QString name = normalizeHost(host);
    if (name.isEmpty())
        return false;
    if (!m_wildcard)
        return name == m_normalized;
    // "*.example.com" covers exactly one label in front of "example.com" (RFC 8461 §4.1).
    if (name.size() < m_normalized.size() + 2 || !name.endsWith(m_normalized))
        return false;
    const qsizetype dot = name.size() - m_normalized.size() - 1;
    if (name.at(dot) != u'.')
        return false;
    const QStringView label = QStringView(name).first(dot);
    return !label.isEmpty() && !label.contains(u'.');
}

QList<MxCoverage> MxCoverage::compute(const QStringList &patterns, const QStringList &hosts)
{
    QList<MxPattern> parsed;
    parsed.reserve(patterns.size());
    for (const QString &text : patterns)
        parsed.append(MxPattern(text));
    QList<MxCoverage> coverage;
    coverage.reserve(hosts.size());
    for (const QString &host : hosts) {
        const auto match = std::find_if(parsed.cbegin(), parsed.cend(),
                                        [&](const MxPattern &candidate) { return candidate.matches(host); });
        coverage.append({host, match == parsed.cend() ? QString() : match->text()});
    }
    return coverage;
}

} // namespace Sts::MtaSts
