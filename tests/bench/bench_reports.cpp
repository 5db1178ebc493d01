// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the TLS-RPT path on a generated corpus:
//   bench_reports [--reports N] [--keep DIR | --corpus DIR]
// writes N synthetic reports as .json.gz, .eml and .json files (or reads those written with
// --keep before), then times the importer, the
// library (one transaction per file), loading from the library and the aggregation, and the
// plain Python script tests/bench/aggregate_reports.py on the same files.
#include "reportfixtures.h"
#include "tlsrpt/reportaggregator.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/reportlibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Sts::TlsRpt;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Corpus
{
    QStringList files;
    qint64 reports = 0;
    qint64 diskBytes = 0;
    qint64 jsonBytes = 0;
    int gz = 0;
    int eml = 0;
    int json = 0;
};

//! As a mailbox export looks: most reports gzip files, some still in their mail, some plain.
Corpus writeCorpus(const QString &folder, int count)
{
    Corpus corpus;
    for (int i = 0; i < count; ++i) {
        const QByteArray json = ReportFixtures::syntheticReport(i);
        QByteArray content;
        QString name;
        switch (i % 10) {
        case 0:
            name = QStringLiteral("%1.json").arg(i);
            content = json;
            ++corpus.json;
            break;
        case 1:
        case 2:
            name = QStringLiteral("%1.eml").arg(i);
            content =
                ReportFixtures::reportMessage(ReportFixtures::gzip(json), QStringLiteral("application/tlsrpt+gzip"),
                                              QStringLiteral("report-%1.json.gz").arg(i));
            ++corpus.eml;
            break;
        default:
            name = QStringLiteral("%1.json.gz").arg(i);
            content = ReportFixtures::gzip(json);
            ++corpus.gz;
            break;
        }
        // A thousand files per folder, as mail clients export them.
        const QString subfolder = folder + u'/' + QString::number(i / 1000);
        if (i % 1000 == 0)
            QDir().mkpath(subfolder);
        const QString path = subfolder + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        corpus.files.append(path);
        corpus.diskBytes += content.size();
        corpus.jsonBytes += json.size();
        ++corpus.reports;
    }
    return corpus;
}

//! A corpus written before with --keep, as it is on disk.
Corpus readCorpus(const QString &folder)
{
    Corpus corpus;
    QList<Rejection> missing;
    for (const InputFile &file : ReportImporter::collectFiles({folder}, &missing)) {
        corpus.files.append(file.path);
        corpus.diskBytes += QFileInfo(file.path).size();
        corpus.gz += file.path.endsWith(u".gz");
        corpus.eml += file.path.endsWith(u".eml");
        corpus.json += file.path.endsWith(u".json");
    }
    if (!missing.isEmpty() || corpus.files.isEmpty())
        qFatal("no corpus in %s", qPrintable(folder));
    return corpus;
}

double megabytes(qint64 bytes)
{
    return double(bytes) / 1e6;
}

void line(const QString &what, double seconds, const QString &rest = {})
{
    out() << what.leftJustified(44) << QString::number(seconds * 1000, 'f', 1).rightJustified(9) << " ms  " << rest
          << Qt::endl;
}

QString rates(qint64 reports, double seconds, qint64 diskBytes, qint64 jsonBytes)
{
    QString text = QStringLiteral("%1 reports/s").arg(qRound64(double(reports) / seconds));
    if (diskBytes > 0)
        text += QStringLiteral(", %1 MB/s of files").arg(megabytes(diskBytes) / seconds, 0, 'f', 1);
    if (jsonBytes > 0)
        text += QStringLiteral(", %1 MB/s of JSON").arg(megabytes(jsonBytes) / seconds, 0, 'f', 1);
    return text;
}

QList<FileImport> importAll(const QStringList &files, QThreadPool *pool)
{
    const ReportImporter importer;
    return QtConcurrent::blockingMapped<QList<FileImport>>(pool, files, [&importer](const QString &file) {
        return importer.importFile(InputFile{file, true});
    });
}

