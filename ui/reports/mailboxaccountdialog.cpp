// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxaccountdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sts::Ui {

using Security = TlsRpt::MailboxAccount::Security;

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QStringList splitFolders(const QString &text)
{
    QStringList folders;
    for (const QString &folder : text.split(u',', Qt::SkipEmptyParts)) {
        if (!folder.trimmed().isEmpty())
            folders.append(folder.trimmed());
    }
    return folders;
}

} // namespace

MailboxAccountDialog::MailboxAccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_allowPlain(new QCheckBox(tr("Allow &unencrypted IMAP"), this))
    , m_plainWarning(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordNote(new QLabel(this))
    , m_folders(new QLineEdit(this))
    , m_moveTo(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Mailbox Account"));
    m_host->setPlaceholderText(tr("imap.example.com"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setToolTip(tr("0: 993 for TLS, 143 for STARTTLS and plain text"));
    m_security->addItem(tr("TLS (port 993)"), int(Security::Tls));
    m_security->addItem(tr("STARTTLS (port 143)"), int(Security::StartTls));
    m_security->addItem(tr("Plain text (no encryption)"), int(Security::Plain));
    m_plainWarning->setText(tr("Without TLS the password and the reports cross the network readable by anyone on "
                               "the way. Use it only on a network you control."));
    m_plainWarning->setWordWrap(true);
    m_plainWarning->setTextFormat(Qt::PlainText);
    m_user->setPlaceholderText(tr("tlsrpt@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("password or app password"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setTextFormat(Qt::PlainText);
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);
    m_folders->setText(QStringLiteral("INBOX"));
    m_folders->setToolTip(tr("One or more folders, separated by commas."));
    m_moveTo->setPlaceholderText(tr("leave the messages where they are"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Server:"), m_host), m_host);
    form->addRow(buddyLabel(tr("P&ort:"), m_port), m_port);
    form->addRow(buddyLabel(tr("S&ecurity:"), m_security), m_security);
    form->addRow(QString(), m_allowPlain);
    form->addRow(QString(), m_plainWarning);
    form->addRow(buddyLabel(tr("U&ser:"), m_user), m_user);
    form->addRow(buddyLabel(tr("Pass&word:"), m_password), m_password);
    form->addRow(QString(), m_passwordNote);
    form->addRow(buddyLabel(tr("&Folders:"), m_folders), m_folders);
    form->addRow(buddyLabel(tr("&Move processed to:"), m_moveTo), m_moveTo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_user, m_password, m_folders, m_moveTo})
        connect(edit, &QLineEdit::textChanged, this, &MailboxAccountDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &MailboxAccountDialog::validate);
    connect(m_security, &QComboBox::currentIndexChanged, this, &MailboxAccountDialog::validate);
    connect(m_allowPlain, &QCheckBox::toggled, this, &MailboxAccountDialog::validate);
    validate();
}

void MailboxAccountDialog::setAccount(const TlsRpt::MailboxAccount &account)
{
    m_host->setText(account.host);
    m_port->setValue(account.port);
    m_security->setCurrentIndex(m_security->findData(int(account.security)));
    m_allowPlain->setChecked(account.security == Security::Plain);
    m_user->setText(account.user);
    m_folders->setText(account.folders.join(QStringLiteral(", ")));
    m_moveTo->setText(account.moveProcessedTo);
    m_caFile = account.caFile;
    m_originalKey = account.key();
    m_password->setPlaceholderText(tr("unchanged"));
    validate();
}

TlsRpt::MailboxAccount MailboxAccountDialog::account() const
{
    TlsRpt::MailboxAccount account;
    account.host = m_host->text().trimmed();
    account.port = quint16(m_port->value());
    account.security = Security(m_security->currentData().toInt());
    account.user = m_user->text().trimmed();
    account.folders = splitFolders(m_folders->text());
    account.moveProcessedTo = m_moveTo->text().trimmed();
    account.caFile = m_caFile;
    return account;
}

QString MailboxAccountDialog::password() const
{
    return m_password->text();
}

void MailboxAccountDialog::setPasswordNote(const QString &note)
{
    m_passwordNote->setText(note);
    m_passwordNote->setVisible(!note.isEmpty());
}

QString MailboxAccountDialog::problem(const TlsRpt::MailboxAccount &account, bool plainAllowed)
{
    // A host name or an address literal; nothing that would change the URL libcurl is given.
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+$"));
    if (account.host.isEmpty())
        return tr("Enter the IMAP server's host name.");
    if (!hostPattern.match(account.host).hasMatch())
        return tr("The server must be a host name or an IP address.");
    if (account.user.isEmpty())
        return tr("Enter the user name (often the mail address).");
    if (account.folders.isEmpty())
        return tr("Enter at least one folder to read, such as INBOX.");
    if (account.security == Security::Plain && !plainAllowed)
        return tr("Plain-text IMAP sends the password unencrypted: tick \"Allow unencrypted IMAP\" to use it.");
    if (!account.moveProcessedTo.isEmpty() && account.readsFolder(account.moveProcessedTo))
        return tr("Processed messages cannot be moved to a folder that is read.");
    return QString();
}

void MailboxAccountDialog::validate()
{
    const bool plain = Security(m_security->currentData().toInt()) == Security::Plain;
    m_allowPlain->setVisible(plain);
    m_plainWarning->setVisible(plain);
    const TlsRpt::MailboxAccount edited = account();
    QString text = problem(edited, m_allowPlain->isChecked());
    // The password is stored under the account's key: a new server, port or user needs it again.
    if (text.isEmpty() && !m_originalKey.isEmpty() && edited.key() != m_originalKey && m_password->text().isEmpty())
        text = tr("The server, port or user name changed: enter the password again.");
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace Sts::Ui
