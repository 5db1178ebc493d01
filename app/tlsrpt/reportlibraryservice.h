// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsummary.h"
#include "mailboxaccount.h"
#include "reportlibrary.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Sts::TlsRpt {

class ReportLibraryWorker;

//! The report library seen from the GUI thread: every call returns at once, the work happens in
//! a thread of its own and comes back through queued signals as values.
class ReportLibraryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportLibraryService)

public:
    explicit ReportLibraryService(QObject *parent = nullptr);
    ~ReportLibraryService() override; //!< cancels an import, closes the library, joins the thread

    //! Opens (creating it when missing) the library at \a path, then loads its reports.
    void open(const QString &path);
    //! Imports files and folders; while an import runs, they join it.
    void import(const QStringList &paths);
    //! Stops the running import before its next file; files stored so far stay.
    void cancelImport();
    void reload();
    void fetchRawJson(qint64 id);
    //! Deletes the reports with these library ids in the library's thread, then reloads them.
    void remove(const QList<qint64> &ids);

    //! Fetches the new messages of \a account's folders over IMAP into the library, in the
    //! library's thread, batch by batch (each batch one transaction with the folder's sync
    //! state, so that a sync stopped anywhere resumes where it stopped). A sync requested while
    //! one runs waits for it. \a password is used for this sync and not kept.
    void syncMailbox(const Sts::TlsRpt::MailboxAccount &account, const QString &password);
    //! Stops the running sync (and those waiting) at once; what was stored stays.
    void cancelMailboxSync();

Q_SIGNALS:
    void openFailed(const QString &error);
    void importProgress(int done, int total, const QString &file);
    void importFinished(const Sts::TlsRpt::ImportSummary &summary);
    void reportsLoaded(const QList<Sts::TlsRpt::StoredReport> &reports, const QString &error);
    void rawJsonReady(qint64 id, const QString &json);
    void reportsRemoved(qint64 removed, const QString &error);
    //! \a done of \a total new messages of \a folder read (total 0 while connecting).
    void mailboxSyncProgress(int done, int total, const QString &folder);
    //! After a sync that added reports, reportsLoaded follows.
    void mailboxSyncFinished(const Sts::TlsRpt::MailboxSyncSummary &summary);

private:
    std::shared_ptr<std::atomic<int>> m_canceledUpTo;
    std::shared_ptr<std::atomic<int>> m_syncsCanceledUpTo;
    int m_lastSync = 0;
    QThread *m_thread;
    ReportLibraryWorker *m_worker;
    int m_lastImport = 0;
};

} // namespace Sts::TlsRpt
