// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlibraryworker.h"

#include "mailboxsync.h"

#include <QJsonDocument>

namespace Sts::TlsRpt {

using Outcome = ImportSummary::Outcome;

ReportLibraryWorker::ReportLibraryWorker(std::shared_ptr<const std::atomic<int>> canceledUpTo,
                                         std::shared_ptr<const std::atomic<int>> syncsCanceledUpTo)
    : m_canceledUpTo(std::move(canceledUpTo))
    , m_syncsCanceledUpTo(std::move(syncsCanceledUpTo))
{}

ReportLibraryWorker::~ReportLibraryWorker() = default;

void ReportLibraryWorker::open(const QString &path)
{
    m_library = std::make_unique<ReportLibrary>(path);
    if (const auto opened = m_library->open(); !opened) {
        m_library.reset();
        Q_EMIT openFailed(opened.error().message);
        return;
    }
    load();
}

void ReportLibraryWorker::shutdown()
{
    m_sync.reset(); // before the library it writes to
    m_queuedSyncs.clear();
    m_import.reset();
    m_library.reset();
}

void ReportLibraryWorker::load()
{
    if (!m_library) {
        Q_EMIT reportsLoaded({}, tr("The report library is not open."));
        return;
    }
    const auto reports = m_library->reports();
    if (!reports)
        Q_EMIT reportsLoaded({}, reports.error().message);
    else
        Q_EMIT reportsLoaded(reports.value(), QString());
}

void ReportLibraryWorker::fetchRawJson(qint64 id)
{
    if (!m_library)
        return;
    const auto raw = m_library->rawJson(id);
    if (!raw) {
        Q_EMIT rawJsonReady(id, raw.error().message);
        return;
    }
    // Pretty-printed here, not in the GUI thread: a large sender's report is megabytes.
    const QJsonDocument document = QJsonDocument::fromJson(raw.value());
    Q_EMIT rawJsonReady(id, document.isNull() ? QString::fromUtf8(raw.value())
                                              : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void ReportLibraryWorker::remove(const QList<qint64> &ids)
{
    if (!m_library) {
        Q_EMIT reportsRemoved(0, tr("The report library is not open."));
        return;
    }
    const auto removed = m_library->remove(ids);
    if (!removed) {
        Q_EMIT reportsRemoved(0, removed.error().message);
        return;
    }
    Q_EMIT reportsRemoved(removed.value(), QString());
    load();
}

void ReportLibraryWorker::import(int id, const QStringList &paths)
{
    QList<Rejection> missing;
    const QList<InputFile> files = ReportImporter::collectFiles(paths, &missing);
    if (m_import && canceled(m_import->id))
        finishImport(true); // report the canceled one before new files could revive it
    const bool starting = !m_import;
    if (starting)
        m_import = RunningImport{};
    RunningImport &run = *m_import;
    run.id = id; // a cancel of this request cancels the files merged into it too
    run.files += files;
    run.summary.filesTotal = int(run.files.size());
    for (const Rejection &rejection : missing) {
        run.summary.entries.append({Outcome::Rejected, rejection.file, rejection.reason.subject, rejection.error(),
                                    rejection.reason.code, rejection.reason.arguments});
        ++run.summary.rejected;
    }
    Q_EMIT importProgress(int(run.next), run.summary.filesTotal, QString());
    if (starting)
        QMetaObject::invokeMethod(this, &ReportLibraryWorker::importNextFile, Qt::QueuedConnection);
}

void ReportLibraryWorker::importNextFile()
{
    if (!m_import)
        return;
    RunningImport &run = *m_import;
    if (canceled(run.id))
        return finishImport(true);
    if (run.next >= run.files.size())
        return finishImport(false);
    const InputFile &input = run.files.at(run.next);
    const int id = run.id;
    // Each report goes into the file's transaction as soon as it is read, and is dropped: what
    // the import holds is one report, not the file's.
    StoreOutcome stored;
    std::optional<QString> storeError;
    const auto store = [this, &stored, &storeError](ImportedReport &&report) {
        if (!m_library) {
            storeError = tr("The report library is not open.");
            return false;
        }
        if (const auto added = m_library->add(report, stored); !added) {
            storeError = added.error().message; // rolled back: nothing of the file is kept
            return false;
        }
        return true;
    };
    const FileImport imported = m_importer.importFile(input, store, [this, id] { return canceled(id); });
    if (imported.canceled) {
        if (m_library)
            m_library->rollback();
        return finishImport(true); // a file read halfway is not stored at all
    }
    if (!storeError && m_library) {
        if (const auto committed = m_library->commit(imported.file); !committed)
            storeError = committed.error().message;
    }
    ++run.next;
    record(imported, stored, storeError);
    run.summary.filesRead = int(run.next);
    Q_EMIT importProgress(int(run.next), run.summary.filesTotal, input.path);
    QMetaObject::invokeMethod(this, &ReportLibraryWorker::importNextFile, Qt::QueuedConnection);
}

void ReportLibraryWorker::record(const FileImport &imported, const StoreOutcome &stored,
                                 const std::optional<QString> &storeError)
{
    ImportSummary &summary = m_import->summary;
    for (const Rejection &rejection : imported.rejections)
        summary.entries.append({Outcome::Rejected, rejection.file, rejection.reason.subject, rejection.error(),
                                rejection.reason.code, rejection.reason.arguments});
    summary.rejected += int(imported.rejections.size());
    for (const Finding &note : imported.notes)
        summary.entries.append(
            {Outcome::Skipped, imported.file, note.subject, note.message, note.code, note.arguments});
    if (imported.reportCount == 0)
        return;
    if (storeError) {
        summary.entries.append({Outcome::Rejected, imported.file, imported.file, *storeError});
        ++summary.rejected;
        return;
    }
    for (const Finding &note : stored.notes)
        summary.entries.append(
            {Outcome::Duplicate, imported.file, note.subject, note.message, note.code, note.arguments});
    summary.duplicates += stored.duplicates;
    summary.reportsAdded += stored.added;
    if (stored.added > 0)
        summary.entries.append(
            {Outcome::Imported, imported.file, imported.file, tr("%n report(s) added", nullptr, stored.added)});
}

void ReportLibraryWorker::finishImport(bool canceled)
{
    ImportSummary summary = std::move(m_import->summary);
    summary.canceled = canceled;
    m_import.reset();
    Q_EMIT importFinished(summary);
    if (summary.reportsAdded > 0)
        load();
}

void ReportLibraryWorker::syncMailbox(int id, const MailboxAccount &account, const QString &password)
{
    m_queuedSyncs.append({id, account, password});
    if (!m_sync)
        startNextSync();
}

void ReportLibraryWorker::startNextSync()
{
    while (!m_sync && !m_queuedSyncs.isEmpty()) {
        QueuedSync next = m_queuedSyncs.takeFirst();
        if (!m_library) {
            MailboxSyncSummary summary;
            summary.account = next.account.key();
            summary.error = tr("The report library is not open.");
            Q_EMIT mailboxSyncFinished(summary);
            continue;
        }
        const int id = next.id;
        m_sync = std::make_unique<MailboxSync>(*m_library, next.account, next.password,
                                               [this, id] { return syncCanceled(id); });
        m_sync->setProgress(
            [this](int done, int total, const QString &folder) { Q_EMIT mailboxSyncProgress(done, total, folder); });
        QMetaObject::invokeMethod(this, &ReportLibraryWorker::syncNextStep, Qt::QueuedConnection);
    }
}

void ReportLibraryWorker::syncNextStep()
{
    if (!m_sync)
        return;
    if (m_sync->step()) {
        QMetaObject::invokeMethod(this, &ReportLibraryWorker::syncNextStep, Qt::QueuedConnection);
        return;
    }
    const MailboxSyncSummary summary = m_sync->summary();
    m_sync.reset(); // logs out
    Q_EMIT mailboxSyncFinished(summary);
    if (summary.import.reportsAdded > 0)
        load();
    startNextSync();
}

} // namespace Sts::TlsRpt
