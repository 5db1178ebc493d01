// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mtasts/mxpattern.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Input: PATTERN '\n' HOST.
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QString patternText = QString::fromUtf8(newline < 0 ? bytes : bytes.first(newline));
    const QString host = newline < 0 ? QString() : QString::fromUtf8(bytes.sliced(newline + 1));
    const Sts::MtaSts::MxPattern pattern(patternText);
    const bool match = pattern.matches(host);
    // Invariants: an invalid pattern matches nothing; an exact pattern matches its own name.
    if (match && !pattern.isValid())
        __builtin_trap();
    if (pattern.isValid() && !pattern.isWildcard() && !pattern.matches(pattern.normalized()))
        __builtin_trap();
    return 0;
}
