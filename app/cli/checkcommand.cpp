// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "check/checkservice.h"
#include "common/domaininput.h"
#include "common/terminaltext.h"
#include "findingprinter.h"
#include "jsontext.h"
#include "net/resolver.h"
#include "net/socksproxy.h"
#include "verbparser.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
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
    if (!result.policyResultType.isEmpty())
        policyLine += QStringLiteral(" [%1]").arg(safe(result.policyResultType));
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
        if (!host.resultType.isEmpty())
            out << " [" << safe(host.resultType) << ']';
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
    const QCommandLineOption resolverOption(
        QStringLiteral("resolver"), QCoreApplication::translate("Cli", "DNS resolver to use instead of the system's."),
        QStringLiteral("ADDR[@PORT]"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("Cli", "Extra trusted CA certificates (PEM); repeatable."), QStringLiteral("FILE"));
    const QCommandLineOption trustAnchorOption(
        QStringLiteral("trust-anchor"),
        QCoreApplication::translate("Cli", "DNSSEC trust anchor file instead of the root's."), QStringLiteral("FILE"));
    const QCommandLineOption rootHintsOption(
        QStringLiteral("root-hints"),
        QCoreApplication::translate("Cli", "Root servers (a root hints file) to ask directly when the resolver strips "
                                           "DNSSEC, instead of the internet's; for lab networks."),
        QStringLiteral("FILE"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QCoreApplication::translate("Cli", "Seconds per network step."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QCoreApplication::translate("Cli", "Domains checked at the same time."),
                                               QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption expiryOption(
        QStringLiteral("expiry-warning"),
        QCoreApplication::translate("Cli", "Warn about certificates expiring within this many days."),
        QStringLiteral("DAYS"), QStringLiteral("21"));
    const QCommandLineOption allowPrivateOption(
        QStringLiteral("allow-private"),
        QCoreApplication::translate("Cli", "Also connect to MX and policy hosts on loopback and private addresses "
                                           "(test networks); without it they get a finding and no connection."));
    const QCommandLineOption referenceMxOption(
        QStringLiteral("reference-mx"),
        QCoreApplication::translate("Cli", "An always-on MX host for the port 25 self-test, instead of the built-in "
                                           "ones; repeatable; \"none\" turns the self-test off."),
        QStringLiteral("HOST"));
    const QCommandLineOption referenceWebOption(
        QStringLiteral("reference-web"),
        QCoreApplication::translate("Cli", "An always-on web host (port 443) for the port 25 self-test, instead of "
                                           "the built-in ones; repeatable."),
        QStringLiteral("HOST"));
    const QCommandLineOption proxyOption(
        QStringLiteral("proxy"),
        QCoreApplication::translate("Cli", "Probe through this SOCKS5 proxy (e.g. from ssh -N -D 1080 server): the "
                                           "SMTP sessions and the policy fetch go through it, DNS stays local."),
        QStringLiteral("socks5://HOST:PORT"));
    for (const auto &option :
         {resolverOption, caFileOption, trustAnchorOption, rootHintsOption, timeoutOption, concurrencyOption,
          expiryOption, allowPrivateOption, referenceMxOption, referenceWebOption, proxyOption})
        verb.addOption(option);
    if (const auto stop = verb.parse(arguments, io, 1))
        return *stop;
    QCommandLineParser &parser = verb.parser();

    Check::CheckOptions options;
    options.environmentReferences = Check::defaultEnvironmentReferences();
    if (parser.isSet(referenceMxOption))
        options.environmentReferences.smtpHosts = parser.values(referenceMxOption);
    if (parser.isSet(referenceWebOption))
        options.environmentReferences.httpsHosts = parser.values(referenceWebOption);
    if (options.environmentReferences.smtpHosts == QStringList{QStringLiteral("none")})
        options.environmentReferences = {};
    bool ok = false;
    const double timeout = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 600)
        return verb.usageError(
            io, QCoreApplication::translate("Cli", "--timeout must be a number of seconds between 0 and 600."));
    options.setTimeoutSeconds(timeout);
    const int concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 1024)
        return verb.usageError(io, QCoreApplication::translate("Cli", "--concurrency must be between 1 and 1024."));
    const int expiryDays = parser.value(expiryOption).toInt(&ok);
    if (!ok || expiryDays < 0)
        return verb.usageError(io, QCoreApplication::translate("Cli", "--expiry-warning must be a number of days."));
    options.trust.expiryWarningDays = expiryDays;
    options.resolver.forwarder = parser.value(resolverOption);
    options.allowPrivateAddresses = parser.isSet(allowPrivateOption);
    if (parser.isSet(proxyOption)) {
        options.proxy = parser.value(proxyOption);
        QString problem;
        Net::SocksProxy::fromUrl(options.proxy, &problem);
        if (!problem.isEmpty())
            return verb.usageError(io, problem);
    }
    if (parser.isSet(resolverOption)) {
        if (const QString problem = Net::Resolver::forwarderProblem(options.resolver.forwarder); !problem.isEmpty())
            return verb.usageError(io, problem);
    }
    options.resolver.trustAnchorFile = parser.value(trustAnchorOption);
    options.resolver.rootHintsFile = parser.value(rootHintsOption);
    if (!options.resolver.rootHintsFile.isEmpty() && !QFileInfo(options.resolver.rootHintsFile).isReadable())
        return verb.usageError(io, QCoreApplication::translate("Cli", "cannot read the root hints file %1.")
                                       .arg(options.resolver.rootHintsFile));
    for (const QString &file : parser.values(caFileOption)) {
        if (!QFileInfo(file).isReadable()) {
            io.err << QCoreApplication::translate("Cli", "stsscope-cli check: cannot read CA file %1").arg(file)
                   << '\n';
            return CouldNotRun;
        }
        options.trust.caFiles.append(file);
    }

    Check::CheckService service;
    service.setMaxConcurrentChecks(concurrency);
    QMap<int, Check::CheckResult> results;
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
    QObject::connect(&service, &Check::CheckService::finished, &loop, [&](int id, const Check::CheckResult &result) {
        results.insert(id, result);
        if (!verb.json())
            printHuman(io.out, result);
        io.out.flush();
        if (results.size() == domains.size())
            loop.quit();
    });
    for (const QString &domain : domains)
        service.start(domain, options);
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
