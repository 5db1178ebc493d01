// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Sts::Ui {

//! The mailbox accounts' passwords in the desktop's keychain (Secret Service, KWallet, macOS
//! Keychain, Windows Credential Manager) through QtKeychain; never in the settings file, and
//! never in a plain-text fallback. Without a keychain the GUI asks for the password at each
//! sync. Every call returns at once; the answer comes as a signal.
class MailboxPasswordStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxPasswordStore)

public:
    enum class Backend
    {
        Keychain,
        None, //!< no keychain at all (tests, or a desktop without one): every read finds nothing
    };

    explicit MailboxPasswordStore(Backend backend = Backend::Keychain, QObject *parent = nullptr);

    //! Answers with passwordRead(); an empty password when none is stored.
    void read(const QString &accountKey);
    //! Answers with written().
    void write(const QString &accountKey, const QString &password);
    void remove(const QString &accountKey);

    //! False once the keychain failed for want of a backend (or with Backend::None).
    bool keychainAvailable() const { return m_available; }
    //! Why passwords cannot be kept, for the user; empty while the keychain works.
    QString unavailableReason() const { return m_reason; }

Q_SIGNALS:
    void passwordRead(const QString &accountKey, const QString &password, const QString &error);
    void written(const QString &accountKey, const QString &error);

private:
    void noteFailure(int error, const QString &text);

    Backend m_backend;
    bool m_available;
    QString m_reason;
};

} // namespace Sts::Ui
