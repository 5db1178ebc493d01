// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintcommands.h"

#include "check/findingregistry.h"
#include "common/domaininput.h"
#include "common/terminaltext.h"
#include "findingprinter.h"
#include "mtasts/deploymentfiles.h"
#include "mtasts/mxpattern.h"
#include "mtasts/policy.h"
#include "mtasts/policygenerator.h"
#include "mtasts/stsrecord.h"
#include "tlsrpt/tlsrptrecord.h"
#include "verbparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Sts::Cli {

namespace {

int exitCodeFor(const Findings &findings)
{
    return hasErrors(findings) ? ErrorFindings : Clean;
}

TxtRecordSet recordsFrom(const QStringList &texts)
{
    TxtRecordSet records;
    for (const QString &text : texts)
        records.append(TxtRecord::fromText(text));
    return records;
}

//! \a subject and \a summary quote files and records, which may come from anywhere.
void printVerdict(QTextStream &out, const QString &subject, bool valid, const QString &summary)
{
    out << TerminalText::safe(subject) << ": "
        << (valid ? QCoreApplication::translate("Cli", "valid") : QCoreApplication::translate("Cli", "invalid"));
    if (!summary.isEmpty())
        out << " (" << TerminalText::safe(summary) << ')';
    out << '\n';
}

//! Reads a policy file or stdin; reads one byte past the limit so that oversize is reported
//! without loading a file of any size.
std::optional<QByteArray> readPolicyInput(const QString &path, Io io)
{
    constexpr qint64 ReadLimit = 4 * MtaSts::MaxPolicyBodySize;
    if (path == u"-")
        return io.in.read(ReadLimit + 1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << QCoreApplication::translate("Cli", "stsscope-cli policy lint: cannot read %1: %2")
                      .arg(TerminalText::safe(path), file.errorString())
               << '\n';
        return std::nullopt;
    }
    return file.read(ReadLimit + 1);
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

int LintCommands::txtLint(const QStringList &arguments, Io io)
{
    VerbParser verb(
        QStringLiteral("txt lint"),
        QCoreApplication::translate(
            "Cli", "Checks an _mta-sts TXT record set: one argument per TXT record, character-strings joined."),
        QStringLiteral("[RECORD...]"));
    // No argument is the empty record set that dig prints for a domain without one: no MTA-STS.
    if (const auto stop = verb.parse(arguments, io, 0))
        return *stop;
    const auto record = MtaSts::StsRecord::lint(recordsFrom(verb.positional()));
    if (verb.json()) {
        FindingPrinter::printJson(io.out, {{QStringLiteral("valid"), record.valid},
                                           {QStringLiteral("id"), record.valid ? QJsonValue(record.id) : QJsonValue()},
                                           {QStringLiteral("findings"), findingsToJson(record.findings)}});
    } else {
        printVerdict(io.out, QStringLiteral("_mta-sts"), record.valid,
                     record.valid ? QCoreApplication::translate("Cli", "id %1").arg(record.id) : QString());
        FindingPrinter::printHuman(io.out, record.findings);
    }
    return exitCodeFor(record.findings);
}

int LintCommands::tlsRptRecordLint(const QStringList &arguments, Io io)
{
    VerbParser verb(
        QStringLiteral("tlsrpt-record lint"),
        QCoreApplication::translate(
            "Cli", "Checks a _smtp._tls TXT record set: one argument per TXT record, character-strings joined."),
        QStringLiteral("[RECORD...]"));
    if (const auto stop = verb.parse(arguments, io, 0))
        return *stop;
    const auto record = TlsRpt::TlsRptRecord::lint(recordsFrom(verb.positional()));
    if (verb.json()) {
        FindingPrinter::printJson(io.out, {{QStringLiteral("valid"), record.valid},
                                           {QStringLiteral("rua"), toJsonArray(record.rua)},
                                           {QStringLiteral("findings"), findingsToJson(record.findings)}});
    } else {
        printVerdict(io.out, QStringLiteral("_smtp._tls"), record.valid, record.rua.join(QStringLiteral(", ")));
        FindingPrinter::printHuman(io.out, record.findings);
    }
    return exitCodeFor(record.findings);
}

int LintCommands::policyLint(const QStringList &arguments, Io io)
{
    VerbParser verb(
        QStringLiteral("policy lint"),
        QCoreApplication::translate("Cli", "Checks an MTA-STS policy file (mta-sts.txt); \"-\" reads stdin."),
        QStringLiteral("FILE|-"));
    if (const auto stop = verb.parse(arguments, io, 1, 1))
        return *stop;
    const QString path = verb.positional().constFirst();
    const std::optional<QByteArray> body = readPolicyInput(path, io);
    if (!body)
        return CouldNotRun;
    const auto policy = MtaSts::Policy::parse(*body, path == u"-" ? QStringLiteral("stdin") : path);
    if (verb.json()) {
        FindingPrinter::printJson(
            io.out, {{QStringLiteral("valid"), policy.valid},
                     {QStringLiteral("mode"), policy.mode ? QJsonValue(MtaSts::modeName(*policy.mode)) : QJsonValue()},
                     {QStringLiteral("max_age"), policy.maxAge ? QJsonValue(*policy.maxAge) : QJsonValue()},
                     {QStringLiteral("mx"), toJsonArray(policy.mx)},
                     {QStringLiteral("findings"), findingsToJson(policy.findings)}});
    } else {
        printVerdict(io.out, path, policy.valid, QString());
        FindingPrinter::printHuman(io.out, policy.findings);
    }
    return exitCodeFor(policy.findings);
}

int LintCommands::mxMatch(const QStringList &arguments, Io io)
{
    VerbParser verb(QStringLiteral("mx-match"),
                    QCoreApplication::translate(
                        "Cli",
                        "Tells whether an MTA-STS mx pattern covers a host name (RFC 8461 §4.1). Exit code 0 when it "
                        "matches, 1 when it does not or the pattern is invalid."),
                    QStringLiteral("PATTERN HOST"));
    if (const auto stop = verb.parse(arguments, io, 2, 2))
        return *stop;
    const QString text = verb.positional().at(0);
    const QString host = verb.positional().at(1);
    const MtaSts::MxPattern pattern(text);
    const bool match = pattern.matches(host);
    if (verb.json()) {
        FindingPrinter::printJson(io.out, {{QStringLiteral("match"), match},
                                           {QStringLiteral("pattern"), text},
                                           {QStringLiteral("host"), host},
                                           {QStringLiteral("findings"), findingsToJson(pattern.findings())}});
    } else {
        const QString shownText = TerminalText::safe(text);
        const QString shownHost = TerminalText::safe(host);
        io.out << (match ? QCoreApplication::translate("Cli", "%1 matches %2").arg(shownText, shownHost)
                         : QCoreApplication::translate("Cli", "%1 does not match %2").arg(shownText, shownHost))
               << '\n';
        FindingPrinter::printHuman(io.out, pattern.findings());
    }
    return match ? Clean : ErrorFindings;
}

int LintCommands::policyGenerate(const QStringList &arguments, Io io)
{
    VerbParser verb(QStringLiteral("policy generate"),
                    QCoreApplication::translate(
                        "Cli",
                        "Writes an MTA-STS policy, the DNS records that publish it and web server snippets that serve "
                        "it. Without --out, prints the policy and the records."),
                    QString());
    const QCommandLineOption domainOption(QStringLiteral("domain"),
                                          QCoreApplication::translate("Cli", "The mail domain."), QStringLiteral("D"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QCoreApplication::translate("Cli", "enforce, testing or none."),
                                        QStringLiteral("M"), QStringLiteral("testing"));
    const QCommandLineOption mxOption(QStringLiteral("mx"),
                                      QCoreApplication::translate("Cli", "An mx pattern; repeat for each."),
                                      QStringLiteral("H"));
    const QCommandLineOption maxAgeOption(QStringLiteral("max-age"),
                                          QCoreApplication::translate("Cli", "Policy lifetime in seconds."),
                                          QStringLiteral("S"), QStringLiteral("86400"));
    const QCommandLineOption ruaOption(QStringLiteral("rua"),
                                       QCoreApplication::translate("Cli", "A TLS-RPT report URI; repeat for each."),
                                       QStringLiteral("URI"));
    const QCommandLineOption idOption(
        QStringLiteral("id"), QCoreApplication::translate("Cli", "The policy id (default: the current UTC time)."),
        QStringLiteral("ID"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("Cli", "Directory to write the files into."),
                                       QStringLiteral("DIR"));
    for (const auto &option : {domainOption, modeOption, mxOption, maxAgeOption, ruaOption, idOption, outOption})
        verb.addOption(option);
    if (const auto stop = verb.parse(arguments, io, 0, 0))
        return *stop;
    QCommandLineParser &parser = verb.parser();
    if (!parser.isSet(domainOption))
        return verb.usageError(io, QCoreApplication::translate("Cli", "--domain is required."));
    // The same rule as `check`, the window and the wizard: addresses and URLs name their domain.
    const DomainInput domain = DomainInput::parse(parser.value(domainOption));
    if (!domain.ok())
        return verb.usageError(io, QCoreApplication::translate("Cli", "\"%1\" is not a domain name: %2.")
                                       .arg(DomainInput::shown(parser.value(domainOption)), domain.problem));
    if (!domain.changes.isEmpty())
        io.err << QCoreApplication::translate("Cli", "stsscope-cli policy generate: using %1: %2.")
                      .arg(domain.domain, domain.changesText())
               << '\n';
    const auto mode = MtaSts::modeFromName(parser.value(modeOption));
    if (!mode)
        return verb.usageError(io, QCoreApplication::translate("Cli", "--mode must be enforce, testing or none."));
    bool numeric = false;
    const qint64 maxAge = parser.value(maxAgeOption).toLongLong(&numeric);
    if (!numeric)
        return verb.usageError(io, QCoreApplication::translate("Cli", "--max-age must be a number of seconds."));

    MtaSts::DeploymentRequest request;
    request.domain = domain.domain;
    request.mode = *mode;
    request.maxAge = maxAge;
    request.mx = parser.values(mxOption);
    request.rua = parser.values(ruaOption);
    request.id = parser.value(idOption);
    const MtaSts::Deployment deployment = MtaSts::PolicyGenerator::generate(request);

    // The same files as the wizard's last page.
    QStringList written;
    if (deployment.ok && parser.isSet(outOption)) {
        const Result<QStringList> saved =
            MtaSts::DeploymentFiles::write(MtaSts::DeploymentFiles::make(deployment), parser.value(outOption));
        if (!saved) {
            io.err << QCoreApplication::translate("Cli", "stsscope-cli policy generate: %1")
                          .arg(TerminalText::safe(Check::displayMessage(saved.error())))
                   << '\n';
            return CouldNotRun;
        }
        written = saved.value();
    }

    if (verb.json()) {
        QJsonObject records{
            {QStringLiteral("mta_sts"), QJsonObject{{QStringLiteral("name"), deployment.stsRecordName},
                                                    {QStringLiteral("value"), deployment.stsRecordValue}}}};
        if (!deployment.tlsRptRecordValue.isEmpty())
            records.insert(QStringLiteral("tlsrpt"),
                           QJsonObject{{QStringLiteral("name"), deployment.tlsRptRecordName},
                                       {QStringLiteral("value"), deployment.tlsRptRecordValue}});
        FindingPrinter::printJson(io.out, {{QStringLiteral("valid"), deployment.ok},
                                           {QStringLiteral("id"), deployment.id},
                                           {QStringLiteral("policy_url"), deployment.policyUrl},
                                           {QStringLiteral("policy"), QString::fromLatin1(deployment.policy)},
                                           {QStringLiteral("records"), records},
                                           {QStringLiteral("files"), toJsonArray(written)},
                                           {QStringLiteral("findings"), findingsToJson(deployment.findings)}});
    } else if (deployment.ok) {
        io.out << QCoreApplication::translate("Cli", "# %1").arg(deployment.policyUrl) << '\n'
               << QString::fromLatin1(deployment.policy).remove(u'\r') << '\n'
               << QCoreApplication::translate("Cli", "# DNS records") << '\n'
               << deployment.zoneFile();
        for (const QString &file : std::as_const(written))
            io.out << QCoreApplication::translate("Cli", "Wrote %1").arg(TerminalText::safe(file)) << '\n';
        FindingPrinter::printHuman(io.out, deployment.findings);
    } else {
        io.out << QCoreApplication::translate("Cli", "Nothing generated:") << '\n';
        FindingPrinter::printHuman(io.out, deployment.findings);
    }
    return deployment.ok ? Clean : ErrorFindings;
}

} // namespace Sts::Cli
