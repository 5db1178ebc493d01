// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsummary.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Sts::TlsRpt {

//! An IMAP mailbox that TLS-RPT reports are mailed to (the rua address), as the library syncs
//! it. Holds no password: the GUI keeps that in the keychain, the CLI takes it from the
//! environment or the terminal, and both hand it to the sync separately.
struct MailboxAccount
{
    enum class Security
    {
        Tls,      //!< imaps://, TLS from the first byte (port 993)
        StartTls, //!< imap:// with STARTTLS required: no login without TLS (port 143)
        Plain,    //!< imap://, STARTTLS when offered, else plain text; only when the user allows it
    };

    QString host;
    quint16 port = 0; //!< 0: the default of the security (993 or 143)
    Security security = Security::Tls;
    QString user;
    QStringList folders{QStringLiteral("INBOX")};
    //! Messages that held a report (new or known) are moved here after they are stored; empty
    //! leaves them where they are.
    QString moveProcessedTo;
    //! A PEM file of CAs trusted besides the system's (a private CA, the testbed's): libcurl's
    //! CA bundle is replaced by it, the system's CA directory stays.
    QString caFile;
    int connectTimeoutMs = 15000;
    //! A transfer that receives nothing for this long fails (server gone, network down).
    int idleTimeoutMs = 30000;

    quint16 effectivePort() const;
    //! "user@host:port": the key of the sync state in the library.
    QString key() const;
    //! Whether \a folder is one of the folders read; INBOX in any case is INBOX (RFC 3501 5.1).
    bool readsFolder(const QString &folder) const;
    //! The URL of \a folder (or of the server, when empty) as libcurl takes it, without
    //! user or password: "imaps://host:993/INBOX".
    QString url(const QString &folder = {}) const;
};

//! What parsing a mailbox URL on the command line gave.
struct MailboxUrl
{
    MailboxAccount account;
    QString error; //!< empty when the URL was understood
};

//! Parses "imaps://USER@HOST[:PORT]/FOLDER" (TLS) or "imap://USER@HOST[:PORT]/FOLDER"
//! (STARTTLS, or no TLS when \a allowPlaintext). The user and folder are percent-decoded
//! ("user%40example.com"); a password in the URL is refused (it would show in the process
//! list); no folder means INBOX.
MailboxUrl parseMailboxUrl(const QString &url, bool allowPlaintext);

//! What one sync of an account did. The reports' part (added, duplicates, rejected with reasons)
//! is an ImportSummary, file by file as for files: "file" is the folder's URL and "part" the
//! message ("INBOX;UID=42/report.json.gz").
struct MailboxSyncSummary
{
    QString account;       //!< MailboxAccount::key()
    int messagesFound = 0; //!< new messages the folders held (UIDs above the last one synced)
    int messagesExamined = 0;
    int messagesSkipped = 0; //!< held no report (newsletters, bounces): counted, not errors
    int messagesMoved = 0;
    ImportSummary import;
    //! Failed sessions in the reports added: more than 0 is news for a notification.
    qint64 failedSessionsAdded = 0;
    //! Why the sync stopped before its end (connection, TLS, login, server gone), empty when
    //! it finished or was canceled. What was stored before stays.
    QString error;
    bool canceled = false;

    bool succeeded() const { return error.isEmpty() && !canceled; }
};

} // namespace Sts::TlsRpt

Q_DECLARE_METATYPE(Sts::TlsRpt::MailboxAccount)
Q_DECLARE_METATYPE(Sts::TlsRpt::MailboxSyncSummary)
