// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Sts::TlsRpt {

//! What came out of a gzip file: the data of every member joined, and how many bytes after
//! the last member were not gzip (some senders and mailers append padding or junk).
struct GunzipOutput
{
    QByteArray data;
    int members = 0;
    qint64 trailingBytes = 0;
};

//! Decompresses gzip (RFC 1952) with zlib, bounded in output size and expansion ratio.
class GzipDecoder
{
public:
    static bool looksLikeGzip(QByteArrayView data);

    //! Multi-member files are joined; bytes after the last complete member are reported,
    //! not fatal. A damaged or truncated first member is an error. \a subject names the data
    //! in the error finding.
    static Result<GunzipOutput> decode(QByteArrayView input, qint64 maxOutput, int maxRatio, qint64 ratioFloor,
                                       const QString &subject);
};

} // namespace Sts::TlsRpt
