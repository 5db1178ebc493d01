// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Sts::TlsRpt {

//! Finds the messages of a Maildir (as mail servers such as dovecot and postfix keep mail): a
//! folder with cur/ and/or new/, each file in them one message, named by the delivering server
//! ("1700000000.M1P2.host:2,S"), with no extension to go by. tmp/ holds messages still being
//! delivered and is left alone, as is everything else beside cur/ and new/ (a server's index
//! files). Maildir++ subfolders (".Reports/cur") are folders of the same mailbox.
class MaildirReader
{
public:
    //! \a folder has a cur/ or a new/ folder.
    static bool isMaildir(const QString &folder);
    //! The message files of the Maildir \a folder and of its Maildir++ subfolders, sorted.
    static QStringList messageFiles(const QString &folder);
};

} // namespace Sts::TlsRpt
