// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/mailboxaccount.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sts::Ui {

//! Adds or edits one mailbox account: server, port, security (TLS, STARTTLS, or plain text only
//! with an explicit, warned checkbox), user, password, folders and where processed messages go.
//! OK stays disabled, with the reason shown, while the account is not usable.
class MailboxAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxAccountDialog)

public:
    explicit MailboxAccountDialog(QWidget *parent = nullptr);

    void setAccount(const TlsRpt::MailboxAccount &account);
    TlsRpt::MailboxAccount account() const;
    //! What was typed; empty keeps the stored one (editing) or asks at each sync.
    QString password() const;
    //! Says whether the keychain will keep the password, and why not.
    void setPasswordNote(const QString &note);

    //! Why \a account cannot be used, or empty: a host name, a user, at least one folder, a
    //! port in range, and plain text only when \a plainAllowed.
    static QString problem(const TlsRpt::MailboxAccount &account, bool plainAllowed);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QComboBox *securityChoice() const { return m_security; }
    QCheckBox *allowPlainCheck() const { return m_allowPlain; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *foldersEdit() const { return m_folders; }
    QLineEdit *moveToEdit() const { return m_moveTo; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QCheckBox *m_allowPlain;
    QLabel *m_plainWarning;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QLineEdit *m_folders;
    QLineEdit *m_moveTo;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_caFile;      //!< kept as it was (set by hand or for a private CA)
    QString m_originalKey; //!< of the account edited; empty for a new one
};

} // namespace Sts::Ui
