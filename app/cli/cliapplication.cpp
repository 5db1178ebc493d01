// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "checkcommand.h"
#include "common/terminaltext.h"
#include "lintcommands.h"
#include "reportcommand.h"
#include "watchcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

namespace Sts::Cli {

namespace {

struct Verb
{
    QStringList words;
    std::function<int(const QStringList &, Io)> run;
};

const QList<Verb> &verbs()
{
    static const QList<Verb> list{
        {{QStringLiteral("check")}, &CheckCommand::run},
        {{QStringLiteral("txt"), QStringLiteral("lint")}, &LintCommands::txtLint},
        {{QStringLiteral("tlsrpt-record"), QStringLiteral("lint")}, &LintCommands::tlsRptRecordLint},
        {{QStringLiteral("policy"), QStringLiteral("lint")}, &LintCommands::policyLint},
        {{QStringLiteral("policy"), QStringLiteral("generate")}, &LintCommands::policyGenerate},
        {{QStringLiteral("mx-match")}, &LintCommands::mxMatch},
        // Before "report": the first verb whose words match runs.
        {{QStringLiteral("report"), QStringLiteral("fetch")}, &ReportCommand::fetch},
        {{QStringLiteral("report")}, &ReportCommand::run},
        {{QStringLiteral("watch")}, &WatchCommand::run},
    };
    return list;
}

} // namespace

QString CliApplication::usage()
{
    return QCoreApplication::translate(
        "Cli", "Usage: stsscope-cli VERB [options] [arguments]\n"
               "\n"
               "Checks MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) records and policies.\n"
               "\n"
               "Verbs:\n"
               "  check DOMAIN... [--resolver ADDR[@PORT]] [--ca-file F] [--trust-anchor F] [--timeout S]\n"
               "                                check domains live: DNS, policy, every MX with STARTTLS\n"
               "  txt lint RECORD...            check an _mta-sts TXT record set (one argument per record)\n"
               "  tlsrpt-record lint RECORD...  check a _smtp._tls TXT record set\n"
               "  policy lint FILE|-            check an mta-sts.txt policy file\n"
               "  policy generate --domain D --mode M --mx H... [--max-age S] [--rua URI...] [--out DIR]\n"
               "                                write a policy and its DNS records\n"
               "  mx-match PATTERN HOST         tell whether an mx pattern covers a host\n"
               "  report FILE|DIR... [--csv] [--since DATE] [--until DATE] [--library FILE]\n"
               "                                read TLS-RPT reports (.json, .gz, .zip, .eml, .mbox) and sum them\n"
               "  watch --list FILE [--state FILE] [check options]\n"
               "                                re-check listed domains, print what changed since the last run\n"
               "  report fetch URL [--library FILE] [--ca-file F] [--allow-plaintext] [--timeout S]\n"
               "                                read the reports mailed to an IMAP folder (imaps://USER@HOST/FOLDER)\n"
               "\n"
               "Every verb takes --json and --help.\n"
               "Exit codes: 0 clean, 1 error findings, 2 usage error, 3 could not run.\n"
               "\n"
               "Options:\n"
               "  -h, --help     show this help\n"
               "  -v, --version  show the version\n");
}

int CliApplication::run(const QStringList &arguments, Io io)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        io.err << usage();
        return UsageError;
    }
    const QString &first = rest.constFirst();
    if (first == u"-h" || first == u"--help" || first == u"help") {
        io.out << usage();
        return Clean;
    }
    if (first == u"-v" || first == u"--version") {
        io.out << "stsscope-cli " << QStringLiteral(STS_VERSION) << '\n';
        return Clean;
    }
    for (const Verb &verb : verbs()) {
        if (rest.mid(0, verb.words.size()) == verb.words)
            return verb.run(rest.mid(verb.words.size()), io);
    }
    io.err << QCoreApplication::translate("Cli", "stsscope-cli: unknown verb \"%1\".")
                  .arg(TerminalText::safe(rest.join(u' ').left(80)))
           << "\n\n"
           << usage();
    return UsageError;
}

} // namespace Sts::Cli
