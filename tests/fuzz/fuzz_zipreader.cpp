// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The zip reader on its own (libzip from memory, bounded in entries, size and ratio), without
// the importer's detection and parsing behind it.
#include "fuzzlimits.h"
#include "tlsrpt/zipreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Sts::TlsRpt::ImportLimits &limits = Sts::Fuzz::smallImportLimits();
    const QByteArray archive(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    qint64 budget = limits.maxTotalSize;
    qint64 unpacked = 0;
    int entries = 0;
    const auto result = Sts::TlsRpt::ZipReader::read(
        archive, limits, budget, QStringLiteral("fuzz"), [&](Sts::TlsRpt::ZipEntry &&entry) {
            // Invariants: an entry has data or an error, never more than one report's limit,
            // and what was read is taken from the budget.
            if (++entries > limits.maxZipEntries || entry.data.size() > limits.maxReportSize)
                __builtin_trap();
            if (entry.error &&
                (!entry.data.isEmpty() || entry.error->severity != Sts::Severity::Error || entry.error->code.isEmpty()))
                __builtin_trap();
            unpacked += entry.data.size();
            return true;
        });
    if (budget < 0 || budget != limits.maxTotalSize - unpacked)
        __builtin_trap();
    if (!result && result.error().code.isEmpty())
        __builtin_trap();
    return 0;
}
