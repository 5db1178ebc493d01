// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixtures.h"
#include "tlsrpt/reportimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sts;
using namespace Sts::TlsRpt;

namespace {

struct Sample
{
    const char *file;
    const char *reportId;
    qint64 successful;
    qint64 failed;
};

// Every real sample with the numbers read from its JSON by hand (see tst_reportparser for the
// JSON files; the .eml numbers are those of the attachment, per README-tlsrpt.md).
const QList<Sample> &samples()
{
    static const QList<Sample> list{
        {"bradshaw-email.eml", "2020-03-02T00:00:00Z_fastmaildmarc.com", 343, 0},
        {"bradshaw-report.json", "2020-03-02T00:00:00Z_fastmaildmarc.com", 343, 0},
        {"cryinc-google.json", "2025-05-22T00:00:00Z_foo-bar.io", 1, 0},
        {"cryinc-microsoft.json", "133925885310113267+random.net", 4, 0},
        {"cryinc-no-contact.json", "123_456", 1, 0},
        {"cryinc-no-policy.json", "2025-03-27T00:00:00Z_foo-bar.io", 1, 0},
        {"cryinc-no_ip_and_mx.json", "1234567890+", 0, 3},
        {"isseis-tlsrpt_failure.eml", "2026-02-08T00:00:00Z_example.com", 4523, 2},
        {"isseis-tlsrpt_success_google_1.eml", "2026-05-11T00:00:00Z_example.com", 1, 0},
        {"isseis-tlsrpt_success_google_2.eml", "2026-05-12T00:00:00Z_example.com", 4, 0},
        {"isseis-tlsrpt_success_microsoft.eml", "134232617934286362+example.com", 2, 0},
        {"mox-example.eml", "2022-09-15T00:00:00Z_test.xmox.nl", 3, 0},
        {"mox-microsoft.eml", "133198585438131172+test.xmox.nl", 2, 0},
        {"neztore-microsoft-report.json", "133988091029006454+josh.scot", 2, 2},
        {"neztore-microsoft-report.json.gz", "133988091029006454+josh.scot", 2, 0},
        {"parsedmarc-empty_failure_detail_fields.json", "2024-06-01T00:00:00Z_example.com", 0, 1},
        {"parsedmarc-google.com_smtp_tls_report.eml", "2024-09-03T00:00:00Z_cardinalhealth.ca", 48, 0},
        {"parsedmarc-mail.ru.json", "b28254de-7b2e-be36-bb5c-4c3b92da8b25@mail.ru", 0, 1},
        {"parsedmarc-rfc8460.json", "5065427c-23d3-47ca-b6e0-946ea0e8c4be", 5326, 303},
        {"parsedmarc-smtp_tls.json", "2024-01-09T00:00:00Z_example.com", 0, 3},
        {"stalwart-rpt02.eml", "2020-01-01T00:00:00Z_example.com", 23, 1},
        {"stalwart-rpt02.json", "2020-01-01T00:00:00Z_example.com", 23, 1},
        {"stalwart-rpt03.json", "2019-04-14T00:00:00Z_example.org", 2, 0},
    };
    return list;
}

qint64 successfulOf(const FileImport &import)
{
    qint64 total = 0;
    for (const ImportedReport &imported : import.reports)
        total += imported.report.successful();
    return total;
}

qint64 failedOf(const FileImport &import)
{
    qint64 total = 0;
    for (const ImportedReport &imported : import.reports)
        total += imported.report.failed();
    return total;
}

QStringList rejectionCodes(const FileImport &import)
{
    QStringList codes;
    for (const Rejection &rejection : import.rejections)
        codes.append(rejection.reason.code);
    return codes;
}

QString describe(const FileImport &import)
{
    QStringList lines;
    for (const Rejection &rejection : import.rejections)
        lines.append(rejection.reason.code + u": " + rejection.reason.subject + u": " + rejection.reason.message);
    return lines.join(u'\n');
}

bool containsFindingCode(const ImportedReport &imported, const char *code)
{
    return containsCode(imported.findings, QLatin1String(code));
}

QByteArray sample(const char *name)
{
    return ReportFixtures::readData(QLatin1String(name));
}

//! A MIME tree \a depth multiparts deep, with a text part at the bottom.
QByteArray nestedMultipart(int depth)
{
    QByteArray entity = ReportFixtures::mimeLeaf(QStringLiteral("text/plain"), QString(), "deep", false);
    for (int level = depth; level > 0; --level)
        entity =
            ReportFixtures::mimeMultipart(QStringLiteral("mixed"), {entity}, "b" + QByteArray::number(level) + 'z');
    return entity;
}

} // namespace

class TestReportImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realSamples_data();
    void realSamples();
    void rawJsonIsKept();

    void everyFormGivesTheSameTotals();
    void folderIsReadRecursively();
    void mboxWithSeveralMessages();
    void nestedZipInForwardedMail();
    void attachmentTypes_data();
    void attachmentTypes();
    void mailDeviationsAreNoted_data();
    void mailDeviationsAreNoted();

    void damagedContainers_data();
    void damagedContainers();
    void gzipTrailingBytes();
    void gzipMembersAreJoined();

    void decompressionBombs_data();
    void decompressionBombs();
    void tooManyZipEntries();
    void deepNesting_data();
    void deepNesting();
    void sizeLimits();
    void cancel();
    void missingPaths();
    void visitorGetsOneReportAtATime_data();
    void visitorGetsOneReportAtATime();
    void mailAttachmentsCountAgainstTheBudget();
    void reportsPerFileAreBounded();
};

