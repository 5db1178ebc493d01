// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsrpt/reportparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Sts::TlsRpt::ParsedReport parsed = Sts::TlsRpt::ReportParser::parse(json, QStringLiteral("fuzz"));
    // Invariants: a report is accepted without errors, with counts and a range that make
    // sense; a rejected one says why.
    if (!parsed.accepted()) {
        if (parsed.rejection().code.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (Sts::hasErrors(parsed.findings))
        __builtin_trap();
    const Sts::TlsRpt::Report &report = *parsed.report;
    if (report.reportId.isEmpty() || report.organization.isEmpty() || report.end < report.start)
        __builtin_trap();
    for (const Sts::TlsRpt::PolicyReport &policy : report.policies) {
        if (policy.successful < 0 || policy.failed < 0 || policy.failureDetailTotal() < 0)
            __builtin_trap();
    }
    return 0;
}
