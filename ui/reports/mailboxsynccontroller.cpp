// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxsynccontroller.h"

#include "mailboxaccountstore.h"
#include "mailboxpasswordstore.h"
#include "tlsrpt/reportlibraryservice.h"

#include <QHash>
#include <QSettings>
#include <QTimer>

namespace Sts::Ui {

MailboxSyncController::MailboxSyncController(TlsRpt::ReportLibraryService *service, MailboxPasswordStore *passwords,
                                             QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_passwords(passwords)
    , m_timer(new QTimer(this))
{
    QSettings settings;
    m_accounts = MailboxAccountStore::load(settings);
    m_intervalHours = MailboxAccountStore::syncIntervalHours(settings);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] { syncAll(false); });
    connect(m_passwords, &MailboxPasswordStore::passwordRead, this, &MailboxSyncController::onPasswordRead);
    connect(m_service, &TlsRpt::ReportLibraryService::mailboxSyncProgress, this, &MailboxSyncController::progress);
    connect(m_service, &TlsRpt::ReportLibraryService::mailboxSyncFinished, this,
            &MailboxSyncController::onAccountFinished);
}

void MailboxSyncController::setAccounts(const QList<TlsRpt::MailboxAccount> &accounts,
                                        const QHash<QString, QString> &passwords)
{
    QStringList keys;
    for (const TlsRpt::MailboxAccount &account : accounts)
        keys.append(account.key());
    for (const TlsRpt::MailboxAccount &old : std::as_const(m_accounts)) {
        if (!keys.contains(old.key()))
            m_passwords->remove(old.key());
    }
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it) {
        if (!it.value().isEmpty() && keys.contains(it.key()))
            m_passwords->write(it.key(), it.value());
    }
    m_accounts = accounts;
    QSettings settings;
    MailboxAccountStore::save(settings, m_accounts);
    // The first account added during the session starts the schedule start() left off.
    if (m_accounts.isEmpty())
        m_timer->stop();
    else if (m_intervalHours > 0 && !m_timer->isActive())
        m_timer->start(std::chrono::hours(m_intervalHours));
}

void MailboxSyncController::setIntervalHours(int hours)
{
    QSettings settings;
    MailboxAccountStore::setSyncIntervalHours(settings, hours);
    m_intervalHours = MailboxAccountStore::syncIntervalHours(settings);
    if (m_intervalHours == 0)
        m_timer->stop();
    else
        m_timer->start(std::chrono::hours(m_intervalHours));
}

void MailboxSyncController::start()
{
    if (m_intervalHours == 0 || m_accounts.isEmpty())
        return;
    m_timer->start(std::chrono::hours(m_intervalHours));
    syncAll(false);
}

void MailboxSyncController::syncAll(bool interactive)
{
    if (isSyncing() || m_accounts.isEmpty())
        return;
    m_interactive = interactive;
    m_failedSessions = 0;
    m_errors.clear();
    m_awaitingPassword.clear();
    Q_EMIT syncStarted();
    m_waiting = int(m_accounts.size());
    for (const TlsRpt::MailboxAccount &account : std::as_const(m_accounts))
        m_awaitingPassword.append(account.key());
    for (const TlsRpt::MailboxAccount &account : std::as_const(m_accounts))
        m_passwords->read(account.key());
}

const TlsRpt::MailboxAccount *MailboxSyncController::accountFor(const QString &key) const
{
    for (const TlsRpt::MailboxAccount &account : m_accounts) {
        if (account.key() == key)
            return &account;
    }
    return nullptr;
}

void MailboxSyncController::onPasswordRead(const QString &key, const QString &password, const QString &error)
{
    if (!m_awaitingPassword.contains(key))
        return; // a read for another purpose, or after a cancel
    const TlsRpt::MailboxAccount *account = accountFor(key);
    if (!account) {
        providePassword(key, QString());
        return;
    }
    if (!password.isEmpty()) {
        providePassword(key, password);
        return;
    }
    if (m_interactive) {
        Q_EMIT passwordNeeded(*account); // answered by providePassword()
        return;
    }
    Q_EMIT note(error.isEmpty() ? tr("%1 was not synced: no password is stored for it.").arg(key)
                                : tr("%1 was not synced: %2").arg(key, error));
    providePassword(key, QString());
}

void MailboxSyncController::providePassword(const QString &accountKey, const QString &password)
{
    if (!m_awaitingPassword.removeOne(accountKey))
        return;
    --m_waiting;
    const TlsRpt::MailboxAccount *account = accountFor(accountKey);
    if (account && !password.isEmpty())
        beginSync(*account, password);
    finishIfDone();
}

void MailboxSyncController::beginSync(const TlsRpt::MailboxAccount &account, const QString &password)
{
    ++m_running;
    m_service->syncMailbox(account, password); // queued in the library's thread, one after another
}

void MailboxSyncController::onAccountFinished(const TlsRpt::MailboxSyncSummary &summary)
{
    if (m_running == 0)
        return; // a sync this controller did not start
    --m_running;
    m_failedSessions += summary.failedSessionsAdded;
    if (!summary.error.isEmpty())
        m_errors.append(tr("%1: %2").arg(summary.account, summary.error));
    Q_EMIT accountSynced(summary);
    finishIfDone();
}

void MailboxSyncController::finishIfDone()
{
    if (m_waiting > 0 || m_running > 0)
        return;
    Q_EMIT syncFinished(m_failedSessions, m_errors);
}

void MailboxSyncController::cancel()
{
    // Accounts still waiting for a password are dropped; the service stops the running sync.
    m_awaitingPassword.clear();
    m_waiting = 0;
    if (m_running > 0)
        m_service->cancelMailboxSync();
    else
        finishIfDone();
}

} // namespace Sts::Ui
