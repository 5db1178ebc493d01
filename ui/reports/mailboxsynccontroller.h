// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/mailboxaccount.h"

#include <QHash>
#include <QObject>

class QSettings;
class QTimer;

namespace Sts::TlsRpt {
class ReportLibraryService;
} // namespace Sts::TlsRpt

namespace Sts::Ui {

class MailboxPasswordStore;

//! Syncs the mailbox accounts into the report library: on request ("Sync now"), at start and
//! every N hours while the app runs. Accounts live in QSettings without passwords; a password
//! comes from the keychain, or, without one, from the user at a sync the user asked for (a
//! scheduled sync then skips the account and says so). The library's service does the work in
//! its thread; nothing here blocks.
class MailboxSyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxSyncController)

public:
    MailboxSyncController(TlsRpt::ReportLibraryService *service, MailboxPasswordStore *passwords,
                          QObject *parent = nullptr);

    QList<TlsRpt::MailboxAccount> accounts() const { return m_accounts; }
    //! Saves \a accounts; \a passwords (account key → password, empty: unchanged) go to the
    //! keychain, and the passwords of accounts that are gone are deleted from it.
    void setAccounts(const QList<TlsRpt::MailboxAccount> &accounts, const QHash<QString, QString> &passwords = {});
    int intervalHours() const { return m_intervalHours; }
    void setIntervalHours(int hours);
    //! Starts the schedule: a sync now (when the interval is not 0) and every interval after.
    void start();

    //! Syncs every account; \a interactive: the user asked, so a missing password is asked for.
    void syncAll(bool interactive);
    //! Continues a sync that waited for passwordNeeded(); an empty password skips the account.
    void providePassword(const QString &accountKey, const QString &password);
    void cancel();
    bool isSyncing() const { return m_running > 0 || m_waiting > 0; }

    MailboxPasswordStore *passwords() const { return m_passwords; }
    QTimer *timer() const { return m_timer; }

Q_SIGNALS:
    //! The user is to be asked for \a account's password (no keychain, or none stored).
    void passwordNeeded(const Sts::TlsRpt::MailboxAccount &account);
    void syncStarted();
    void progress(int done, int total, const QString &folder);
    void accountSynced(const Sts::TlsRpt::MailboxSyncSummary &summary);
    //! Every account of the sync is done; \a failedSessions new failed sessions arrived.
    void syncFinished(qint64 failedSessions, const QStringList &errors);
    //! A quiet note for the status bar (a skipped account).
    void note(const QString &message);

private:
    void beginSync(const TlsRpt::MailboxAccount &account, const QString &password);
    void onPasswordRead(const QString &key, const QString &password, const QString &error);
    void onAccountFinished(const TlsRpt::MailboxSyncSummary &summary);
    void finishIfDone();
    const TlsRpt::MailboxAccount *accountFor(const QString &key) const;

    TlsRpt::ReportLibraryService *m_service;
    MailboxPasswordStore *m_passwords;
    QTimer *m_timer;
    QList<TlsRpt::MailboxAccount> m_accounts;
    int m_intervalHours = 0;
    bool m_interactive = false;
    QStringList m_awaitingPassword; //!< account keys read from the keychain or asked for
    int m_waiting = 0;              //!< accounts whose password is not there yet
    int m_running = 0;              //!< syncs handed to the service, not finished
    qint64 m_failedSessions = 0;
    QStringList m_errors;
};

} // namespace Sts::Ui
