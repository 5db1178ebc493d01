// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "check/checkhandle.h"
#include "check/checkservice.h"
#include "checkoptionsparser.h"
#include "common/domaininput.h"
#include "common/terminaltext.h"
#include "findingprinter.h"
#include "jsontext.h"
#include "verbparser.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QList>
#include <QTextStream>

namespace Sts::Cli {

void CheckCommand::printHuman(QTextStream &out, const Check::CheckResult &result)
{
    const auto safe = &TerminalText::safe;
    out << safe(result.domain) << ": " << Check::verdictName(result.verdict).toUpper() << " — " << safe(result.summary)
        << '\n';
    if (!result.cause.isEmpty())
        out << "  " << QCoreApplication::translate("Cli", "Cause: %1").arg(safe(result.cause)) << '\n';
    if (!result.nextStep.isEmpty())
        out << "  " << QCoreApplication::translate("Cli", "Next step: %1").arg(safe(result.nextStep)) << '\n';
    QString policyLine = Check::policyStatusText(result.policyStatus);
    if (result.policy.valid)
        policyLine += QStringLiteral(" (%1, max_age %2, mx %3)")
                          .arg(MtaSts::modeName(*result.policy.mode))
                          .arg(*result.policy.maxAge)
                          .arg(safe(result.policy.mx.join(QStringLiteral(", "))));
    if (result.policyResultType)
        policyLine += QStringLiteral(" [%1]").arg(TlsRpt::resultTypeName(result.policyResultType));
    out << "  " << QCoreApplication::translate("Cli", "Policy: %1").arg(policyLine) << '\n';
    for (const Check::MxHostResult &host : result.mx) {
        out << "  "
            << QCoreApplication::translate("Cli", "MX %1 %2: %3")
                   .arg(host.preference)
                   .arg(safe(host.host),
                        !host.wouldDeliver
                            ? QCoreApplication::translate("Cli", "cannot be judged from here: %1").arg(host.unobserved)
                        : *host.wouldDeliver ? QCoreApplication::translate("Cli", "would deliver")
                                             : QCoreApplication::translate("Cli", "would NOT deliver"));
        if (host.resultType)
            out << " [" << TlsRpt::resultTypeName(host.resultType) << ']';
        if (host.dane != Check::DaneStatus::None)
            out << " · " << QCoreApplication::translate("Cli", "DANE: %1").arg(Check::daneStatusText(host.dane));
        if (host.wouldDeliverStsOnly && host.wouldDeliverStsOnly != host.wouldDeliver)
            out << " · "
                << (*host.wouldDeliverStsOnly
                        ? QCoreApplication::translate("Cli", "an MTA-STS-only sender would deliver")
                        : QCoreApplication::translate("Cli", "an MTA-STS-only sender would NOT deliver"));
        out << '\n';
        for (const Smtp::SmtpProbeResult &probe : host.probes) {
            out << "      " << probe.address.toString() << ": ";
            if (probe.tlsEstablished)
                out << safe(probe.tlsVersion) << ' ' << safe(probe.cipher) << ", "
                    << (probe.chain.valid() ? QCoreApplication::translate("Cli", "certificate valid")
                                            : QCoreApplication::translate("Cli", "certificate invalid"));
            else
                out << (probe.failed ? QCoreApplication::translate("Cli", "failed at %1: %2")
                                           .arg(Smtp::stepText(probe.reached), safe(probe.error))
                                     : QCoreApplication::translate("Cli", "no TLS"));
            out << '\n';
        }
    }
    if (result.complete && !result.cancelled) {
        out << "  " << QCoreApplication::translate("Cli", "Protection:") << '\n';
        for (const Check::ProtectionAssessment::Item &item : result.protection.items)
            out << "    " << Check::ProtectionAssessment::stateText(item.state).leftJustified(14) << ' '
                << Check::ProtectionAssessment::threatText(item.threat) << ": " << safe(item.why) << '\n';
    }
    out << "  "
        << QCoreApplication::translate("Cli", "Checked in %1 ms via %2")
               .arg(result.elapsedMs)
               .arg(safe(result.resolver))
        << '\n';
    Findings shown;
    for (const Finding &finding : result.findings) {
        if (finding.severity != Severity::Ok)
            shown.append(finding);
    }
    FindingPrinter::printHuman(out, shown);
    out << '\n';
}

int CheckCommand::run(const QStringList &arguments, Io io)
{
    VerbParser verb(QStringLiteral("check"),
                    QCoreApplication::translate(
                        "Cli", "Checks the mail transport security of domains: MTA-STS record and policy, TLS-RPT "
                               "record, and STARTTLS with the certificate of every MX address."),
                    QStringLiteral("DOMAIN..."));
    const CheckOptionsParser checkOptions(verb);
    if (const auto stop = verb.parse(arguments, io, 1))
        return *stop;
    Check::CheckOptions options;
    if (const auto stop = checkOptions.read(io, options))
        return *stop;
    const int concurrency = checkOptions.concurrency();

    Check::CheckService service;
    service.setMaxConcurrentChecks(concurrency);
    QEventLoop loop;
    // The same rule as the window's entry: addresses and URLs name their domain, the rest is refused.
    QStringList domains;
    for (const QString &argument : verb.positional()) {
        const DomainInput input = DomainInput::parse(argument);
        if (!input.ok())
            return verb.usageError(io, QCoreApplication::translate("Cli", "\"%1\" is not a domain name: %2.")
                                           .arg(DomainInput::shown(argument), input.problem));
        if (!input.changes.isEmpty())
            io.err << QCoreApplication::translate("Cli", "stsscope-cli check: checking %1: %2.")
                          .arg(input.domain, input.changesText())
                   << '\n';
        domains.append(input.domain);
    }
    QList<Check::CheckResult> results(domains.size()); // in the order given
    qsizetype finished = 0;
    for (qsizetype index = 0; index < domains.size(); ++index) {
        Check::CheckHandle *check = service.run(domains.at(index), options, &loop);
        QObject::connect(check, &Check::CheckHandle::finished, &loop, [&, index](const Check::CheckResult &result) {
            results[index] = result;
            if (!verb.json())
                printHuman(io.out, result);
            io.out.flush();
            if (++finished == domains.size())
                loop.quit();
        });
    }
    loop.exec();

    int exitCode = Clean;
    QJsonArray array;
    for (const Check::CheckResult &result : std::as_const(results)) {
        array.append(result.toJson());
        if (!result.error.isEmpty()) {
            io.err << QCoreApplication::translate("Cli", "stsscope-cli check: %1: %2").arg(result.domain, result.error)
                   << '\n';
            exitCode = CouldNotRun;
        } else if (hasErrors(result.findings) && exitCode == Clean) {
            exitCode = ErrorFindings;
        }
    }
    if (verb.json()) {
        // One domain: its object; several: an array of them, in the order given.
        if (array.size() == 1)
            FindingPrinter::printJson(io.out, array.first().toObject());
        else
            io.out << QString::fromUtf8(JsonText::indented(array));
    }
    return exitCode;
}

} // namespace Sts::Cli
