// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/aggregation.h"
#include "tlsrpt/reportlibrary.h"

#include <QDate>
#include <QString>

namespace Sts::Ui {

//! What the TLS-RPT reports already loaded say about one policy domain over the last two
//! weeks: the ground for moving that domain to enforce, instead of the user's word alone.
struct ReportEvidence
{
    static constexpr int Days = 14;
    //! One clean day is no evidence for two weeks: reports must reach back to the window's start
    //! and cover half of its days (senders report daily; a quiet domain may miss some days).
    static constexpr int MinCoveredDays = Days / 2;
    static constexpr int MaxStartGapDays = 2;

    QString domain;
    QDate since; //!< inclusive, UTC days as reports count them (Report::day())
    QDate until;
    qint64 libraryReports = 0; //!< every report loaded, of any domain and day
    qint64 reports = 0;        //!< reports with a policy for the domain in the range
    TlsRpt::SessionCounts sessions;
    int coveredDays = 0; //!< days in the range with a report for the domain
    QDate firstDay;      //!< the earliest of them

    //! The reports cover the two weeks, not a day or two of them.
    bool spansWindow() const
    {
        return coveredDays >= MinCoveredDays && firstDay.isValid() && firstDay <= since.addDays(MaxStartGapDays);
    }
    //! Reports across the two weeks counted sessions, and none failed.
    bool clean() const { return reports > 0 && sessions.total() > 0 && sessions.failed == 0 && spansWindow(); }

    //! Sums \a stored for \a domain over the Days days up to \a today. Runs in a worker thread:
    //! a library can hold many thousands of reports.
    static ReportEvidence count(const QList<TlsRpt::StoredReport> &stored, const QString &domain, QDate today);
};

} // namespace Sts::Ui
