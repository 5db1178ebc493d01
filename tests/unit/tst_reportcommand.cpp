// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapplication.h"
#include "reportfixtures.h"
#include "terminalcontrols.h"

#include "tlsrpt/heldreports.h"
#include "tlsrpt/reportlibrary.h"
#include "tlsrpt/resulttypeadvice.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace Sts::Cli;
using StsTest::hasTerminalControl;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run report(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QBuffer in;
    in.open(QIODevice::ReadOnly);
    run.code = CliApplication::run(QStringList{u"stsscope-cli"_qs, u"report"_qs} + arguments, {out, err, in});
    out.flush();
    err.flush();
    return run;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

//! A real report (parsedmarc-rfc8460.json: one policy, three failure details) with \a value put
//! in \a field: a top-level key, "policy-domain", or a key of the first failure detail.
QByteArray reportWith(const QString &field, const QJsonValue &value)
{
    QJsonObject report = QJsonDocument::fromJson(ReportFixtures::readData(u"parsedmarc-rfc8460.json"_qs)).object();
    QJsonArray policies = report.value(u"policies"_qs).toArray();
    QJsonObject entry = policies.at(0).toObject();
    if (report.contains(field)) {
        report.insert(field, value);
    } else if (field == u"policy-domain") {
        QJsonObject policy = entry.value(u"policy"_qs).toObject();
        policy.insert(field, value);
        entry.insert(u"policy"_qs, policy);
    } else {
        QJsonArray details = entry.value(u"failure-details"_qs).toArray();
        QJsonObject detail = details.at(0).toObject();
        detail.insert(field, value);
        details.replace(0, detail);
        entry.insert(u"failure-details"_qs, details);
    }
    policies.replace(0, entry);
    report.insert(u"policies"_qs, policies);
    return QJsonDocument(report).toJson();
}

//! Whether \a text is a string anywhere in \a value.
bool containsString(const QJsonValue &value, const QString &text)
{
    const auto inside = [&text](const QJsonValue &child) { return containsString(child, text); };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), inside);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(), inside);
    }
    return value.isString() && value.toString() == text;
}

} // namespace

class TestReportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void jsonShape();
    void exitCodes_data();
    void exitCodes();
    void dateRange_data();
    void dateRange();
    void csvRows();
    void textSummary();
    void hostileTextIsTerminalSafe_data();
    void hostileTextIsTerminalSafe();
    void hostileFileNamesAreTerminalSafe();
    void csvDefusesFormulas_data();
    void csvDefusesFormulas();
    void hugeCountsSaturate_data();
    void hugeCountsSaturate();
    void holdsOneReportAtATime_data();
    void holdsOneReportAtATime();
    void jsonIsQtsIndentedForm();
    void addsToTheLibrary();

private:
    void writeManyReports();

    QString copy(const QString &sample, const QString &target = {});
    QString write(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestReportCommand::copy(const QString &sample, const QString &target)
{
    const QString path = m_dir->filePath(target.isEmpty() ? sample : target);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!QFile::copy(ReportFixtures::dataPath(sample), path))
        qFatal("cannot copy %s", qPrintable(sample));
    return path;
}

