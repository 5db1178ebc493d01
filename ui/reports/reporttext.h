// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/aggregation.h"
#include "tlsrpt/report.h"

#include <QStringList>

namespace Sts::Ui {

//! How the report views word the same facts, so that table, details and dashboard agree.
class ReportText
{
public:
    //! "99.9 %", rounded down so that 4523 of 4525 does not read as a perfect 100.0 %; empty
    //! when no session was reported.
    static QString successRate(const TlsRpt::SessionCounts &counts);
    //! A policy's domain, or a note that the sender gave none.
    static QString policyDomain(const QString &domain);
    //! The distinct policy domains of \a report, in the order they appear.
    static QStringList policyDomains(const TlsRpt::Report &report);
    static QStringList policyTypes(const TlsRpt::Report &report);
    //! The distinct result types of \a report's failure details, as the sender wrote them.
    static QStringList resultTypes(const TlsRpt::Report &report);
    //! "2026-02-08 00:00 UTC"
    static QString time(const QDateTime &time);
    //! "2026-02-08": the one way the reports area writes a day.
    static QString day(QDate day);
    //! \a text as a tooltip that shows it as written: tooltips guess at markup, and a sender's
    //! name or additional-information is not ours to render. Line breaks are kept.
    static QString plainToolTip(const QString &text);
};

} // namespace Sts::Ui
