// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxaccount.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace Sts::TlsRpt {

namespace {

// lupdate files tr() here under the enclosing class or namespace: the context must be that.
QString tr(const char *text)
{
    return QCoreApplication::translate("Sts::TlsRpt", text);
}

} // namespace

quint16 MailboxAccount::effectivePort() const
{
    if (port != 0)
        return port;
    return security == Security::Tls ? 993 : 143;
}

QString MailboxAccount::key() const
{
    return user + u'@' + host.toLower() + u':' + QString::number(effectivePort());
}

bool MailboxAccount::readsFolder(const QString &folder) const
{
    const auto isInbox = [](const QString &name) { return name.compare(u"INBOX", Qt::CaseInsensitive) == 0; };
    return std::any_of(folders.cbegin(), folders.cend(),
                       [&](const QString &read) { return read == folder || (isInbox(read) && isInbox(folder)); });
}

QString MailboxAccount::url(const QString &folder) const
{
    QUrl url;
    url.setScheme(security == Security::Tls ? QStringLiteral("imaps") : QStringLiteral("imap"));
    url.setHost(host);
    url.setPort(effectivePort());
    // The folder is one path segment: a '/' in it (a hierarchy delimiter) is percent-encoded,
    // and libcurl decodes it again.
    return url.toString(QUrl::FullyEncoded) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(folder));
}

MailboxUrl parseMailboxUrl(const QString &text, bool allowPlaintext)
{
    MailboxUrl result;
    const QUrl url(text, QUrl::StrictMode);
    const auto failed = [&result](const QString &error) {
        result.error = error;
        return result;
    };
    if (!url.isValid())
        return failed(tr("\"%1\" is no URL: %2").arg(text.left(200), url.errorString()));
    const QString scheme = url.scheme().toLower();
    MailboxAccount &account = result.account;
    if (scheme == u"imaps")
        account.security = MailboxAccount::Security::Tls;
    else if (scheme == u"imap")
        account.security = allowPlaintext ? MailboxAccount::Security::Plain : MailboxAccount::Security::StartTls;
    else
        return failed(tr("The URL must begin with imaps:// (TLS) or imap:// (STARTTLS), not \"%1\".").arg(scheme));
    if (!url.password().isEmpty())
        return failed(tr("The URL holds a password; give it in STSSCOPE_IMAP_PASSWORD or at the prompt instead."));
    account.user = url.userName(QUrl::FullyDecoded);
    if (account.user.isEmpty())
        return failed(tr("The URL names no user: imaps://USER@HOST/FOLDER."));
    account.host = url.host(QUrl::FullyDecoded);
    if (account.host.isEmpty())
        return failed(tr("The URL names no host: imaps://USER@HOST/FOLDER."));
    const int port = url.port(0);
    if (port < 0 || port > 65535)
        return failed(tr("The port must be a number from 1 to 65535."));
    account.port = quint16(port);
    if (url.hasQuery() || url.hasFragment())
        return failed(tr("The URL must end with the folder: imaps://USER@HOST/FOLDER."));
    QString folder = url.path(QUrl::FullyDecoded);
    if (folder.startsWith(u'/'))
        folder.remove(0, 1);
    if (folder.contains(u'\r') || folder.contains(u'\n') || folder.contains(QChar(0)))
        return failed(tr("The folder name in the URL cannot be sent to an IMAP server."));
    account.folders = QStringList{folder.isEmpty() ? QStringLiteral("INBOX") : folder};
    return result;
}

} // namespace Sts::TlsRpt