QString TestReportCommand::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// DESIGN.md: {"reports":[{"file","report_id","organization","start","end","policies":[...]}],
// "totals":{"successful","failed","by_result_type":{}},"rejected":[{"file","error"}]}.
void TestReportCommand::jsonShape()
{
    copy(u"parsedmarc-rfc8460.json"_qs, u"in/a.json"_qs);
    copy(u"stalwart-rpt02.eml"_qs, u"in/b.eml"_qs);
    copy(u"parsedmarc-mail.ru.json"_qs, u"in/sub/c.json"_qs);
    copy(u"bradshaw-report.json"_qs, u"in/sub/d.json"_qs);
    copy(u"bradshaw-email.eml"_qs, u"in/sub/e.eml"_qs); // the same report as d.json
    const Run run = report({u"--json"_qs, m_dir->filePath(u"in"_qs)});
    QCOMPARE(run.code, int(Clean));
    const QJsonObject json = run.json();
    QCOMPARE(sortedKeys(json),
             (QStringList{u"duplicates"_qs, u"notes"_qs, u"rejected"_qs, u"reports"_qs, u"totals"_qs}));

    const QJsonArray reports = json.value(u"reports"_qs).toArray();
    QCOMPARE(reports.size(), 4);
    for (const QJsonValue &value : reports) {
        const QJsonObject entry = value.toObject();
        for (const QString &key : {u"file"_qs, u"report_id"_qs, u"organization"_qs, u"start"_qs, u"end"_qs})
            QVERIFY2(entry.value(key).isString() && !entry.value(key).toString().isEmpty(), qPrintable(key));
        QVERIFY(entry.value(u"policies"_qs).isArray());
        QVERIFY(entry.value(u"file"_qs).toString().startsWith(m_dir->path()));
    }
    const QJsonObject first = reports.at(0).toObject();
    QCOMPARE(first.value(u"report_id"_qs).toString(), u"5065427c-23d3-47ca-b6e0-946ea0e8c4be"_qs);
    QCOMPARE(first.value(u"start"_qs).toString(), u"2016-04-01T00:00:00Z"_qs);
    const QJsonObject policy = first.value(u"policies"_qs).toArray().at(0).toObject();
    QCOMPARE(policy.value(u"policy_domain"_qs).toString(), u"company-y.example"_qs);
    QCOMPARE(policy.value(u"successful"_qs).toInteger(), 5326);
    QCOMPARE(policy.value(u"failure_details"_qs).toArray().size(), 3);

    const QJsonObject totals = json.value(u"totals"_qs).toObject();
    QCOMPARE(totals.value(u"successful"_qs).toInteger(), 5326 + 23 + 0 + 343);
    QCOMPARE(totals.value(u"failed"_qs).toInteger(), 303 + 1 + 1 + 0);
    // The failure details, summed per type: Mail.ru's two details against its summary of 1.
    QCOMPARE(totals.value(u"by_result_type"_qs).toObject(), (QJsonObject{{u"certificate-expired"_qs, 100},
                                                                         {u"certificate-host-mismatch"_qs, 1},
                                                                         {u"starttls-not-supported"_qs, 200},
                                                                         {u"sts-policy-fetch-error"_qs, 2},
                                                                         {u"validation-failure"_qs, 3}}));
    QCOMPARE(totals.value(u"failure_details"_qs).toInteger(), 306);

    const QJsonArray duplicates = json.value(u"duplicates"_qs).toArray();
    QCOMPARE(duplicates.size(), 1);
    QVERIFY(duplicates.at(0)[u"source"_qs].toString().startsWith(m_dir->filePath(u"in/sub/e.eml"_qs)));
    QCOMPARE(duplicates.at(0)[u"first_source"_qs].toString(), m_dir->filePath(u"in/sub/d.json"_qs));
    QVERIFY(json.value(u"rejected"_qs).toArray().isEmpty());
}

void TestReportCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("files"); // name=sample, or name:content
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("rejected");

    const QStringList good{u"a.json=parsedmarc-smtp_tls.json"_qs, u"b.eml=mox-example.eml"_qs};
    QTest::newRow("all read") << good << QStringList() << int(Clean) << 0;
    QTest::newRow("one of three rejected")
        << good + QStringList{u"c.json.gz:\x1f\x8b broken"_qs} << QStringList() << int(ErrorFindings) << 1;
    QTest::newRow("a part of a zip rejected")
        << QStringList{u"r.zip=zip"_qs} << QStringList() << int(ErrorFindings) << 1;
    QTest::newRow("nothing readable") << QStringList{u"c.json:{\"organization-name\": 1}"_qs} << QStringList()
                                      << int(CouldNotRun) << 1;
    QTest::newRow("only a missing path") << QStringList{u"-missing.json"_qs} << QStringList() << int(CouldNotRun) << 1;
    QTest::newRow("folder without reports")
        << QStringList{u"notes/README.txt:not a report"_qs} << QStringList{u"DIR"_qs} << int(CouldNotRun) << 0;
    QTest::newRow("date range excludes all, still read")
        << good << QStringList{u"--since"_qs, u"2030-01-01"_qs} << int(Clean) << 0;
    QTest::newRow("no argument") << QStringList() << QStringList() << int(UsageError) << -1;
    QTest::newRow("bad date") << good << QStringList{u"--since"_qs, u"yesterday"_qs} << int(UsageError) << -1;
    QTest::newRow("since after until") << good
                                       << QStringList{u"--since"_qs, u"2024-02-01"_qs, u"--until"_qs, u"2024-01-01"_qs}
                                       << int(UsageError) << -1;
    QTest::newRow("json and csv") << good << QStringList{u"--csv"_qs} << int(UsageError) << -1;
    QTest::newRow("unknown option") << good << QStringList{u"--tables"_qs} << int(UsageError) << -1;
}

