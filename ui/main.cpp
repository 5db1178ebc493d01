// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
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
    parser.process(app);

    Sts::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
