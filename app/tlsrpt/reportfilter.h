// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Sts::TlsRpt {

//! Which reports and policies a query or an aggregation covers. A report belongs to the day
//! its date range starts on (UTC), as Report::day() says; bounds are inclusive.
struct ReportFilter
{
    QDate since;          //!< invalid: no lower bound
    QDate until;          //!< invalid: no upper bound
    QString policyDomain; //!< empty: every policy; else only policies for this domain

    bool coversDay(QDate day) const { return (!since.isValid() || day >= since) && (!until.isValid() || day <= until); }
    //! Exact comparison: policy domains are read lower case without a trailing dot
    //! (ReportParser); normalized() brings a user's filter into that form.
    bool coversDomain(const QString &domain) const { return policyDomain.isEmpty() || domain == policyDomain; }
    ReportFilter normalized() const
    {
        ReportFilter filter = *this;
        filter.policyDomain = policyDomain.trimmed().toLower();
        if (filter.policyDomain.endsWith(u'.'))
            filter.policyDomain.chop(1);
        return filter;
    }
};

} // namespace Sts::TlsRpt