void TestReportImporter::realSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reportId");
    QTest::addColumn<qint64>("successful");
    QTest::addColumn<qint64>("failed");
    for (const Sample &entry : samples())
        QTest::newRow(entry.file) << QString::fromLatin1(entry.file) << QString::fromLatin1(entry.reportId)
                                  << entry.successful << entry.failed;
    QTest::newRow("extracted gzip (bradshaw)")
        << u"extracted/bradshaw-email.json.gz"_qs << u"2020-03-02T00:00:00Z_fastmaildmarc.com"_qs << 343ll << 0ll;
}

void TestReportImporter::realSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, reportId);
    QFETCH(qint64, successful);
    QFETCH(qint64, failed);

    const FileImport import = ReportImporter().importFile(ReportFixtures::dataPath(file));
    QVERIFY2(import.rejections.isEmpty(), qPrintable(describe(import)));
    QCOMPARE(import.reports.size(), 1);
    const ImportedReport &imported = import.reports.constFirst();
    QCOMPARE(imported.report.reportId, reportId);
    QCOMPARE(imported.report.successful(), successful);
    QCOMPARE(imported.report.failed(), failed);
    QCOMPARE(imported.file, ReportFixtures::dataPath(file));
    QVERIFY(imported.source.startsWith(imported.file));
    // Mail senders' deviations reach the report's findings like those of a bare JSON file.
    if (file == u"mox-microsoft.eml")
        QVERIFY(containsFindingCode(imported, "tlsrpt.report.date-without-zone"));
}

void TestReportImporter::rawJsonIsKept()
{
    // The extracted attachment is the gzip of exactly the JSON the library must keep.
    const FileImport fromMail = ReportImporter().importFile(ReportFixtures::dataPath(u"bradshaw-email.eml"_qs));
    const FileImport fromJson = ReportImporter().importFile(ReportFixtures::dataPath(u"bradshaw-report.json"_qs));
    QCOMPARE(fromMail.reports.size(), 1);
    QCOMPARE(fromJson.reports.size(), 1);
    QCOMPARE(fromJson.reports.constFirst().rawJson, sample("bradshaw-report.json"));
    QCOMPARE(fromMail.reports.constFirst().report, fromJson.reports.constFirst().report);
    QVERIFY(fromMail.reports.constFirst().source.startsWith(fromMail.file + u'/'));
}

// The same reports as .json, as .json.gz, in one .zip, as e-mail in one .mbox: same totals.
void TestReportImporter::everyFormGivesTheSameTotals()
{
    const QStringList jsonFiles{u"bradshaw-report.json"_qs, u"parsedmarc-rfc8460.json"_qs,
                                u"parsedmarc-mail.ru.json"_qs, u"stalwart-rpt02.json"_qs};
    ReportFixtures::ZipEntries entries;
    QList<QByteArray> messages;
    qint64 successful = 0;
    qint64 failed = 0;
    const ReportImporter importer;
    for (const QString &name : jsonFiles) {
        const QByteArray json = ReportFixtures::readData(name);
        const FileImport plain = importer.importData(json, name);
        QCOMPARE(plain.reports.size(), 1);
        successful += successfulOf(plain);
        failed += failedOf(plain);

        const FileImport gz = importer.importData(ReportFixtures::gzip(json), name + u".gz");
        QCOMPARE(gz.reports.size(), 1);
        QCOMPARE(gz.reports.constFirst().report, plain.reports.constFirst().report);
        QCOMPARE(gz.reports.constFirst().rawJson, json);

        entries.append({name + u".gz", ReportFixtures::gzip(json)});
        messages.append(
            ReportFixtures::reportMessage(ReportFixtures::gzip(json), u"application/tlsrpt+gzip"_qs, name + u".gz"));
    }
    QCOMPARE(successful, 343 + 5326 + 0 + 23);
    QCOMPARE(failed, 0 + 303 + 1 + 1);

    const FileImport zip = importer.importData(ReportFixtures::zip(entries), u"reports.zip"_qs);
    QVERIFY2(zip.rejections.isEmpty(), qPrintable(describe(zip)));
    QCOMPARE(zip.reports.size(), jsonFiles.size());
    QCOMPARE(successfulOf(zip), successful);
    QCOMPARE(failedOf(zip), failed);
    QCOMPARE(zip.reports.at(1).source, u"reports.zip/parsedmarc-rfc8460.json.gz"_qs);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mboxPath = dir.filePath(u"reports.mbox"_qs);
    QFile mboxFile(mboxPath);
    QVERIFY(mboxFile.open(QIODevice::WriteOnly));
    mboxFile.write(ReportFixtures::mbox(messages));
    mboxFile.close();
    const FileImport mbox = importer.importFile(mboxPath);
    QVERIFY2(mbox.rejections.isEmpty(), qPrintable(describe(mbox)));
    QCOMPARE(mbox.reports.size(), jsonFiles.size());
    QCOMPARE(successfulOf(mbox), successful);
    QCOMPARE(failedOf(mbox), failed);
    QCOMPARE(mbox.reports.at(2).source, QString(mboxPath + u"#3/parsedmarc-mail.ru.json.gz"));

    // A message on its own, as an .eml file.
    const FileImport eml = importer.importData(messages.constFirst(), u"one.eml"_qs);
    QCOMPARE(eml.reports.size(), 1);
    QCOMPARE(successfulOf(eml), 343);
}