qint64 peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

template <typename Function>
double seconds(Function &&function)
{
    QElapsedTimer timer;
    timer.start();
    function();
    return double(timer.nsecsElapsed()) / 1e9;
}

//! The median of \a runs timings, for the short measurements.
template <typename Function>
double median(int runs, Function &&function)
{
    QList<double> timings;
    for (int i = 0; i < runs; ++i)
        timings.append(seconds(function));
    std::sort(timings.begin(), timings.end());
    return timings.at(runs / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Throughput of importing, storing and aggregating TLS-RPT reports."));
    parser.addHelpOption();
    const QCommandLineOption reportsOption(QStringLiteral("reports"), QStringLiteral("Reports in the corpus."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Write the corpus here and keep it."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption corpusOption(
        QStringLiteral("corpus"), QStringLiteral("Read the corpus written with --keep before."), QStringLiteral("DIR"));
    parser.addOption(reportsOption);
    parser.addOption(keepOption);
    parser.addOption(corpusOption);
    parser.process(app);
    const int count = std::max(1, parser.value(reportsOption).toInt());

    QTemporaryDir scratch;
    const QString folder = parser.isSet(corpusOption) ? parser.value(corpusOption)
                           : parser.isSet(keepOption) ? parser.value(keepOption)
                                                      : scratch.filePath(QStringLiteral("corpus"));
    const QString libraryPath = scratch.filePath(QStringLiteral("library.sqlite"));

    Corpus corpus;
    const double generation =
        seconds([&] { corpus = parser.isSet(corpusOption) ? readCorpus(folder) : writeCorpus(folder, count); });
    if (parser.isSet(corpusOption)) {
        // Count what is there; this also brings the files into the page cache, as writing does.
        const ReportImporter importer;
        for (const QString &file : std::as_const(corpus.files)) {
            for (const ImportedReport &report : importer.importFile(InputFile{file, true}).reports) {
                ++corpus.reports;
                corpus.jsonBytes += report.rawJson.size();
            }
        }
    }
    out() << QStringLiteral("corpus: %1 reports in %2 files (%3 .json.gz, %4 .eml, %5 .json), %6 MB of files, "
                            "%7 MB of JSON; %8 threads")
                 .arg(corpus.reports)
                 .arg(corpus.files.size())
                 .arg(corpus.gz)
                 .arg(corpus.eml)
                 .arg(corpus.json)
                 .arg(megabytes(corpus.diskBytes), 0, 'f', 1)
                 .arg(megabytes(corpus.jsonBytes), 0, 'f', 1)
                 .arg(QThreadPool::globalInstance()->maxThreadCount())
          << Qt::endl;
    line(QStringLiteral("generating the corpus"), generation);

    QThreadPool single;
    single.setMaxThreadCount(1);
    QList<FileImport> imports;
    const double importOne = seconds([&] { imports = importAll(corpus.files, &single); });
    line(QStringLiteral("import, 1 thread"), importOne,
         rates(corpus.reports, importOne, corpus.diskBytes, corpus.jsonBytes));
    const double importAllThreads = seconds([&] { imports = importAll(corpus.files, QThreadPool::globalInstance()); });
    line(QStringLiteral("import, QtConcurrent"), importAllThreads,
         rates(corpus.reports, importAllThreads, corpus.diskBytes, corpus.jsonBytes));
    qint64 imported = 0;
    for (const FileImport &import : std::as_const(imports)) {
        imported += import.reports.size();
        if (!import.rejections.isEmpty())
            qFatal("rejected: %s", qPrintable(import.rejections.constFirst().error()));
    }
    if (imported != corpus.reports)
        qFatal("imported %lld of %lld reports", imported, corpus.reports);

    ReportLibrary library(libraryPath);
    if (const auto opened = library.open(); !opened)
        qFatal("%s", qPrintable(opened.error().message));
    const auto storeAll = [&](qint64 *added) {
        for (const FileImport &import : std::as_const(imports)) {
            const auto stored = library.store(import);
            if (!stored)
                qFatal("%s", qPrintable(stored.error().message));
            *added += stored->added;
        }
    };
    qint64 added = 0;
    const double store = seconds([&] { storeAll(&added); });
    line(QStringLiteral("library store, one transaction per file"), store, rates(added, store, 0, corpus.jsonBytes));
    qint64 addedAgain = 0;
    const double storeAgain = seconds([&] { storeAll(&addedAgain); });
    line(QStringLiteral("library re-import, all duplicates"), storeAgain, QStringLiteral("%1 added").arg(addedAgain));

    QList<Report> reports;
    const double load = seconds([&] { reports = reportsOf(library.reports().value()); });
    line(QStringLiteral("library load, every report"), load, rates(reports.size(), load, 0, 0));

    Aggregation aggregation;
    const double aggregateConcurrent =
        median(9, [&] { aggregation = ReportAggregator::aggregateConcurrently(reports).result(); });
    line(QStringLiteral("aggregation, QtConcurrent (median of 9)"), aggregateConcurrent,
         rates(aggregation.reports, aggregateConcurrent, 0, 0));
    const double aggregateSequential = median(9, [&] { ReportAggregator::aggregate(reports); });
    line(QStringLiteral("aggregation, one thread (median of 9)"), aggregateSequential);
    const double filtered = median(9, [&] {
        ReportAggregator::aggregateConcurrently(reports, ReportFilter{ReportFixtures::syntheticFirstDay().addDays(10),
                                                                      ReportFixtures::syntheticFirstDay().addDays(19),
                                                                      QStringLiteral("example.net")})
            .result();
    });
    line(QStringLiteral("aggregation, 10 days of one domain"), filtered);

    const double fromFiles = importAllThreads + aggregateConcurrent;
    const double fromLibrary = load + aggregateConcurrent;
    line(QStringLiteral("files to figures: import + aggregate"), fromFiles);
    line(QStringLiteral("files into the library: import + store"), importAllThreads + store);
    line(QStringLiteral("library to figures: load + aggregate"), fromLibrary);
    out() << QStringLiteral("totals: %1 reports, %2 successful, %3 failed sessions; peak memory %4 MB")
                 .arg(aggregation.reports)
                 .arg(aggregation.totals.successful)
                 .arg(aggregation.totals.failed)
                 .arg(peakRssMegabytes())
          << Qt::endl;

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString script = QStringLiteral(STS_BENCH_DIR "/aggregate_reports.py");
    if (python.isEmpty()) {
        out() << "python3 not found: no baseline" << Qt::endl;
        return 0;
    }
    QProcess baseline;
    baseline.start(python, {script, folder});
    if (!baseline.waitForFinished(-1) || baseline.exitCode() != 0) {
        out() << "the Python baseline failed: " << baseline.readAllStandardError() << Qt::endl;
        return 1;
    }
    const QJsonObject result = QJsonDocument::fromJson(baseline.readAllStandardOutput()).object();
    const double pythonSeconds = result.value(QStringLiteral("seconds")).toDouble();
    line(QStringLiteral("python3 json script, files to figures"), pythonSeconds);
    const bool same = result.value(QStringLiteral("reports")).toInteger() == aggregation.reports &&
                      result.value(QStringLiteral("successful")).toInteger() == aggregation.totals.successful &&
                      result.value(QStringLiteral("failed")).toInteger() == aggregation.totals.failed;
    out() << QStringLiteral("python totals %1 ours").arg(same ? QStringLiteral("equal") : QStringLiteral("DIFFER FROM"))
          << Qt::endl;
    out() << QStringLiteral("ratio python / StsScope: files to figures %1x (one import thread: %2x), "
                            "library to figures %3x")
                 .arg(pythonSeconds / fromFiles, 0, 'f', 1)
                 .arg(pythonSeconds / (importOne + aggregateSequential), 0, 'f', 1)
                 .arg(pythonSeconds / fromLibrary, 0, 'f', 1)
          << Qt::endl;
    return same ? 0 : 1;
}
