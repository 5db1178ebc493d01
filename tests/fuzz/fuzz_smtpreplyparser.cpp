// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/smtpreplyparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte chooses how the input is split into reads, to explore incremental parsing;
    // the second shrinks the limits so that every limit is reached by short inputs too.
    if (size < 2)
        return 0;
    const qsizetype step = 1 + data[0] % 64;
    Sts::Smtp::SmtpReplyParser::Limits limits;
    if (data[1] & 1) {
        limits.maxLineLength = 8 + data[1] % 64;
        limits.maxLines = 1 + data[1] % 8;
        limits.maxReplySize = 16 + data[1] % 128;
    }
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 2, static_cast<qsizetype>(size - 2));
    Sts::Smtp::SmtpReplyParser parser(limits);
    for (qsizetype offset = 0; offset < bytes.size() && !parser.failed(); offset += step) {
        parser.feed(bytes.sliced(offset, std::min(step, bytes.size() - offset)));
        // Invariants: nothing is buffered beyond one line or one reply.
        if (parser.bufferedBytes() > limits.maxReplySize)
            __builtin_trap();
        while (parser.hasReply()) {
            const Sts::Smtp::SmtpReply reply = parser.takeReply();
            if (reply.code < 200 || reply.code > 559 || reply.lines.isEmpty() || reply.lines.size() > limits.maxLines ||
                reply.size > limits.maxReplySize || reply.longestLine > limits.maxLineLength)
                __builtin_trap();
            if (!reply.enhancedCode.isEmpty() && reply.enhancedCode.at(0).digitValue() != reply.codeClass())
                __builtin_trap();
        }
    }
    if (parser.failed() == parser.errorString().isEmpty())
        __builtin_trap();
    return 0;
}
