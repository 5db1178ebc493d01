// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileio.h"

#include "filecatalog.h"

#include <QFile>
#include <QSaveFile>

namespace Sts::FileIo {

Result<QByteArray> readAll(const QString &path, qint64 maxSize)
{
    using Failure = Result<QByteArray>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure::failure(makeFinding(FileCatalog::FileReadFailed, path, {path, file.errorString()}));
    // Read one byte more than allowed: a file that grows while it is read is caught too.
    QByteArray content = file.read(maxSize + 1);
    if (content.size() > maxSize)
        return Failure::failure(makeFinding(FileCatalog::FileTooLarge, path, {path, QString::number(maxSize)}));
    if (file.error() != QFileDevice::NoError)
        return Failure::failure(makeFinding(FileCatalog::FileReadFailed, path, {path, file.errorString()}));
    return content;
}

Result<void> writeAll(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Result<void>::failure(makeFinding(FileCatalog::FileWriteFailed, path, {path, file.errorString()}));
    return {};
}

} // namespace Sts::FileIo
