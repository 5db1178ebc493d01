// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixtures.h"
#include "tlsrpt/reportaggregator.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/reportlibrary.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <limits>

using namespace Sts;
using namespace Sts::TlsRpt;

namespace {

//! A second, independent connection to a library file, to look at what was really written.
class SqlProbe
{
public:
    explicit SqlProbe(const QString &path)
        : m_name(QStringLiteral("probe-%1").arg(++s_serial))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_name);
        database.setDatabaseName(path);
        if (!database.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~SqlProbe() { QSqlDatabase::removeDatabase(m_name); }
    Q_DISABLE_COPY_MOVE(SqlProbe)

    //! The rows of \a sql, each row's columns joined with "|".
    QStringList rows(const QString &sql) const
    {
        QStringList result;
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            result.append(columns.join(u'|'));
        }
        return result;
    }
    QString value(const QString &sql) const { return rows(sql).value(0); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql);
    }

private:
    static inline int s_serial = 0;
    QString m_name;
};

//! For QVERIFY2, which evaluates its message even when the check passes.
template <typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QList<FileImport> importRealSamples()
{
    QList<FileImport> imports;
    const ReportImporter importer;
    for (const InputFile &file : ReportImporter::collectFiles({ReportFixtures::dataPath(QString())}, nullptr))
        imports.append(importer.importFile(file));
    return imports;
}

//! A file of \a count synthetic reports, numbered from \a first.
FileImport syntheticFile(const QString &name, int first, int count)
{
    FileImport import;
    import.file = name;
    const ReportImporter importer;
    for (int i = first; i < first + count; ++i)
        import.reports += importer.importData(ReportFixtures::syntheticReport(i), name).reports;
    return import;
}

} // namespace

class TestReportLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void storeRealSamples();
    void reimportAddsNothing();
    void rowsSupportAggregationInSql();
    void filteredQueries();
    void failedImportLeavesNothing();
    void killedImportLeavesNoHalfReport();
    void reopen();
    void removeDeletesWholeReports();
    void refusesForeignAndNewerFiles_data();
    void refusesForeignAndNewerFiles();
    void createsItsFolder();
    void storesReportByReport();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString libraryPath() const { return m_dir->filePath(u"reports.sqlite"_qs); }
};

void TestReportLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReportLibrary::storeRealSamples()
{
    ReportLibrary library(libraryPath());
    QVERIFY(library.open().ok());
    const QList<FileImport> imports = importRealSamples();
    QCOMPARE(imports.size(), 31); // 23 files and 8 extracted attachments
    int added = 0;
    int duplicates = 0;
    QHash<QString, Report> firstSeen;
    QHash<QString, QByteArray> firstRaw;
    for (const FileImport &import : imports) {
        QCOMPARE(import.reports.size(), 1);
        const auto stored = library.store(import);
        QVERIFY2(stored.ok(), errorOf(stored).constData());
        added += stored->added;
        duplicates += stored->duplicates;
        const ImportedReport &imported = import.reports.constFirst();
        const QString key = imported.report.reportId + u'\x1f' + imported.report.organization;
        if (!firstSeen.contains(key)) {
            firstSeen.insert(key, imported.report);
            firstRaw.insert(key, imported.rawJson);
        }
    }
    // The same Google report arrives three times (bradshaw .json, .eml, extracted .gz), the
    // isseis, mox and parsedmarc mails twice (.eml and extracted), stalwart rpt02 and the
    // neztore Microsoft report twice each: 20 distinct reports.
    QCOMPARE(added, 20);
    QCOMPARE(duplicates, 11);
    QCOMPARE(library.reportCount().value(), 20);

    // What comes back is what went in, with the raw JSON byte for byte.
    const auto stored = library.reports();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 20);
    for (const StoredReport &entry : stored.value()) {
        const QString key = entry.report.reportId + u'\x1f' + entry.report.organization;
        QCOMPARE(entry.report, firstSeen.value(key));
        QCOMPARE(library.rawJson(entry.id).value(), firstRaw.value(key));
        QVERIFY(entry.source.startsWith(entry.file));
        QVERIFY(entry.importedAt.isValid());
    }
    QVERIFY(library.rawJson(999999).value().isEmpty());
    // Warnings of the import are kept with the report.
    const auto microsoft = std::find_if(stored->cbegin(), stored->cend(), [](const StoredReport &entry) {
        return entry.report.reportId == u"133198585438131172+test.xmox.nl";
    });
    QVERIFY(microsoft != stored->cend());
    QVERIFY(containsCode(microsoft->findings, u"tlsrpt.report.date-without-zone"_qs));
}

