// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "common/result.h"
#include "report.h"
#include "reportfilter.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Sts::TlsRpt {

struct FileImport;
struct ImportedReport;

//! What storing one input file did.
struct StoreOutcome
{
    int added = 0;
    int duplicates = 0;           //!< reports already in the library (or twice in the file), not added
    Findings notes;               //!< one tlsrpt.import.duplicate note per duplicate
    QStringList duplicateSources; //!< per duplicate, where the stored copy was read from
};

//! A report as the library keeps it.
struct StoredReport
{
    qint64 id = 0;
    QString file;   //!< the input file it was first read from
    QString source; //!< where in that file
    QDateTime importedAt;
    Report report;
    Findings findings; //!< the warnings of the import
};

//! How far one folder of a mailbox has been synced: the messages with UIDs up to lastUid, under
//! this UIDVALIDITY, are in the library (RFC 3501 §2.3.1.1: a changed UIDVALIDITY voids them).
struct MailboxFolderState
{
    QString account; //!< MailboxAccount::key(): user@host:port
    QString folder;
    quint32 uidValidity = 0;
    quint32 lastUid = 0;
};

//! The reports of \a stored, for ReportAggregator.
QList<Report> reportsOf(const QList<StoredReport> &stored);

//! The local library of received reports: one SQLite file through Qt SQL, opened on a path the
//! caller chooses (the GUI passes a file in QStandardPaths::AppDataLocation).
//!
//! Storing one input file is one transaction, so a crash or kill in the middle leaves either
//! every report of the file or none. A file can be stored whole (store()) or report by report as
//! it is read (add() ... commit()), so that its reports need not be held at once. A report is identified by report-id
//! and organization-name (RFC 8460 §4.4 makes the report-id unique per sender): importing it again adds nothing. The
//! raw JSON is kept next to per-policy summary rows and failure-detail rows, on which counts
//! can be summed in SQL or, after reports(), in memory.
//!
//! Qt SQL connections belong to the thread that opened them: use an instance from one thread.
class ReportLibrary
{
public:
    //! Version 1: reports, policies, failures; 2: mailbox_folders (PRAGMA user_version).
    static constexpr int SchemaVersion = 2;

    explicit ReportLibrary(const QString &path);
    ~ReportLibrary();
    Q_DISABLE_COPY_MOVE(ReportLibrary)

    //! Opens the file, creating it and its folder when missing, and brings its schema up to
    //! SchemaVersion. Fails on a file that is no SQLite database or has a newer schema.
    Result<void> open();
    void close();
    bool isOpen() const;
    const QString &path() const { return m_path; }

    //! Adds the reports of \a import in one transaction; on failure nothing of it is kept.
    Result<StoreOutcome> store(const FileImport &import);
    //! Adds one report to the transaction of the file being stored, which the first add() after
    //! a commit() or rollback() begins; a duplicate is counted and noted in \a outcome. On
    //! failure the transaction is rolled back: nothing added since the last commit() is kept.
    Result<void> add(const ImportedReport &imported, StoreOutcome &outcome);
    //! Commits what add() added (nothing to do when nothing was). \a file names the input
    //! file in an error.
    Result<void> commit(const QString &file);
    //! Discards what add() added since the last commit().
    void rollback();

    //! The sync state of \a folder of \a account; nullopt when it was never synced.
    Result<std::optional<MailboxFolderState>> mailboxFolderState(const QString &account, const QString &folder) const;
    //! Records \a state in the transaction add() uses (beginning one when none is open), so
    //! that a batch of messages and how far the folder is synced are committed together.
    Result<void> setMailboxFolderState(const MailboxFolderState &state);

    Result<qint64> reportCount() const;
    //! Reports whose day lies in \a filter's range and, when it names a policy domain, that
    //! hold a policy for it (with all their policies: aggregation filters policies). Ordered
    //! by start time.
    Result<QList<StoredReport>> reports(const ReportFilter &filter = {}) const;
    //! Deletes the reports with the library ids \a ids, with their policies and failure details,
    //! in one transaction: all of them or, on failure, none. Unknown ids are skipped. Returns how
    //! many reports were deleted. A deleted report can be imported again.
    Result<qint64> remove(const QList<qint64> &ids);
    //! The report exactly as the sender wrote it, for display and re-export; empty when \a id
    //! is unknown.
    Result<QByteArray> rawJson(qint64 id) const;

private:
    struct Statements;

    Result<void> createOrMigrate();
    Finding readError(const QString &text) const;
    Result<void> prepareStatements(const QString &file);
    Result<void> beginTransaction(const QString &file);

    QString m_path;
    QString m_connection; //!< the QSqlDatabase connection name, unique per instance
    //! Prepared on the first store and kept: an import of a folder is thousands of stores.
    std::unique_ptr<Statements> m_statements;
    bool m_inTransaction = false;
    qint64 m_importedAt = 0; //!< imported_at of the reports of the open transaction
};

} // namespace Sts::TlsRpt
