// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Maildir import (issue 16 item 4) against the report-mail corpus of the testbed's IMAP server,
// generated into a temporary folder by tests/testbed/mail/corpus.py: its expected.json says, message
// by message, what an import must make of it.
#include "cli/cliapplication.h"
#include "tlsrpt/maildirreader.h"
#include "tlsrpt/reportcatalog.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/reportlibrary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Sts;
using namespace Sts::TlsRpt;

namespace {

using ReportKey = std::pair<QString, QString>; // organization, report id

QSet<ReportKey> keysOf(const QJsonArray &reports)
{
    QSet<ReportKey> keys;
    for (const QJsonValue &report : reports)
        keys.insert({report[u"organization"].toString(), report[u"report_id"].toString()});
    return keys;
}

int skippedNotes(const FileImport &import)
{
    int count = 0;
    for (const Finding &note : import.notes)
        count += note.code == QLatin1String(ReportCatalog::SkippedContent.code);
    return count;
}

} // namespace

class TestMaildirImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsTheMessagesOfEveryFolder();
    void leavesTmpAndServerFilesAlone();
    void readsEachMessage_data();
    void readsEachMessage();
    void importsTheWholeMaildir_data();
    void importsTheWholeMaildir();
    void theReportVerbReadsAMaildir();
    void findsAMaildirInsideAFolder();
    void aFolderWithoutCurOrNewIsNoMaildir();

private:
    //! Path of a message listed in expected.json ("cur/..." in \a folder).
    QString messagePath(const QString &folder, const QString &file) const;

    QTemporaryDir m_dir;
    QString m_maildir;
    QJsonObject m_expected;
};

void TestMaildirImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_maildir = m_dir.filePath(QStringLiteral("reports/Maildir"));
    QProcess corpus;
    corpus.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(STS_MAIL_CORPUS), QStringLiteral("maildir"), m_maildir});
    QVERIFY2(corpus.waitForFinished(60000), "corpus.py did not finish");
    QVERIFY2(corpus.exitStatus() == QProcess::NormalExit && corpus.exitCode() == 0,
             corpus.readAllStandardError().constData());
    QFile expected(m_maildir + QStringLiteral("/expected.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    m_expected = QJsonDocument::fromJson(expected.readAll()).object();
    QVERIFY(!m_expected.isEmpty());
    // The corpus is what the tests below rely on: the cases it promises are there.
    const QJsonObject total = m_expected[u"total"].toObject();
    QVERIFY(total[u"report_messages"].toInt() >= 10);
    QVERIFY(total[u"duplicates"].toInt() >= 1);
    QVERIFY(total[u"malformed"].toInt() >= 2);
    QVERIFY(total[u"non_reports"].toInt() >= 3);
}

QString TestMaildirImport::messagePath(const QString &folder, const QString &file) const
{
    const QString base = folder == u"INBOX" ? m_maildir : m_maildir + u"/." + folder;
    return base + u'/' + file;
}

void TestMaildirImport::findsTheMessagesOfEveryFolder()
{
    QStringList expected;
    const QJsonObject folders = m_expected[u"folders"].toObject();
    for (auto it = folders.begin(); it != folders.end(); ++it)
        for (const QJsonValue &message : it.value()[u"list"].toArray())
            expected.append(messagePath(it.key(), message[u"file"].toString()));
    expected.sort();
    QVERIFY(expected.size() >= 20);
    QVERIFY(MaildirReader::isMaildir(m_maildir));
    QCOMPARE(MaildirReader::messageFiles(m_maildir), expected);
    // The importer expands a named Maildir the same way; its messages are found, not named.
    const QList<InputFile> files = ReportImporter::collectFiles({m_maildir}, nullptr);
    QStringList collected;
    for (const InputFile &file : files) {
        QVERIFY(!file.named);
        collected.append(file.path);
    }
    QCOMPARE(collected, expected);
}

void TestMaildirImport::leavesTmpAndServerFilesAlone()
{
    // tmp/ holds a report message being delivered; the root holds expected.json, as a server
    // keeps its index files there. Neither is a message of the mailbox.
    const QStringList inTmp = QDir(m_maildir + QStringLiteral("/tmp")).entryList(QDir::Files);
    QCOMPARE(inTmp.size(), 1);
    QVERIFY(QFile::exists(m_maildir + QStringLiteral("/expected.json")));
    QFile index(m_maildir + QStringLiteral("/dovecot-uidlist"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("3 V1796613100 N17\n1 :1790816400.M1P1000.testbed\n");
    index.close();
    for (const QString &file : MaildirReader::messageFiles(m_maildir)) {
        const QString inMaildir = file.mid(m_maildir.size());
        QVERIFY2(!inMaildir.contains(u"/tmp/"), qPrintable(file));
        QVERIFY2(inMaildir.contains(u"/cur/") || inMaildir.contains(u"/new/"), qPrintable(file));
    }
    QVERIFY(index.remove());
}

void TestMaildirImport::readsEachMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonArray>("reports");
    QTest::addColumn<QString>("reason"); // of a malformed one: what is wrong, in expected.json's words
    const QJsonObject folders = m_expected[u"folders"].toObject();
    for (auto it = folders.begin(); it != folders.end(); ++it) {
        for (const QJsonValue &message : it.value()[u"list"].toArray()) {
            const QString file = message[u"file"].toString();
            QTest::addRow("%s %s %s: %s", qPrintable(it.key()), qPrintable(message[u"kind"].toString()),
                          qPrintable(message[u"style"].toString()), qPrintable(file.section(u'.', 1, 1)))
                << messagePath(it.key(), file) << message[u"kind"].toString() << message[u"reports"].toArray()
                << message[u"reason"].toString();
        }
    }
}

void TestMaildirImport::readsEachMessage()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(QJsonArray, reports);
    QFETCH(QString, reason);
    const FileImport import = ReportImporter().importFile(InputFile{path, false});
    QVERIFY(!import.canceled);
    if (kind == u"report" || kind == u"duplicate") {
        QCOMPARE(import.rejections.size(), 0);
        QCOMPARE(import.reports.size(), 1);
        QCOMPARE(keysOf(reports),
                 QSet<ReportKey>({{import.reports[0].report.organization, import.reports[0].report.reportId}}));
        QVERIFY(!import.reports[0].rawJson.isEmpty());
    } else if (kind == u"malformed") {
        QCOMPARE(import.reports.size(), 0);
        QCOMPARE(import.rejections.size(), 1);
        const Finding &rejection = import.rejections[0].reason;
        const QHash<QString, QString> codes{
            {QStringLiteral("json-truncated"), QLatin1String(ReportCatalog::JsonInvalid.code)},
            {QStringLiteral("report-id-missing"), QLatin1String(ReportCatalog::FieldMissing.code)},
        };
        QVERIFY2(codes.contains(reason), qPrintable(reason));
        QCOMPARE(rejection.code, codes.value(reason));
        QCOMPARE(rejection.severity, Severity::Error);
        QVERIFY(!rejection.message.isEmpty());
        // The reason names the attachment that failed, inside the message.
        QVERIFY2(rejection.subject.startsWith(path + u'/'), qPrintable(rejection.subject));
    } else {
        QCOMPARE(kind, QStringLiteral("non-report"));
        QCOMPARE(import.reports.size(), 0);
        QCOMPARE(import.rejections.size(), 0); // never an error
        QCOMPARE(skippedNotes(import), 1);     // but counted
    }
}

void TestMaildirImport::importsTheWholeMaildir_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addRow("INBOX") << QStringLiteral("INBOX");
    QTest::addRow("TLS-RPT") << QStringLiteral("TLS-RPT");
    QTest::addRow("whole Maildir") << QString();
}

