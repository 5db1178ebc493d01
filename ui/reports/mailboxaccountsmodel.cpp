// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxaccountsmodel.h"

#include "plaintooltip.h"

namespace Sts::Ui {

MailboxAccountsModel::MailboxAccountsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void MailboxAccountsModel::setAccounts(const QList<TlsRpt::MailboxAccount> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

void MailboxAccountsModel::append(const TlsRpt::MailboxAccount &account)
{
    beginInsertRows({}, int(m_accounts.size()), int(m_accounts.size()));
    m_accounts.append(account);
    endInsertRows();
}

void MailboxAccountsModel::replace(int row, const TlsRpt::MailboxAccount &account)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    m_accounts[row] = account;
    Q_EMIT dataChanged(index(row), index(row));
}

void MailboxAccountsModel::removeAt(int row)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    beginRemoveRows({}, row, row);
    m_accounts.removeAt(row);
    endRemoveRows();
}

int MailboxAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant MailboxAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TlsRpt::MailboxAccount &account = m_accounts.at(index.row());
    QString security;
    switch (account.security) {
    case TlsRpt::MailboxAccount::Security::Tls:
        security = tr("TLS");
        break;
    case TlsRpt::MailboxAccount::Security::StartTls:
        security = tr("STARTTLS");
        break;
    case TlsRpt::MailboxAccount::Security::Plain:
        security = tr("plain text");
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2) — %3").arg(account.key(), security, account.folders.join(QStringLiteral(", ")));
    case Qt::ToolTipRole:
        return PlainToolTip::of(account.moveProcessedTo.isEmpty()
                                    ? tr("Messages stay where they are.")
                                    : tr("Processed messages are moved to %1.").arg(account.moveProcessedTo));
    default:
        return {};
    }
}

} // namespace Sts::Ui
