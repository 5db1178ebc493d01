// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "report.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sts::TlsRpt {

//! A report that was read, or the reason it was not. Either way, the findings name every
//! deviation from RFC 8460 that was met on the way.
struct ParsedReport
{
    std::optional<Report> report; //!< set when the report is accepted
    Findings findings;            //!< warnings and notes; on rejection, one error last

    bool accepted() const { return report.has_value(); }
    //! The error that rejected the report; an empty finding when it was accepted.
    Finding rejection() const;
};

//! Reads the JSON of one TLS-RPT report (RFC 8460 §4.4). Lenient where real senders deviate
//! without changing the numbers (each deviation becomes a warning), strict where a deviation
//! would change or hide them (negative or fractional counts, no summary, no report-id,
//! organization or date range): such a report is rejected with the reason. Thread-safe.
class ReportParser
{
public:
    static constexpr int DefaultMaxDepth = 32;
    //! Reports of this many bytes or more are parsed without their failure details first, then
    //! each detail on its own (FailureDetailSlicer), to the same result: a whole QJsonDocument
    //! would hold about four times the text.
    static constexpr qsizetype DefaultSliceFrom = qsizetype(1) << 20;

    //! \a subject names the report's origin in findings (a file, an attachment). \a sliceFrom:
    //! tests pass 0 and a huge value to compare both ways of parsing.
    static ParsedReport parse(const QByteArray &json, const QString &subject, int maxDepth = DefaultMaxDepth,
                              qsizetype sliceFrom = DefaultSliceFrom);

    //! The deepest nesting of arrays and objects in \a json, counting no further than
    //! \a limit + 1, so that a hostile document costs one linear scan.
    static int nestingDepth(QByteArrayView json, int limit);
};

} // namespace Sts::TlsRpt