void TestMaildirImport::importsTheWholeMaildir()
{
    QFETCH(QString, scope);
    const QJsonObject want =
        scope.isEmpty() ? m_expected[u"total"].toObject() : m_expected[u"folders"][scope].toObject();
    // A Maildir++ subfolder is a Maildir of its own; the inbox alone is its files in cur/ and new/.
    QStringList paths;
    if (scope.isEmpty()) {
        paths = {m_maildir};
    } else if (scope == u"INBOX") {
        for (const QJsonValue &message : want[u"list"].toArray())
            paths.append(messagePath(scope, message[u"file"].toString()));
    } else {
        paths = {m_maildir + u"/." + scope};
    }
    QTemporaryDir libraryDir;
    ReportLibrary library(libraryDir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY(library.open());
    const ReportImporter importer;
    int messages = 0, reports = 0, duplicates = 0, rejectedMessages = 0, skipped = 0;
    for (const QString &path : std::as_const(paths)) {
        const QList<InputFile> files = ReportImporter::collectFiles({path}, nullptr);
        for (InputFile file : files) {
            file.named = false; // as found in the Maildir, also when listed here one by one
            ++messages;
            const FileImport import = importer.importFile(file);
            reports += int(import.reportCount);
            rejectedMessages += import.rejections.isEmpty() ? 0 : 1;
            skipped += skippedNotes(import);
            const auto stored = library.store(import);
            QVERIFY(stored);
            duplicates += stored->duplicates;
        }
    }
    QCOMPARE(messages, want[u"messages"].toInt());
    QCOMPARE(reports, want[u"report_messages"].toInt());
    QCOMPARE(duplicates, want[u"duplicates"].toInt());
    QCOMPARE(rejectedMessages, want[u"malformed"].toInt());
    QCOMPARE(skipped, want[u"non_reports"].toInt());
    const auto stored = library.reports();
    QVERIFY(stored);
    QSet<ReportKey> inLibrary;
    for (const StoredReport &report : stored.value())
        inLibrary.insert({report.report.organization, report.report.reportId});
    QCOMPARE(inLibrary, keysOf(want[u"reports"].toArray()));
    QCOMPARE(stored->size(), want[u"reports"].toArray().size());
}

void TestMaildirImport::theReportVerbReadsAMaildir()
{
    // stsscope-cli report --json DIR: the same reports, duplicates, rejections and skipped mail.
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QBuffer in;
    in.open(QIODevice::ReadOnly);
    const int code = Sts::Cli::CliApplication::run(
        {QStringLiteral("stsscope-cli"), QStringLiteral("report"), QStringLiteral("--json"), m_maildir},
        {out, err, in});
    out.flush();
    QCOMPARE(code, 1); // the malformed reports are errors
    const QJsonObject json = QJsonDocument::fromJson(outText.toUtf8()).object();
    const QJsonObject want = m_expected[u"total"].toObject();
    QCOMPARE(json[u"totals"][u"reports"].toInt(), want[u"reports"].toArray().size());
    QCOMPARE(json[u"duplicates"].toArray().size(), want[u"duplicates"].toInt());
    QCOMPARE(json[u"rejected"].toArray().size(), want[u"malformed"].toInt());
    int skipped = 0;
    for (const QJsonValue &note : json[u"notes"].toArray())
        skipped += note[u"code"].toString() == QLatin1String(ReportCatalog::SkippedContent.code);
    QCOMPARE(skipped, want[u"non_reports"].toInt());
    QSet<ReportKey> printed;
    for (const QJsonValue &report : json[u"reports"].toArray())
        printed.insert({report[u"organization"].toString(), report[u"report_id"].toString()});
    QCOMPARE(printed, keysOf(want[u"reports"].toArray()));
}

void TestMaildirImport::findsAMaildirInsideAFolder()
{
    // Importing the folder that holds the Maildir, beside a report file: the Maildir's messages
    // and the file, nothing of tmp/ or the server's files.
    const QString parent = m_dir.filePath(QStringLiteral("reports"));
    QFile loose(parent + QStringLiteral("/loose.json"));
    QVERIFY(loose.open(QIODevice::WriteOnly));
    loose.write("{}");
    loose.close();
    QStringList expected = MaildirReader::messageFiles(m_maildir);
    expected.append(loose.fileName());
    expected.sort();
    QStringList collected;
    for (const InputFile &file : ReportImporter::collectFiles({parent}, nullptr))
        collected.append(file.path);
    QCOMPARE(collected, expected);
    QVERIFY(loose.remove());
}

void TestMaildirImport::aFolderWithoutCurOrNewIsNoMaildir()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("tmp")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("curious")));
    QVERIFY(!MaildirReader::isMaildir(dir.path()));
    QVERIFY(MaildirReader::messageFiles(dir.path()).isEmpty());
    // Without cur/ or new/, files are files: also one inside tmp/ of a folder that is no Maildir.
    QFile file(dir.filePath(QStringLiteral("tmp/report.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QList<InputFile> files = ReportImporter::collectFiles({dir.path()}, nullptr);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].path, file.fileName());
    // new/ alone makes one.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("new")));
    QVERIFY(MaildirReader::isMaildir(dir.path()));
    QVERIFY(ReportImporter::collectFiles({dir.path()}, nullptr).isEmpty());
}

QTEST_GUILESS_MAIN(TestMaildirImport)
#include "tst_maildirimport.moc"
