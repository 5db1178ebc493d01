// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsummary.h"
#include "mailboxaccount.h"
#include "reportimporter.h"
#include "reportlibrary.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace Sts::TlsRpt {

class MailboxSync;

//! Owns the report library in the ReportLibraryService's thread: Qt SQL connections belong to
//! the thread that opened them. An import goes one file per event, so that requests for a raw
//! report or a reload are answered between two files, and each file is one transaction, into
//! which its reports go one by one as they are read (none of a file's reports are held at once).
class ReportLibraryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportLibraryWorker)

public:
    //! Imports with an id up to \a canceledUpTo stop before their next file; the service
    //! raises it from the GUI thread.
    //! Mailbox syncs with an id up to \a syncsCanceledUpTo stop at once.
    explicit ReportLibraryWorker(std::shared_ptr<const std::atomic<int>> canceledUpTo,
                                 std::shared_ptr<const std::atomic<int>> syncsCanceledUpTo = {});
    ~ReportLibraryWorker() override;

    void open(const QString &path);
    //! Starts importing \a paths, or adds them to the import that is running.
    void import(int id, const QStringList &paths);
    void load();
    void fetchRawJson(qint64 id);
    //! Deletes the reports with these library ids, then reloads.
    void remove(const QList<qint64> &ids);
    //! Starts syncing \a account, or queues it behind the sync that runs. One batch of messages
    //! per event, like one file per event for imports.
    void syncMailbox(int id, const Sts::TlsRpt::MailboxAccount &account, const QString &password);
    void shutdown();

Q_SIGNALS:
    void openFailed(const QString &error);
    void importProgress(int done, int total, const QString &file);
    void importFinished(const Sts::TlsRpt::ImportSummary &summary);
    void reportsLoaded(const QList<Sts::TlsRpt::StoredReport> &reports, const QString &error);
    //! \a json pretty-printed (or as the sender wrote it, when it is no valid JSON).
    void rawJsonReady(qint64 id, const QString &json);
    //! \a removed reports were deleted; \a error is empty unless nothing was.
    void reportsRemoved(qint64 removed, const QString &error);
    void mailboxSyncProgress(int done, int total, const QString &folder);
    void mailboxSyncFinished(const Sts::TlsRpt::MailboxSyncSummary &summary);

private:
    struct QueuedSync
    {
        int id = 0;
        MailboxAccount account;
        QString password;
    };
    struct RunningImport
    {
        int id = 0;
        QList<InputFile> files;
        qsizetype next = 0;
        ImportSummary summary;
    };

    void importNextFile();
    void record(const FileImport &imported, const StoreOutcome &stored, const std::optional<QString> &storeError);
    void finishImport(bool canceled);
    bool canceled(int id) const { return id <= m_canceledUpTo->load(); }
    void startNextSync();
    void syncNextStep();
    bool syncCanceled(int id) const { return m_syncsCanceledUpTo && id <= m_syncsCanceledUpTo->load(); }

    std::shared_ptr<const std::atomic<int>> m_canceledUpTo;
    std::unique_ptr<ReportLibrary> m_library;
    ReportImporter m_importer;
    std::optional<RunningImport> m_import;
    std::shared_ptr<const std::atomic<int>> m_syncsCanceledUpTo;
    QList<QueuedSync> m_queuedSyncs;
    std::unique_ptr<MailboxSync> m_sync;
};

} // namespace Sts::TlsRpt
