// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail reader on its own (GMime: headers, nested multiparts, forwarded messages,
// transfer encodings, mbox framing), without the importer's unpacking and parsing behind it.
#include "fuzzlimits.h"
#include "tlsrpt/emailreader.h"

#include <cstddef>
#include <cstdint>

namespace {

// The fuzz targets' small limits, and a smaller file size still, so that short inputs reach
// the refusal of a large part too.
const Sts::TlsRpt::ImportLimits &limits()
{
    static const Sts::TlsRpt::ImportLimits limits = [] {
        Sts::TlsRpt::ImportLimits small = Sts::Fuzz::smallImportLimits();
        small.maxFileSize = 1024;
        small.maxMimeDepth = 4;
        return small;
    }();
    return limits;
}

void check(const Sts::Result<Sts::TlsRpt::MailContent> &content, qsizetype inputSize)
{
    if (!content) {
        if (content.error().severity != Sts::Severity::Error || content.error().code.isEmpty())
            __builtin_trap();
        return;
    }
    for (const Sts::TlsRpt::MailAttachment &attachment : content->attachments) {
        // Invariants: every part kept has a name and a lower-case type; decoding only shrinks,
        // and a part refused for its size was not decoded.
        if (attachment.name.isEmpty() || attachment.contentType != attachment.contentType.toLower())
            __builtin_trap();
        if (attachment.data.size() > inputSize)
            __builtin_trap();
        if (attachment.refusedSize != 0 &&
            (attachment.refusedSize <= limits().maxFileSize || !attachment.data.isEmpty()))
            __builtin_trap();
        for (const Sts::Finding &note : attachment.deviations(QStringLiteral("fuzz"))) {
            if (note.severity == Sts::Severity::Error)
                __builtin_trap(); // deviations are notes: the part is read anyway
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Sts::TlsRpt::EmailReader;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (EmailReader::looksLikeMbox(bytes)) {
        int expected = 1;
        const auto count = EmailReader::readMbox(bytes, limits(), QStringLiteral("fuzz"),
                                                 [&](int index, Sts::Result<Sts::TlsRpt::MailContent> &&content) {
                                                     if (index != expected++)
                                                         __builtin_trap(); // messages are numbered from 1 without gaps
                                                     check(content, bytes.size());
                                                     return index < 64;
                                                 });
        if (count && count.value() != expected - 1)
            __builtin_trap();
    } else {
        check(EmailReader::readMessage(bytes, limits(), QStringLiteral("fuzz")), bytes.size());
    }
    return 0;
}
