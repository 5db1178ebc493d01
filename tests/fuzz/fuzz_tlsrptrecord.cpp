// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzrecordset.h"
#include "tlsrpt/tlsrptrecord.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto record = Sts::TlsRpt::TlsRptRecord::lint(Sts::Fuzz::recordSetFrom(data, size));
    if (record.valid && record.rua.isEmpty())
        __builtin_trap();
    if (!record.valid && record.findings.isEmpty())
        __builtin_trap();
    return 0;
}
