// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "common/csvfield.h"
#include "common/terminaltext.h"
#include "findingprinter.h"
#include "tlsrpt/reportaggregator.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/resulttypeadvice.h"
#include "verbparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

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

//! What the files named on the command line yielded.
struct ReportRun
{
    QList<ImportedReport> reports; //!< each report once, in the date range
    QList<Duplicate> duplicates;
    QList<Rejection> rejections;
    Findings notes;  //!< parts skipped because they hold no report
    qint64 read = 0; //!< distinct reports read, in the date range or not
    Aggregation aggregation;
};

ReportRun readReports(const QStringList &paths, const ReportFilter &filter)
{
    ReportRun run;
    const QList<InputFile> files = ReportImporter::collectFiles(paths, &run.rejections);
    const ReportImporter importer;
    // One file per task: the importer is thread-safe, and blockingMapped keeps the order.
    const QList<FileImport> imports = QtConcurrent::blockingMapped<QList<FileImport>>(
        files, [&importer](const InputFile &file) { return importer.importFile(file); });
    QHash<QString, QString> firstSource; // report-id and organization -> where it was read first
    QList<Report> counted;
    for (const FileImport &import : imports) {
        run.rejections += import.rejections;
        run.notes += import.notes;
        for (const ImportedReport &imported : import.reports) {
            const QString key = imported.report.reportId + u'\x1f' + imported.report.organization;
            if (const auto it = firstSource.constFind(key); it != firstSource.cend()) {
                run.duplicates.append(
                    {imported.file, imported.source, imported.report.reportId, imported.report.organization, *it});
                continue;
            }
            firstSource.insert(key, imported.source);
            ++run.read;
            if (!filter.coversDay(imported.report.day()))
                continue;
            run.reports.append(imported);
            counted.append(imported.report);
        }
    }
    run.aggregation = ReportAggregator::aggregate(counted, filter);
    return run;
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

void printJson(QTextStream &out, const ReportRun &run)
{
    QJsonArray reports;
    for (const ImportedReport &imported : run.reports) {
        QJsonObject json = imported.report.toJson();
        json.insert(QStringLiteral("file"), imported.file);
        json.insert(QStringLiteral("source"), imported.source);
        QJsonArray policies;
        for (const PolicyReport &policy : imported.report.policies)
            policies.append(policy.toJson());
        json.insert(QStringLiteral("policies"), policies);
        json.insert(QStringLiteral("findings"), findingsToJson(imported.findings));
        reports.append(json);
    }
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
    const Aggregation &aggregation = run.aggregation;
    const auto rate = aggregation.totals.successRate();
    const QJsonObject totals{
        {QStringLiteral("reports"), aggregation.reports},
        {QStringLiteral("successful"), aggregation.totals.successful},
        {QStringLiteral("failed"), aggregation.totals.failed},
        {QStringLiteral("success_rate"), rate ? QJsonValue(*rate) : QJsonValue()},
        {QStringLiteral("failure_details"), aggregation.failureDetailTotal},
        {QStringLiteral("by_result_type"), countsJson(aggregation.failedPerResultType)},
    };
    FindingPrinter::printJson(out, {{QStringLiteral("reports"), reports},
                                    {QStringLiteral("totals"), totals},
                                    {QStringLiteral("duplicates"), duplicates},
                                    {QStringLiteral("rejected"), rejected},
                                    {QStringLiteral("notes"), findingsToJson(run.notes)}});
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

//! One "policy" row per policy with its summary, then one "failure" row per failure detail.
//! Summing the successful and failed columns gives the totals, since failure rows leave them
//! empty.
void printCsv(QTextStream &out, const ReportRun &run)
{
    printCsvRow(out,
                {QStringLiteral("file"), QStringLiteral("source"), QStringLiteral("report_id"),
                 QStringLiteral("organization"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("row"),
                 QStringLiteral("policy_type"), QStringLiteral("policy_domain"), QStringLiteral("successful"),
                 QStringLiteral("failed"), QStringLiteral("result_type"), QStringLiteral("failed_session_count"),
                 QStringLiteral("sending_mta_ip"), QStringLiteral("receiving_mx_hostname"),
                 QStringLiteral("receiving_mx_helo"), QStringLiteral("receiving_ip"),
                 QStringLiteral("failure_reason_code"), QStringLiteral("additional_information")});
    for (const ImportedReport &imported : run.reports) {
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
    return TerminalText::safe(rejection.reason.subject) + QStringLiteral(": ") + TerminalText::safe(rejection.error());
}

//! Everything a sender or a file name decides goes through TerminalText::safe().
void printText(QTextStream &out, const ReportRun &run)
{
    const auto safe = &TerminalText::safe;
    for (const ImportedReport &imported : run.reports) {
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
    const Aggregation &aggregation = run.aggregation;
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

} // namespace

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
    for (const auto &option : {csvOption, sinceOption, untilOption})
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

    const ReportRun run = readReports(verb.positional(), ReportFilter{*since, *until, QString()});
    if (verb.json()) {
        printJson(io.out, run);
    } else if (csv) {
        printCsv(io.out, run);
        for (const Rejection &rejection : run.rejections)
            io.err << rejectionText(rejection) << '\n';
    } else {
        printText(io.out, run);
    }
    if (run.read == 0) {
        io.err << QCoreApplication::translate("Cli", "stsscope-cli report: no report could be read.") << '\n';
        return CouldNotRun;
    }
    return run.rejections.isEmpty() ? Clean : ErrorFindings;
}

} // namespace Sts::Cli
