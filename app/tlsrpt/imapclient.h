// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailboxaccount.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Sts::TlsRpt {

//! The few IMAP commands a sync needs, spoken by libcurl (no IMAP protocol of our own): one
//! curl handle, so that the connection and the login are reused from command to command. TLS
//! as the account says (STARTTLS required for imap:// unless plain text is allowed), the
//! account's timeouts on every command, and a cancel check that aborts a transfer at once.
//! The password is handed to libcurl and nowhere else; nothing is logged.
//!
//! Each call returns nullopt (or false) on failure, with the reason in error(). Use from one
//! thread.
class ImapClient
{
public:
    using CancelCheck = std::function<bool()>;

    struct FolderStatus
    {
        quint32 uidValidity = 0;
        quint32 uidNext = 0;
        quint32 messages = 0;
    };

    struct MessageInfo
    {
        quint32 uid = 0;
        qint64 size = 0;
        bool seen = false;
    };

    ImapClient(const MailboxAccount &account, const QString &password, CancelCheck canceled = {});
    ~ImapClient();
    Q_DISABLE_COPY_MOVE(ImapClient)

    //! STATUS: one round trip, without selecting the folder.
    std::optional<FolderStatus> status(const QString &folder);
    //! Size and \Seen flag of each of \a uids that still exists.
    std::optional<QList<MessageInfo>> messageInfo(const QString &folder, quint32 uidValidity,
                                                  const QList<quint32> &uids);
    //! The whole message; nullopt with vanished() when the server answered NO or BAD (expunged
    //! meanwhile, or a temporary error: ask messageInfo() to tell), or with tooLarge() when it
    //! exceeds \a maxSize bytes.
    std::optional<QByteArray> fetch(const QString &folder, quint32 uidValidity, quint32 uid, qint64 maxSize);
    //! Takes the \Seen flag off \a uids again (libcurl's FETCH sets it).
    bool markUnseen(const QString &folder, const QList<quint32> &uids);
    //! markUnseen() that also runs after a cancel, reconnecting if the cancel closed the
    //! connection, with short timeouts: it is cleanup, and someone waits for it.
    bool restoreUnseen(const QString &folder, const QList<quint32> &uids);
    //! Moves \a uids to \a target: UID MOVE (RFC 6851) or, without it, COPY, \Deleted and UID
    //! EXPUNGE (UIDPLUS; without that the originals stay, marked \Deleted).
    bool move(const QString &folder, const QList<quint32> &uids, const QString &target);

    const QString &error() const { return m_error; }
    bool vanished() const { return m_vanished; }
    bool tooLarge() const { return m_tooLarge; }
    bool canceled() const { return m_canceled; }

    //! "5:7,9": the compact form of ascending \a uids.
    static QString uidSet(const QList<quint32> &uids);
    //! A folder name as an IMAP quoted string; nullopt for names that cannot be one (CR, LF, NUL).
    static std::optional<QString> quoted(const QString &folder);
    static std::optional<FolderStatus> statusResult(const QByteArray &response);
    static QList<MessageInfo> fetchResult(const QByteArray &response);

private:
    struct Transfer;

    //! Runs one command: \a custom (a whole IMAP command line) on \a url, or, when empty, the
    //! FETCH that \a url names. The response goes to m_response, at most \a maxSize bytes.
    bool perform(const QString &url, const QString &custom, qint64 maxSize);
    QString folderUrl(const QString &folder, quint32 uidValidity) const;
    bool fail(const QString &error);

    MailboxAccount m_account;
    CancelCheck m_cancelCheck;
    void *m_curl = nullptr;
    QByteArray m_response;
    qint64 m_maxSize = 0;
    bool m_overflow = false;
    QString m_error;
    bool m_vanished = false;
    bool m_tooLarge = false;
    bool m_canceled = false;
    QStringList m_capabilities; //!< after login, asked for when first needed
    char m_curlError[256] = {};
};

} // namespace Sts::TlsRpt
