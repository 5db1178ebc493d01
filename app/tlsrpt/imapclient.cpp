// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <mutex>
#include <utility>

namespace Sts::TlsRpt {

namespace {

//! Untagged responses of STATUS and FETCH (UID, flags, size) are a few bytes per message.
constexpr qint64 MaxCommandResponse = qint64(16) << 20;
//! No single command, a message download included, may take longer, however slowly it trickles.
constexpr long MaxTransferMs = 10 * 60 * 1000;
//! The LOGOUT at cleanup waits for the server's answer; the GUI waits for this thread at quit.
constexpr long LogoutTimeoutMs = 2000;
//! Each step of the \Seen flags' restore after a cancel (connect, login, STORE), and all of it.
constexpr long RestoreStepMs = 2000;
constexpr long RestoreTotalMs = 5000;
//! The system's CAs, hashed by update-ca-certificates: trusted also when a CA file is given.
constexpr char SystemCaPath[] = "/etc/ssl/certs";

CURL *handle(void *curl)
{
    return static_cast<CURL *>(curl);
}

//! How long libcurl waits for the answer to a command (greeting, LOGIN, STATUS, FETCH, LOGOUT).
void setResponseTimeout(CURL *curl, long ms)
{
#if LIBCURL_VERSION_NUM >= 0x080600
    curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT_MS, ms);
#else
    curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, std::max(1L, (ms + 999) / 1000));
#endif
}

// lupdate files tr() here under the enclosing class or namespace: the context must be that.
QString tr(const char *text)
{
    return QCoreApplication::translate("Sts::TlsRpt::ImapClient", text);
}

} // namespace

//! libcurl's callbacks, which reach the client through their user pointer.
struct ImapClient::Transfer
{
    static size_t receive(char *data, size_t size, size_t count, void *self)
    {
        ImapClient &client = *static_cast<ImapClient *>(self);
        const size_t bytes = size * count;
        if (client.m_response.size() + qint64(bytes) > client.m_maxSize) {
            client.m_overflow = true;
            return 0; // libcurl fails the transfer with CURLE_WRITE_ERROR
        }
        client.m_response.append(data, qsizetype(bytes));
        return bytes;
    }

    static int progress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        ImapClient &client = *static_cast<ImapClient *>(self);
        if (client.m_cancelCheck && client.m_cancelCheck()) {
            client.m_canceled = true;
            return 1; // CURLE_ABORTED_BY_CALLBACK
        }
        return 0;
    }
};

ImapClient::ImapClient(const MailboxAccount &account, const QString &password, CancelCheck canceled)
    : m_account(account)
    , m_cancelCheck(std::move(canceled))
{
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    CURL *curl = curl_easy_init();
    m_curl = curl;
    if (!curl)
        return;
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "imap,imaps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // threads: no SIGALRM for timeouts
    curl_easy_setopt(curl, CURLOPT_USERNAME, account.user.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password.toUtf8().constData()); // libcurl keeps a copy
    // imaps:// is TLS from the start; for imap://, no login unless STARTTLS succeeded. Plain
    // text, where the user allowed it, still upgrades when the server offers STARTTLS.
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     account.security == MailboxAccount::Security::Plain ? long(CURLUSESSL_TRY) : long(CURLUSESSL_ALL));
    // CURLOPT_CAINFO replaces libcurl's CA bundle; the system's CAs stay trusted through the CA
    // path, set here rather than left to how libcurl was built.
    if (!account.caFile.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_CAINFO, QFile::encodeName(account.caFile).constData());
        if (QFileInfo(QString::fromLatin1(SystemCaPath)).isDir())
            curl_easy_setopt(curl, CURLOPT_CAPATH, SystemCaPath);
    }
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(account.connectTimeoutMs));
    // Every command's answer is bounded (the low-speed limit only watches a transfer's data).
    setResponseTimeout(curl, long(account.idleTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, MaxTransferMs);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(std::max(1, account.idleTimeoutMs / 1000)));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Transfer::receive);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &Transfer::progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_curlError);
}

ImapClient::~ImapClient()
{
    if (!m_curl)
        return;
    // Cleanup sends LOGOUT on a connection still open and waits for the answer (the overall
    // timeout does not apply to it): a server gone silent may hold it up a moment, no longer.
    setResponseTimeout(handle(m_curl), LogoutTimeoutMs);
    curl_easy_cleanup(handle(m_curl));
}

