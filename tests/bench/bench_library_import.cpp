// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's import of report files into its library, without a window:
//   bench_library_import --library FILE [--no-load] FILE|DIR...
// drives the ReportLibraryWorker (the object the Reports page's service runs in its thread) as
// the window does: open the library, import the files, and, when reports were added, load the
// library for the dashboard. It prints what the import did and the peak RSS (getrusage) when
// the import finished, before that load; run it under /usr/bin/time -v for the whole process.
// With --no-load it exits when the import finished. bench_import_memory.sh runs it.
#include "tlsrpt/reportlibraryworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>

using Sts::TlsRpt::ImportSummary;
using Sts::TlsRpt::ReportLibraryWorker;

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           QStringLiteral("The library file to import into."), QStringLiteral("FILE"));
    const QCommandLineOption noLoadOption(
        QStringLiteral("no-load"), QStringLiteral("Exit when the import finished, before the dashboard's load."));
    parser.addOption(libraryOption);
    parser.addOption(noLoadOption);
    parser.addPositionalArgument(QStringLiteral("FILE|DIR"), QStringLiteral("Report files and folders."));
    parser.process(app);
    if (!parser.isSet(libraryOption) || parser.positionalArguments().isEmpty())
        parser.showHelp(2);
    const bool noLoad = parser.isSet(noLoadOption);

    auto canceled = std::make_shared<std::atomic<int>>(0);
    ReportLibraryWorker worker(canceled);
    QElapsedTimer timer;
    bool opened = false; // the first load is that of the library as it was opened
    QObject::connect(&worker, &ReportLibraryWorker::openFailed, &app, [](const QString &error) {
        std::fprintf(stderr, "cannot open the library: %s\n", qPrintable(error));
        std::exit(3);
    });
    QObject::connect(&worker, &ReportLibraryWorker::importFinished, &app, [&](const ImportSummary &summary) {
        std::printf("import: %d files, %d reports added, %d duplicates, %d rejected, %.1f s, peak RSS %ld KiB\n",
                    summary.filesRead, summary.reportsAdded, summary.duplicates, summary.rejected,
                    double(timer.elapsed()) / 1000, peakRssKiB());
        std::fflush(stdout);
        if (noLoad || summary.reportsAdded == 0)
            std::_Exit(0); // before the worker loads the library for the dashboard, or nothing to load
    });
    QObject::connect(&worker, &ReportLibraryWorker::reportsLoaded, &app,
                     [&](const QList<Sts::TlsRpt::StoredReport> &reports, const QString &error) {
                         if (!std::exchange(opened, true))
                             return;
                         std::printf("load: %lld reports%s%s, peak RSS %ld KiB\n", qint64(reports.size()),
                                     error.isEmpty() ? "" : ", ", qPrintable(error), peakRssKiB());
                         QCoreApplication::quit();
                     });
    worker.open(parser.value(libraryOption));
    timer.start();
    worker.import(1, parser.positionalArguments());
    return app.exec();
}