void TestReportImporter::folderIsReadRecursively()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"2024/03"_qs));
    const auto copy = [&](const QString &name, const QString &target) {
        QVERIFY(QFile::copy(ReportFixtures::dataPath(name), dir.filePath(target)));
    };
    copy(u"parsedmarc-rfc8460.json"_qs, u"a.json"_qs);
    copy(u"mox-example.eml"_qs, u"2024/b.eml"_qs);
    copy(u"neztore-microsoft-report.json.gz"_qs, u"2024/03/c.json.gz"_qs);
    QFile notes(dir.filePath(u"2024/README.txt"_qs));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Reports of March, kept for the audit.\n");
    notes.close();

    QList<Rejection> missing;
    const QList<InputFile> files = ReportImporter::collectFiles({dir.path()}, &missing);
    QVERIFY(missing.isEmpty());
    QCOMPARE(files.size(), 4);
    QStringList names;
    for (const InputFile &file : files) {
        QVERIFY(!file.named);
        names.append(QDir(dir.path()).relativeFilePath(file.path));
    }
    QCOMPARE(names, (QStringList{u"2024/03/c.json.gz"_qs, u"2024/README.txt"_qs, u"2024/b.eml"_qs, u"a.json"_qs}));

    qint64 reports = 0;
    qint64 successful = 0;
    int skipped = 0;
    const ReportImporter importer;
    for (const InputFile &file : files) {
        const FileImport import = importer.importFile(file);
        // A file found in a folder that holds no report is skipped with a note, not rejected.
        QVERIFY2(import.rejections.isEmpty(), qPrintable(describe(import)));
        reports += import.reports.size();
        successful += successfulOf(import);
        skipped += int(containsCode(import.notes, u"tlsrpt.import.skipped-content"_qs));
    }
    QCOMPARE(reports, 3);
    QCOMPARE(successful, 5326 + 3 + 2);
    QCOMPARE(skipped, 1);

    // The same text file, named by the user, is an error.
    const FileImport named = importer.importFile(dir.filePath(u"2024/README.txt"_qs));
    QCOMPARE(rejectionCodes(named), QStringList{u"tlsrpt.import.unknown-format"_qs});
}

void TestReportImporter::mboxWithSeveralMessages()
{
    // Real messages, one unrelated message without attachment, one with a broken report.
    const QByteArray unrelated = ReportFixtures::message(
        ReportFixtures::mimeLeaf(u"text/plain"_qs, QString(), "Lunch at noon?\nFrom the kitchen.", false), u"Lunch"_qs);
    const QByteArray broken =
        ReportFixtures::reportMessage("{\"organization-name\": ", u"application/tlsrpt+json"_qs, u"x.json"_qs);
    const QByteArray box =
        ReportFixtures::mbox({sample("mox-example.eml"), unrelated, sample("isseis-tlsrpt_failure.eml"), broken,
                              sample("parsedmarc-google.com_smtp_tls_report.eml")});
    const FileImport import = ReportImporter().importData(box, u"inbox.mbox"_qs);
    QCOMPARE(import.reports.size(), 3);
    QCOMPARE(successfulOf(import), 3 + 4523 + 48);
    QCOMPARE(failedOf(import), 2);
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.report.json-invalid"_qs});
    QCOMPARE(import.rejections.constFirst().reason.subject, u"inbox.mbox#4/x.json"_qs);
    QVERIFY(containsCode(import.notes, u"tlsrpt.import.skipped-content"_qs));
    QCOMPARE(import.reports.at(1).source.section(u'/', 0, 0), u"inbox.mbox#3"_qs);
}

void TestReportImporter::nestedZipInForwardedMail()
{
    // A postmaster forwards a report mail as message/rfc822; inside, the sender attached a zip
    // (application/zip) holding the .json.gz, next to a multipart/alternative body.
    const QByteArray json = sample("parsedmarc-rfc8460.json");
    const QByteArray zip = ReportFixtures::zip({{u"report.json.gz"_qs, ReportFixtures::gzip(json)}});
    const QByteArray inner = ReportFixtures::message(
        ReportFixtures::mimeMultipart(
            u"mixed"_qs,
            {ReportFixtures::mimeMultipart(
                 u"alternative"_qs,
                 {ReportFixtures::mimeLeaf(u"text/plain"_qs, QString(), "See attachment.", false),
                  ReportFixtures::mimeLeaf(u"text/html"_qs, QString(), "<p>See attachment.</p>", false)},
                 "alt"),
             ReportFixtures::mimeLeaf(u"application/zip"_qs, u"report.zip"_qs, zip)},
            "inner"),
        u"TLS report"_qs);
    const QByteArray forwarded = ReportFixtures::message(
        ReportFixtures::mimeMultipart(u"mixed"_qs,
                                      {ReportFixtures::mimeLeaf(u"text/plain"_qs, QString(), "FYI, see below.", false),
                                       "Content-Type: message/rfc822\r\n\r\n" + inner},
                                      "outer"),
        u"Fwd: TLS report"_qs);
    const FileImport import = ReportImporter().importData(forwarded, u"fwd.eml"_qs);
    QVERIFY2(import.rejections.isEmpty(), qPrintable(describe(import)));
    QCOMPARE(import.reports.size(), 1);
    QCOMPARE(import.reports.constFirst().report.failed(), 303);
    QCOMPARE(import.reports.constFirst().rawJson, json);
    QCOMPARE(import.reports.constFirst().source, u"fwd.eml/report.zip/report.json.gz"_qs);
}

