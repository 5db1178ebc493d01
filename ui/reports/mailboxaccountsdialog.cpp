// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxaccountsdialog.h"

#include "mailboxaccountdialog.h"
#include "mailboxaccountsmodel.h"
#include "mailboxaccountstore.h"
#include "mailboxpasswordstore.h"
#include "mailboxsynccontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sts::Ui {

MailboxAccountsDialog::MailboxAccountsDialog(MailboxSyncController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_model(new MailboxAccountsModel(this))
    , m_list(new QListView(this))
    , m_keychainNote(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_sync(new QPushButton(tr("&Sync Now"), this))
    , m_interval(new QSpinBox(this))
{
    setWindowTitle(tr("Mailbox Accounts"));
    auto *intro = new QLabel(tr("TLS-RPT reports are mailed to the address in your _smtp._tls record. StsScope reads "
                                "new messages from these IMAP accounts into the report library."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_model->setAccounts(controller->accounts());
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Mailbox accounts"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_interval->setRange(0, MailboxAccountStore::MaximumSyncIntervalHours);
    m_interval->setSuffix(tr(" h"));
    m_interval->setSpecialValueText(tr("never (only Sync Now)"));
    m_interval->setValue(controller->intervalHours());
    m_interval->setToolTip(tr("While StsScope runs it syncs at start and then every so many hours."));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_sync})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *form = new QFormLayout;
    auto *intervalLabel = new QLabel(tr("Sync e&very:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, m_interval);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_keychainNote);
    layout->addLayout(form);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(m_list->currentIndex().row()); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { openEditor(index.row()); });
    connect(m_remove, &QPushButton::clicked, this, &MailboxAccountsDialog::removeSelected);
    connect(m_sync, &QPushButton::clicked, this, [this] { m_controller->syncAll(true); });
    connect(m_interval, &QSpinBox::valueChanged, m_controller, &MailboxSyncController::setIntervalHours);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MailboxAccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MailboxAccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MailboxAccountsDialog::updateButtons);
    updateButtons();
    resize(560, 380);
}

void MailboxAccountsDialog::updateButtons()
{
    const bool selected = m_list->currentIndex().isValid();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_sync->setEnabled(m_model->rowCount() > 0);
    const QString reason = m_controller->passwords()->unavailableReason();
    m_keychainNote->setText(reason);
    m_keychainNote->setVisible(!reason.isEmpty());
}

void MailboxAccountsDialog::openEditor(int row)
{
    if (m_editor)
        return;
    m_editor = new MailboxAccountDialog(this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    if (row >= 0 && row < m_model->rowCount())
        m_editor->setAccount(m_model->accounts().at(row));
    m_editor->setPasswordNote(m_controller->passwords()->keychainAvailable()
                                  ? tr("The password is kept in the desktop keychain, not in the settings.")
                                  : m_controller->passwords()->unavailableReason());
    connect(m_editor, &QDialog::accepted, this, [this, row] {
        const TlsRpt::MailboxAccount account = m_editor->account();
        QList<TlsRpt::MailboxAccount> accounts = m_model->accounts();
        if (row >= 0 && row < accounts.size()) {
            accounts[row] = account;
            m_model->replace(row, account);
        } else {
            accounts.append(account);
            m_model->append(account);
        }
        m_controller->setAccounts(accounts, {{account.key(), m_editor->password()}});
        updateButtons();
    });
    connect(m_editor, &QObject::destroyed, this, [this] { m_editor = nullptr; });
    m_editor->open(); // window-modal, returns at once
}

void MailboxAccountsDialog::removeSelected()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeAt(row);
    m_controller->setAccounts(m_model->accounts());
}

} // namespace Sts::Ui