bool ImapClient::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool ImapClient::perform(const QString &url, const QString &custom, qint64 maxSize)
{
    m_error.clear();
    m_vanished = m_tooLarge = m_overflow = false;
    m_response.clear();
    m_maxSize = maxSize;
    m_curlError[0] = '\0';
    CURL *curl = handle(m_curl);
    if (!curl)
        return fail(tr("libcurl could not be initialised."));
    if (m_canceled || (m_cancelCheck && m_cancelCheck())) {
        m_canceled = true;
        return fail(tr("Canceled."));
    }
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray customBytes = custom.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, custom.isEmpty() ? nullptr : customBytes.constData());
    const CURLcode code = curl_easy_perform(curl);
    if (code == CURLE_OK)
        return true;
    const QString detail =
        m_curlError[0] ? QString::fromUtf8(m_curlError) : QString::fromUtf8(curl_easy_strerror(code));
    const QString server = m_account.host + u':' + QString::number(m_account.effectivePort());
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        m_canceled = true;
        return fail(tr("Canceled."));
    case CURLE_WRITE_ERROR:
        if (m_overflow) {
            m_tooLarge = true;
            return fail(tr("The server's answer exceeds %1 bytes.").arg(maxSize));
        }
        break;
    case CURLE_LOGIN_DENIED:
        return fail(tr("%1 refused the user name or password (%2).").arg(server, detail));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        return fail(tr("No trusted TLS connection to %1: %2. If the server uses a private CA, give its "
                       "certificate as the CA file.")
                        .arg(server, detail));
    case CURLE_USE_SSL_FAILED:
        return fail(tr("%1 does not offer STARTTLS, so the password would travel in plain text: not logged in. "
                       "Use imaps:// (port 993), or allow plain text explicitly.")
                        .arg(server));
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return fail(tr("Cannot connect to %1: %2.").arg(server, detail));
    case CURLE_OPERATION_TIMEDOUT:
        return fail(tr("%1 did not answer in time: %2.").arg(server, detail));
    case CURLE_REMOTE_FILE_NOT_FOUND:
        // NO/BAD: an expunged message, a changed UIDVALIDITY, or a server error of the moment.
        m_vanished = true;
        return fail(tr("%1: %2.").arg(server, detail));
    default:
        break;
    }
    return fail(tr("IMAP with %1 failed: %2.").arg(server, detail));
}

QString ImapClient::folderUrl(const QString &folder, quint32 uidValidity) const
{
    QString url = m_account.url(folder);
    if (uidValidity != 0) // libcurl compares it with the SELECT's answer (RFC 5092)
        url += QStringLiteral(";UIDVALIDITY=") + QString::number(uidValidity);
    return url;
}

std::optional<QString> ImapClient::quoted(const QString &folder)
{
    if (folder.isEmpty() || folder.contains(u'\r') || folder.contains(u'\n') || folder.contains(QChar(0)))
        return std::nullopt;
    QString escaped = folder;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

QString ImapClient::uidSet(const QList<quint32> &uids)
{
    QStringList ranges;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype end = i;
        while (end + 1 < uids.size() && uids.at(end + 1) == uids.at(end) + 1)
            ++end;
        ranges.append(end == i ? QString::number(uids.at(i))
                               : QString::number(uids.at(i)) + u':' + QString::number(uids.at(end)));
        i = end + 1;
    }
    return ranges.join(u',');
}

