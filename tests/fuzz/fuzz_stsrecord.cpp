// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzrecordset.h"
#include "mtasts/stsrecord.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto record = Sts::MtaSts::StsRecord::lint(Sts::Fuzz::recordSetFrom(data, size));
    // Invariants: a valid record has an id of 1..32 characters; an invalid one reports why.
    if (record.valid && (record.id.isEmpty() || record.id.size() > 32))
        __builtin_trap();
    if (!record.valid && record.findings.isEmpty())
        __builtin_trap();
    return 0;
}