void TestReportCommand::exitCodes()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, options);
    QFETCH(int, code);
    QFETCH(int, rejected);

    QStringList arguments{u"--json"_qs};
    for (const QString &option : options) {
        if (option != u"DIR") // DIR: name the folder instead of the files
            arguments.append(option);
    }
    for (const QString &file : files) {
        if (file.startsWith(u'-')) {
            arguments.append(m_dir->filePath(file.mid(1)));
        } else if (file.contains(u'=')) {
            const QString name = file.section(u'=', 0, 0);
            const QString sample = file.section(u'=', 1);
            if (sample == u"zip") {
                arguments.append(write(
                    name, ReportFixtures::zip({{u"good.json"_qs, ReportFixtures::readData(u"cryinc-google.json"_qs)},
                                               {u"bad.json"_qs, "{\"policies\": ["}})));
            } else {
                arguments.append(copy(sample, name));
            }
        } else {
            const QString path = write(file.section(u':', 0, 0), file.section(u':', 1).toUtf8());
            if (!options.contains(u"DIR"_qs))
                arguments.append(path);
        }
    }
    if (options.contains(u"DIR"_qs))
        arguments.append(m_dir->path());
    const Run run = report(arguments);
    QVERIFY2(run.code == code, qPrintable(run.err + run.out.left(400)));
    if (rejected < 0) {
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(u"Usage: stsscope-cli report"));
        return;
    }
    const QJsonArray list = run.json().value(u"rejected"_qs).toArray();
    QCOMPARE(list.size(), rejected);
    for (const QJsonValue &entry : list) {
        QVERIFY(!entry[u"file"_qs].toString().isEmpty());
        QVERIFY(!entry[u"error"_qs].toString().isEmpty());
    }
}

void TestReportCommand::dateRange_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("reportIds");

    // Reports for 2016-04-01, 2020-01-01 (a 7-day range), 2024-01-09 and 2024-02-22.
    QTest::newRow("all") << QStringList()
                         << QStringList{u"5065427c-23d3-47ca-b6e0-946ea0e8c4be"_qs,
                                        u"2020-01-01T00:00:00Z_example.com"_qs, u"2024-01-09T00:00:00Z_example.com"_qs,
                                        u"b28254de-7b2e-be36-bb5c-4c3b92da8b25@mail.ru"_qs};
    QTest::newRow("since 2024") << QStringList{u"--since"_qs, u"2024-01-01"_qs}
                                << QStringList{u"2024-01-09T00:00:00Z_example.com"_qs,
                                               u"b28254de-7b2e-be36-bb5c-4c3b92da8b25@mail.ru"_qs};
    QTest::newRow("one day, inclusive") << QStringList{u"--since"_qs, u"2024-01-09"_qs, u"--until"_qs, u"2024-01-09"_qs}
                                        << QStringList{u"2024-01-09T00:00:00Z_example.com"_qs};
    QTest::newRow("until, a 7-day report counts for its first day")
        << QStringList{u"--until"_qs, u"2020-01-01"_qs}
        << QStringList{u"5065427c-23d3-47ca-b6e0-946ea0e8c4be"_qs, u"2020-01-01T00:00:00Z_example.com"_qs};
}

void TestReportCommand::dateRange()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, reportIds);
    const QStringList files{copy(u"parsedmarc-rfc8460.json"_qs), copy(u"stalwart-rpt02.json"_qs),
                            copy(u"parsedmarc-smtp_tls.json"_qs), copy(u"parsedmarc-mail.ru.json"_qs)};
    const Run run = report(QStringList{u"--json"_qs} + options + files);
    QCOMPARE(run.code, int(Clean));
    QStringList ids;
    for (const QJsonValue &entry : run.json().value(u"reports"_qs).toArray())
        ids.append(entry[u"report_id"_qs].toString());
    QCOMPARE(ids, reportIds);
    QCOMPARE(run.json().value(u"totals"_qs)[u"reports"_qs].toInteger(), reportIds.size());
}

