// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imapclient.h"
#include "mailboxaccount.h"
#include "reportimporter.h"
#include "reportlibrary.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Sts::TlsRpt {

//! One sync of a mailbox account into a report library, step by step so that the library's
//! thread can answer other requests between two steps (the GUI) or simply loop (the CLI).
//!
//! Per folder: STATUS (one round trip; nothing more when UIDNEXT shows no new message), then
//! batches of BatchSize UIDs above the last one stored up to UIDNEXT (sizes and flags, then each
//! message), one message in memory at a time, each read by the e-mail import. A batch's reports and the folder's new
//! last UID are one transaction: a sync stopped anywhere (error, cancel, server gone) keeps
//! every message before the stop whole and none after it, and the next sync resumes there. A
//! changed UIDVALIDITY rescans the folder; the library's duplicate detection keeps the reports
//! from being counted twice.
class MailboxSync
{
public:
    static constexpr int BatchSize = 50;

    using CancelCheck = std::function<bool()>;
    //! \a done of \a total new messages of \a folder were read (total 0 while connecting).
    using Progress = std::function<void(int done, int total, const QString &folder)>;
    //! Each report read, after it was stored (\a stored.added) or found in the library already.
    using ReportSeen = std::function<void(const ImportedReport &report, const StoreOutcome &stored)>;

    //! \a password goes to libcurl at once and is not kept here.
    MailboxSync(ReportLibrary &library, const MailboxAccount &account, const QString &password,
                CancelCheck canceled = {}, const ImportLimits &limits = {});
    ~MailboxSync();
    Q_DISABLE_COPY_MOVE(MailboxSync)

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setReportSeen(ReportSeen seen) { m_reportSeen = std::move(seen); }

    //! Does the next step: opens a folder, or reads one batch. Returns false when the sync is over.
    bool step();
    bool finished() const { return m_finished; }
    const MailboxSyncSummary &summary() const { return m_summary; }

private:
    struct Folder
    {
        QString name;
        quint32 uidValidity = 0;
        quint32 uidNext = 0;
        quint32 lastUid = 0; //!< stored in the library; the next batch begins above it
        int expected = 0;    //!< new messages by the STATUS, for the progress
        int done = 0;
    };

    bool openFolder();
    bool readBatch();
    //! Reads one fetched message into the open transaction; false when the library failed.
    bool importMessage(const QByteArray &message, quint32 uid, bool &heldReport);
    bool storeState(quint32 lastUid);
    bool storeStateOf(Folder folder);
    bool stop(const QString &error);
    QString messageName(quint32 uid) const;

    ReportLibrary &m_library;
    MailboxAccount m_account;
    CancelCheck m_canceled;
    ReportImporter m_importer;
    std::unique_ptr<ImapClient> m_client;
    Progress m_progress;
    ReportSeen m_reportSeen;
    MailboxSyncSummary m_summary;
    qsizetype m_nextFolder = 0;
    std::optional<Folder> m_folder;
    bool m_finished = false;
};

} // namespace Sts::TlsRpt