void TestReportImporter::attachmentTypes_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("reports");
    QTest::addColumn<QStringList>("rejections");

    const QByteArray json = sample("stalwart-rpt02.json");
    const QByteArray gz = ReportFixtures::gzip(json);
    const auto mail = [](const QByteArray &body, const char *type, const char *name, bool base64 = true) {
        return ReportFixtures::message(ReportFixtures::mimeMultipart(
            u"mixed"_qs,
            {ReportFixtures::mimeLeaf(u"text/plain"_qs, QString(), "Report attached.", false),
             ReportFixtures::mimeLeaf(QLatin1String(type), QLatin1String(name), body, base64)},
            "b"));
    };
    QTest::newRow("tlsrpt+gzip base64") << mail(gz, "application/tlsrpt+gzip", "r.json.gz") << 1 << QStringList();
    QTest::newRow("tlsrpt+json 7bit") << mail(json, "application/tlsrpt+json", "r.json", false) << 1 << QStringList();
    QTest::newRow("tlsrpt+json base64") << mail(json, "application/tlsrpt+json", "r.json") << 1 << QStringList();
    QTest::newRow("gzip") << mail(gz, "application/gzip", "r.gz") << 1 << QStringList();
    QTest::newRow("octet-stream gzip") << mail(gz, "application/octet-stream", "r.bin") << 1 << QStringList();
    QTest::newRow("octet-stream json, no name") << mail(json, "application/octet-stream", "") << 1 << QStringList();
    QTest::newRow("text/plain but named .json.gz") << mail(gz, "text/plain", "r.json.gz") << 1 << QStringList();
    QTest::newRow("declared gzip, holds text")
        << mail("not a report, sorry", "application/tlsrpt+gzip", "r.json.gz", false) << 0
        << QStringList{u"tlsrpt.import.attachment-not-report"_qs};
    QTest::newRow("declared json, holds gzip") << mail(gz, "application/tlsrpt+json", "r.json") << 1 << QStringList();
    QTest::newRow("octet-stream holding a picture")
        << mail(QByteArray("\x89PNG\r\n\x1a\n", 8), "application/octet-stream", "logo.png") << 0
        << QStringList{u"tlsrpt.import.no-report"_qs};
    QTest::newRow("image only") << mail("GIF89a", "image/gif", "logo.gif") << 0
                                << QStringList{u"tlsrpt.import.no-report"_qs};
    QTest::newRow("not multipart: the report is the body")
        << ReportFixtures::message(ReportFixtures::mimeLeaf(u"application/tlsrpt+gzip"_qs, u"r.json.gz"_qs, gz)) << 1
        << QStringList();
}

void TestReportImporter::attachmentTypes()
{
    QFETCH(QByteArray, message);
    QFETCH(int, reports);
    QFETCH(QStringList, rejections);
    const FileImport import = ReportImporter().importData(message, u"m.eml"_qs);
    QCOMPARE(import.reports.size(), reports);
    QCOMPARE(rejectionCodes(import), rejections);
    if (reports == 1)
        QCOMPARE(import.reports.constFirst().report.successful(), 23);
}

