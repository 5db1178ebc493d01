// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/checkresult.h"
#include "check/findingregistry.h"
#include "cli/checkcommand.h"
#include "cli/cliapplication.h"
#include "cli/findingprinter.h"
#include "findingcodes.h"
#include "smtp/smtpcatalog.h"
#include "terminalcontrols.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Sts::Cli;
using StsTest::hasTerminalControl;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;

    QJsonObject json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not a JSON object: %s (%s)", qPrintable(out.left(200)), qPrintable(error.errorString()));
        return document.object();
    }
};

Result run(const QStringList &arguments, const QByteArray &input = {})
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    result.code = CliApplication::run(QStringList{u"stsscope-cli"_qs} + arguments, {out, err, in});
    out.flush();
    err.flush();
    return result;
}

QString data(const QString &file)
{
    return QStringLiteral(STS_TEST_DATA_DIR "/mta-sts/") + file;
}

QStringList keys(const QJsonObject &object)
{
    QStringList list = object.keys();
    list.sort();
    return list;
}

QStringList codesOf(const QJsonObject &document)
{
    QStringList codes;
    for (const QJsonValue &finding : document.value(u"findings"_qs).toArray())
        codes.append(finding.toObject().value(u"code"_qs).toString());
    codes.sort();
    return codes;
}

//! Every finding in JSON has the same shape (DESIGN.md: code, severity, subject, message, RFC; the
//! arguments of its message when it has some).
void checkFindingShapes(const QJsonObject &document)
{
    const QJsonValue findings = document.value(u"findings"_qs);
    QVERIFY(findings.isArray());
    const QStringList severities{u"ok"_qs, u"info"_qs, u"warning"_qs, u"error"_qs};
    for (const QJsonValue &value : findings.toArray()) {
        const QJsonObject finding = value.toObject();
        for (const QString &key : {u"code"_qs, u"severity"_qs, u"subject"_qs, u"message"_qs, u"rfc"_qs})
            QVERIFY2(finding.value(key).isString() && !finding.value(key).toString().isEmpty(), qPrintable(key));
        QVERIFY2(severities.contains(finding.value(u"severity"_qs).toString()),
                 qPrintable(finding.value(u"severity"_qs).toString()));
        for (const QString &key : finding.keys())
            QVERIFY2(QStringList({u"code"_qs, u"severity"_qs, u"subject"_qs, u"message"_qs, u"rfc"_qs, u"line"_qs,
                                  u"details"_qs, u"arguments"_qs})
                         .contains(key),
                     qPrintable(key));
        if (!finding.contains(u"arguments"_qs))
            continue;
        // The message is English whatever the language: the definition's text with these arguments.
        QStringList arguments;
        for (const QJsonValue &argument : finding.value(u"arguments"_qs).toArray()) {
            QVERIFY(argument.isString());
            arguments.append(argument.toString());
        }
        QVERIFY(!arguments.isEmpty());
        const Sts::FindingDefinition *definition = Sts::Check::findingDefinition(finding.value(u"code"_qs).toString());
        QVERIFY2(definition, qPrintable(finding.value(u"code"_qs).toString()));
        const QString english = Sts::substituteArguments(QString::fromUtf8(definition->message), arguments);
        QVERIFY2(finding.value(u"message"_qs).toString().startsWith(english),
                 qPrintable(finding.value(u"message"_qs).toString()));
    }
}

//! Retitles the terminal, clears the screen, then starts a line of its own.
const QString Hostile = u"\x1b]0;pwned\x07\x1b[2J\r\n  error    fake line \u202e"_qs;
const QString HostileShown = u"\\x1b]0;pwned\\x07\\x1b[2J\\r\\n  error    fake line \\u202e"_qs;

//! A checked domain with one MX and one address, \a text put where \a where says.
Sts::Check::CheckResult checkResultWith(const QString &where, const QString &text)
{
    using namespace Sts;
    Check::CheckResult result;
    result.domain = u"example.com"_qs;
    result.complete = true;
    result.verdict = Check::Verdict::Broken;
    result.summary = u"Mail does not reach mx.example.com."_qs;
    result.resolver = u"system"_qs;
    result.policyStatus = Check::PolicyStatus::Valid;
    result.policy.valid = true;
    result.policy.mode = MtaSts::Mode::Enforce;
    result.policy.maxAge = 86400;
    result.policy.mx = {where == u"policy mx" ? text : u"mx.example.com"_qs};
    Check::MxHostResult host;
    host.host = where == u"MX host" ? text : u"mx.example.com"_qs;
    host.preference = 10;
    Smtp::SmtpProbeResult probe;
    probe.host = host.host;
    probe.address = QHostAddress(u"192.0.2.1"_qs);
    probe.reached = Smtp::Step::Banner;
    probe.failed = true;
    probe.error = where == u"probe error" ? u"banner too large: "_qs + text : u"the server closed"_qs;
    if (where == u"banner")
        probe.banner = {text};
    const QString subject = u"mx.example.com [192.0.2.1]"_qs;
    probe.findings.append(where == u"banner" ? makeFinding(Smtp::Catalog::BannerRejected, subject, {u"554"_qs, text})
                                             : makeFinding(Smtp::Catalog::ConnectionClosed, subject, {u"EHLO"_qs}));
    if (where == u"EHLO line")
        probe.findings.append(makeFinding(Smtp::Catalog::EhloRejected, subject, {u"550"_qs, text}));
    host.probes.append(probe);
    result.mx.append(host);
    result.findings = probe.findings;
    return result;
}

