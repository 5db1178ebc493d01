// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maildirreader.h"

#include <QDir>
#include <QFileInfo>

namespace Sts::TlsRpt {

namespace {

const QStringList &messageFolders()
{
    static const QStringList folders{QStringLiteral("cur"), QStringLiteral("new")};
    return folders;
}

//! Messages of one folder of the mailbox (cur/ and new/ only). Names beginning with a dot are
//! no messages (the Maildir convention for a server's own files); symbolic links to folders
//! are not followed.
void appendMessages(const QString &folder, QStringList &files)
{
    for (const QString &sub : messageFolders()) {
        const QDir dir(folder + u'/' + sub);
        if (!dir.exists())
            continue;
        const QStringList names = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names)
            files.append(dir.filePath(name));
    }
}

} // namespace

bool MaildirReader::isMaildir(const QString &folder)
{
    for (const QString &sub : messageFolders()) {
        const QFileInfo info(folder + u'/' + sub);
        if (info.isDir() && !info.isSymLink())
            return true;
    }
    return false;
}

QStringList MaildirReader::messageFiles(const QString &folder)
{
    QStringList files;
    appendMessages(folder, files);
    // Maildir++: every folder but the inbox is ".Name" (".Name.Child" for a child) in the root.
    const QDir root(folder);
    const QStringList subfolders =
        root.entryList({QStringLiteral(".?*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &name : subfolders) {
        const QString path = root.filePath(name);
        if (isMaildir(path))
            appendMessages(path, files);
    }
    files.sort();
    return files;
}

} // namespace Sts::TlsRpt
