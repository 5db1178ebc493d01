// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sts::MtaSts {

//! One `mx` line of a draft and the MX hosts it covers.
struct CoverageLine
{
    QString pattern;   //!< as the user wrote it
    QStringList hosts; //!< the MX hosts it matches (RFC 8461 §4.1), in MX order
    Findings findings; //!< the pattern's own syntax findings
    bool valid = false;
};

//! What a set of `mx` lines does for a set of MX hosts.
struct CoveragePlan
{
    QList<CoverageLine> lines;
    QStringList uncovered; //!< MX hosts that no line covers: senders in enforce mode do not deliver to them
    bool complete() const { return uncovered.isEmpty(); }
};

//! Proposes the `mx` lines of a policy from a domain's MX hosts and shows which host each line
//! covers. A wildcard stands for exactly one label (RFC 8461 §4.1), so it can replace exact names
//! only where every MX sits directly below one parent domain.
class CoveragePlanner
{
public:
    enum class Style
    {
        Automatic,  //!< a wildcard when two or more MX share a parent, exact names otherwise
        ExactNames, //!< one line per MX: nothing but today's hosts is covered
        Wildcard,   //!< a wildcard wherever the MX share a parent, even for one MX
    };

    //! The domain every host is exactly one label below ("healthy.test" for mx1.healthy.test and
    //! mx2.healthy.test); empty when there is none, or when it is a top-level domain, which a
    //! wildcard must not cover.
    static QString sharedParent(const QStringList &hosts);

    //! The `mx` patterns for \a hosts. Existing patterns (a live policy's) are kept in their order
    //! when they still cover an MX; lines are added for the MX they miss. Hosts that no pattern
    //! can name (IP literals, invalid names) are left out; evaluate() reports them as uncovered.
    static QStringList propose(const QStringList &hosts, const QStringList &existing = {},
                               Style style = Style::Automatic);

    static CoveragePlan evaluate(const QStringList &patterns, const QStringList &hosts);
};

} // namespace Sts::MtaSts