// RFC 8460 §5.3: "we define a top-level media type multipart/report with a new parameter report-type="tlsrpt".
// ... the second part is machine readable with a new media type defined called application/tlsrpt+json. If
// compressed, the report should use the media type application/tlsrpt+gzip." Other shapes are read, with a note.
void TestReportImporter::mailDeviationsAreNoted_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QStringList>("notes");

    const QByteArray json = sample("stalwart-rpt02.json");
    const QByteArray gz = ReportFixtures::gzip(json);
    const auto mail = [](const char *subtype, const QByteArray &body, const char *type, const char *name) {
        return ReportFixtures::message(ReportFixtures::mimeMultipart(
            QLatin1String(subtype),
            {ReportFixtures::mimeLeaf(u"text/plain"_qs, QString(), "Report attached.", false),
             ReportFixtures::mimeLeaf(QLatin1String(type), QLatin1String(name), body)},
            "b"));
    };
    const QString notMultipartReport = u"tlsrpt.import.not-multipart-report"_qs;
    const QString attachmentType = u"tlsrpt.import.attachment-type"_qs;
    QTest::newRow("RFC 8460 §5.3 as defined: multipart/report, tlsrpt+gzip")
        << ReportFixtures::reportMessage(gz, u"application/tlsrpt+gzip"_qs, u"r.json.gz"_qs) << QStringList();
    QTest::newRow("RFC 8460 §5.3 as defined: multipart/report, tlsrpt+json")
        << ReportFixtures::reportMessage(json, u"application/tlsrpt+json"_qs, u"r.json"_qs) << QStringList();
    QTest::newRow("RFC 8460 §5.3 top-level multipart/report: multipart/related instead")
        << mail("related", gz, "application/tlsrpt+gzip", "r.json.gz") << QStringList{notMultipartReport};
    QTest::newRow("RFC 8460 §5.3 report-type=\"tlsrpt\": another report-type")
        << mail("report; report-type=delivery-status", gz, "application/tlsrpt+gzip", "r.json.gz")
        << QStringList{notMultipartReport};
    QTest::newRow("RFC 8460 §5.3 application/tlsrpt+json: application/json instead")
        << ReportFixtures::reportMessage(json, u"application/json"_qs, u"r.json"_qs) << QStringList{attachmentType};
    QTest::newRow("RFC 8460 §5.3 both: multipart/mixed and application/json")
        << mail("mixed", json, "application/json", "r.json") << QStringList{notMultipartReport, attachmentType};
    QTest::newRow("RFC 8460 §5.3: forwarded, the inner message counts")
        << ReportFixtures::message(
               ReportFixtures::mimeMultipart(
                   u"mixed"_qs,
                   {ReportFixtures::mimeLeaf(u"text/plain"_qs, QString(), "FYI.", false),
                    "Content-Type: message/rfc822\r\n\r\n" +
                        ReportFixtures::reportMessage(gz, u"application/tlsrpt+gzip"_qs, u"r.json.gz"_qs)},
                   "outer"),
               u"Fwd: report"_qs)
        << QStringList();
}

void TestReportImporter::mailDeviationsAreNoted()
{
    QFETCH(QByteArray, message);
    QFETCH(QStringList, notes);
    const FileImport import = ReportImporter().importData(message, u"m.eml"_qs);
    QVERIFY2(import.rejections.isEmpty(), qPrintable(describe(import)));
    QCOMPARE(import.reports.size(), 1);
    QCOMPARE(import.reports.constFirst().report.successful(), 23);
    QStringList found;
    for (const Finding &finding : import.reports.constFirst().findings) {
        if (finding.code.startsWith(u"tlsrpt.import."_qs)) {
            found.append(finding.code);
            QCOMPARE(finding.severity, Severity::Info);
            QCOMPARE(finding.subject, import.reports.constFirst().source);
        }
    }
    QCOMPARE(found, notes);
}

void TestReportImporter::damagedContainers_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");

    const QByteArray json = sample("parsedmarc-rfc8460.json");
    const QByteArray gz = ReportFixtures::gzip(json);
    QByteArray corrupt = gz;
    for (qsizetype i = 20; i < 40; ++i)
        corrupt[i] = char(corrupt[i] ^ 0x5a);
    QByteArray badCrc = gz;
    badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 1); // CRC32 is the 8 bytes before the end
    const QByteArray zip = ReportFixtures::zip({{u"a.json"_qs, json}, {u"b.json"_qs, json}});

    QTest::newRow("corrupt gzip") << corrupt << u"tlsrpt.import.gzip-invalid"_qs;
    QTest::newRow("gzip with a wrong CRC") << badCrc << u"tlsrpt.import.gzip-invalid"_qs;
    QTest::newRow("truncated gzip") << gz.left(gz.size() / 2) << u"tlsrpt.import.gzip-truncated"_qs;
    QTest::newRow("gzip header only") << gz.left(10) << u"tlsrpt.import.gzip-truncated"_qs;
    QTest::newRow("truncated zip") << zip.left(zip.size() - 30) << u"tlsrpt.import.zip-invalid"_qs;
    QTest::newRow("zip head only") << zip.left(40) << u"tlsrpt.import.zip-invalid"_qs;
    QTest::newRow("gzip of garbage") << ReportFixtures::gzip("\x01\x02\x03 garbage")
                                     << u"tlsrpt.import.unknown-format"_qs;
    QTest::newRow("gzip of broken JSON") << ReportFixtures::gzip(json.left(100)) << u"tlsrpt.report.json-invalid"_qs;
    QTest::newRow("binary noise") << QByteArray("\x00\x01\x02\x03\xff", 5) << u"tlsrpt.import.unknown-format"_qs;
    QTest::newRow("empty file") << QByteArray() << u"tlsrpt.import.unknown-format"_qs;
    QTest::newRow("header but no message body")
        << QByteArray("Subject: nothing\r\n\r\n") << u"tlsrpt.import.no-report"_qs;
}

void TestReportImporter::damagedContainers()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    const FileImport import = ReportImporter().importData(data, u"damaged"_qs);
    QCOMPARE(import.reports.size(), 0);
    QCOMPARE(rejectionCodes(import), QStringList{code});
    QVERIFY(!import.rejections.constFirst().error().isEmpty());
}