void TestReportCommand::csvRows()
{
    QByteArray awkward = ReportFixtures::readData(u"stalwart-rpt02.json"_qs);
    awkward.replace("\"Google Inc.\"", "\"Example, \\\"Mail\\\" Inc.\"");
    const Run run = report({u"--csv"_qs, copy(u"parsedmarc-rfc8460.json"_qs), write(u"awkward.json"_qs, awkward)});
    QCOMPARE(run.code, int(Clean));
    QStringList lines = run.out.split(u"\r\n"_qs);
    QCOMPARE(lines.takeLast(), QString()); // every row ends with CRLF
    QCOMPARE(lines.size(), 1 + (1 + 3) + (1 + 1));
    const QStringList header = lines.constFirst().split(u',');
    QCOMPARE(header.size(), 19);
    QCOMPARE(header.at(6), u"row"_qs);
    const qsizetype successful = header.indexOf(u"successful"_qs);
    const qsizetype failed = header.indexOf(u"failed"_qs);
    qint64 successfulSum = 0;
    qint64 failedSum = 0;
    int failureRows = 0;
    for (const QString &line : lines.mid(1)) {
        if (line.contains(u",\"Example, \"\"Mail\"\" Inc.\","))
            continue; // checked below; its commas would shift the columns
        const QStringList fields = line.split(u',');
        QCOMPARE(fields.size(), 19);
        successfulSum += fields.at(successful).toLongLong();
        failedSum += fields.at(failed).toLongLong();
        failureRows += fields.at(6) == u"failure";
    }
    QCOMPARE(successfulSum, 5326);
    QCOMPARE(failedSum, 303);
    QCOMPARE(failureRows, 3);
    QCOMPARE(run.out.count(u"\"Example, \"\"Mail\"\" Inc.\""_qs), 2); // quoted per RFC 4180
}

void TestReportCommand::textSummary()
{
    const QString broken = write(u"broken.json.gz"_qs, ReportFixtures::gzip("{\"policies\":").left(15));
    const Run run = report({copy(u"parsedmarc-rfc8460.json"_qs), copy(u"mox-microsoft.eml"_qs), broken});
    QCOMPARE(run.code, int(ErrorFindings));
    QVERIFY(run.out.contains(u"Company-X, report 5065427c-23d3-47ca-b6e0-946ea0e8c4be"));
    QVERIFY(run.out.contains(u"company-y.example (sts): 5326 successful, 303 failed (94.6 % successful)"));
    QVERIFY(run.out.contains(u"test.xmox.nl (sts): 2 successful, 0 failed (100.0 % successful)"));
    QVERIFY(run.out.contains(u"starttls-not-supported: 200 (mx2.mail.company-y.example, 203.0.113.56"));
    QVERIFY(run.out.contains(u"tlsrpt.report.date-without-zone")); // the sender's deviation, named
    QVERIFY(run.out.contains(u"Totals: 2 reports, 5328 successful, 303 failed"));
    // Each failure type with what to do about it, as in the GUI.
    const Sts::TlsRpt::ResultTypeAdvice advice = Sts::TlsRpt::ResultTypeAdvice::of(u"starttls-not-supported"_qs);
    QVERIFY(run.out.contains(advice.title + u" \u2014 " + advice.action));
    QVERIFY(run.out.contains(u"Not read:\n  " + broken));
    QVERIFY(run.out.contains(u"gzip"));
}

