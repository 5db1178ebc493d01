// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aggregation.h"
#include "report.h"
#include "reportfilter.h"

#include <QFuture>
#include <QList>

class QThreadPool;

namespace Sts::TlsRpt {

//! Sums reports into an Aggregation over a date range and, optionally, one policy domain.
//! A report counts when its day (Report::day()) is in the range; with a domain filter only
//! that domain's policies count, and a report without such a policy does not count at all.
class ReportAggregator
{
public:
    //! In the calling thread; for small sets and for the CLI.
    static Aggregation aggregate(const QList<Report> &reports, const ReportFilter &filter = {});

    //! On QtConcurrent: the reports are cut into chunks, each summed on the pool, the partial
    //! sums merged as they arrive. The future can be canceled; it then holds no result.
    static QFuture<Aggregation> aggregateConcurrently(const QList<Report> &reports, const ReportFilter &filter = {},
                                                      QThreadPool *pool = nullptr);

private:
    static void add(Aggregation &aggregation, const Report &report, const ReportFilter &filter);
};

} // namespace Sts::TlsRpt
