// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A separate process for tst_reportlibrary to kill in the middle of an import:
//   reportlibrarywriter LIBRARY FILES REPORTS-PER-FILE
// stores FILES synthetic input files of REPORTS-PER-FILE reports each, one transaction per
// file, and prints "begin N" before and "committed N MS" after storing file N in MS ms.
#include "reportfixtures.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/reportlibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Sts::TlsRpt;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4)
        return 2;
    const int files = arguments.at(2).toInt();
    const int perFile = arguments.at(3).toInt();
    QTextStream out(stdout);
    ReportLibrary library(arguments.at(1));
    if (const auto opened = library.open(); !opened) {
        out << "error " << opened.error().message << Qt::endl;
        return 1;
    }
    const ReportImporter importer;
    for (int file = 0; file < files; ++file) {
        // Everything but the store happens before "begin", so that a kill after it lands in
        // the transaction.
        FileImport import;
        import.file = QStringLiteral("file-%1").arg(file);
        for (int i = 0; i < perFile; ++i)
            import.reports +=
                importer.importData(ReportFixtures::syntheticReport(file * perFile + i), import.file).reports;
        out << "begin " << file << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        if (const auto stored = library.store(import); !stored) {
            out << "error " << stored.error().message << Qt::endl;
            return 1;
        }
        out << "committed " << file << ' ' << timer.elapsed() << Qt::endl;
    }
    return 0;
}
