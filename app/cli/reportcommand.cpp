// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "check/findingregistry.h"
#include "common/csvfield.h"
#include "common/terminaltext.h"
#include "findingprinter.h"
#include "jsonstreamwriter.h"
#include "terminalechoguard.h"
#include "tlsrpt/aggregation.h"
#include "tlsrpt/mailboxsync.h"
#include "tlsrpt/reportfilter.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/reportlibrary.h"
#include "tlsrpt/resulttypeadvice.h"
#include "verbparser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>

#include <unistd.h>

namespace Sts::Cli {

namespace {

using namespace TlsRpt;

//! A report read again: from another file, or twice in one.
struct Duplicate
{
    QString file;
    QString source;
    QString reportId;
    QString organization;
    QString firstSource;
};

//! The totals the output shows, summed report by report as ReportAggregator does, without
//! the breakdowns (per sending IP, per MX, ...) that the CLI does not print: a sender decides
//! how many distinct values those have.
struct ReportTotals
{
    qint64 reports = 0;
    SessionCounts totals;
    qint64 failureDetailTotal = 0;
    QMap<QString, qint64> failedPerResultType;

    void add(const Report &report)
    {
        ++reports;
        for (const PolicyReport &policy : report.policies) {
            totals += SessionCounts{policy.successful, policy.failed};
            for (const FailureDetail &detail : policy.failureDetails) {
                addCounts(failureDetailTotal, detail.failedSessionCount);
                addCounts(failedPerResultType[detail.resultTypeName], detail.failedSessionCount);
            }
        }
    }
};

//! What storing into a library (--library) did.
struct LibraryOutcome
{
    QString path;
    qint64 added = 0;
    qint64 alreadyThere = 0; //!< read before, by an earlier run or the GUI
    QString error = {};      //!< why the library stopped taking reports
};

//! What a mailbox fetch did besides the reports.
struct MailboxOutcome
{
    MailboxSyncSummary summary;
};

//! What the files named on the command line yielded, but for the reports themselves: those
//! are handed to the output one by one as they are read and not kept.
struct ReportRun
{
    QList<Duplicate> duplicates;
    QList<Rejection> rejections;
    Findings notes;  //!< parts skipped because they hold no report
    qint64 read = 0; //!< distinct reports read, in the date range or not
    ReportTotals totals;
    std::optional<LibraryOutcome> library;
    std::optional<MailboxOutcome> mailbox;
};

//! Receives each report that counts (read for the first time, in the date range), in order.
using ReportOutput = std::function<void(const ImportedReport &)>;

//! Reads the files one after the other and each report by itself, so that what is held at once
//! is one report and what the totals and duplicates need, not the files.
//! With \a library, each report read for the first time in this run is also added to it, one
//! transaction per file as in the GUI.
ReportRun readReports(const QStringList &paths, const ReportFilter &filter, const ReportOutput &output,
                      ReportLibrary *library = nullptr)
{
    ReportRun run;
    if (library)
        run.library = LibraryOutcome{library->path()};
    const QList<InputFile> files = ReportImporter::collectFiles(paths, &run.rejections);
    const ReportImporter importer;
    QHash<QString, QString> firstSource; // report-id and organization -> where it was read first
    const auto take = [&](ImportedReport &&imported) {
        const QString key = imported.report.reportId + u'\x1f' + imported.report.organization;
        if (const auto it = firstSource.constFind(key); it != firstSource.cend()) {
            run.duplicates.append(
                {imported.file, imported.source, imported.report.reportId, imported.report.organization, *it});
            return true;
        }
        if (library && run.library->error.isEmpty()) {
            StoreOutcome stored;
            if (const auto added = library->add(imported, stored); !added)
                run.library->error = added.error().message; // the file's reports are rolled back
            run.library->added += stored.added;
            run.library->alreadyThere += stored.duplicates;
        }
        imported.rawJson.clear(); // the output shows the report as read, not as written
        firstSource.insert(key, imported.source);
        ++run.read;
        if (filter.coversDay(imported.report.day())) {
            run.totals.add(imported.report);
            output(imported);
        }
        return true;
    };
    for (const InputFile &file : files) {
        const FileImport import = importer.importFile(file, take);
        run.rejections += import.rejections;
        run.notes += import.notes;
        if (library && run.library->error.isEmpty()) {
            if (const auto committed = library->commit(file.path); !committed)
                run.library->error = committed.error().message;
        }
    }
    return run;
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

//! One element of "reports", its failure details written one by one.
void writeReportJson(JsonStreamWriter &writer, const ImportedReport &imported)
{
    QJsonObject members = imported.report.toJson();
    members.insert(QStringLiteral("file"), imported.file);
    members.insert(QStringLiteral("source"), imported.source);
    members.insert(QStringLiteral("findings"), findingsToJson(imported.findings));
    const auto policies = [&imported](JsonStreamWriter &list) {
        list.beginArray();
        for (const PolicyReport &policy : imported.report.policies) {
            const auto details = [&policy](JsonStreamWriter &detailList) {
                detailList.beginArray();
                for (const FailureDetail &detail : policy.failureDetails)
                    detailList.value(detail.toJson());
                detailList.endArray();
            };
            list.writeObject(policy.summaryJson(), {{QStringLiteral("failure_details"), details}});
        }
        list.endArray();
    };
    writer.writeObject(members, {{QStringLiteral("policies"), policies}});
}

//! The "reports" array of the JSON output, written as the reports are read: to a temporary
//! file, since the document's keys are sorted and "reports" comes after what is known only at
//! the end (duplicates, rejections). Without a temporary file, in memory.
class ReportSpool
{
public:
    ReportSpool()
        : m_file(std::make_unique<QTemporaryFile>())
    {
        if (!m_file->open()) {
            m_file.reset();
            m_memory.open(QIODevice::ReadWrite);
        }
        // The array is the value of a member of the top-level object: one level deep.
        m_writer.beginArray();
    }

    void add(const ImportedReport &imported) { writeReportJson(m_writer, imported); }

    //! Ends the array and gives it back for reading.
    QIODevice &finish()
    {
        m_writer.endArray();
        device().seek(0);
        return device();
    }

private:
    QIODevice &device() { return m_file ? static_cast<QIODevice &>(*m_file) : m_memory; }

    std::unique_ptr<QTemporaryFile> m_file;
    QBuffer m_memory;
    JsonStreamWriter m_writer{[this](const QByteArray &bytes) { device().write(bytes); }, 1};
};

void printJson(QTextStream &out, const ReportRun &run, QIODevice &reports)
{
    QJsonArray duplicates;
    for (const Duplicate &duplicate : run.duplicates) {
        duplicates.append(QJsonObject{{QStringLiteral("file"), duplicate.file},
                                      {QStringLiteral("source"), duplicate.source},
                                      {QStringLiteral("report_id"), duplicate.reportId},
                                      {QStringLiteral("organization"), duplicate.organization},
                                      {QStringLiteral("first_source"), duplicate.firstSource}});
    }
    QJsonArray rejected;
    for (const Rejection &rejection : run.rejections) {
        rejected.append(QJsonObject{{QStringLiteral("file"), rejection.file},
                                    {QStringLiteral("error"), rejection.error()},
                                    {QStringLiteral("code"), rejection.reason.code},
                                    {QStringLiteral("subject"), rejection.reason.subject}});
    }
    const ReportTotals &aggregation = run.totals;
    const auto rate = aggregation.totals.successRate();
    const QJsonObject totals{
        {QStringLiteral("reports"), aggregation.reports},
        {QStringLiteral("successful"), aggregation.totals.successful},
        {QStringLiteral("failed"), aggregation.totals.failed},
        {QStringLiteral("success_rate"), rate ? QJsonValue(*rate) : QJsonValue()},
        {QStringLiteral("failure_details"), aggregation.failureDetailTotal},
        {QStringLiteral("by_result_type"), countsJson(aggregation.failedPerResultType)},
    };
    // The bytes QJsonDocument would write for the whole document (FindingPrinter::printJson),
    // with the reports copied in from where they were written.
    QStringDecoder decoder(QStringDecoder::Utf8);
    JsonStreamWriter writer([&out, &decoder](const QByteArray &bytes) { out << decoder.decode(bytes); });
    const auto copyReports = [&reports](JsonStreamWriter &document) { document.rawValue(reports); };
    QJsonObject members{{QStringLiteral("totals"), totals},
                        {QStringLiteral("duplicates"), duplicates},
                        {QStringLiteral("rejected"), rejected},
                        {QStringLiteral("notes"), findingsToJson(run.notes)}};
    if (run.library) {
        members.insert(QStringLiteral("library"),
                       QJsonObject{{QStringLiteral("path"), run.library->path},
                                   {QStringLiteral("added"), run.library->added},
                                   {QStringLiteral("already_in_library"), run.library->alreadyThere},
                                   {QStringLiteral("error"),
                                    run.library->error.isEmpty() ? QJsonValue() : QJsonValue(run.library->error)}});
    }
    if (run.mailbox) {
        const MailboxSyncSummary &sync = run.mailbox->summary;
        members.insert(QStringLiteral("messages"), sync.messagesExamined);
        members.insert(
            QStringLiteral("mailbox"),
            QJsonObject{{QStringLiteral("account"), sync.account},
                        {QStringLiteral("new_messages"), sync.messagesFound},
                        {QStringLiteral("examined"), sync.messagesExamined},
                        {QStringLiteral("without_report"), sync.messagesSkipped},
                        {QStringLiteral("moved"), sync.messagesMoved},
                        {QStringLiteral("canceled"), sync.canceled},
                        {QStringLiteral("error"), sync.error.isEmpty() ? QJsonValue() : QJsonValue(sync.error)}});
    }
    writer.writeObject(members, {{QStringLiteral("reports"), copyReports}});
}

//! One record as the window's exporter writes it (formulas defused), and terminal-safe: the
//! CSV may well go to a terminal, and every row stays one line.
void printCsvRow(QTextStream &out, const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells.append(TerminalText::safe(field));
    out << CsvField::row(cells);
}

void printCsvHeader(QTextStream &out)
{
    printCsvRow(out,
                {QStringLiteral("file"), QStringLiteral("source"), QStringLiteral("report_id"),
                 QStringLiteral("organization"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("row"),
                 QStringLiteral("policy_type"), QStringLiteral("policy_domain"), QStringLiteral("successful"),
                 QStringLiteral("failed"), QStringLiteral("result_type"), QStringLiteral("failed_session_count"),
                 QStringLiteral("sending_mta_ip"), QStringLiteral("receiving_mx_hostname"),
                 QStringLiteral("receiving_mx_helo"), QStringLiteral("receiving_ip"),
                 QStringLiteral("failure_reason_code"), QStringLiteral("additional_information")});
}

//! One "policy" row per policy with its summary, then one "failure" row per failure detail.
//! Summing the successful and failed columns gives the totals, since failure rows leave them
//! empty.
void printCsvReport(QTextStream &out, const ImportedReport &imported)
{
    const Report &report = imported.report;
    const QStringList head{imported.file,       imported.source,       report.reportId,
                           report.organization, utcText(report.start), utcText(report.end)};
    for (const PolicyReport &policy : report.policies) {
        const QStringList policyFields{policy.typeName, policy.domain};
        printCsvRow(out, head + QStringList{QStringLiteral("policy")} + policyFields +
                             QStringList{QString::number(policy.successful), QString::number(policy.failed)} +
                             QStringList(8));
        for (const FailureDetail &detail : policy.failureDetails) {
            printCsvRow(out, head + QStringList{QStringLiteral("failure")} + policyFields +
                                 QStringList{QString(), QString(), detail.resultTypeName,
                                             QString::number(detail.failedSessionCount), detail.sendingMtaIp,
                                             detail.receivingMxHostname, detail.receivingMxHelo, detail.receivingIp,
                                             detail.failureReasonCode, detail.additionalInformation});
        }
    }
}

QString countsText(const SessionCounts &counts)
{
    QString text =
        QCoreApplication::translate("Cli", "%1 successful, %2 failed").arg(counts.successful).arg(counts.failed);
    // Rounded down, so that 4523 of 4525 does not read as a perfect 100.0 %.
    if (const auto rate = counts.successRate())
        text += QCoreApplication::translate("Cli", " (%1 % successful)").arg(std::floor(*rate * 1000) / 10, 0, 'f', 1);
    return text;
}

//! "where: why", for people: both may quote file names from archives and messages.
QString rejectionText(const Rejection &rejection)
{
    return TerminalText::safe(rejection.reason.subject) + QStringLiteral(": ") +
           TerminalText::safe(Check::displayMessage(rejection.reason));
}

//! Everything a sender or a file name decides goes through TerminalText::safe().
void printTextReport(QTextStream &out, const ImportedReport &imported)
{
    const auto safe = &TerminalText::safe;
    const Report &report = imported.report;
    out << safe(imported.source) << '\n'
        << "  "
        << QCoreApplication::translate("Cli", "%1, report %2, %3 to %4")
               .arg(safe(report.organization), safe(report.reportId), utcText(report.start), utcText(report.end))
        << '\n';
    for (const PolicyReport &policy : report.policies) {
        out << "    "
            << QCoreApplication::translate("Cli", "%1 (%2): %3")
                   .arg(policy.domain.isEmpty() ? QCoreApplication::translate("Cli", "no policy domain")
                                                : safe(policy.domain),
                        safe(policy.typeName), countsText({policy.successful, policy.failed}))
            << '\n';
        for (const FailureDetail &detail : policy.failureDetails) {
            QStringList where;
            for (const QString &part : {detail.receivingMxHostname, detail.receivingIp, detail.sendingMtaIp})
                if (!part.isEmpty())
                    where.append(safe(part));
            out << "      " << safe(detail.resultTypeName) << ": " << detail.failedSessionCount;
            if (!where.isEmpty())
                out << " (" << where.join(QStringLiteral(", ")) << ')';
            out << '\n';
        }
    }
    Findings warnings;
    std::copy_if(imported.findings.cbegin(), imported.findings.cend(), std::back_inserter(warnings),
                 [](const Finding &finding) { return finding.severity >= Severity::Warning; });
    FindingPrinter::printHuman(out, warnings);
}

//! What follows the reports: totals, duplicates, rejections.
void printTextEnd(QTextStream &out, const ReportRun &run)
{
    const auto safe = &TerminalText::safe;
    const ReportTotals &aggregation = run.totals;
    out << '\n'
        << QCoreApplication::translate("Cli", "Totals: %1 reports, %2")
               .arg(aggregation.reports)
               .arg(countsText(aggregation.totals))
        << '\n';
    if (!aggregation.failedPerResultType.isEmpty()) {
        out << QCoreApplication::translate("Cli", "Failed sessions by result type (failure details):") << '\n';
        for (auto it = aggregation.failedPerResultType.cbegin(); it != aggregation.failedPerResultType.cend(); ++it) {
            // What the type means for the reader and what to do, as the GUI explains it.
            const TlsRpt::ResultTypeAdvice advice = TlsRpt::ResultTypeAdvice::of(it.key());
            out << "  " << safe(it.key()).leftJustified(28) << ' ' << it.value() << '\n'
                << "    " << advice.title << " — " << advice.action << '\n';
        }
    }
    if (!run.duplicates.isEmpty()) {
        out << QCoreApplication::translate("Cli", "Read before, counted once:") << '\n';
        for (const Duplicate &duplicate : run.duplicates)
            out << "  "
                << QCoreApplication::translate("Cli", "%1 (first read from %2)")
                       .arg(safe(duplicate.source), safe(duplicate.firstSource))
                << '\n';
    }
    if (!run.rejections.isEmpty()) {
        out << QCoreApplication::translate("Cli", "Not read:") << '\n';
        for (const Rejection &rejection : run.rejections)
            out << "  " << rejectionText(rejection) << '\n';
    }
    if (run.mailbox) {
        const MailboxSyncSummary &sync = run.mailbox->summary;
        out << QCoreApplication::translate("Cli", "Mailbox %1: %2 new messages read, %3 without a report, %4 moved")
                   .arg(safe(sync.account))
                   .arg(sync.messagesExamined)
                   .arg(sync.messagesSkipped)
                   .arg(sync.messagesMoved)
            << '\n';
    }
    if (run.library) {
        out << QCoreApplication::translate("Cli", "Library %1: %2 reports added, %3 already there")
                   .arg(safe(run.library->path))
                   .arg(run.library->added)
                   .arg(run.library->alreadyThere)
            << '\n';
    }
}

int exitCode(const ReportRun &run, Io io)
{
    if (run.library && !run.library->error.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "stsscope-cli report: the library stopped taking reports: %1")
                      .arg(TerminalText::safe(run.library->error))
               << '\n';
        return CouldNotRun;
    }
    if (run.read == 0) {
        io.err << QCoreApplication::translate("Cli", "stsscope-cli report: no report could be read.") << '\n';
        return CouldNotRun;
    }
    return run.rejections.isEmpty() ? Clean : ErrorFindings;
}

//! The date given to \a option, an invalid date when none was given, or nullopt after a
//! usage error.
std::optional<QDate> dateOption(VerbParser &verb, const QCommandLineOption &option, Io io)
{
    const QString text = verb.parser().value(option);
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        verb.usageError(io, QCoreApplication::translate("Cli", "--%1 takes a date as YYYY-MM-DD, not \"%2\".")
                                .arg(option.names().constFirst(), text.left(40)));
        return std::nullopt;
    }
    return date;
}

std::unique_ptr<ReportLibrary> openLibrary(const QString &path, Io io)
{
    auto library = std::make_unique<ReportLibrary>(path);
    if (const auto opened = library->open(); !opened) {
        io.err << TerminalText::safe(Check::displayMessage(opened.error())) << '\n';
        return nullptr;
    }
    return library;
}

//! The password for a mailbox: STSSCOPE_IMAP_PASSWORD, or asked for on the terminal without
//! echo. Nullopt when there is neither (stdin is no terminal: nobody could answer).
std::optional<QString> mailboxPassword(Io io, const QString &account)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.contains(QStringLiteral("STSSCOPE_IMAP_PASSWORD")))
        return environment.value(QStringLiteral("STSSCOPE_IMAP_PASSWORD"));
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    io.err << QCoreApplication::translate("Cli", "Password for %1: ").arg(TerminalText::safe(account));
    io.err.flush();
    QByteArray line;
    {
        const TerminalEchoGuard echoOff; // restored however the prompt ends, Ctrl-C included
        line = io.in.readLine(4096);
    }
    io.err << '\n';
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

//! A rejection as the mailbox sync's summary lists it.
Rejection rejectionOf(const ImportSummary::Entry &entry)
{
    Finding reason;
    reason.code = entry.code;
    reason.severity = Severity::Error;
    reason.subject = entry.part;
    reason.message = entry.detail;
    reason.arguments = entry.arguments;
    return {entry.file, reason};
}

int fetchExitCode(const ReportRun &run, Io io)
{
    const MailboxSyncSummary &sync = run.mailbox->summary;
    if (!sync.error.isEmpty() || sync.canceled) {
        io.err << QCoreApplication::translate("Cli", "stsscope-cli report fetch: %1")
                      .arg(sync.canceled ? QCoreApplication::translate("Cli", "canceled.")
                                         : TerminalText::safe(sync.error))
               << '\n';
        return CouldNotRun;
    }
    return run.rejections.isEmpty() ? Clean : ErrorFindings;
}

} // namespace

