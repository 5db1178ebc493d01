// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stsscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Sts::Cli::CouldNotRun;
    return Sts::Cli::CliApplication::run(QCoreApplication::arguments(), {out, err, in});
}
