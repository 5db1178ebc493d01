// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxsync.h"

#include "reportcatalog.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace Sts::TlsRpt {

namespace {

using Outcome = ImportSummary::Outcome;

// lupdate files tr() here under the enclosing class or namespace: the context must be that.
// The same parameters as QObject::tr(), so that lupdate sees a count as a plural.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Sts::TlsRpt::MailboxSync", text, disambiguation, n);
}

} // namespace

MailboxSync::MailboxSync(ReportLibrary &library, const MailboxAccount &account, const QString &password,
                         CancelCheck canceled, const ImportLimits &limits)
    : m_library(library)
    , m_account(account)
    , m_canceled(std::move(canceled))
    , m_importer(limits)
    , m_client(std::make_unique<ImapClient>(account, password, m_canceled))
{
    m_summary.account = account.key();
    m_summary.import.filesTotal = 0;
}

MailboxSync::~MailboxSync() = default;

bool MailboxSync::step()
{
    if (m_finished)
        return false;
    if (m_canceled && m_canceled()) {
        m_summary.canceled = true;
        m_finished = true;
        return false;
    }
    return m_folder ? readBatch() : openFolder();
}

bool MailboxSync::stop(const QString &error)
{
    if (m_client->canceled())
        m_summary.canceled = true;
    else
        m_summary.error = error;
    m_library.rollback();
    m_finished = true;
    return false;
}

QString MailboxSync::messageName(quint32 uid) const
{
    // The message's IMAP URL (RFC 5092), which names the account too.
    QString url = m_account.url(m_folder->name);
    const qsizetype hostStart = url.indexOf(u"://") + 3;
    url.insert(hostStart, QString::fromLatin1(QUrl::toPercentEncoding(m_account.user)) + u'@');
    return url + QStringLiteral(";UIDVALIDITY=%1/;UID=%2").arg(m_folder->uidValidity).arg(uid);
}

bool MailboxSync::openFolder()
{
    if (m_nextFolder >= m_account.folders.size()) {
        m_finished = true;
        return false;
    }
    // Moving into a folder that is read would read the moved messages again, forever.
    if (m_nextFolder == 0 && !m_account.moveProcessedTo.isEmpty() && m_account.readsFolder(m_account.moveProcessedTo))
        return stop(tr("Processed messages cannot be moved to \"%1\": it is a folder that is read.")
                        .arg(m_account.moveProcessedTo));
    Folder folder;
    folder.name = m_account.folders.at(m_nextFolder++);
    if (m_progress)
        m_progress(0, 0, folder.name);
    const auto stored = m_library.mailboxFolderState(m_summary.account, folder.name);
    if (!stored)
        return stop(stored.error().message);
    const auto status = m_client->status(folder.name);
    if (!status)
        return stop(m_client->error());
    folder.uidValidity = status->uidValidity;
    folder.uidNext = status->uidNext;
    const bool sameValidity = stored.value() && stored.value()->uidValidity == status->uidValidity;
    folder.lastUid = sameValidity ? stored.value()->lastUid : 0;
    if (status->uidNext == 0)
        return stop(tr("The server gave no UIDNEXT for the folder \"%1\".").arg(folder.name));
    // UIDs are never reused: below UIDNEXT, everything above the last UID stored is new.
    if (status->uidNext <= folder.lastUid + 1)
        return sameValidity || storeStateOf(std::move(folder));
    folder.expected = int(std::min(status->messages, status->uidNext - 1 - folder.lastUid));
    m_folder = std::move(folder);
    if (m_progress)
        m_progress(0, m_folder->expected, m_folder->name);
    return true;
}

bool MailboxSync::storeStateOf(Folder folder)
{
    // An empty folder under a new UIDVALIDITY: remember it, so that the next sync is one STATUS.
    m_folder = std::move(folder);
    const bool ok = storeState(m_folder->uidNext > 0 ? m_folder->uidNext - 1 : 0);
    m_folder.reset();
    return ok;
}

bool MailboxSync::storeState(quint32 lastUid)
{
    const MailboxFolderState state{m_summary.account, m_folder->name, m_folder->uidValidity, lastUid};
    if (const auto set = m_library.setMailboxFolderState(state); !set)
        return stop(set.error().message);
    if (const auto committed = m_library.commit(m_summary.account); !committed)
        return stop(committed.error().message);
    m_folder->lastUid = lastUid;
    return true;
}