void TestReportImporter::gzipTrailingBytes()
{
    const QByteArray json = sample("parsedmarc-smtp_tls.json");
    const ReportImporter importer;
    const FileImport junk =
        importer.importData(ReportFixtures::gzip(json) + "\r\n-- \r\nsent by a mailer\r\n", u"t"_qs);
    QCOMPARE(junk.reports.size(), 1);
    QCOMPARE(junk.reports.constFirst().rawJson, json);
    QVERIFY(containsFindingCode(junk.reports.constFirst(), "tlsrpt.import.gzip-trailing-data"));

    // Zero padding (tape blocks) is not worth a warning.
    const FileImport padded = importer.importData(ReportFixtures::gzip(json) + QByteArray(512, '\0'), u"p"_qs);
    QCOMPARE(padded.reports.size(), 1);
    QVERIFY(!containsFindingCode(padded.reports.constFirst(), "tlsrpt.import.gzip-trailing-data"));

    // A second member cut short must not glue half a member to the report.
    const QByteArray second = ReportFixtures::gzip("  ");
    const FileImport cut = importer.importData(ReportFixtures::gzip(json) + second.left(second.size() - 4), u"c"_qs);
    QCOMPARE(cut.reports.size(), 1);
    QCOMPARE(cut.reports.constFirst().rawJson, json);
    QVERIFY(containsFindingCode(cut.reports.constFirst(), "tlsrpt.import.gzip-trailing-data"));
}

void TestReportImporter::gzipMembersAreJoined()
{
    // RFC 1952 §2.2: a gzip file is a series of members; their data are concatenated.
    const QByteArray json = sample("parsedmarc-smtp_tls.json");
    const qsizetype half = json.size() / 2;
    const FileImport import = ReportImporter().importData(
        ReportFixtures::gzip(json.left(half)) + ReportFixtures::gzip(json.mid(half)), u"two-members.gz"_qs);
    QCOMPARE(import.reports.size(), 1);
    QCOMPARE(import.reports.constFirst().rawJson, json);
}

void TestReportImporter::decompressionBombs_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");

    // 1 GiB of zeros packs into about a megabyte; it must be refused long before 1 GiB.
    const QByteArray zeros = ReportFixtures::gzipOfZeros(qint64(1) << 30);
    QTest::newRow("gzip of 1 GiB of zeros") << zeros << u"tlsrpt.import.compression-ratio"_qs;
    QTest::newRow("gzip bomb in a gzip") << ReportFixtures::gzip(zeros) << u"tlsrpt.import.compression-ratio"_qs;
    QTest::newRow("gzip bomb in a zip") << ReportFixtures::zip({{u"report.json.gz"_qs, zeros}})
                                        << u"tlsrpt.import.compression-ratio"_qs;
    QTest::newRow("zip entry of 64 MiB of zeros")
        << ReportFixtures::zip({{u"report.json"_qs, QByteArray(64 << 20, '\0')}})
        << u"tlsrpt.import.compression-ratio"_qs;
    QTest::newRow("gzip bomb in mail") << ReportFixtures::reportMessage(zeros, u"application/tlsrpt+gzip"_qs,
                                                                        u"r.json.gz"_qs)
                                       << u"tlsrpt.import.compression-ratio"_qs;
}

void TestReportImporter::decompressionBombs()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    const FileImport import = ReportImporter().importData(data, u"bomb"_qs);
    QCOMPARE(import.reports.size(), 0);
    QVERIFY2(rejectionCodes(import).contains(code), qPrintable(describe(import)));
}

void TestReportImporter::tooManyZipEntries()
{
    ReportFixtures::ZipEntries entries;
    for (int i = 0; i < ImportLimits().maxZipEntries + 1; ++i)
        entries.append({QStringLiteral("r%1.json").arg(i), "{}"});
    const FileImport import = ReportImporter().importData(ReportFixtures::zip(entries), u"many.zip"_qs);
    QCOMPARE(import.reports.size(), 0);
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.import.zip-too-many-entries"_qs});

    // Within the limit every entry is read, and a file's report count has its own bound.
    ImportLimits limits;
    limits.maxReportsPerFile = 3;
    ReportFixtures::ZipEntries reports;
    for (int i = 0; i < 5; ++i)
        reports.append({QStringLiteral("r%1.json").arg(i), ReportFixtures::syntheticReport(i)});
    const FileImport bounded = ReportImporter(limits).importData(ReportFixtures::zip(reports), u"five.zip"_qs);
    QCOMPARE(bounded.reports.size(), 3);
    QCOMPARE(rejectionCodes(bounded), QStringList{u"tlsrpt.import.too-many-reports"_qs});
}