void TestReportLibrary::reimportAddsNothing()
{
    ReportLibrary library(libraryPath());
    QVERIFY(library.open().ok());
    const QList<FileImport> imports = importRealSamples();
    for (const FileImport &import : imports)
        QVERIFY(library.store(import).ok());
    const QStringList before =
        SqlProbe(libraryPath())
            .rows(
                u"SELECT (SELECT COUNT(*) FROM reports), (SELECT COUNT(*) FROM policies), (SELECT COUNT(*) FROM failures)"_qs);

    int duplicates = 0;
    for (const FileImport &import : imports) {
        const auto stored = library.store(import);
        QVERIFY(stored.ok());
        QCOMPARE(stored->added, 0);
        duplicates += stored->duplicates;
        QCOMPARE(stored->notes.size(), 1);
        QCOMPARE(stored->notes.constFirst().code, u"tlsrpt.import.duplicate"_qs);
    }
    QCOMPARE(duplicates, imports.size());
    QCOMPARE(SqlProbe(libraryPath())
                 .rows(u"SELECT (SELECT COUNT(*) FROM reports), (SELECT COUNT(*) FROM policies), "
                       u"(SELECT COUNT(*) FROM failures)"_qs),
             before);

    // Twice in one file: counted once, the second named as a duplicate of the first.
    FileImport twice = syntheticFile(u"twice.zip"_qs, 500, 1);
    twice.reports.append(twice.reports.constFirst());
    twice.reports[1].source = u"twice.zip/copy.json"_qs;
    const auto stored = library.store(twice);
    QVERIFY(stored.ok());
    QCOMPARE(stored->added, 1);
    QCOMPARE(stored->duplicates, 1);
    QVERIFY(stored->notes.constFirst().message.contains(u"twice.zip"));
}

// Per-policy and per-failure rows: the figures an SQL GROUP BY gives are those of the
// in-memory aggregation of the same reports.
void TestReportLibrary::rowsSupportAggregationInSql()
{
    ReportLibrary library(libraryPath());
    QVERIFY(library.open().ok());
    QVERIFY(library.store(syntheticFile(u"a"_qs, 0, 400)).ok());
    for (const FileImport &import : importRealSamples())
        QVERIFY(library.store(import).ok());
    const Aggregation memory = ReportAggregator::aggregate(reportsOf(library.reports().value()));
    QCOMPARE(memory.reports, 420);

    const SqlProbe sql(libraryPath());
    QCOMPARE(sql.value(u"SELECT SUM(successful) || '|' || SUM(failed) FROM policies"_qs),
             QStringLiteral("%1|%2").arg(memory.totals.successful).arg(memory.totals.failed));
    QStringList expectedDays;
    for (auto it = memory.perDay.cbegin(); it != memory.perDay.cend(); ++it)
        expectedDays.append(QStringLiteral("%1|%2|%3")
                                .arg(it.key().toString(Qt::ISODate))
                                .arg(it.value().successful)
                                .arg(it.value().failed));
    QCOMPARE(sql.rows(u"SELECT r.day, SUM(p.successful), SUM(p.failed) FROM policies p JOIN reports r "
                      u"ON r.id = p.report GROUP BY r.day ORDER BY r.day"_qs),
             expectedDays);
    QStringList expectedTypes;
    for (auto it = memory.failedPerResultType.cbegin(); it != memory.failedPerResultType.cend(); ++it)
        expectedTypes.append(it.key() + u'|' + QString::number(it.value()));
    QCOMPARE(sql.rows(u"SELECT result_type, SUM(failed_session_count) FROM failures GROUP BY result_type "
                      u"ORDER BY result_type"_qs),
             expectedTypes);
    // The report rows carry the sums of their policies.
    QCOMPARE(sql.value(u"SELECT COUNT(*) FROM reports r WHERE r.successful != "
                       u"(SELECT SUM(p.successful) FROM policies p WHERE p.report = r.id)"_qs),
             u"0"_qs);
}

