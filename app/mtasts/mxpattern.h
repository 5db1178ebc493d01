// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QString>
#include <QStringList>

namespace Sts::MtaSts {

//! One `mx` pattern of a policy: an exact host name or "*." plus a domain, where the wildcard
//! stands for exactly one leftmost label (RFC 8461 §4.1). Comparison is case-insensitive,
//! ignores one trailing dot and works on A-labels (U-labels are converted).
class MxPattern
{
public:
    MxPattern() = default;
    explicit MxPattern(const QString &pattern);

    const QString &text() const { return m_text; }             //!< as written
    const QString &normalized() const { return m_normalized; } //!< lower case A-labels, no trailing dot
    bool isWildcard() const { return m_wildcard; }
    bool isValid() const { return !m_normalized.isEmpty(); }
    const Findings &findings() const { return m_findings; } //!< syntax problems of the pattern

    bool matches(const QString &host) const;

    //! Normalizes a host name the way patterns are compared: A-labels, lower case, no trailing dot.
    //! Returns an empty string when the name cannot be converted.
    static QString normalizeHost(const QString &host);

private:
    QString m_text;
    QString m_normalized; //!< for wildcards, without the "*." prefix
    bool m_wildcard = false;
    Findings m_findings;
};

//! Which pattern of a policy covers which MX host.
struct MxCoverage
{
    QString host;
    QString pattern; //!< first pattern that matches, empty when none
    bool covered() const { return !pattern.isEmpty(); }

    static QList<MxCoverage> compute(const QStringList &patterns, const QStringList &hosts);
};

} // namespace Sts::MtaSts
