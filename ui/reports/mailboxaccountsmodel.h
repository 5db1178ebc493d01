// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/mailboxaccount.h"

#include <QAbstractListModel>

namespace Sts::Ui {

//! The mailbox accounts, one row each: "user@host:port", its security and folders.
class MailboxAccountsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxAccountsModel)

public:
    explicit MailboxAccountsModel(QObject *parent = nullptr);

    void setAccounts(const QList<TlsRpt::MailboxAccount> &accounts);
    const QList<TlsRpt::MailboxAccount> &accounts() const { return m_accounts; }
    void append(const TlsRpt::MailboxAccount &account);
    void replace(int row, const TlsRpt::MailboxAccount &account);
    void removeAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<TlsRpt::MailboxAccount> m_accounts;
};

} // namespace Sts::Ui
