// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpresponseparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte chooses how the response is split into reads, to explore incremental parsing.
    if (size == 0)
        return 0;
    const qsizetype step = 1 + data[0] % 64;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    Sts::Net::HttpResponseParser parser(65536);
    for (qsizetype offset = 0; offset < bytes.size() && !parser.done(); offset += step)
        parser.feed(bytes.sliced(offset, std::min(step, bytes.size() - offset)));
    parser.finish();
    // Invariant: the body never exceeds the limit by more than the one byte that detects overflow.
    if (parser.response().body.size() > 65537 || !parser.done())
        __builtin_trap();
    return 0;
}