int ReportCommand::fetch(const QStringList &arguments, Io io)
{
    VerbParser verb(QStringLiteral("report fetch"),
                    QCoreApplication::translate(
                        "Cli", "Fetches the new messages of an IMAP folder and reads the TLS-RPT reports in them. "
                               "URL: imaps://USER@HOST[:PORT]/FOLDER (TLS) or imap://USER@HOST[:PORT]/FOLDER "
                               "(STARTTLS required). The password comes from STSSCOPE_IMAP_PASSWORD or is asked for "
                               "on the terminal. With --library, the reports are added to that library and the next "
                               "run fetches only messages that arrived since."),
                    QStringLiteral("URL"));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QCoreApplication::translate("Cli", "Add the reports to this report library (the GUI's SQLite file) and "
                                           "remember there how far the folder was read."),
        QStringLiteral("FILE"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("Cli", "Also trust the CA certificates in this PEM file (a private CA)."),
        QStringLiteral("FILE"));
    const QCommandLineOption plaintextOption(
        QStringLiteral("allow-plaintext"),
        QCoreApplication::translate("Cli", "For imap:// URLs: STARTTLS when the server offers it, else log in "
                                           "without TLS. The password may travel readable."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QCoreApplication::translate("Cli", "Seconds to wait for the server to connect or answer (default 30)."),
        QStringLiteral("S"));
    for (const auto &option : {libraryOption, caFileOption, plaintextOption, timeoutOption})
        verb.addOption(option);
    if (const auto stop = verb.parse(arguments, io, 1, 1))
        return *stop;
    const MailboxUrl parsed = parseMailboxUrl(verb.positional().constFirst(), verb.parser().isSet(plaintextOption));
    if (!parsed.error.isEmpty())
        return verb.usageError(io, TerminalText::safe(parsed.error));
    MailboxAccount account = parsed.account;
    account.caFile = verb.parser().value(caFileOption);
    if (!account.caFile.isEmpty() && !QFileInfo(account.caFile).isReadable())
        return verb.usageError(io, QCoreApplication::translate("Cli", "--ca-file: cannot read \"%1\".")
                                       .arg(TerminalText::safe(account.caFile)));
    if (verb.parser().isSet(timeoutOption)) {
        bool ok = false;
        const int seconds = verb.parser().value(timeoutOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return verb.usageError(io, QCoreApplication::translate("Cli", "--timeout takes 1 to 3600 seconds."));
        account.connectTimeoutMs = account.idleTimeoutMs = seconds * 1000;
    }
    const auto password = mailboxPassword(io, account.key());
    if (!password)
        return verb.usageError(io, QCoreApplication::translate(
                                       "Cli", "No password: set STSSCOPE_IMAP_PASSWORD, or run on a terminal to be "
                                              "asked for it."));

    // Without --library, a library in memory: the same duplicate detection, nothing kept.
    const bool keep = verb.parser().isSet(libraryOption);
    const auto library = openLibrary(keep ? verb.parser().value(libraryOption) : QStringLiteral(":memory:"), io);
    if (!library)
        return CouldNotRun;

    ReportRun run;
    run.mailbox = MailboxOutcome{};
    if (keep)
        run.library = LibraryOutcome{library->path()};
    ReportSpool spool;
    MailboxSync sync(*library, account, *password);
    sync.setReportSeen([&](const ImportedReport &imported, const StoreOutcome &stored) {
        if (stored.added == 0) {
            run.duplicates.append({imported.file, imported.source, imported.report.reportId,
                                   imported.report.organization, stored.duplicateSources.value(0)});
            if (run.library)
                ++run.library->alreadyThere;
            return;
        }
        if (run.library)
            ++run.library->added;
        ++run.read;
        run.totals.add(imported.report);
        if (verb.json())
            spool.add(imported);
        else
            printTextReport(io.out, imported);
    });
    while (sync.step()) {
    }
    run.mailbox->summary = sync.summary();
    for (const ImportSummary::Entry &entry : run.mailbox->summary.import.entries) {
        if (entry.outcome == ImportSummary::Outcome::Rejected)
            run.rejections.append(rejectionOf(entry));
    }
    if (verb.json())
        printJson(io.out, run, spool.finish());
    else
        printTextEnd(io.out, run);
    return fetchExitCode(run, io);
}

int ReportCommand::run(const QStringList &arguments, Io io)
{
    VerbParser verb(QStringLiteral("report"),
                    QCoreApplication::translate(
                        "Cli", "Reads TLS-RPT reports (RFC 8460) from .json, .json.gz, .zip, .eml and .mbox files and "
                               "folders, and prints them with their totals. A report read twice is counted once."),
                    QStringLiteral("FILE|DIR..."));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"),
        QCoreApplication::translate("Cli", "Print one CSV row per policy and one per failure detail."));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"), QCoreApplication::translate("Cli", "Only reports for this day (UTC) or later."),
        QStringLiteral("DATE"));
    const QCommandLineOption untilOption(
        QStringLiteral("until"), QCoreApplication::translate("Cli", "Only reports for this day (UTC) or earlier."),
        QStringLiteral("DATE"));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QCoreApplication::translate("Cli", "Also add the reports to this report library (the GUI's SQLite file); "
                                           "reports already in it are not added twice."),
        QStringLiteral("FILE"));
    for (const auto &option : {csvOption, sinceOption, untilOption, libraryOption})
        verb.addOption(option);
    if (const auto stop = verb.parse(arguments, io, 1))
        return *stop;
    const bool csv = verb.parser().isSet(csvOption);
    if (csv && verb.json())
        return verb.usageError(io, QCoreApplication::translate("Cli", "--json and --csv exclude each other."));
    const auto since = dateOption(verb, sinceOption, io);
    if (!since)
        return UsageError;
    const auto until = dateOption(verb, untilOption, io);
    if (!until)
        return UsageError;
    if (since->isValid() && until->isValid() && *since > *until)
        return verb.usageError(io, QCoreApplication::translate("Cli", "--since is after --until."));

    std::unique_ptr<ReportLibrary> library;
    if (verb.parser().isSet(libraryOption)) {
        library = openLibrary(verb.parser().value(libraryOption), io);
        if (!library)
            return CouldNotRun;
    }

    // Each report is printed (or, for JSON, written aside) as it is read, then dropped.
    const ReportFilter filter{*since, *until, QString()};
    if (verb.json()) {
        ReportSpool spool;
        const ReportRun run = readReports(
            verb.positional(), filter, [&spool](const ImportedReport &imported) { spool.add(imported); },
            library.get());
        printJson(io.out, run, spool.finish());
        return exitCode(run, io);
    }
    if (csv) {
        printCsvHeader(io.out);
        const ReportRun run = readReports(
            verb.positional(), filter, [&io](const ImportedReport &imported) { printCsvReport(io.out, imported); },
            library.get());
        for (const Rejection &rejection : run.rejections)
            io.err << rejectionText(rejection) << '\n';
        return exitCode(run, io);
    }
    const ReportRun run = readReports(
        verb.positional(), filter, [&io](const ImportedReport &imported) { printTextReport(io.out, imported); },
        library.get());
    printTextEnd(io.out, run);
    return exitCode(run, io);
}

} // namespace Sts::Cli
