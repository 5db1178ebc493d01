// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxpasswordstore.h"

#include <qt6keychain/keychain.h>

namespace Sts::Ui {

namespace {
//! The keychain's "service": entries are this app's, keyed by the account (user@host:port).
const auto Service = QStringLiteral(STS_APP_ID ".mailbox");
} // namespace

MailboxPasswordStore::MailboxPasswordStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_available(backend == Backend::Keychain)
{
    if (!m_available)
        m_reason = tr("No keychain is available, so the password is not stored: it is asked for at each sync.");
}

void MailboxPasswordStore::noteFailure(int error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
        error == QKeychain::AccessDenied || error == QKeychain::OtherError) {
        m_available = false;
        m_reason = tr("The desktop keychain is not available (%1), so the password is not stored: it is asked for "
                      "at each sync.")
                       .arg(text);
    }
}

void MailboxPasswordStore::read(const QString &accountKey)
{
    if (!m_available) {
        Q_EMIT passwordRead(accountKey, QString(), m_reason);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead
    job->setKey(accountKey);
    connect(job, &QKeychain::Job::finished, this, [this, job, accountKey] {
        if (job->error() == QKeychain::NoError) {
            Q_EMIT passwordRead(accountKey, job->textData(), QString());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            noteFailure(job->error(), job->errorString());
        Q_EMIT passwordRead(accountKey, QString(),
                            job->error() == QKeychain::EntryNotFound ? QString() : job->errorString());
    });
    job->start();
}

void MailboxPasswordStore::write(const QString &accountKey, const QString &password)
{
    if (!m_available) {
        Q_EMIT written(accountKey, m_reason);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(accountKey);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, accountKey] {
        if (job->error() != QKeychain::NoError)
            noteFailure(job->error(), job->errorString());
        Q_EMIT written(accountKey, job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void MailboxPasswordStore::remove(const QString &accountKey)
{
    if (!m_available)
        return;
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(accountKey);
    job->start();
}

} // namespace Sts::Ui