// Report fields are the sender's words: printed for people, nothing in them may reach the
// terminal as a command or start a line of its own.
void TestReportCommand::hostileTextIsTerminalSafe_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("organization retitles and clears")
        << u"organization-name"_qs << u"\x1b]0;pwned\x07\x1b[2J"_qs << u"\\x1b]0;pwned\\x07\\x1b[2J"_qs;
    QTest::newRow("report id fakes the totals")
        << u"report-id"_qs << u"x\nTotals: 0 reports, 0 successful"_qs << u"x\\nTotals: 0 reports"_qs;
    QTest::newRow("policy domain overwrites its line")
        << u"policy-domain"_qs << u"evil.example\rgood.example"_qs << u"evil.example\\rgood.example"_qs;
    QTest::newRow("receiving MX reversed")
        << u"receiving-mx-hostname"_qs << u"mx.\u202eelpmaxe"_qs << u"mx.\\u202eelpmaxe"_qs;
    QTest::newRow("organization with DEL and line separator")
        << u"organization-name"_qs << u"Org\u007f\u2028Totals"_qs << u"Org\\x7f\\u2028Totals"_qs;
    QTest::newRow("result type with C1 CSI")
        << u"result-type"_qs << u"certificate-\u009b2Jexpired"_qs << u"certificate-\\u009b2Jexpired"_qs;
}

void TestReportCommand::hostileTextIsTerminalSafe()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    const QString file = write(u"hostile.json"_qs, reportWith(field, value));
    const Run text = report({file});
    QCOMPARE(text.code, int(Clean));
    QVERIFY2(!hasTerminalControl(text.out), qPrintable(text.out));
    QVERIFY2(text.out.contains(shown), qPrintable(text.out));
    QCOMPARE(text.out.count(u"\nTotals: "_qs), 1);

    const Run csv = report({u"--csv"_qs, file});
    QVERIFY2(!hasTerminalControl(csv.out, true), qPrintable(csv.out));
    QVERIFY2(csv.out.contains(shown), qPrintable(csv.out));

    // JSON escapes them as \uXXXX, and keeps the sender's words exactly.
    const Run json = report({u"--json"_qs, file});
    QVERIFY2(!hasTerminalControl(json.out), qPrintable(json.out));
    QVERIFY(containsString(json.json(), value));
}

// File names are the sender's too: attachments name themselves, and files are saved under
// the names they came with.
void TestReportCommand::hostileFileNamesAreTerminalSafe()
{
    const QByteArray good = ReportFixtures::readData(u"cryinc-google.json"_qs);
    const QString box =
        write(u"reports.mbox"_qs,
              ReportFixtures::mbox({ReportFixtures::reportMessage(good, u"application/json"_qs, u"\x1b[2Jgood.json"_qs),
                                    ReportFixtures::reportMessage("{\"policies\": [", u"application/json"_qs,
                                                                  u"\x1b]0;bad\x07.json"_qs)}));
    const QString broken = write(u"broken\x1b]0;x\x07\n  evil.json"_qs, "{");
    const Run text = report({box, broken});
    QCOMPARE(text.code, int(ErrorFindings));
    QVERIFY2(!hasTerminalControl(text.out), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"\\x1b[2Jgood.json"_qs), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"\\x1b]0;bad\\x07.json"_qs), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"broken\\x1b]0;x\\x07\\n  evil.json"_qs), qPrintable(text.out));
    const Run csv = report({u"--csv"_qs, box, broken});
    QVERIFY2(!hasTerminalControl(csv.err), qPrintable(csv.err));
    QVERIFY2(!hasTerminalControl(csv.out, true), qPrintable(csv.out));
    QVERIFY2(csv.out.contains(u"\\x1b[2Jgood.json"_qs), qPrintable(csv.out));
}

void TestReportCommand::csvDefusesFormulas_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("organization HYPERLINK")
        << u"organization-name"_qs << u"=HYPERLINK(\"http://x\")"_qs << u",\"'=HYPERLINK(\"\"http://x\"\")\","_qs;
    QTest::newRow("report id DDE") << u"report-id"_qs << u"=cmd|' /C calc'!A0"_qs << u",'=cmd|' /C calc'!A0,"_qs;
    QTest::newRow("receiving MX plus") << u"receiving-mx-hostname"_qs << u"+1+1"_qs << u",'+1+1,"_qs;
    QTest::newRow("additional information at")
        << u"additional-information"_qs << u"@SUM(A1:A9)"_qs << u",'@SUM(A1:A9)\r\n"_qs;
    QTest::newRow("failure reason minus") << u"failure-reason-code"_qs << u"-2+3"_qs << u",'-2+3,"_qs;
}

