// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "heldreports.h"
#include "importlimits.h"
#include "report.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace Sts::TlsRpt {

//! A file, or a part of one, that could not be read, and why.
struct Rejection
{
    QString file;   //!< the input file
    Finding reason; //!< an error finding; its subject names the part (archive entry, message)

    QString error() const { return reason.message; }
};

//! A report read from an input file, with what is needed to keep and show it.
struct ImportedReport
{
    QString file;   //!< the input file
    QString source; //!< where in it: "a.zip/x.json.gz", "box.mbox#3/report.json.gz"
    Report report;
    QByteArray rawJson; //!< the report exactly as the sender wrote it
    Findings findings;  //!< warnings and notes about the report and its container
    HeldReports held;   //!< counts this object among the reports alive (for tests)
};

//! Everything one input file yielded: reports, and rejections of the file or of its parts.
struct FileImport
{
    QString file;
    //! The reports read, unless they were handed to a ReportImporter::ReportVisitor instead.
    QList<ImportedReport> reports;
    qint64 reportCount = 0; //!< reports read, whether kept in \c reports or handed on
    QList<Rejection> rejections;
    Findings notes;        //!< parts skipped because they hold no report
    bool canceled = false; //!< the file was not read to its end
};

//! A file to import, and whether the user named it or it was found in a folder: a file found
//! in a folder that is no report is skipped, a named one is rejected.
struct InputFile
{
    QString path;
    bool named = true;
};

//! Reads TLS-RPT reports from files in every form they arrive in: JSON, gzip, zip, e-mail
//! messages and mbox files, found by content, not by name, and nested (a zip in a message).
//! Every decoder is bounded by ImportLimits. Stateless and thread-safe: a GUI may run
//! importFile() for several files at once on QtConcurrent.
//!
//! What an import holds is bounded by one report, not by the file, when the reports go to a
//! ReportVisitor: each is handed on as soon as it is read (with its raw JSON) and the
//! importer keeps nothing of it but a count. The overloads without a visitor collect the
//! reports in FileImport::reports, for small files and tests.
class ReportImporter
{
public:
    using CancelCheck = std::function<bool()>;
    //! Receives each report as it is read, in file order; returning false stops the file
    //! (the caller says why: the importer records no rejection for it).
    using ReportVisitor = std::function<bool(ImportedReport &&report)>;

    explicit ReportImporter(const ImportLimits &limits = {});

    FileImport importFile(const InputFile &input, const CancelCheck &canceled = {}) const;
    //! Hands every report to \a visit instead of keeping it: the result has no reports, only
    //! their count, the rejections and the notes.
    FileImport importFile(const InputFile &input, const ReportVisitor &visit, const CancelCheck &canceled = {}) const;
    FileImport importFile(const QString &path) const { return importFile(InputFile{path, true}); }
    //! Reads \a data as if it were the content of a file called \a name.
    FileImport importData(const QByteArray &data, const QString &name) const;
    //! Reads \a data as the content of \a input, handing every report to \a visit. Data that is
    //! not \a input.named (a message found in a mailbox) and holds no report is skipped (a
    //! note), not rejected, as a file found in a folder is.
    FileImport importData(const QByteArray &data, const InputFile &input, const ReportVisitor &visit) const;

    //! The files named, with folders expanded recursively in a stable (sorted) order; a Maildir
    //! (a folder with cur/ or new/) gives its messages, see MaildirReader. A path that does not
    //! exist is added to \a rejections.
    static QList<InputFile> collectFiles(const QStringList &paths, QList<Rejection> *rejections);

    const ImportLimits &limits() const { return m_limits; }

private:
    ImportLimits m_limits;
};

} // namespace Sts::TlsRpt

Q_DECLARE_METATYPE(Sts::TlsRpt::FileImport)
