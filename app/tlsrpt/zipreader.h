// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "importlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace Sts::TlsRpt {

//! One file in a zip archive: its data, or why it could not be read.
struct ZipEntry
{
    QString name;
    QByteArray data;
    std::optional<Finding> error;
};

//! Reads .zip archives with libzip, from memory, bounded in entries, size and ratio.
class ZipReader
{
public:
    static bool looksLikeZip(QByteArrayView data);

    //! Calls \a visit for every file entry (directories are skipped) in archive order; stops
    //! when it returns false. Fails as a whole when the archive cannot be opened or has more
    //! entries than the limit. \a budget is what may still be decompressed from the input file;
    //! it is reduced by what was read.
    static Result<void> read(const QByteArray &archive, const ImportLimits &limits, qint64 &budget,
                             const QString &subject, const std::function<bool(ZipEntry &&)> &visit);
};

} // namespace Sts::TlsRpt