void TestReportLibrary::filteredQueries()
{
    ReportLibrary library(libraryPath());
    QVERIFY(library.open().ok());
    QVERIFY(library.store(syntheticFile(u"a"_qs, 0, 300)).ok());
    // Synthetic report i counts for day (i / 15) % 60 from 2024-03-01, domain (i / 5) % 3.
    const auto count = [&](const ReportFilter &filter) { return library.reports(filter).value().size(); };
    QCOMPARE(count({}), 300);
    QCOMPARE(count({QDate(2024, 3, 1), QDate(2024, 3, 1), QString()}), 15);
    QCOMPARE(count({QDate(2024, 3, 5), QDate(2024, 3, 6), QString()}), 30);
    QCOMPARE(count({QDate(2024, 3, 20), QDate(), QString()}), 15); // 300 reports cover 20 days
    QCOMPARE(count({QDate(2024, 3, 21), QDate(), QString()}), 0);
    QCOMPARE(count({QDate(), QDate(2024, 3, 2), u"EXAMPLE.NET"_qs}), 10);
    const QList<StoredReport> ordered = library.reports().value();
    QVERIFY(std::is_sorted(ordered.cbegin(), ordered.cend(), [](const StoredReport &a, const StoredReport &b) {
        return a.report.start < b.report.start;
    }));
}

// A store that fails halfway (here: a trigger that refuses the third report's failure
// detail) keeps nothing of the file.
void TestReportLibrary::failedImportLeavesNothing()
{
    ReportLibrary library(libraryPath());
    QVERIFY(library.open().ok());
    QVERIFY(SqlProbe(libraryPath())
                .exec(u"CREATE TRIGGER refuse BEFORE INSERT ON failures WHEN NEW.result_type = 'injected' "
                      u"BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_qs));
    FileImport import = syntheticFile(u"three.zip"_qs, 0, 3);
    FailureDetail injected;
    injected.resultTypeName = u"injected"_qs;
    injected.failedSessionCount = 1;
    import.reports[2].report.policies[0].failureDetails.append(injected);

    const auto stored = library.store(import);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, u"tlsrpt.library.write-failed"_qs);
    QVERIFY(stored.error().message.contains(u"injected failure"));
    const SqlProbe sql(libraryPath());
    QCOMPARE(sql.rows(u"SELECT (SELECT COUNT(*) FROM reports), (SELECT COUNT(*) FROM policies), "
                      u"(SELECT COUNT(*) FROM failures)"_qs),
             QStringList{u"0|0|0"_qs});

    // The library is usable afterwards: no transaction was left open.
    QVERIFY(sql.exec(u"DROP TRIGGER refuse"_qs));
    const auto again = library.store(import);
    QVERIFY2(again.ok(), errorOf(again).constData());
    QCOMPARE(again->added, 3);
}

// A separate process stores files of 2000 reports; it is killed with SIGKILL in the middle of
// storing the fourth, half as long after it began as the quickest of the first three took.
// The three files before are there in full, the fourth not at all.
void TestReportLibrary::killedImportLeavesNoHalfReport()
{
    constexpr int PerFile = 2000;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(STS_LIBRARY_WRITER), {libraryPath(), u"100"_qs, QString::number(PerFile)});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QByteArray output;
    while (!output.contains("begin 3\n")) {
        QVERIFY2(writer.waitForReadyRead(120000), output.constData());
        output += writer.readAllStandardOutput();
    }
    qint64 quickest = std::numeric_limits<qint64>::max();
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            quickest = std::min(quickest, line.split(' ').value(2).toLongLong());
    }
    QVERIFY(quickest > 0 && quickest < std::numeric_limits<qint64>::max());
    QThread::msleep(quint64(quickest / 2));
    writer.kill();
    QVERIFY(writer.waitForFinished());
    output += writer.readAllStandardOutput();
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QVERIFY2(output.endsWith("begin 3\n"), output.constData()); // killed inside the transaction

    {
        const SqlProbe sql(libraryPath());
        QCOMPARE(sql.value(u"PRAGMA integrity_check"_qs), u"ok"_qs);
        QCOMPARE(sql.value(u"PRAGMA foreign_key_check"_qs), QString());
        QCOMPARE(sql.rows(u"SELECT file, COUNT(*) FROM reports GROUP BY file ORDER BY file"_qs),
                 (QStringList{u"file-0|2000"_qs, u"file-1|2000"_qs, u"file-2|2000"_qs}));
        // Every report has its policy, and every policy all its failure details.
        QCOMPARE(sql.value(u"SELECT COUNT(*) FROM policies"_qs), u"6000"_qs);
        QCOMPARE(
            sql.value(u"SELECT COUNT(*) FROM policies p WHERE p.failed != "
                      u"(SELECT COALESCE(SUM(f.failed_session_count), 0) FROM failures f WHERE f.policy = p.id)"_qs),
            u"0"_qs);
    }
    ReportLibrary library(libraryPath());
    QVERIFY(library.open().ok());
    QCOMPARE(library.reportCount().value(), 3 * PerFile);
    const auto stored = library.store(syntheticFile(u"file-3"_qs, 3 * PerFile, PerFile));
    QVERIFY(stored.ok());
    QCOMPARE(stored->added, PerFile);
}