void TestReportImporter::deepNesting_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("reports");
    QTest::addColumn<QString>("code");

    const QByteArray json = sample("stalwart-rpt02.json");
    QByteArray russianDoll = ReportFixtures::gzip(json);
    for (int level = 0; level < 6; ++level)
        russianDoll = ReportFixtures::zip({{QStringLiteral("level%1.zip").arg(level), russianDoll}});
    QTest::newRow("zip in zip, seven deep") << russianDoll << 0 << u"tlsrpt.import.nesting-too-deep"_qs;

    QByteArray gzips = json;
    for (int level = 0; level < 8; ++level)
        gzips = ReportFixtures::gzip(gzips);
    QTest::newRow("gzip in gzip, eight deep") << gzips << 0 << u"tlsrpt.import.nesting-too-deep"_qs;

    // The report sits next to a MIME chain deeper than the limit: it is read, the chain is not.
    const QByteArray report = ReportFixtures::mimeLeaf(u"application/tlsrpt+json"_qs, u"r.json"_qs, json);
    QTest::newRow("MIME 20 deep") << ReportFixtures::message(ReportFixtures::mimeMultipart(
                                         u"mixed"_qs, {report, nestedMultipart(20)}, "top"))
                                  << 1 << u"tlsrpt.import.mime-too-deep"_qs;
    // Deeper than GMime's own bound of 1024 levels: no crash, no stack exhaustion.
    QTest::newRow("MIME 3000 deep") << ReportFixtures::message(ReportFixtures::mimeMultipart(
                                           u"mixed"_qs, {report, nestedMultipart(3000)}, "top"))
                                    << 1 << u"tlsrpt.import.mime-too-deep"_qs;
    QByteArray forwards = ReportFixtures::reportMessage(json, u"application/tlsrpt+json"_qs, u"r.json"_qs);
    for (int level = 0; level < 40; ++level)
        forwards = ReportFixtures::message("Content-Type: message/rfc822\r\n\r\n" + forwards);
    QTest::newRow("forwarded 40 times") << forwards << 0 << u"tlsrpt.import.mime-too-deep"_qs;

    QByteArray deepJson = R"({"organization-name":)";
    deepJson += QByteArray(100000, '[') + QByteArray(100000, ']') + '}';
    QTest::newRow("JSON 100000 deep") << ReportFixtures::gzip(deepJson) << 0 << u"tlsrpt.report.json-too-deep"_qs;
}

void TestReportImporter::deepNesting()
{
    QFETCH(QByteArray, data);
    QFETCH(int, reports);
    QFETCH(QString, code);
    const FileImport import = ReportImporter().importData(data, u"deep"_qs);
    QCOMPARE(import.reports.size(), reports);
    QVERIFY2(rejectionCodes(import).contains(code), qPrintable(describe(import)));
}

void TestReportImporter::sizeLimits()
{
    const QByteArray json = sample("parsedmarc-rfc8460.json");
    ImportLimits limits;
    limits.maxFileSize = 256;
    FileImport import = ReportImporter(limits).importFile(ReportFixtures::dataPath(u"parsedmarc-rfc8460.json"_qs));
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.import.file-too-large"_qs});

    limits = {};
    limits.maxReportSize = 512;
    import = ReportImporter(limits).importData(ReportFixtures::gzip(json), u"r.json.gz"_qs);
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.import.report-too-large"_qs});
    import = ReportImporter(limits).importData(json, u"r.json"_qs);
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.import.report-too-large"_qs});

    // An mbox is streamed and may be larger than a file read at once, but an attachment in it
    // may not: it would be decoded into memory.
    limits = {};
    limits.maxFileSize = 4096;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile box(dir.filePath(u"big.mbox"_qs));
    QVERIFY(box.open(QIODevice::WriteOnly));
    box.write(ReportFixtures::mbox(
        {ReportFixtures::reportMessage(json, u"application/tlsrpt+json"_qs, u"small.json"_qs),
         ReportFixtures::reportMessage(json.repeated(4), u"application/tlsrpt+json"_qs, u"large.json"_qs)}));
    box.close();
    import = ReportImporter(limits).importFile(box.fileName());
    QCOMPARE(import.reports.size(), 1);
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.import.file-too-large"_qs});
    QCOMPARE(import.rejections.constFirst().reason.subject, QString(box.fileName() + u"#2/large.json"));

    // What one file may unpack to in all: the third report no longer fits.
    limits = {};
    limits.maxTotalSize = json.size() * 2 + 10;
    ReportFixtures::ZipEntries entries;
    for (int i = 0; i < 3; ++i)
        entries.append({QStringLiteral("r%1.json.gz").arg(i), ReportFixtures::gzip(json)});
    import = ReportImporter(limits).importData(ReportFixtures::zip(entries), u"r.zip"_qs);
    QCOMPARE(import.reports.size(), 1); // the zip entry and its gzip content both count
    QVERIFY2(rejectionCodes(import).contains(u"tlsrpt.import.total-too-large"_qs), qPrintable(describe(import)));
}

void TestReportImporter::cancel()
{
    ReportFixtures::ZipEntries entries;
    for (int i = 0; i < 50; ++i)
        entries.append({QStringLiteral("r%1.json").arg(i), ReportFixtures::syntheticReport(i)});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"fifty.zip"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ReportFixtures::zip(entries));
    file.close();

    int checks = 0;
    const FileImport import =
        ReportImporter().importFile(InputFile{file.fileName(), true}, [&checks] { return ++checks > 10; });
    QVERIFY(import.canceled);
    QVERIFY(import.reports.size() < 50);
    QVERIFY(import.reports.size() > 0);
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.import.canceled"_qs});
}

void TestReportImporter::missingPaths()
{
    QList<Rejection> rejections;
    const QList<InputFile> files = ReportImporter::collectFiles(
        {u"/nonexistent/report.json"_qs, ReportFixtures::dataPath(u"cryinc-google.json"_qs)}, &rejections);
    QCOMPARE(files.size(), 1);
    QVERIFY(files.constFirst().named);
    QCOMPARE(rejections.size(), 1);
    QCOMPARE(rejections.constFirst().reason.code, u"tlsrpt.import.not-found"_qs);
    QCOMPARE(rejections.constFirst().file, u"/nonexistent/report.json"_qs);
}

