// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkoptionsparser.h"

#include "check/findingregistry.h"
#include "net/resolver.h"
#include "net/socksproxy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Sts::Cli {

CheckOptionsParser::CheckOptionsParser(VerbParser &verb)
    : m_verb(verb)
    , m_resolver(QStringLiteral("resolver"),
                 QCoreApplication::translate("Cli", "DNS resolver to use instead of the system's."),
                 QStringLiteral("ADDR[@PORT]"))
    , m_caFile(QStringLiteral("ca-file"),
               QCoreApplication::translate("Cli", "Extra trusted CA certificates (PEM); repeatable."),
               QStringLiteral("FILE"))
    , m_trustAnchor(QStringLiteral("trust-anchor"),
                    QCoreApplication::translate("Cli", "DNSSEC trust anchor file instead of the root's."),
                    QStringLiteral("FILE"))
    , m_rootHints(QStringLiteral("root-hints"),
                  QCoreApplication::translate("Cli", "Root servers (a root hints file) to ask directly when the "
                                                     "resolver strips DNSSEC, instead of the internet's; for lab "
                                                     "networks."),
                  QStringLiteral("FILE"))
    , m_timeout(QStringLiteral("timeout"), QCoreApplication::translate("Cli", "Seconds per network step."),
                QStringLiteral("S"), QStringLiteral("10"))
    , m_concurrencyOption(QStringLiteral("concurrency"),
                          QCoreApplication::translate("Cli", "Domains checked at the same time."), QStringLiteral("N"),
                          QStringLiteral("8"))
    , m_expiry(QStringLiteral("expiry-warning"),
               QCoreApplication::translate("Cli", "Warn about certificates expiring within this many days."),
               QStringLiteral("DAYS"), QStringLiteral("21"))
    , m_allowPrivate(QStringLiteral("allow-private"),
                     QCoreApplication::translate("Cli", "Also connect to MX and policy hosts on loopback and private "
                                                        "addresses (test networks); without it they get a finding "
                                                        "and no connection."))
    , m_referenceMx(QStringLiteral("reference-mx"),
                    QCoreApplication::translate("Cli", "An always-on MX host for the port 25 self-test, instead of "
                                                       "the built-in ones; repeatable; \"none\" turns the self-test "
                                                       "off."),
                    QStringLiteral("HOST"))
    , m_referenceWeb(QStringLiteral("reference-web"),
                     QCoreApplication::translate("Cli", "An always-on web host (port 443) for the port 25 self-test, "
                                                        "instead of the built-in ones; repeatable."),
                     QStringLiteral("HOST"))
    , m_proxy(QStringLiteral("proxy"),
              QCoreApplication::translate("Cli", "Probe through this SOCKS5 proxy (e.g. from ssh -N -D 1080 server): "
                                                 "the SMTP sessions and the policy fetch go through it, DNS stays "
                                                 "local."),
              QStringLiteral("socks5://HOST:PORT"))
{
    for (const auto &option : {m_resolver, m_caFile, m_trustAnchor, m_rootHints, m_timeout, m_concurrencyOption,
                               m_expiry, m_allowPrivate, m_referenceMx, m_referenceWeb, m_proxy})
        m_verb.addOption(option);
}

std::optional<int> CheckOptionsParser::read(Io io, Check::CheckOptions &options) const
{
    const QCommandLineParser &parser = m_verb.parser();
    options.environmentReferences = Check::defaultEnvironmentReferences();
    if (parser.isSet(m_referenceMx))
        options.environmentReferences.smtpHosts = parser.values(m_referenceMx);
    if (parser.isSet(m_referenceWeb))
        options.environmentReferences.httpsHosts = parser.values(m_referenceWeb);
    if (options.environmentReferences.smtpHosts == QStringList{QStringLiteral("none")})
        options.environmentReferences = {};
    bool ok = false;
    const double timeout = parser.value(m_timeout).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 600)
        return m_verb.usageError(
            io, QCoreApplication::translate("Cli", "--timeout must be a number of seconds between 0 and 600."));
    options.setTimeoutSeconds(timeout);
    m_concurrency = parser.value(m_concurrencyOption).toInt(&ok);
    if (!ok || m_concurrency < 1 || m_concurrency > 1024)
        return m_verb.usageError(io, QCoreApplication::translate("Cli", "--concurrency must be between 1 and 1024."));
    const int expiryDays = parser.value(m_expiry).toInt(&ok);
    if (!ok || expiryDays < 0)
        return m_verb.usageError(io, QCoreApplication::translate("Cli", "--expiry-warning must be a number of days."));
    options.trust.expiryWarningDays = expiryDays;
    options.resolver.forwarder = parser.value(m_resolver);
    options.allowPrivateAddresses = parser.isSet(m_allowPrivate);
    if (parser.isSet(m_proxy)) {
        options.proxy = parser.value(m_proxy);
        if (const Result<QNetworkProxy> proxy = Net::SocksProxy::fromUrl(options.proxy); !proxy)
            return m_verb.usageError(io, Check::displayMessage(proxy.error()));
    }
    if (parser.isSet(m_resolver)) {
        if (const Result<void> usable = Net::Resolver::checkForwarder(options.resolver.forwarder); !usable)
            return m_verb.usageError(io, Check::displayMessage(usable.error()));
    }
    options.resolver.trustAnchorFile = parser.value(m_trustAnchor);
    options.resolver.rootHintsFile = parser.value(m_rootHints);
    if (!options.resolver.rootHintsFile.isEmpty() && !QFileInfo(options.resolver.rootHintsFile).isReadable())
        return m_verb.usageError(io, QCoreApplication::translate("Cli", "cannot read the root hints file %1.")
                                         .arg(options.resolver.rootHintsFile));
    for (const QString &file : parser.values(m_caFile)) {
        if (!QFileInfo(file).isReadable()) {
            io.err << QCoreApplication::translate("Cli", "stsscope-cli: cannot read CA file %1").arg(file) << '\n';
            return CouldNotRun;
        }
        options.trust.caFiles.append(file);
    }
    return std::nullopt;
}

} // namespace Sts::Cli
