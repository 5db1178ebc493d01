// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/findingregistry.h"
#include "firstframeprobe.h"
#include "mainwindow.h"
#include "net/resolver.h"
#include "net/socksproxy.h"
#include "settings/appearance.h"
#include "settings/appsettings.h"
#include "settings/languageloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The icons live in the static stsscope_ui library, whose resource initialiser the linker
    // would otherwise drop.
    Q_INIT_RESOURCE(stsscope);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("StsScope"));
    QApplication::setOrganizationName(QStringLiteral("StsScope"));
    QApplication::setOrganizationDomain(QStringLiteral("stsscope.org"));
    QApplication::setApplicationVersion(QStringLiteral(STS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(STS_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stsscope.svg")));

    const Sts::Ui::AppSettings settings = Sts::Ui::AppSettings::load();
    if (settings.colorScheme != Sts::Ui::AppSettings::ColorScheme::System)
        Sts::Ui::Appearance::apply(settings.colorScheme);
    // The language chosen in Settings, else the system's.
    Sts::Ui::LanguageLoader languageLoader;
    languageLoader.install(settings.language.isEmpty() ? QLocale() : QLocale(settings.language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Shows whether mail to a domain is protected in transit (MTA-STS, TLS-RPT, STARTTLS, DANE)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption resolverOption(
        QStringLiteral("resolver"), QApplication::translate("main", "DNS resolver to use instead of the system's."),
        QStringLiteral("ADDR[@PORT]"));
    const QCommandLineOption caFileOption(QStringLiteral("ca-file"),
                                          QApplication::translate("main", "Extra trusted CA certificates (PEM)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption trustAnchorOption(
        QStringLiteral("trust-anchor"),
        QApplication::translate("main", "DNSSEC trust anchor file instead of the root's."), QStringLiteral("FILE"));
    const QCommandLineOption allowPrivateOption(
        QStringLiteral("allow-private"),
        QApplication::translate("main", "Also connect to MX and policy hosts on loopback and private addresses "
                                        "(test networks)."));
    const QCommandLineOption proxyOption(
        QStringLiteral("proxy"), QApplication::translate("main", "Probe through this SOCKS5 proxy; DNS stays local."),
        QStringLiteral("socks5://HOST:PORT"));
    parser.addOptions({resolverOption, caFileOption, trustAnchorOption, allowPrivateOption, proxyOption});
    parser.addPositionalArgument(
        QStringLiteral("domain"),
        QApplication::translate("main", "Domains to check at start, and TLS-RPT report files or folders to import."),
        QStringLiteral("[DOMAIN|FILE...]"));
    parser.process(app);

    // The command line overrides the saved settings for this session.
    Sts::Check::CheckOptions options;
    settings.applyTo(options);
    if (parser.isSet(resolverOption)) {
        options.resolver.forwarder = parser.value(resolverOption);
        if (const Sts::Result<void> usable = Sts::Net::Resolver::checkForwarder(options.resolver.forwarder); !usable) {
            std::fputs(
                qPrintable(
                    QStringLiteral("stsscope: --resolver: %1\n").arg(Sts::Check::displayMessage(usable.error()))),
                stderr);
            return 2;
        }
    }
    if (parser.isSet(trustAnchorOption))
        options.resolver.trustAnchorFile = parser.value(trustAnchorOption);
    if (parser.isSet(caFileOption))
        options.trust.caFiles = parser.values(caFileOption);
    if (parser.isSet(allowPrivateOption))
        options.allowPrivateAddresses = true;
    if (parser.isSet(proxyOption)) {
        options.proxy = parser.value(proxyOption);
        if (const auto proxy = Sts::Net::SocksProxy::fromUrl(options.proxy); !proxy) {
            std::fputs(
                qPrintable(QStringLiteral("stsscope: --proxy: %1\n").arg(Sts::Check::displayMessage(proxy.error()))),
                stderr);
            return 2;
        }
    }
    Sts::Ui::MainWindow window(options);
    window.show();
    Sts::Ui::FirstFrameProbe::watch(window.windowHandle()); // start-up time, with the trace on
    // What exists on disk is a report file or folder to import; everything else is a domain.
    QStringList reports;
    for (const QString &argument : parser.positionalArguments()) {
        if (QFileInfo::exists(argument))
            reports.append(argument);
        else
            window.checkDomain(argument);
    }
    window.openReports(reports);
    return QApplication::exec();
}
