// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("stsscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
    parser.addOptions({resolverOption, caFileOption, trustAnchorOption});
    parser.addPositionalArgument(
        QStringLiteral("domain"),
        QApplication::translate("main", "Domains to check at start, and TLS-RPT report files or folders to import."),
        QStringLiteral("[DOMAIN|FILE...]"));
    parser.process(app);

    Sts::Check::CheckOptions options;
    options.resolver.forwarder = parser.value(resolverOption);
    options.resolver.trustAnchorFile = parser.value(trustAnchorOption);
    options.trust.caFiles = parser.values(caFileOption);
    Sts::Ui::MainWindow window(options);
    window.show();
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
