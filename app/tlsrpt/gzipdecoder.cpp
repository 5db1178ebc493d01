// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzipdecoder.h"

#include "reportcatalog.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace Sts::TlsRpt {

namespace {

bool isGzipMagic(QByteArrayView data)
{
    return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
           static_cast<unsigned char>(data[1]) == 0x8b;
}

//! Frees the inflate state on every return path.
class Inflater
{
public:
    Inflater() { m_ok = inflateInit2(&m_stream, 16 + MAX_WBITS) == Z_OK; } // 16: gzip wrapper only
    ~Inflater()
    {
        if (m_ok)
            inflateEnd(&m_stream);
    }
    Q_DISABLE_COPY_MOVE(Inflater)

    bool ok() const { return m_ok; }
    z_stream &stream() { return m_stream; }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

} // namespace

bool GzipDecoder::looksLikeGzip(QByteArrayView data)
{
    return isGzipMagic(data);
}

Result<GunzipOutput> GzipDecoder::decode(QByteArrayView input, qint64 maxOutput, int maxRatio, qint64 ratioFloor,
                                         const QString &subject)
{
    using namespace ReportCatalog;
    if (!isGzipMagic(input))
        return Result<GunzipOutput>::failure(makeFinding(GzipInvalid, subject, {QStringLiteral("no gzip header")}));
    Inflater inflater;
    if (!inflater.ok())
        return Result<GunzipOutput>::failure(makeFinding(GzipInvalid, subject, {QStringLiteral("zlib init")}));
    z_stream &stream = inflater.stream();

    GunzipOutput output;
    // Reports compress 5-20 times; start there and grow, never past the limit.
    output.data.resize(std::min<qint64>(std::max<qint64>(input.size() * 8, 4096), maxOutput + 1));
    qint64 produced = 0;
    qint64 complete = 0;    // output of the members read to their end
    qint64 memberStart = 0; // offset of the member being inflated
    qint64 consumed = 0;    // input bytes consumed before the current member

    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    stream.avail_in = static_cast<uInt>(std::min<qint64>(input.size(), std::numeric_limits<uInt>::max()));
    for (;;) {
        if (produced == output.data.size()) {
            if (produced > maxOutput)
                return Result<GunzipOutput>::failure(
                    makeFinding(ReportTooLarge, subject, {QString::number(maxOutput)}));
            output.data.resize(std::min<qint64>(produced * 2, maxOutput + 1));
        }
        stream.next_out = reinterpret_cast<Bytef *>(output.data.data() + produced);
        stream.avail_out =
            static_cast<uInt>(std::min<qint64>(output.data.size() - produced, std::numeric_limits<uInt>::max()));
        const uInt before = stream.avail_out;
        const int rc = inflate(&stream, Z_NO_FLUSH);
        produced += before - stream.avail_out;
        if (produced > maxOutput)
            return Result<GunzipOutput>::failure(makeFinding(ReportTooLarge, subject, {QString::number(maxOutput)}));
        const qint64 inputUsed = memberStart + static_cast<qint64>(stream.total_in);
        if (produced > ratioFloor && produced > std::max<qint64>(inputUsed, 1) * maxRatio)
            return Result<GunzipOutput>::failure(makeFinding(CompressionRatio, subject, {QString::number(maxRatio)}));

        if (rc == Z_STREAM_END) {
            ++output.members;
            complete = produced;
            consumed = memberStart + static_cast<qint64>(stream.total_in);
            const QByteArrayView rest = input.sliced(consumed);
            if (rest.isEmpty())
                break;
            if (isGzipMagic(rest)) {
                // Another member (RFC 1952 §2.2): go on with a fresh state.
                memberStart = consumed;
                inflateReset(&stream);
                stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(rest.data()));
                stream.avail_in = static_cast<uInt>(std::min<qint64>(rest.size(), std::numeric_limits<uInt>::max()));
                continue;
            }
            // Zero padding (tape-block style) is harmless; anything else is reported.
            if (!std::all_of(rest.begin(), rest.end(), [](char c) { return c == 0; }))
                output.trailingBytes = rest.size();
            break;
        }
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && stream.avail_out == 0)
            continue; // needs more output room; the loop grows the buffer
        // Damage or truncation: fatal in the first member, trailing junk after a complete one,
        // whose partial output must not be glued to the report.
        if (output.members > 0) {
            output.trailingBytes = input.size() - consumed;
            produced = complete;
            break;
        }
        if (rc == Z_BUF_ERROR)
            return Result<GunzipOutput>::failure(makeFinding(GzipTruncated, subject));
        return Result<GunzipOutput>::failure(
            makeFinding(GzipInvalid, subject,
                        {stream.msg ? QString::fromLatin1(stream.msg) : QStringLiteral("zlib error %1").arg(rc)}));
    }
    output.data.resize(produced);
    output.data.squeeze();
    return output;
}

} // namespace Sts::TlsRpt