namespace {

//! \a count messages in an mbox, each with a gzip report attachment.
QByteArray mboxOfReports(int first, int count)
{
    QList<QByteArray> messages;
    for (int i = first; i < first + count; ++i)
        messages.append(ReportFixtures::reportMessage(ReportFixtures::gzip(ReportFixtures::syntheticReport(i)),
                                                      u"application/tlsrpt+gzip"_qs,
                                                      QStringLiteral("r%1.json.gz").arg(i)));
    return ReportFixtures::mbox(messages);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

} // namespace

void TestReportImporter::visitorGetsOneReportAtATime_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    ReportFixtures::ZipEntries entries;
    for (int i = 0; i < 60; ++i)
        entries.append(
            {QStringLiteral("r%1.json.gz").arg(i), ReportFixtures::gzip(ReportFixtures::syntheticReport(i))});
    QTest::newRow("zip") << ReportFixtures::zip(entries) << u"sixty.zip"_qs;
    QTest::newRow("mbox") << mboxOfReports(0, 60) << u"sixty.mbox"_qs;
    QTest::newRow("mbox in zip") << ReportFixtures::zip({{u"box.mbox"_qs, mboxOfReports(0, 60)}}) << u"box.zip"_qs;
}

// Issue 18: with a visitor the importer hands each report on as soon as it is read and keeps
// none: a file of sixty reports never has more than one alive, besides what the visitor keeps.
void TestReportImporter::visitorGetsOneReportAtATime()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, name, content);
    const qint64 before = HeldReports::alive();
    HeldReports::resetPeak();
    QStringList ids;
    qint64 mostAlive = 0;
    const FileImport import = ReportImporter().importFile(InputFile{path, true}, [&](ImportedReport &&report) {
        mostAlive = std::max(mostAlive, HeldReports::alive() - before);
        ids.append(report.report.reportId);
        return true;
    });
    QVERIFY2(import.rejections.isEmpty(), qPrintable(describe(import)));
    QCOMPARE(import.reports.size(), 0);
    QCOMPARE(import.reportCount, 60);
    QCOMPARE(ids.size(), 60);
    QCOMPARE(ids.constFirst(), ReportImporter()
                                   .importData(ReportFixtures::syntheticReport(0), u"r"_qs)
                                   .reports.constFirst()
                                   .report.reportId); // in file order
    QCOMPARE(mostAlive, 1);
    HeldReports::resetPeak();

    // Returning false stops the file, without a rejection: the caller knows why.
    int seen = 0;
    const FileImport stopped =
        ReportImporter().importFile(InputFile{path, true}, [&seen](ImportedReport &&) { return ++seen < 5; });
    QCOMPARE(seen, 5);
    QCOMPARE(stopped.reportCount, 5);
    QVERIFY2(stopped.rejections.isEmpty(), qPrintable(describe(stopped)));
    QCOMPARE(HeldReports::alive(), before);
}

// Decoded mail attachments are taken from what one file may unpack to, as zip entries and gzip
// members are: an mbox of many attachments is no way around ImportLimits::maxTotalSize.
void TestReportImporter::mailAttachmentsCountAgainstTheBudget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<QByteArray> messages;
    const QByteArray json = sample("parsedmarc-rfc8460.json");
    for (int i = 0; i < 5; ++i)
        messages.append(ReportFixtures::reportMessage(
            sample("parsedmarc-rfc8460.json").replace("5065427c", QByteArray::number(i).rightJustified(8, '0')),
            u"application/tlsrpt+json"_qs, QStringLiteral("r%1.json").arg(i)));
    const QString path = writeFile(dir, u"plain.mbox"_qs, ReportFixtures::mbox(messages));
    ImportLimits limits;
    limits.maxTotalSize = json.size() * 2 + json.size() / 2; // room for two and a half attachments
    FileImport import = ReportImporter(limits).importFile(path);
    QCOMPARE(import.reports.size(), 2);
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.import.total-too-large"_qs});

    // A single message too.
    import = ReportImporter(limits).importData(messages.constFirst(), u"one.eml"_qs);
    QCOMPARE(import.reports.size(), 1);
    QVERIFY2(import.rejections.isEmpty(), qPrintable(describe(import)));
    limits.maxTotalSize = json.size() / 2;
    import = ReportImporter(limits).importData(messages.constFirst(), u"one.eml"_qs);
    QCOMPARE(import.reports.size(), 0);
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.import.total-too-large"_qs});
}

// However a file holds its reports, their number is bounded, with a finding that says so; the
// default is in the hundreds of thousands, not millions.
void TestReportImporter::reportsPerFileAreBounded()
{
    QVERIFY(ImportLimits().maxReportsPerFile <= 200000);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ImportLimits limits;
    limits.maxReportsPerFile = 3;
    const QString path = writeFile(dir, u"five.mbox"_qs, mboxOfReports(0, 5));
    int seen = 0;
    const FileImport import = ReportImporter(limits).importFile(InputFile{path, true}, [&seen](ImportedReport &&) {
        ++seen;
        return true;
    });
    QCOMPARE(seen, 3);
    QCOMPARE(import.reportCount, 3);
    QCOMPARE(rejectionCodes(import), QStringList{u"tlsrpt.import.too-many-reports"_qs});
}

QTEST_GUILESS_MAIN(TestReportImporter)
#include "tst_reportimporter.moc"
