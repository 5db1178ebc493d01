// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report library worker's import, without a window: what it holds while it imports.
#include "reportfixtures.h"
#include "tlsrpt/heldreports.h"
#include "tlsrpt/reportlibrary.h"
#include "tlsrpt/reportlibraryworker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Sts;
using Sts::TlsRpt::ImportSummary;
using Sts::TlsRpt::ReportLibraryWorker;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestReportLibraryWorker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importHoldsOneReportAtATime();
};

// Issue 18: the GUI's import stores each report as it is read, in the file's transaction, and
// holds no file's reports at once: an mbox of sixty reports and a zip of thirty never have more
// than a couple alive.
void TestReportLibraryWorker::importHoldsOneReportAtATime()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<QByteArray> messages;
    for (int i = 0; i < 60; ++i)
        messages.append(ReportFixtures::reportMessage(ReportFixtures::gzip(ReportFixtures::syntheticReport(i)),
                                                      u"application/tlsrpt+gzip"_qs,
                                                      QStringLiteral("r%1.json.gz").arg(i)));
    messages.append(messages.at(3)); // the same report twice
    writeFile(dir.filePath(u"box.mbox"_qs), ReportFixtures::mbox(messages));
    ReportFixtures::ZipEntries entries;
    for (int i = 60; i < 90; ++i)
        entries.append({QStringLiteral("r%1.json").arg(i), ReportFixtures::syntheticReport(i)});
    writeFile(dir.filePath(u"reports.zip"_qs), ReportFixtures::zip(entries));

    ReportLibraryWorker worker(std::make_shared<std::atomic<int>>(0));
    QSignalSpy loaded(&worker, &ReportLibraryWorker::reportsLoaded);
    QSignalSpy finished(&worker, &ReportLibraryWorker::importFinished);
    worker.open(dir.filePath(u"library.sqlite"_qs));
    QCOMPARE(loaded.size(), 1);

    const qint64 before = TlsRpt::HeldReports::alive();
    TlsRpt::HeldReports::resetPeak();
    worker.import(1, {dir.filePath(u"box.mbox"_qs), dir.filePath(u"reports.zip"_qs)});
    QVERIFY(finished.wait(60000));
    const auto summary = finished.constFirst().constFirst().value<ImportSummary>();
    QVERIFY(!summary.canceled);
    QCOMPARE(summary.filesRead, 2);
    QCOMPARE(summary.reportsAdded, 90);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(summary.rejected, 0);
    QVERIFY2(TlsRpt::HeldReports::peak() - before <= 2,
             qPrintable(QStringLiteral("%1 reports held at once").arg(TlsRpt::HeldReports::peak() - before)));

    // Then the worker loads the library for the dashboard: every report, whole.
    QVERIFY(loaded.size() == 2 || loaded.wait(10000));
    const auto reports = loaded.last().constFirst().value<QList<TlsRpt::StoredReport>>();
    QCOMPARE(reports.size(), 90);
}

QTEST_MAIN(TestReportLibraryWorker)
#include "tst_reportlibraryworker.moc"