void TestReportLibrary::reopen()
{
    {
        ReportLibrary library(libraryPath());
        QVERIFY(library.open().ok());
        QVERIFY(library.store(syntheticFile(u"a"_qs, 0, 10)).ok());
        library.close();
        QVERIFY(!library.isOpen());
        QVERIFY(!library.store(syntheticFile(u"b"_qs, 10, 1)).ok());
        QVERIFY(library.open().ok());
        QCOMPARE(library.reportCount().value(), 10);
    }
    ReportLibrary library(libraryPath());
    QVERIFY(library.open().ok());
    QVERIFY(library.open().ok()); // opening an open library is harmless
    QCOMPARE(library.reportCount().value(), 10);
    QCOMPARE(SqlProbe(libraryPath()).value(u"PRAGMA user_version"_qs), QString::number(ReportLibrary::SchemaVersion));
    // Two instances on one file, as the GUI and the CLI might: both see every commit.
    ReportLibrary second(libraryPath());
    QVERIFY(second.open().ok());
    QVERIFY(second.store(syntheticFile(u"c"_qs, 10, 5)).ok());
    QCOMPARE(library.reportCount().value(), 15);
}

// Deleting reports takes their policies and failure details with them, in one transaction;
// unknown ids are skipped, and a deleted report can be imported again.
void TestReportLibrary::removeDeletesWholeReports()
{
    ReportLibrary library(libraryPath());
    QVERIFY(library.open().ok());
    const FileImport file = syntheticFile(u"a"_qs, 0, 40);
    QVERIFY(library.store(file).ok());
    const QList<StoredReport> stored = library.reports().value();
    QCOMPARE(stored.size(), 40);
    // Two reports with failure details and one without, and an id that does not exist.
    QList<qint64> ids;
    QList<Report> kept;
    int withDetails = 0;
    int withoutDetails = 0;
    for (const StoredReport &entry : stored) {
        const bool hasDetails = entry.report.failureDetailTotal() > 0;
        if ((hasDetails && withDetails < 2) || (!hasDetails && withoutDetails < 1)) {
            ids.append(entry.id);
            (hasDetails ? withDetails : withoutDetails)++;
        } else {
            kept.append(entry.report);
        }
    }
    QCOMPARE(ids.size(), 3);
    const SqlProbe sql(libraryPath());
    const auto count = [&](const char *table) {
        return sql.value(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toInt();
    };
    const int policiesBefore = count("policies");
    const int failuresBefore = count("failures");
    QVERIFY(failuresBefore > 0);

    const auto removed = library.remove(ids + QList<qint64>{999999});
    QVERIFY2(removed.ok(), errorOf(removed).constData());
    QCOMPARE(removed.value(), 3);
    QCOMPARE(library.reportCount().value(), 37);
    // Nothing of them is left: no orphaned policy or failure detail.
    QCOMPARE(sql.value(u"SELECT COUNT(*) FROM policies WHERE report NOT IN (SELECT id FROM reports)"_qs), u"0"_qs);
    QCOMPARE(sql.value(u"SELECT COUNT(*) FROM failures WHERE policy NOT IN (SELECT id FROM policies)"_qs), u"0"_qs);
    QVERIFY(count("policies") < policiesBefore);
    QVERIFY(count("failures") < failuresBefore);
    for (const qint64 id : std::as_const(ids))
        QVERIFY(library.rawJson(id).value().isEmpty());
    // What is left sums as before, without them.
    QCOMPARE(ReportAggregator::aggregate(reportsOf(library.reports().value())), ReportAggregator::aggregate(kept));
    QCOMPARE(library.remove({}).value(), 0);

    // Importing the file again brings back exactly the deleted ones.
    const auto again = library.store(file);
    QVERIFY(again.ok());
    QCOMPARE(again->added, 3);
    QCOMPARE(again->duplicates, 37);
}

void TestReportLibrary::refusesForeignAndNewerFiles_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::newRow("newer schema") << QByteArray("PRAGMA user_version = 7") << QByteArray()
                                  << u"tlsrpt.library.too-new"_qs;
    QTest::newRow("another program's database")
        << QByteArray("CREATE TABLE notes (text TEXT)") << QByteArray() << u"tlsrpt.library.open-failed"_qs;
    QTest::newRow("not a database") << QByteArray() << QByteArray("{\"policies\": []}\n")
                                    << u"tlsrpt.library.open-failed"_qs;
}