//! Whether a string anywhere in \a value contains \a text.
bool holdsText(const QJsonValue &value, const QString &text)
{
    const auto inside = [&text](const QJsonValue &child) { return holdsText(child, text); };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), inside);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(), inside);
    }
    return value.toString().contains(text);
}

QString printed(const Sts::Check::CheckResult &result)
{
    QString text;
    QTextStream out(&text);
    CheckCommand::printHuman(out, result);
    out.flush();
    return text;
}

const QString ValidPolicy = u"checkdmarc-Valid.txt"_qs;
const QString InvalidPolicy = u"checkdmarc-InvalidMode.txt"_qs;

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // DESIGN.md: exit codes 0 clean, 1 error findings, 2 usage error, 3 could not run.
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");

        QTest::newRow("no arguments") << QStringList{} << int(UsageError);
        QTest::newRow("--help") << QStringList{u"--help"_qs} << int(Clean);
        QTest::newRow("help") << QStringList{u"help"_qs} << int(Clean);
        QTest::newRow("--version") << QStringList{u"--version"_qs} << int(Clean);
        QTest::newRow("unknown verb") << QStringList{u"frobnicate"_qs} << int(UsageError);
        QTest::newRow("verb missing its second word") << QStringList{u"txt"_qs} << int(UsageError);

        QTest::newRow("txt lint, valid") << QStringList{u"txt"_qs, u"lint"_qs, u"v=STSv1; id=abc"_qs} << int(Clean);
        QTest::newRow("txt lint, only info findings")
            << QStringList{u"txt"_qs, u"lint"_qs, u"v=spf1 -all"_qs} << int(Clean);
        QTest::newRow("txt lint, invalid id")
            << QStringList{u"txt"_qs, u"lint"_qs, u"v=STSv1; id=a-b"_qs} << int(ErrorFindings);
        QTest::newRow("txt lint, two STS records")
            << QStringList{u"txt"_qs, u"lint"_qs, u"v=STSv1; id=a"_qs, u"v=STSv1; id=b"_qs} << int(ErrorFindings);
        QTest::newRow("txt lint, valid set with a broken extra record")
            << QStringList{u"txt"_qs, u"lint"_qs, u"v=STSv1; id=a"_qs, u"v=STSv1"_qs} << int(ErrorFindings);
        // RFC 8461 §3.1: "If the number of resulting records is not one ... senders MUST assume the recipient
        // domain does not have an available MTA-STS Policy": an empty set (what dig prints) is no MTA-STS.
        QTest::newRow("txt lint, no record: RFC 8461 §3.1 number of records not one")
            << QStringList{u"txt"_qs, u"lint"_qs} << int(Clean);
        QTest::newRow("txt lint, unknown option")
            << QStringList{u"txt"_qs, u"lint"_qs, u"--bogus"_qs, u"v=STSv1; id=a"_qs} << int(UsageError);
        QTest::newRow("txt lint --help") << QStringList{u"txt"_qs, u"lint"_qs, u"--help"_qs} << int(Clean);

        QTest::newRow("tlsrpt-record lint, valid")
            << QStringList{u"tlsrpt-record"_qs, u"lint"_qs, u"v=TLSRPTv1; rua=mailto:a@example.com"_qs} << int(Clean);
        QTest::newRow("tlsrpt-record lint, http rua")
            << QStringList{u"tlsrpt-record"_qs, u"lint"_qs, u"v=TLSRPTv1; rua=http://example.com/"_qs}
            << int(ErrorFindings);
        QTest::newRow("tlsrpt-record lint, no record is a warning only")
            << QStringList{u"tlsrpt-record"_qs, u"lint"_qs, u"v=spf1 -all"_qs} << int(Clean);
        QTest::newRow("tlsrpt-record lint, no argument: the empty record set")
            << QStringList{u"tlsrpt-record"_qs, u"lint"_qs} << int(Clean);

        QTest::newRow("policy lint, valid file")
            << QStringList{u"policy"_qs, u"lint"_qs, data(ValidPolicy)} << int(Clean);
        QTest::newRow("policy lint, invalid file")
            << QStringList{u"policy"_qs, u"lint"_qs, data(InvalidPolicy)} << int(ErrorFindings);
        QTest::newRow("policy lint, warnings only")
            << QStringList{u"policy"_qs, u"lint"_qs, data(u"postfixresolver-fast-expire.txt"_qs)} << int(Clean);
        QTest::newRow("policy lint, blank line: RFC 8461 §3.2 sts-policy-record has no empty lines")
            << QStringList{u"policy"_qs, u"lint"_qs, data(u"mimecast-emptyLine.txt"_qs)} << int(ErrorFindings);
        QTest::newRow("policy lint, missing file")
            << QStringList{u"policy"_qs, u"lint"_qs, data(u"does-not-exist.txt"_qs)} << int(CouldNotRun);
        QTest::newRow("policy lint, a directory")
            << QStringList{u"policy"_qs, u"lint"_qs, QStringLiteral(STS_TEST_DATA_DIR)} << int(CouldNotRun);
        QTest::newRow("policy lint, two files")
            << QStringList{u"policy"_qs, u"lint"_qs, data(ValidPolicy), data(InvalidPolicy)} << int(UsageError);
        QTest::newRow("policy lint, no file") << QStringList{u"policy"_qs, u"lint"_qs} << int(UsageError);

        QTest::newRow("mx-match, match") << QStringList{u"mx-match"_qs, u"*.example.com"_qs, u"mx.example.com"_qs}
                                         << int(Clean);
        QTest::newRow("mx-match, no match")
            << QStringList{u"mx-match"_qs, u"*.example.com"_qs, u"example.com"_qs} << int(ErrorFindings);
        QTest::newRow("mx-match, invalid pattern")
            << QStringList{u"mx-match"_qs, u"mx.*.example.com"_qs, u"mx.a.example.com"_qs} << int(ErrorFindings);
        QTest::newRow("check, resolver given as a name")
            << QStringList{u"check"_qs, u"--resolver"_qs, u"dns.example"_qs, u"example.com"_qs} << int(UsageError);
        QTest::newRow("check, resolver port out of range")
            << QStringList{u"check"_qs, u"--resolver"_qs, u"127.0.0.1@70000"_qs, u"example.com"_qs} << int(UsageError);
        // Refused before anything is looked up, by the window's rule (DomainInput).
        QTest::newRow("check, an IP address") << QStringList{u"check"_qs, u"192.0.2.1"_qs} << int(UsageError);
        QTest::newRow("check, an HTTP proxy")
            << QStringList{u"check"_qs, u"--proxy"_qs, u"http://127.0.0.1:8080"_qs, u"example.com"_qs}
            << int(UsageError);
        QTest::newRow("check, a proxy without port")
            << QStringList{u"check"_qs, u"--proxy"_qs, u"socks5://127.0.0.1"_qs, u"example.com"_qs} << int(UsageError);
        QTest::newRow("check, one label") << QStringList{u"check"_qs, u"localhost"_qs} << int(UsageError);
        QTest::newRow("check, a good and a bad name")
            << QStringList{u"check"_qs, u"example.com"_qs, u"not a domain"_qs} << int(UsageError);
        QTest::newRow("mx-match, one argument") << QStringList{u"mx-match"_qs, u"*.example.com"_qs} << int(UsageError);
        QTest::newRow("mx-match, three arguments")
            << QStringList{u"mx-match"_qs, u"a.example"_qs, u"b.example"_qs, u"c.example"_qs} << int(UsageError);

        QTest::newRow("policy generate, valid")
            << QStringList{u"policy"_qs,  u"generate"_qs, u"--domain"_qs,       u"example.com"_qs, u"--mode"_qs,
                           u"enforce"_qs, u"--mx"_qs,     u"mx.example.com"_qs, u"--id"_qs,        u"abc"_qs}
            << int(Clean);
        QTest::newRow("policy generate, enforce without mx")
            << QStringList{u"policy"_qs, u"generate"_qs, u"--domain"_qs, u"example.com"_qs, u"--mode"_qs, u"enforce"_qs}
            << int(ErrorFindings);
        QTest::newRow("policy generate, none without mx")
            << QStringList{u"policy"_qs, u"generate"_qs, u"--domain"_qs, u"example.com"_qs, u"--mode"_qs, u"none"_qs}
            << int(Clean);
        // The rule of `check` and the wizard: one label or an IP address is no mail domain.
        QTest::newRow("policy generate, bad domain")
            << QStringList{u"policy"_qs, u"generate"_qs, u"--domain"_qs, u"example"_qs, u"--mx"_qs, u"mx.example"_qs}
            << int(UsageError);
        QTest::newRow("policy generate, an IP address")
            << QStringList{u"policy"_qs, u"generate"_qs, u"--domain"_qs, u"192.0.2.1"_qs, u"--mx"_qs, u"mx.example"_qs}
            << int(UsageError);
        QTest::newRow("policy generate, max-age out of range")
            << QStringList{u"policy"_qs, u"generate"_qs,       u"--domain"_qs,  u"example.com"_qs,
                           u"--mx"_qs,   u"mx.example.com"_qs, u"--max-age"_qs, u"31557601"_qs}
            << int(ErrorFindings);
        QTest::newRow("policy generate, no domain")
            << QStringList{u"policy"_qs, u"generate"_qs, u"--mx"_qs, u"mx.example.com"_qs} << int(UsageError);
        QTest::newRow("policy generate, unknown mode")
            << QStringList{u"policy"_qs, u"generate"_qs, u"--domain"_qs, u"example.com"_qs, u"--mode"_qs, u"strict"_qs}
            << int(UsageError);
        QTest::newRow("policy generate, max-age not a number")
            << QStringList{u"policy"_qs, u"generate"_qs,       u"--domain"_qs,  u"example.com"_qs,
                           u"--mx"_qs,   u"mx.example.com"_qs, u"--max-age"_qs, u"1w"_qs}
            << int(UsageError);
        QTest::newRow("policy generate, stray positional")
            << QStringList{u"policy"_qs, u"generate"_qs, u"--domain"_qs, u"example.com"_qs, u"extra"_qs}
            << int(UsageError);
        QTest::newRow("policy generate, option without value")
            << QStringList{u"policy"_qs, u"generate"_qs, u"--domain"_qs} << int(UsageError);
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const Result result = run(arguments);
        QVERIFY2(result.code == code, qPrintable(QStringLiteral("exit %1, expected %2\nstdout: %3\nstderr: %4")
                                                     .arg(result.code)
                                                     .arg(code)
                                                     .arg(result.out.left(500), result.err.left(500))));
        // usage errors and failures to run explain themselves on stderr; clean runs keep it quiet
        if (code == UsageError || code == CouldNotRun)
            QVERIFY(!result.err.isEmpty());
        else
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    void helpAndVersionText()
    {
        const Result version = run({u"--version"_qs});
        QCOMPARE(version.out, u"stsscope-cli "_qs + QStringLiteral(STS_VERSION) + u'\n');
        const Result help = run({u"--help"_qs});
        for (const QString &verb :
             {u"txt lint"_qs, u"tlsrpt-record lint"_qs, u"policy lint"_qs, u"policy generate"_qs, u"mx-match"_qs})
            QVERIFY2(help.out.contains(verb), qPrintable(verb));
        const Result verbHelp = run({u"mx-match"_qs, u"--help"_qs});
        QVERIFY(verbHelp.out.startsWith(u"Usage: stsscope-cli mx-match [options] PATTERN HOST"_qs));
        QVERIFY(verbHelp.out.contains(u"--json"_qs));
    }

    // txt lint --json: {"valid", "id", "findings"}
    void txtLintJson_data()
    {
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("id"); // empty: null
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("valid") << QStringList{u"v=STSv1; id=20240101"_qs} << true << u"20240101"_qs
                               << QStringList{u"sts.txt.valid"_qs};
        QTest::newRow("invalid id") << QStringList{u"v=STSv1; id=2024-01-01"_qs} << false << QString()
                                    << QStringList{u"sts.txt.id-invalid"_qs};
        QTest::newRow("one argument per record")
            << QStringList{u"v=spf1 -all"_qs, u"v=STSv1; id=abc"_qs} << true << u"abc"_qs
            << QStringList{u"sts.txt.not-sts"_qs, u"sts.txt.valid"_qs};
        QTest::newRow("two STS records") << QStringList{u"v=STSv1; id=a"_qs, u"v=STSv1; id=b"_qs} << false << QString()
                                         << QStringList{u"sts.txt.multiple"_qs};
        // RFC 8461 §3.1: not one record means "the recipient domain does not have an available MTA-STS Policy".
        QTest::newRow("no record (dig's empty answer): RFC 8461 §3.1 no available policy")
            << QStringList{} << false << QString() << QStringList{u"sts.txt.none"_qs};
    }
    void txtLintJson()
    {
        QFETCH(QStringList, records);
        QFETCH(bool, valid);
        QFETCH(QString, id);
        QFETCH(QStringList, codes);
        const Result result = run(QStringList{u"txt"_qs, u"lint"_qs, u"--json"_qs} + records);
        const QJsonObject json = result.json();
        QCOMPARE(keys(json), (QStringList{u"findings"_qs, u"id"_qs, u"valid"_qs}));
        QVERIFY(json.value(u"valid"_qs).isBool());
        QCOMPARE(json.value(u"valid"_qs).toBool(), valid);
        if (id.isEmpty())
            QVERIFY(json.value(u"id"_qs).isNull());
        else
            QCOMPARE(json.value(u"id"_qs).toString(), id);
        QCOMPARE(codesOf(json), StsTest::sorted(codes));
        checkFindingShapes(json);
        // No record is no MTA-STS, a note rather than an error.
        const bool errors = !valid && codes != QStringList{u"sts.txt.none"_qs};
        QCOMPARE(result.code, errors ? int(ErrorFindings) : int(Clean));
    }

    // policy lint --json: {"valid", "mode", "max_age", "mx", "findings"}
    void policyLintJson_data()
    {
        QTest::addColumn<QString>("file"); // "-": the body column is given on stdin
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mode"); // empty: null
        QTest::addColumn<int>("maxAge");   // -1: null
        QTest::addColumn<QStringList>("mx");
        QTest::addColumn<QStringList>("codes");

        QTest::newRow("valid file") << data(ValidPolicy) << QByteArray() << true << u"enforce"_qs << 86400
                                    << QStringList{u"mail.example.com"_qs} << QStringList{u"sts.policy.valid"_qs};
        QTest::newRow("invalid mode") << data(InvalidPolicy) << QByteArray() << false << QString() << 86400
                                      << QStringList{u"mail.example.com"_qs}
                                      << QStringList{u"sts.policy.mode-invalid"_qs};
        QTest::newRow("stdin, testing") << u"-"_qs
                                        << QByteArray("version: STSv1\nmode: testing\nmx: *.example.com\n"
                                                      "mx: mx.example.net\nmax_age: 604800\n")
                                        << true << u"testing"_qs << 604800
                                        << QStringList{u"*.example.com"_qs, u"mx.example.net"_qs}
                                        << QStringList{u"sts.policy.mode-testing"_qs, u"sts.policy.valid"_qs};
        QTest::newRow("stdin, no max_age")
            << u"-"_qs << QByteArray("version: STSv1\nmode: none\n") << false << u"none"_qs << -1 << QStringList{}
            << QStringList{u"sts.policy.missing-key"_qs, u"sts.policy.mx-missing-mode-none"_qs};
        QTest::newRow("stdin, empty") << u"-"_qs << QByteArray() << false << QString() << -1 << QStringList{}
                                      << QStringList{u"sts.policy.empty"_qs};
        QTest::newRow("stdin, over 64 KiB")
            << u"-"_qs
            << QByteArray("version: STSv1\nmode: none\nmax_age: 86400\nmx: mx.example.com\npad: ") +
                   QByteArray(70000, 'p') + '\n'
            << false << u"none"_qs << 86400 << QStringList{u"mx.example.com"_qs}
            << QStringList{u"sts.policy.too-large"_qs, u"sts.policy.unknown-key"_qs};
    }
    void policyLintJson()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(QString, mode);
        QFETCH(int, maxAge);
        QFETCH(QStringList, mx);
        QFETCH(QStringList, codes);

        const Result result = run({u"policy"_qs, u"lint"_qs, u"--json"_qs, file}, body);
        const QJsonObject json = result.json();
        QCOMPARE(keys(json), (QStringList{u"findings"_qs, u"max_age"_qs, u"mode"_qs, u"mx"_qs, u"valid"_qs}));
        QCOMPARE(json.value(u"valid"_qs).toBool(), valid);
        if (mode.isEmpty())
            QVERIFY(json.value(u"mode"_qs).isNull());
        else
            QCOMPARE(json.value(u"mode"_qs).toString(), mode);
        if (maxAge < 0)
            QVERIFY(json.value(u"max_age"_qs).isNull());
        else
            QCOMPARE(json.value(u"max_age"_qs).toInteger(), qint64(maxAge));
        QVERIFY(json.value(u"mx"_qs).isArray());
        QCOMPARE(json.value(u"mx"_qs).toVariant().toStringList(), mx);
        QCOMPARE(codesOf(json), StsTest::sorted(codes));
        checkFindingShapes(json);
        QCOMPARE(result.code, valid ? int(Clean) : int(ErrorFindings));
    }

    void policyLintFindingsCarryLines()
    {
        const Result result =
            run({u"policy"_qs, u"lint"_qs, u"--json"_qs, u"-"_qs}, "version: STSv1\nmode: enforce\nmode: none\n");
        const QJsonArray findings = result.json().value(u"findings"_qs).toArray();
        const auto duplicate = std::find_if(findings.begin(), findings.end(), [](const QJsonValue &value) {
            return value.toObject().value(u"code"_qs).toString() == u"sts.policy.duplicate-key"_qs;
        });
        QVERIFY(duplicate != findings.end());
        QCOMPARE((*duplicate).toObject().value(u"line"_qs).toInt(), 3);
        QCOMPARE((*duplicate).toObject().value(u"subject"_qs).toString(), u"stdin"_qs);
    }

    // tlsrpt-record lint --json: {"valid", "rua", "findings"}
    void tlsRptLintJson_data()
    {
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("rua");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("two URIs") << QStringList{u"v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.com/v1"_qs}
                                  << true << QStringList{u"mailto:a@example.com"_qs, u"https://r.example.com/v1"_qs}
                                  << QStringList{u"tlsrpt.record.valid"_qs};
        QTest::newRow("http only") << QStringList{u"v=TLSRPTv1; rua=http://r.example.com/"_qs} << false << QStringList{}
                                   << QStringList{u"tlsrpt.rua.scheme"_qs};
        QTest::newRow("two records") << QStringList{u"v=TLSRPTv1; rua=mailto:a@example.com"_qs,
                                                    u"v=TLSRPTv1; rua=mailto:b@example.com"_qs}
                                     << false << QStringList{} << QStringList{u"tlsrpt.record.multiple"_qs};
    }
    void tlsRptLintJson()
    {
        QFETCH(QStringList, records);
        QFETCH(bool, valid);
        QFETCH(QStringList, rua);
        QFETCH(QStringList, codes);
        const Result result = run(QStringList{u"tlsrpt-record"_qs, u"lint"_qs, u"--json"_qs} + records);
        const QJsonObject json = result.json();
        QCOMPARE(keys(json), (QStringList{u"findings"_qs, u"rua"_qs, u"valid"_qs}));
        QCOMPARE(json.value(u"valid"_qs).toBool(), valid);
        QVERIFY(json.value(u"rua"_qs).isArray());
        QCOMPARE(json.value(u"rua"_qs).toVariant().toStringList(), rua);
        QCOMPARE(codesOf(json), StsTest::sorted(codes));
        checkFindingShapes(json);
    }

    // mx-match --json: {"match", "pattern", "host", "findings"}
    void mxMatchJson_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("match");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("one label") << u"*.example.com"_qs << u"mx.example.com"_qs << true << QStringList{};
        QTest::newRow("two labels") << u"*.example.com"_qs << u"a.b.example.com"_qs << false << QStringList{};
        QTest::newRow("IDN") << QString::fromUtf8("*.b\u00fccher.example") << u"mx.xn--bcher-kva.example"_qs << true
                             << QStringList{u"sts.mx.unicode"_qs};
        QTest::newRow("invalid pattern") << u"*"_qs << u"mx.example.com"_qs << false
                                         << QStringList{u"sts.mx.wildcard-position"_qs};
    }
    void mxMatchJson()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, match);
        QFETCH(QStringList, codes);
        const Result result = run({u"mx-match"_qs, u"--json"_qs, pattern, host});
        const QJsonObject json = result.json();
        QCOMPARE(keys(json), (QStringList{u"findings"_qs, u"host"_qs, u"match"_qs, u"pattern"_qs}));
        QVERIFY(json.value(u"match"_qs).isBool());
        QCOMPARE(json.value(u"match"_qs).toBool(), match);
        QCOMPARE(json.value(u"pattern"_qs).toString(), pattern);
        QCOMPARE(json.value(u"host"_qs).toString(), host);
        QCOMPARE(codesOf(json), StsTest::sorted(codes));
        checkFindingShapes(json);
        QCOMPARE(result.code, match ? int(Clean) : int(ErrorFindings));
    }

    void humanOutput()
    {
        const Result valid = run({u"txt"_qs, u"lint"_qs, u"v=STSv1; id=abc"_qs});
        QVERIFY2(valid.out.startsWith(u"_mta-sts: valid (id abc)\n"_qs), qPrintable(valid.out));
        const Result invalid = run({u"txt"_qs, u"lint"_qs, u"v=STSv1; id=a-b"_qs});
        QVERIFY2(invalid.out.startsWith(u"_mta-sts: invalid\n"_qs), qPrintable(invalid.out));
        QVERIFY2(invalid.out.contains(u"[sts.txt.id-invalid, RFC 8461 §3.1]"_qs), qPrintable(invalid.out));
        const Result policy = run({u"policy"_qs, u"lint"_qs, u"-"_qs}, "version: STSv1\nmode: enforce\n");
        QVERIFY2(policy.out.startsWith(u"-: invalid\n"_qs), qPrintable(policy.out));
        QVERIFY(policy.out.contains(u"sts.policy.missing-key"_qs));
        const Result match = run({u"mx-match"_qs, u"*.example.com"_qs, u"mx.example.com"_qs});
        QCOMPARE(match.out, u"*.example.com matches mx.example.com\n"_qs);
        const Result noMatch = run({u"mx-match"_qs, u"*.example.com"_qs, u"example.com"_qs});
        QCOMPARE(noMatch.out, u"*.example.com does not match example.com\n"_qs);
    }

    // What a domain's servers and records say is shown, never run by the terminal.
    void checkPrinterIsTerminalSafe_data()
    {
        QTest::addColumn<QString>("where");
        for (const char *where : {"banner", "EHLO line", "probe error", "MX host", "policy mx"})
            QTest::newRow(where) << QString::fromLatin1(where);
    }

    void checkPrinterIsTerminalSafe()
    {
        QFETCH(QString, where);
        const QString benign = printed(checkResultWith(where, u"plain"_qs));
        const QString hostile = printed(checkResultWith(where, Hostile));
        QVERIFY2(!hasTerminalControl(hostile), qPrintable(hostile));
        QVERIFY2(hostile.contains(HostileShown), qPrintable(hostile));
        QCOMPARE(hostile.count(u'\n'), benign.count(u'\n')); // no line of its own
    }

    void humanOutputIsTerminalSafe_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("escaped"); // false: the verb shows the bytes as U+FFFD itself
        const QString escape = u"\x1b]0;pwned\x07\x1b[2J\rx\n"_qs;
        QTest::newRow("txt lint") << QStringList{u"txt"_qs, u"lint"_qs, u"v=STSv1; id="_qs + escape} << QByteArray()
                                  << false;
        QTest::newRow("tlsrpt-record lint")
            << QStringList{u"tlsrpt-record"_qs, u"lint"_qs, u"v=TLSRPTv1; rua=mailto:"_qs + escape + u"@example.com"_qs}
            << QByteArray() << false;
        QTest::newRow("mx-match") << QStringList{u"mx-match"_qs, u"*.example.com"_qs + escape, escape} << QByteArray()
                                  << true;
        QTest::newRow("policy lint") << QStringList{u"policy"_qs, u"lint"_qs, u"-"_qs}
                                     << (u"version: STSv1\nmode: enforce\nmx: \u202e"_qs + escape +
                                         u"mx.example.com\nmax_age: 86400\n"_qs)
                                            .toUtf8()
                                     << false;
        QTest::newRow("policy lint, missing file")
            << QStringList{u"policy"_qs, u"lint"_qs, u"/nonexistent/"_qs + escape} << QByteArray() << true;
        QTest::newRow("unknown verb") << QStringList{escape} << QByteArray() << true;
        QTest::newRow("unknown option") << QStringList{u"mx-match"_qs, u"--"_qs + escape, u"a"_qs, u"b"_qs}
                                        << QByteArray() << true;
        QTest::newRow("report, missing file")
            << QStringList{u"report"_qs, u"/nonexistent/"_qs + escape + u".json"_qs} << QByteArray() << true;
    }

    void humanOutputIsTerminalSafe()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(bool, escaped);
        const Result result = run(arguments, input);
        QVERIFY2(!hasTerminalControl(result.out), qPrintable(result.out));
        QVERIFY2(!hasTerminalControl(result.err), qPrintable(result.err));
        const QString both = result.out + result.err;
        QVERIFY2(!escaped || both.contains(u"\\x1b]0;pwned\\x07\\x1b[2J\\rx\\n"_qs), qPrintable(both));
    }

    // JSON escapes C0 controls by itself; what else a terminal obeys or a viewer reorders (DEL,
    // C1, bidi controls, line separators) is escaped too, and a parser still reads it as written.
    void jsonOutputIsTerminalSafe_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("quoted"); // the hostile text as the document quotes it, if it does
        const QString hostile = u"a\u007fb\u009b2J\u202eevil\u2066\u2069\u2028\u2029"_qs;
        QTest::newRow("txt lint") << QStringList{u"txt"_qs, u"lint"_qs, u"--json"_qs, u"v=STSv1; id=x"_qs + hostile}
                                  << QByteArray() << QString();
        QTest::newRow("tlsrpt-record lint") << QStringList{u"tlsrpt-record"_qs, u"lint"_qs, u"--json"_qs,
                                                           u"v=TLSRPTv1; rua=mailto:"_qs + hostile + u"@example.com"_qs}
                                            << QByteArray() << QString();
        QTest::newRow("mx-match") << QStringList{u"mx-match"_qs, u"--json"_qs, u"*.example.com"_qs, hostile}
                                  << QByteArray() << hostile;
        QTest::newRow("policy lint")
            << QStringList{u"policy"_qs, u"lint"_qs, u"--json"_qs, u"-"_qs}
            << (u"version: STSv1\nmode: enforce\nmx: "_qs + hostile + u".example.com\nmax_age: 86400\n"_qs).toUtf8()
            << QString();
    }

    void jsonOutputIsTerminalSafe()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, quoted);
        const Result result = run(arguments, input);
        QVERIFY2(!hasTerminalControl(result.out), qPrintable(result.out));
        // Verbs that quote the text (the lint verbs show bytes outside ASCII as U+FFFD themselves).
        QVERIFY2(quoted.isEmpty() || result.out.contains(u"\\u202e"_qs), qPrintable(result.out));
        const QJsonObject json = result.json();
        QVERIFY(!json.isEmpty());
        QVERIFY2(quoted.isEmpty() || holdsText(json, quoted), qPrintable(result.out));
    }

    // check --json: what servers and records say, escaped the same way.
    void checkJsonIsTerminalSafe_data() { checkPrinterIsTerminalSafe_data(); }

    void checkJsonIsTerminalSafe()
    {
        QFETCH(QString, where);
        const QString hostile = Hostile + u"\u007f\u0085\u2028\u2069"_qs;
        QString text;
        QTextStream out(&text);
        FindingPrinter::printJson(out, checkResultWith(where, hostile).toJson());
        out.flush();
        QVERIFY2(!hasTerminalControl(text), qPrintable(text));
        QVERIFY2(
            text.contains(
                u"\\u001b]0;pwned\\u0007\\u001b[2J\\r\\n  error    fake line \\u202e\\u007f\\u0085\\u2028\\u2069"_qs),
            qPrintable(text));
        QVERIFY(QJsonDocument::fromJson(text.toUtf8()).isObject());
    }

    void generateWritesFiles()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString out = directory.filePath(u"site"_qs); // created by the verb
        const Result result = run({u"policy"_qs, u"generate"_qs, u"--domain"_qs, u"example.com"_qs, u"--mode"_qs,
                                   u"enforce"_qs, u"--mx"_qs, u"mx1.example.com"_qs, u"--mx"_qs,
                                   u"*.backup.example.com"_qs, u"--max-age"_qs, u"1209600"_qs, u"--rua"_qs,
                                   u"mailto:tlsrpt@example.com"_qs, u"--id"_qs, u"20260304"_qs, u"--out"_qs, out});
        QCOMPARE(result.code, int(Clean));

        QFile policy(QDir(out).filePath(u"mta-sts.txt"_qs));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QCOMPARE(policy.readAll(), QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\n"
                                              "mx: *.backup.example.com\r\nmax_age: 1209600\r\n"));
        QFile zone(QDir(out).filePath(u"records.zone"_qs));
        QVERIFY(zone.open(QIODevice::ReadOnly));
        QCOMPARE(zone.readAll(), QByteArray("_mta-sts.example.com. 3600 IN TXT \"v=STSv1; id=20260304\"\n"
                                            "_smtp._tls.example.com. 3600 IN TXT "
                                            "\"v=TLSRPTv1; rua=mailto:tlsrpt@example.com\"\n"));
        QVERIFY(result.out.contains(u"Wrote "_qs + policy.fileName()));
        // The same files as the wizard's last page: records as plain values and a snippet per server.
        QStringList names = QDir(out).entryList(QDir::Files);
        names.sort();
        QCOMPARE(names, (QStringList{u"Caddyfile"_qs, u"apache-httpd.conf"_qs, u"dns-records.txt"_qs, u"mta-sts.txt"_qs,
                                     u"nginx.conf"_qs, u"records.zone"_qs, u"static-hosting.txt"_qs}));
        QFile nginx(QDir(out).filePath(u"nginx.conf"_qs));
        QVERIFY(nginx.open(QIODevice::ReadOnly));
        QVERIFY(nginx.readAll().contains("server_name mta-sts.example.com;"));
        QFile form(QDir(out).filePath(u"dns-records.txt"_qs));
        QVERIFY(form.open(QIODevice::ReadOnly));
        QVERIFY(form.readAll().contains("Value:     v=TLSRPTv1; rua=mailto:tlsrpt@example.com\n"));

        // what was written passes the linter verb
        const Result lint = run({u"policy"_qs, u"lint"_qs, u"--json"_qs, policy.fileName()});
        QCOMPARE(lint.code, int(Clean));
        QCOMPARE(lint.json().value(u"valid"_qs).toBool(), true);
    }

    void generateJson()
    {
        QTemporaryDir directory;
        const Result result = run({u"policy"_qs, u"generate"_qs, u"--json"_qs, u"--domain"_qs, u"example.com"_qs,
                                   u"--mode"_qs, u"testing"_qs, u"--mx"_qs, u"mx.example.com"_qs, u"--id"_qs, u"abc"_qs,
                                   u"--out"_qs, directory.path()});
        QCOMPARE(result.code, int(Clean));
        const QJsonObject json = result.json();
        QCOMPARE(keys(json), (QStringList{u"files"_qs, u"findings"_qs, u"id"_qs, u"policy"_qs, u"policy_url"_qs,
                                          u"records"_qs, u"valid"_qs}));
        QCOMPARE(json.value(u"valid"_qs).toBool(), true);
        QCOMPARE(json.value(u"id"_qs).toString(), u"abc"_qs);
        QCOMPARE(json.value(u"policy_url"_qs).toString(), u"https://mta-sts.example.com/.well-known/mta-sts.txt"_qs);
        QCOMPARE(json.value(u"policy"_qs).toString(),
                 u"version: STSv1\r\nmode: testing\r\nmx: mx.example.com\r\nmax_age: 86400\r\n"_qs);
        const QJsonObject records = json.value(u"records"_qs).toObject();
        QCOMPARE(keys(records), QStringList{u"mta_sts"_qs}); // no rua given: no TLS-RPT record
        QCOMPARE(records.value(u"mta_sts"_qs).toObject().value(u"name"_qs).toString(), u"_mta-sts.example.com."_qs);
        QCOMPARE(records.value(u"mta_sts"_qs).toObject().value(u"value"_qs).toString(), u"v=STSv1; id=abc"_qs);
        QCOMPARE(json.value(u"files"_qs).toArray().size(), 7); // the policy, two record files, four snippets
        checkFindingShapes(json);
    }

    //! --domain follows the rule of `check` and the wizard: an address stands for its domain,
    //! and stderr says what was made of it.
    void generateTakesTheDomainOfAnAddress()
    {
        const Result result =
            run({u"policy"_qs, u"generate"_qs, u"--json"_qs, u"--domain"_qs, u"postmaster@Example.COM"_qs, u"--mode"_qs,
                 u"testing"_qs, u"--mx"_qs, u"mx.example.com"_qs, u"--id"_qs, u"abc"_qs});
        QCOMPARE(result.code, int(Clean));
        QCOMPARE(result.json().value(u"policy_url"_qs).toString(),
                 u"https://mta-sts.example.com/.well-known/mta-sts.txt"_qs);
        QVERIFY2(result.err.contains(u"using example.com"), qPrintable(result.err));
    }

    void generateRefusesWithoutWriting()
    {
        QTemporaryDir directory;
        const QString out = directory.filePath(u"never"_qs);
        const Result result = run({u"policy"_qs, u"generate"_qs, u"--json"_qs, u"--domain"_qs, u"example.com"_qs,
                                   u"--mode"_qs, u"enforce"_qs, u"--out"_qs, out});
        QCOMPARE(result.code, int(ErrorFindings));
        const QJsonObject json = result.json();
        QCOMPARE(json.value(u"valid"_qs).toBool(), false);
        QCOMPARE(codesOf(json), QStringList{u"sts.generate.no-mx"_qs});
        QVERIFY(json.value(u"files"_qs).toArray().isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    void generateCannotWrite()
    {
        QTemporaryDir directory;
        QFile blocker(directory.filePath(u"file"_qs));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Result result = run({u"policy"_qs, u"generate"_qs, u"--domain"_qs, u"example.com"_qs, u"--mx"_qs,
                                   u"mx.example.com"_qs, u"--out"_qs, blocker.fileName() + u"/sub"_qs});
        QCOMPARE(result.code, int(CouldNotRun));
        QVERIFY(result.err.contains(u"cannot"_qs));
    }

    //! watch: what it refuses before it checks anything, with the exit code for cron.
    void watchUsage_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("saying");
        QTest::newRow("no --list") << QString() << QStringList{} << int(UsageError) << u"--list"_qs;
        QTest::newRow("a line that is no domain")
            << u"# watched\nexample.com\n\n192.0.2.1\n"_qs << QStringList{} << int(UsageError) << u"line 4"_qs;
        QTest::newRow("only comments") << u"# nothing yet\n\n"_qs << QStringList{} << int(UsageError)
                                       << u"no domain"_qs;
        QTest::newRow("a stray argument")
            << u"example.com\n"_qs << QStringList{u"example.org"_qs} << int(UsageError) << u"watch"_qs;
        QTest::newRow("a bad timeout") << u"example.com\n"_qs << QStringList{u"--timeout"_qs, u"0"_qs}
                                       << int(UsageError) << u"--timeout"_qs;
        QTest::newRow("a state that cannot be opened")
            << u"example.com\n"_qs << QStringList{u"--state"_qs, u"/dev/null/history.sqlite"_qs} << int(CouldNotRun)
            << u"/dev/null/history.sqlite"_qs;
        QTest::newRow("a list that cannot be read")
            << u"<missing>"_qs << QStringList{} << int(CouldNotRun) << u"cannot read"_qs;
    }
    void watchUsage()
    {
        QFETCH(QString, list);
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        QFETCH(QString, saying);
        QTemporaryDir dir;
        QStringList arguments{u"watch"_qs};
        if (!list.isNull()) {
            const QString path = dir.filePath(u"watch.txt"_qs);
            if (list != u"<missing>") {
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(list.toUtf8());
            }
            arguments << u"--list"_qs << path;
        }
        const Result result = run(arguments + extra);
        QVERIFY2(result.code == code, qPrintable(result.err));
        QVERIFY2(result.err.contains(saying), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void watchHelp()
    {
        const Result result = run({u"watch"_qs, u"--help"_qs});
        QCOMPARE(result.code, int(Clean));
        for (const QString &option :
             {u"--list"_qs, u"--state"_qs, u"--json"_qs, u"--resolver"_qs, u"--ca-file"_qs, u"--trust-anchor"_qs,
              u"--allow-private"_qs, u"--timeout"_qs, u"--concurrency"_qs})
            QVERIFY2(result.out.contains(option), qPrintable(option));
        QVERIFY(run({u"--help"_qs}).out.contains(u"watch --list FILE"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