bool MailboxSync::importMessage(const QByteArray &message, quint32 uid, bool &heldReport)
{
    const QString name = messageName(uid);
    StoreOutcome stored;
    std::optional<QString> storeError;
    const auto store = [&](ImportedReport &&report) {
        StoreOutcome outcome;
        if (const auto added = m_library.add(report, outcome); !added) {
            storeError = added.error().message; // rolled back: the whole batch is undone
            return false;
        }
        stored.added += outcome.added;
        stored.duplicates += outcome.duplicates;
        stored.notes += outcome.notes;
        if (outcome.added > 0)
            m_summary.failedSessionsAdded += report.report.failed();
        if (m_reportSeen)
            m_reportSeen(report, outcome);
        return true;
    };
    const FileImport imported = m_importer.importData(message, InputFile{name, false}, store);
    if (storeError) {
        stop(*storeError);
        return false;
    }
    heldReport = imported.reportCount > 0;
    ImportSummary &summary = m_summary.import;
    ++m_summary.messagesExamined;
    ++summary.filesRead;
    for (const Rejection &rejection : imported.rejections)
        summary.entries.append({Outcome::Rejected, name, rejection.reason.subject, rejection.error(),
                                rejection.reason.code, rejection.reason.arguments});
    summary.rejected += int(imported.rejections.size());
    if (imported.reportCount == 0) {
        if (imported.rejections.isEmpty())
            ++m_summary.messagesSkipped; // a newsletter, a bounce: no error
        return true;
    }
    for (const Finding &note : stored.notes)
        summary.entries.append({Outcome::Duplicate, name, note.subject, note.message, note.code, note.arguments});
    summary.duplicates += stored.duplicates;
    summary.reportsAdded += stored.added;
    if (stored.added > 0)
        summary.entries.append({Outcome::Imported, name, name, tr("%n report(s) added", nullptr, stored.added)});
    return true;
}

bool MailboxSync::readBatch()
{
    Folder &folder = *m_folder;
    if (folder.lastUid + 1 >= folder.uidNext) { // every UID below UIDNEXT is read
        m_folder.reset();
        return true;
    }
    // A range of UIDs, not a list of them: libcurl 7.88 fails an IMAP answer of many lines (its
    // header size accounting) and cuts a long SEARCH line, so no command asks for more than
    // BatchSize messages. Expunged UIDs make some ranges emptier; none is skipped.
    const quint32 first = folder.lastUid + 1;
    const quint32 last = std::min(folder.uidNext - 1, first + quint32(BatchSize) - 1);
    QList<quint32> range;
    for (quint32 uid = first; uid <= last; ++uid)
        range.append(uid);
    const auto infos = m_client->messageInfo(folder.name, folder.uidValidity, range);
    if (!infos)
        return stop(m_client->error());

    const qint64 maxSize = m_importer.limits().maxFileSize;
    quint32 lastDone = folder.lastUid;
    QList<quint32> unseen;
    QList<quint32> processed; // held a report: moved when the account says so
    std::optional<QString> failure;
    for (const ImapClient::MessageInfo &info : *infos) {
        if (info.uid < first || info.uid > last)
            continue; // not asked for
        const quint32 uid = info.uid;
        ++m_summary.messagesFound;
        ++m_summary.import.filesTotal;
        if (info.size > maxSize) {
            // Refused before it is downloaded: the size is the server's word for it.
            const QString name = messageName(uid);
            const Finding tooLarge =
                makeFinding(ReportCatalog::FileTooLarge, name, {QString::number(info.size), QString::number(maxSize)});
            m_summary.import.entries.append(
                {Outcome::Rejected, name, name, tooLarge.message, tooLarge.code, tooLarge.arguments});
            ++m_summary.import.rejected;
            ++m_summary.messagesExamined;
            ++m_summary.import.filesRead;
            lastDone = uid;
            continue;
        }
        const auto message = m_client->fetch(folder.name, folder.uidValidity, uid, maxSize);
        if (!message) {
            // NO/BAD may be a temporary server error as well as an expunge: skip the message only
            // when a second look confirms it is gone, else the batch stops here and resumes at it.
            if (m_client->vanished() && !m_client->canceled()) {
                const QString fetchError = m_client->error();
                const auto again = m_client->messageInfo(folder.name, folder.uidValidity, {uid});
                const auto isThis = [uid](const ImapClient::MessageInfo &other) { return other.uid == uid; };
                if (again && std::none_of(again->begin(), again->end(), isThis)) {
                    lastDone = uid;
                    continue;
                }
                failure = again ? fetchError : m_client->error();
            } else {
                failure = m_client->error();
            }
            if (!info.seen) // the server may have set \Seen before the fetch broke off
                unseen.append(uid);
            break;
        }
        if (!info.seen)
            unseen.append(uid);
        bool heldReport = false;
        if (!importMessage(*message, uid, heldReport))
            return false; // the library failed: the batch is rolled back, the state untouched
        if (heldReport)
            processed.append(uid);
        lastDone = uid;
        ++folder.done;
        if (m_progress)
            m_progress(folder.done, std::max(folder.expected, folder.done), folder.name);
    }
    if (!failure)
        lastDone = last; // the whole range is read, gaps included
    // libcurl's FETCH is BODY[] (no BODY.PEEK[] in its URLs), which marks a message read: the
    // user's mail client should not see reports as read because StsScope fetched them, a
    // canceled batch included. Cosmetic, so a failure is no error.
    if (!unseen.isEmpty())
        m_client->restoreUnseen(folder.name, unseen);
    if (lastDone != folder.lastUid && !storeState(lastDone))
        return false;
    if (!processed.isEmpty() && !m_account.moveProcessedTo.isEmpty() && !m_client->canceled()) {
        if (!m_client->move(folder.name, processed, m_account.moveProcessedTo))
            return stop(tr("Stored, but not moved to \"%1\": %2").arg(m_account.moveProcessedTo, m_client->error()));
        m_summary.messagesMoved += int(processed.size());
    }
    if (failure)
        return stop(*failure);
    return true;
}

} // namespace Sts::TlsRpt
