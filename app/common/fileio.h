// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

//! Files a person chose to import or export: read whole within a bound, written all or nothing.
//! Failures are findings of FileCatalog (file.*) that name the file and the system's reason.
namespace Sts::FileIo {

//! \a path's content when it holds at most \a maxSize bytes.
Result<QByteArray> readAll(const QString &path, qint64 maxSize);
//! Writes \a content to \a path through QSaveFile: a reader never sees half a file, and a file
//! that was there stays as it was when writing fails.
Result<void> writeAll(const QString &path, const QByteArray &content);

} // namespace Sts::FileIo
