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

    QString domain;
    QDate since; //!< inclusive, UTC days as reports count them (Report::day())
    QDate until;
    qint64 libraryReports = 0; //!< every report loaded, of any domain and day
    qint64 reports = 0;        //!< reports with a policy for the domain in the range
    TlsRpt::SessionCounts sessions;

    //! Reports were received, sessions counted, and none failed.
    bool clean() const { return reports > 0 && sessions.total() > 0 && sessions.failed == 0; }

    //! Sums \a stored for \a domain over the Days days up to \a today. Runs in a worker thread:
    //! a library can hold many thousands of reports.
    static ReportEvidence count(const QList<TlsRpt::StoredReport> &stored, const QString &domain, QDate today);
};

} // namespace Sts::Ui
