// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The importer's data path: content detection, gzip, zip, MIME and mbox (GMime), nesting,
// then the parser, on one buffer as if it were a file.
#include "fuzzlimits.h"
#include "tlsrpt/reportimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Sts::TlsRpt::ReportImporter importer(Sts::Fuzz::smallImportLimits());
    const QByteArray content(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Sts::TlsRpt::FileImport import = importer.importData(content, QStringLiteral("fuzz"));
    for (const Sts::TlsRpt::Rejection &rejection : import.rejections) {
        if (rejection.reason.severity != Sts::Severity::Error || rejection.reason.code.isEmpty())
            __builtin_trap();
    }
    for (const Sts::TlsRpt::ImportedReport &imported : import.reports) {
        if (imported.rawJson.isEmpty() || imported.rawJson.size() > importer.limits().maxReportSize ||
            imported.report.successful() < 0 || imported.report.failed() < 0)
            __builtin_trap();
    }
    return 0;
}
