// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/mailboxaccount.h"

#include <QList>

class QSettings;

namespace Sts::Ui {

//! The mailbox accounts in QSettings, without their passwords (those live in the keychain,
//! MailboxPasswordStore), and how often they are synced while the app runs.
class MailboxAccountStore
{
public:
    static QList<TlsRpt::MailboxAccount> load(QSettings &settings);
    static void save(QSettings &settings, const QList<TlsRpt::MailboxAccount> &accounts);

    //! Hours between two syncs of every account while the app runs; 0: only "Sync now" (and
    //! none at start).
    static int syncIntervalHours(QSettings &settings);
    static void setSyncIntervalHours(QSettings &settings, int hours);
    static constexpr int DefaultSyncIntervalHours = 6;
    static constexpr int MaximumSyncIntervalHours = 24 * 7;

    static QString securityName(TlsRpt::MailboxAccount::Security security); //!< "tls", "starttls", "plain"
    static TlsRpt::MailboxAccount::Security securityFromName(const QString &name);
};

} // namespace Sts::Ui
