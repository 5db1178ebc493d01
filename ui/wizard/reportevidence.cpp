// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportevidence.h"

#include "tlsrpt/reportaggregator.h"

namespace Sts::Ui {

ReportEvidence ReportEvidence::count(const QList<TlsRpt::StoredReport> &stored, const QString &domain, QDate today)
{
    ReportEvidence evidence;
    TlsRpt::ReportFilter filter;
    filter.policyDomain = domain;
    filter.since = today.addDays(-(Days - 1));
    filter.until = today;
    filter = filter.normalized();
    evidence.domain = filter.policyDomain;
    evidence.since = filter.since;
    evidence.until = filter.until;
    evidence.libraryReports = stored.size();
    if (evidence.domain.isEmpty())
        return evidence; // policies without a domain say nothing about this one
    const TlsRpt::Aggregation aggregation = TlsRpt::ReportAggregator::aggregate(TlsRpt::reportsOf(stored), filter);
    evidence.reports = aggregation.reports;
    evidence.sessions = aggregation.totals;
    evidence.coveredDays = int(aggregation.perDay.size());
    if (!aggregation.perDay.isEmpty())
        evidence.firstDay = aggregation.perDay.firstKey();
    return evidence;
}

} // namespace Sts::Ui
