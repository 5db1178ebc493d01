// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxaccountstore.h"

#include <QSettings>

#include <algorithm>

namespace Sts::Ui {

namespace {
const auto AccountsKey = QStringLiteral("mailbox/accounts");
const auto IntervalKey = QStringLiteral("mailbox/syncIntervalHours");
} // namespace

QString MailboxAccountStore::securityName(TlsRpt::MailboxAccount::Security security)
{
    switch (security) {
    case TlsRpt::MailboxAccount::Security::Tls:
        return QStringLiteral("tls");
    case TlsRpt::MailboxAccount::Security::StartTls:
        return QStringLiteral("starttls");
    case TlsRpt::MailboxAccount::Security::Plain:
        return QStringLiteral("plain");
    }
    return QStringLiteral("tls");
}

TlsRpt::MailboxAccount::Security MailboxAccountStore::securityFromName(const QString &name)
{
    if (name == u"starttls")
        return TlsRpt::MailboxAccount::Security::StartTls;
    if (name == u"plain")
        return TlsRpt::MailboxAccount::Security::Plain;
    return TlsRpt::MailboxAccount::Security::Tls; // unknown or edited by hand: the safe one
}

QList<TlsRpt::MailboxAccount> MailboxAccountStore::load(QSettings &settings)
{
    QList<TlsRpt::MailboxAccount> accounts;
    const int size = settings.beginReadArray(AccountsKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        TlsRpt::MailboxAccount account;
        account.host = settings.value(QStringLiteral("host")).toString();
        const int port = settings.value(QStringLiteral("port"), 0).toInt();
        account.port = quint16(port > 0 && port <= 65535 ? port : 0);
        account.security = securityFromName(settings.value(QStringLiteral("security")).toString());
        account.user = settings.value(QStringLiteral("user")).toString();
        const QStringList folders = settings.value(QStringLiteral("folders")).toStringList();
        if (!folders.isEmpty())
            account.folders = folders;
        account.moveProcessedTo = settings.value(QStringLiteral("moveProcessedTo")).toString();
        account.caFile = settings.value(QStringLiteral("caFile")).toString();
        if (!account.host.isEmpty() && !account.user.isEmpty())
            accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

void MailboxAccountStore::save(QSettings &settings, const QList<TlsRpt::MailboxAccount> &accounts)
{
    settings.remove(AccountsKey); // an account removed leaves nothing behind
    settings.beginWriteArray(AccountsKey, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const TlsRpt::MailboxAccount &account = accounts.at(i);
        settings.setArrayIndex(i);
        // Deliberately no password: it is in the keychain, or asked for at each sync.
        settings.setValue(QStringLiteral("host"), account.host);
        settings.setValue(QStringLiteral("port"), int(account.port));
        settings.setValue(QStringLiteral("security"), securityName(account.security));
        settings.setValue(QStringLiteral("user"), account.user);
        settings.setValue(QStringLiteral("folders"), account.folders);
        settings.setValue(QStringLiteral("moveProcessedTo"), account.moveProcessedTo);
        settings.setValue(QStringLiteral("caFile"), account.caFile);
    }
    settings.endArray();
}

int MailboxAccountStore::syncIntervalHours(QSettings &settings)
{
    bool ok = false;
    const int hours = settings.value(IntervalKey, DefaultSyncIntervalHours).toInt(&ok);
    return ok ? std::clamp(hours, 0, MaximumSyncIntervalHours) : DefaultSyncIntervalHours;
}

void MailboxAccountStore::setSyncIntervalHours(QSettings &settings, int hours)
{
    settings.setValue(IntervalKey, std::clamp(hours, 0, MaximumSyncIntervalHours));
}

} // namespace Sts::Ui