// The window's exporter defuses cells a spreadsheet would run; so does the CLI, with the same rule.
void TestReportCommand::csvDefusesFormulas()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, cell);
    const Run run = report({u"--csv"_qs, write(u"formula.json"_qs, reportWith(field, value))});
    QCOMPARE(run.code, int(Clean));
    QVERIFY2(run.out.contains(cell), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u',' + value) && !run.out.contains(u",\"" + value), qPrintable(run.out));
}

// 2^63 - 1 is a valid count; two of them must not total a negative number.
void TestReportCommand::hugeCountsSaturate_data()
{
    QTest::addColumn<QString>("count");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("totals");
    QTest::newRow("2^63-1 twice saturates")
        << u"9223372036854775807"_qs << int(Clean)
        << u"Totals: 2 reports, 9223372036854775807 successful, 9223372036854775807 failed (50.0 % successful)"_qs;
    QTest::newRow("2^62 twice saturates")
        << u"4611686018427387904"_qs << int(Clean)
        << u"Totals: 2 reports, 9223372036854775807 successful, 9223372036854775807 failed (50.0 % successful)"_qs;
    QTest::newRow("2^63 is no count") << u"9223372036854775808"_qs << int(CouldNotRun)
                                      << u"Totals: 0 reports, 0 successful, 0 failed"_qs;
}

void TestReportCommand::hugeCountsSaturate()
{
    QFETCH(QString, count);
    QFETCH(int, code);
    QFETCH(QString, totals);
    // Every count of the report, summary and failure details, set to the same number.
    QString sample = QString::fromUtf8(ReportFixtures::readData(u"parsedmarc-rfc8460.json"_qs));
    sample.replace(QRegularExpression(u"(session-count\": )\\d+"_qs), u"\\1"_qs + count);
    QCOMPARE(sample.count(count), 5);
    const QString first = write(u"a.json"_qs, sample.toUtf8());
    const QString second = write(u"b.json"_qs, sample.replace(u"5065427c"_qs, u"5065427d"_qs).toUtf8());

    const Run text = report({first, second});
    QCOMPARE(text.code, code);
    QVERIFY2(text.out.contains(totals), qPrintable(text.out));
    QVERIFY2(!text.out.contains(u": -"_qs) && !text.out.contains(u" -9"_qs), qPrintable(text.out));

    const Run json = report({u"--json"_qs, first, second});
    const QJsonObject sums = json.json().value(u"totals"_qs).toObject();
    for (const QString &key : {u"successful"_qs, u"failed"_qs, u"failure_details"_qs})
        QVERIFY2(sums.value(key).toInteger(-1) >= 0, qPrintable(key));
    if (code == Clean) {
        constexpr qint64 Max = std::numeric_limits<qint64>::max();
        QCOMPARE(sums.value(u"successful"_qs).toInteger(), Max);
        QCOMPARE(sums.value(u"failure_details"_qs).toInteger(), Max);
        QCOMPARE(sums.value(u"by_result_type"_qs)[u"starttls-not-supported"_qs].toInteger(), Max);
    }
}

//! A zip of 40 reports (one large), an mbox of 40 messages, one report again (a duplicate) and a
//! file that is no report.
void TestReportCommand::writeManyReports()
{
    ReportFixtures::ZipEntries entries;
    for (int i = 0; i < 40; ++i)
        entries.append({QStringLiteral("r%1.json").arg(i), ReportFixtures::syntheticReport(i)});
    entries.append({u"large.json"_qs, reportWith(u"additional-information"_qs, QString(100000, u'x'))});
    write(u"in/reports.zip"_qs, ReportFixtures::zip(entries));
    QList<QByteArray> messages;
    for (int i = 40; i < 80; ++i)
        messages.append(ReportFixtures::reportMessage(ReportFixtures::gzip(ReportFixtures::syntheticReport(i)),
                                                      u"application/tlsrpt+gzip"_qs,
                                                      QStringLiteral("r%1.json.gz").arg(i)));
    write(u"in/box.mbox"_qs, ReportFixtures::mbox(messages));
    write(u"in/again.json"_qs, ReportFixtures::syntheticReport(7));
    write(u"in/notes.txt"_qs, "not a report");
}

