// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsummary.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/reportlibrary.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace Sts::Ui {

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
    explicit ReportLibraryWorker(std::shared_ptr<const std::atomic<int>> canceledUpTo);
    ~ReportLibraryWorker() override;

    void open(const QString &path);
    //! Starts importing \a paths, or adds them to the import that is running.
    void import(int id, const QStringList &paths);
    void load();
    void fetchRawJson(qint64 id);
    //! Deletes the reports with these library ids, then reloads.
    void remove(const QList<qint64> &ids);
    void shutdown();

Q_SIGNALS:
    void openFailed(const QString &error);
    void importProgress(int done, int total, const QString &file);
    void importFinished(const Sts::Ui::ImportSummary &summary);
    void reportsLoaded(const QList<Sts::TlsRpt::StoredReport> &reports, const QString &error);
    //! \a json pretty-printed (or as the sender wrote it, when it is no valid JSON).
    void rawJsonReady(qint64 id, const QString &json);
    //! \a removed reports were deleted; \a error is empty unless nothing was.
    void reportsRemoved(qint64 removed, const QString &error);

private:
    struct RunningImport
    {
        int id = 0;
        QList<TlsRpt::InputFile> files;
        qsizetype next = 0;
        ImportSummary summary;
    };

    void importNextFile();
    void record(const TlsRpt::FileImport &imported, const TlsRpt::StoreOutcome &stored,
                const std::optional<QString> &storeError);
    void finishImport(bool canceled);
    bool canceled(int id) const { return id <= m_canceledUpTo->load(); }

    std::shared_ptr<const std::atomic<int>> m_canceledUpTo;
    std::unique_ptr<TlsRpt::ReportLibrary> m_library;
    TlsRpt::ReportImporter m_importer;
    std::optional<RunningImport> m_import;
};

} // namespace Sts::Ui
