// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mtasts/policy.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto policy = Sts::MtaSts::Policy::parse(body);
    // Invariants: a valid policy has every required field within its range.
    if (policy.valid) {
        if (!policy.mode || !policy.maxAge || *policy.maxAge < 0 || *policy.maxAge > Sts::MtaSts::MaxPolicyAge)
            __builtin_trap();
        if (policy.mx.isEmpty() && policy.mode != Sts::MtaSts::Mode::None)
            __builtin_trap();
        if (body.size() > Sts::MtaSts::MaxPolicyBodySize)
            __builtin_trap();
    } else if (!Sts::hasErrors(policy.findings)) {
        __builtin_trap();
    }
    return 0;
}