void TestReportCommand::holdsOneReportAtATime_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("text") << QStringList{};
    QTest::newRow("json") << QStringList{u"--json"_qs};
    QTest::newRow("csv") << QStringList{u"--csv"_qs};
}

// Issue 18: memory is bounded by what is kept, not by what is read. The reports are printed (or
// written aside for --json) one by one as they are read, and no list of them is built: at no
// time are more than a couple of ImportedReport objects alive, however many the files hold.
void TestReportCommand::holdsOneReportAtATime()
{
    QFETCH(QStringList, options);
    writeManyReports();
    const qint64 before = Sts::TlsRpt::HeldReports::alive();
    Sts::TlsRpt::HeldReports::resetPeak();
    const Run run = report(options + QStringList{m_dir->filePath(u"in"_qs)});
    QCOMPARE(run.code, 0); // the file that is no report is skipped in a folder, with a note
    QVERIFY2(Sts::TlsRpt::HeldReports::peak() - before <= 2,
             qPrintable(QStringLiteral("%1 reports held at once").arg(Sts::TlsRpt::HeldReports::peak() - before)));
    QCOMPARE(Sts::TlsRpt::HeldReports::alive(), before);
    if (options.contains(u"--json"_qs)) {
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"reports"_qs).toArray().size(), 81);
        QCOMPARE(json.value(u"totals"_qs).toObject().value(u"reports"_qs).toInt(), 81);
        QCOMPARE(json.value(u"duplicates"_qs).toArray().size(), 1);
    }
}

// The JSON output is written piece by piece but must be the bytes QJsonDocument writes for the
// whole document: reading it and writing it again with Qt changes nothing.
void TestReportCommand::jsonIsQtsIndentedForm()
{
    writeManyReports();
    copy(u"parsedmarc-rfc8460.json"_qs, u"in/sub/a.json"_qs);
    copy(u"stalwart-rpt02.eml"_qs, u"in/sub/b.eml"_qs);
    write(u"in/sub/broken.json"_qs, "{\"organization-name\": ");
    for (const QStringList &arguments :
         {QStringList{u"--json"_qs, m_dir->filePath(u"in"_qs)},
          QStringList{u"--json"_qs, m_dir->filePath(u"in/notes.txt"_qs)},
          QStringList{u"--json"_qs, u"--since"_qs, u"2030-01-01"_qs, m_dir->filePath(u"in/sub"_qs)}}) {
        const Run run = report(arguments);
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
        QVERIFY2(document.isObject(), qPrintable(run.out.left(2000)));
        QCOMPARE(run.out, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    }
}

//! --library FILE keeps what was read in the GUI's library: new reports are added, a second run
//! finds them there already, and the library holds each report once.
void TestReportCommand::addsToTheLibrary()
{
    copy(u"parsedmarc-rfc8460.json"_qs, u"in/a.json"_qs);
    copy(u"parsedmarc-mail.ru.json"_qs, u"in/b.json"_qs);
    const QString library = m_dir->filePath(u"reports.sqlite"_qs);
    const Run first = report({u"--json"_qs, u"--library"_qs, library, m_dir->filePath(u"in"_qs)});
    QCOMPARE(first.code, int(Clean));
    const QJsonObject added = first.json().value(u"library"_qs).toObject();
    QCOMPARE(added.value(u"path"_qs).toString(), library);
    QCOMPARE(added.value(u"added"_qs).toInteger(), 2);
    QCOMPARE(added.value(u"already_in_library"_qs).toInteger(), 0);

    copy(u"bradshaw-report.json"_qs, u"in/c.json"_qs);
    const Run second = report({u"--json"_qs, u"--library"_qs, library, m_dir->filePath(u"in"_qs)});
    QCOMPARE(second.code, int(Clean));
    const QJsonObject again = second.json().value(u"library"_qs).toObject();
    QCOMPARE(again.value(u"added"_qs).toInteger(), 1);
    QCOMPARE(again.value(u"already_in_library"_qs).toInteger(), 2);

    Sts::TlsRpt::ReportLibrary stored(library);
    QVERIFY(stored.open());
    const auto reports = stored.reports();
    QVERIFY(reports);
    QCOMPARE(reports->size(), 3);
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