std::optional<ImapClient::FolderStatus> ImapClient::statusResult(const QByteArray &response)
{
    static const QRegularExpression item(QStringLiteral("\\b(MESSAGES|UIDNEXT|UIDVALIDITY) (\\d+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &line : response.split('\n')) {
        const QString text = QString::fromLatin1(line);
        if (!text.startsWith(u"* STATUS", Qt::CaseInsensitive))
            continue;
        // The folder name comes first and may itself look like items: read what follows the
        // last opening parenthesis.
        const QString items = text.mid(text.lastIndexOf(u'('));
        FolderStatus status;
        for (const auto &match : item.globalMatch(items)) {
            const QString name = match.captured(1).toUpper();
            const quint32 value = match.captured(2).toUInt();
            if (name == u"MESSAGES")
                status.messages = value;
            else if (name == u"UIDNEXT")
                status.uidNext = value;
            else
                status.uidValidity = value;
        }
        if (status.uidValidity != 0)
            return status;
    }
    return std::nullopt;
}

QList<ImapClient::MessageInfo> ImapClient::fetchResult(const QByteArray &response)
{
    static const QRegularExpression uid(QStringLiteral("\\bUID (\\d+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression size(QStringLiteral("\\bRFC822\\.SIZE (\\d+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression flags(QStringLiteral("\\bFLAGS \\(([^)]*)\\)"),
                                          QRegularExpression::CaseInsensitiveOption);
    QList<MessageInfo> infos;
    for (const QByteArray &line : response.split('\n')) {
        const QString text = QString::fromLatin1(line);
        if (!text.startsWith(u"* ") || !text.contains(u" FETCH ", Qt::CaseInsensitive))
            continue;
        const auto uidMatch = uid.match(text);
        if (!uidMatch.hasMatch())
            continue;
        MessageInfo info;
        info.uid = uidMatch.captured(1).toUInt();
        info.size = size.match(text).captured(1).toLongLong();
        info.seen = flags.match(text).captured(1).contains(u"\\Seen", Qt::CaseInsensitive);
        if (info.uid > 0)
            infos.append(info);
    }
    std::sort(infos.begin(), infos.end(), [](const MessageInfo &a, const MessageInfo &b) { return a.uid < b.uid; });
    return infos;
}

std::optional<ImapClient::FolderStatus> ImapClient::status(const QString &folder)
{
    const auto name = quoted(folder);
    if (!name) {
        fail(tr("The folder name \"%1\" cannot be sent to an IMAP server.").arg(folder));
        return std::nullopt;
    }
    if (!perform(m_account.url(), QStringLiteral("STATUS %1 (MESSAGES UIDNEXT UIDVALIDITY)").arg(*name),
                 MaxCommandResponse))
        return std::nullopt;
    const auto status = statusResult(m_response);
    if (!status)
        fail(tr("The server gave no UIDVALIDITY for the folder \"%1\".").arg(folder));
    return status;
}

std::optional<QList<ImapClient::MessageInfo>> ImapClient::messageInfo(const QString &folder, quint32 uidValidity,
                                                                      const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return QList<MessageInfo>();
    if (!perform(folderUrl(folder, uidValidity),
                 QStringLiteral("UID FETCH %1 (UID RFC822.SIZE FLAGS)").arg(uidSet(uids)), MaxCommandResponse))
        return std::nullopt;
    return fetchResult(m_response);
}

std::optional<QByteArray> ImapClient::fetch(const QString &folder, quint32 uidValidity, quint32 uid, qint64 maxSize)
{
    if (!perform(folderUrl(folder, uidValidity) + QStringLiteral("/;UID=") + QString::number(uid), QString(), maxSize))
        return std::nullopt;
    QByteArray message;
    message.swap(m_response);
    return message;
}

bool ImapClient::markUnseen(const QString &folder, const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return true;
    return perform(folderUrl(folder, 0), QStringLiteral("UID STORE %1 -FLAGS.SILENT (\\Seen)").arg(uidSet(uids)),
                   MaxCommandResponse);
}

bool ImapClient::restoreUnseen(const QString &folder, const QList<quint32> &uids)
{
    if (uids.isEmpty() || !m_curl)
        return true;
    if (!m_canceled)
        return markUnseen(folder, uids);
    CURL *curl = handle(m_curl);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, RestoreStepMs);
    setResponseTimeout(curl, RestoreStepMs);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, RestoreTotalMs);
    const CancelCheck cancelCheck = std::exchange(m_cancelCheck, CancelCheck());
    m_canceled = false;
    const bool restored = markUnseen(folder, uids);
    m_cancelCheck = cancelCheck;
    m_canceled = true; // the client stays canceled
    return restored;
}

bool ImapClient::move(const QString &folder, const QList<quint32> &uids, const QString &target)
{
    if (uids.isEmpty())
        return true;
    const auto name = quoted(target);
    if (!name)
        return fail(tr("The folder name \"%1\" cannot be sent to an IMAP server.").arg(target));
    if (m_capabilities.isEmpty()) {
        if (!perform(m_account.url(), QStringLiteral("CAPABILITY"), MaxCommandResponse))
            return false;
        for (const QByteArray &line : m_response.split('\n')) {
            if (line.startsWith("* CAPABILITY "))
                m_capabilities = QString::fromLatin1(line.trimmed()).toUpper().split(u' ');
        }
    }
    const QString url = folderUrl(folder, 0);
    const QString set = uidSet(uids);
    if (m_capabilities.contains(u"MOVE"))
        return perform(url, QStringLiteral("UID MOVE %1 %2").arg(set, *name), MaxCommandResponse);
    // Without UIDPLUS, EXPUNGE would also remove what the user marked deleted: leave them marked.
    return perform(url, QStringLiteral("UID COPY %1 %2").arg(set, *name), MaxCommandResponse) &&
           perform(url, QStringLiteral("UID STORE %1 +FLAGS.SILENT (\\Deleted)").arg(set), MaxCommandResponse) &&
           (!m_capabilities.contains(u"UIDPLUS") ||
            perform(url, QStringLiteral("UID EXPUNGE %1").arg(set), MaxCommandResponse));
}

} // namespace Sts::TlsRpt