void TestReportLibrary::refusesForeignAndNewerFiles()
{
    QFETCH(QByteArray, setup);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    if (!content.isEmpty()) {
        QFile file(libraryPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.repeated(100));
    } else {
        QVERIFY(SqlProbe(libraryPath()).exec(QString::fromLatin1(setup)));
    }
    const QByteArray before = [&] {
        QFile file(libraryPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    ReportLibrary library(libraryPath());
    const auto opened = library.open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code);
    QVERIFY(!library.isOpen());
    QFile file(libraryPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // refused without touching it
}

void TestReportLibrary::createsItsFolder()
{
    // The GUI passes a file in QStandardPaths::AppDataLocation, which may not exist yet.
    const QString path = m_dir->filePath(u"data/StsScope/reports.sqlite"_qs);
    ReportLibrary library(path);
    QVERIFY(library.open().ok());
    QVERIFY(QFile::exists(path));
    QCOMPARE(library.path(), path);
}

// Issue 18: a file is stored as it is read, report by report, in one transaction: the
// reports of an mbox go from the importer into the library without being held at once, and the
// file is still all or nothing.
void TestReportLibrary::storesReportByReport()
{
    QList<QByteArray> messages;
    for (int i = 0; i < 50; ++i)
        messages.append(ReportFixtures::reportMessage(ReportFixtures::gzip(ReportFixtures::syntheticReport(i)),
                                                      u"application/tlsrpt+gzip"_qs,
                                                      QStringLiteral("r%1.json.gz").arg(i)));
    messages.append(messages.at(7)); // sent twice
    QFile box(m_dir->filePath(u"fifty.mbox"_qs));
    QVERIFY(box.open(QIODevice::WriteOnly));
    box.write(ReportFixtures::mbox(messages));
    box.close();

    ReportLibrary library(libraryPath());
    QVERIFY(library.open().ok());
    const SqlProbe sql(libraryPath());
    StoreOutcome outcome;
    const qint64 before = HeldReports::alive();
    qint64 mostAlive = 0;
    QString uncommitted;
    const FileImport import =
        ReportImporter().importFile(InputFile{box.fileName(), true}, [&](ImportedReport &&report) {
            mostAlive = std::max(mostAlive, HeldReports::alive() - before);
            const auto added = library.add(report, outcome);
            if (outcome.added == 20)
                uncommitted = sql.value(u"SELECT COUNT(*) FROM reports"_qs);
            return added.ok();
        });
    QCOMPARE(import.reportCount, 51);
    QCOMPARE(mostAlive, 1);
    QCOMPARE(uncommitted, u"0"_qs); // another connection sees nothing before the commit
    QVERIFY2(library.commit(import.file).ok(), "commit");
    QCOMPARE(outcome.added, 50);
    QCOMPARE(outcome.duplicates, 1);
    QCOMPARE(outcome.notes.size(), 1);
    QCOMPARE(library.reportCount().value(), 50);
    QCOMPARE(sql.value(u"SELECT COUNT(*) FROM reports"_qs), u"50"_qs);

    // A file read halfway (canceled, or its store failed) is rolled back whole.
    StoreOutcome second;
    for (int i = 100; i < 103; ++i) {
        const FileImport one = ReportImporter().importData(ReportFixtures::syntheticReport(i), u"second"_qs);
        QVERIFY(library.add(one.reports.constFirst(), second).ok());
    }
    QCOMPARE(second.added, 3);
    library.rollback();
    QVERIFY(library.commit(u"second"_qs).ok()); // nothing left to commit
    QCOMPARE(library.reportCount().value(), 50);
    library.close();
    QVERIFY(library.open().ok());
    QCOMPARE(library.reportCount().value(), 50);
}

QTEST_GUILESS_MAIN(TestReportLibrary)
#include "tst_reportlibrary.moc"
