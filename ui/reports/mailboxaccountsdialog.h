// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;
class QSpinBox;

namespace Sts::Ui {

class MailboxAccountDialog;
class MailboxAccountsModel;
class MailboxSyncController;

//! The mailbox accounts the reports come from: a list to add to, edit and remove from, how
//! often they are synced, and "Sync now". Changes are saved at once (the passwords in the
//! keychain); the sync itself shows its progress in the Reports area.
class MailboxAccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxAccountsDialog)

public:
    MailboxAccountsDialog(MailboxSyncController *controller, QWidget *parent = nullptr);

    MailboxAccountsModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *syncButton() const { return m_sync; }
    QSpinBox *intervalEdit() const { return m_interval; }
    //! The account editor while it is open (tests fill it in), else null.
    MailboxAccountDialog *editor() const { return m_editor; }

private:
    //! Opens the account editor (window-modal, not blocking) for \a row, or a new account for -1.
    void openEditor(int row);
    void removeSelected();
    void updateButtons();

    MailboxSyncController *m_controller;
    MailboxAccountsModel *m_model;
    QListView *m_list;
    QLabel *m_keychainNote;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_sync;
    QSpinBox *m_interval;
    MailboxAccountDialog *m_editor = nullptr;
};

} // namespace Sts::Ui
