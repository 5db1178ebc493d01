// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsrpt/failuredetailslicer.h"
#include "tlsrpt/reportparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <zlib.h>

#include <algorithm>
#include <limits>

using namespace Sts;
using namespace Sts::TlsRpt;

using CountMap = QMap<QString, qint64>;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(STS_TEST_DATA_DIR "/tlsrpt/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

//! The test's own small gunzip, independent of the importer under test elsewhere.
QByteArray gunzip(const QByteArray &data)
{
    z_stream stream{};
    inflateInit2(&stream, 16 + MAX_WBITS);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    QByteArray out(1 << 20, Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    inflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    inflateEnd(&stream);
    return out;
}

CountMap byResultType(const Report &report)
{
    CountMap counts;
    for (const PolicyReport &policy : report.policies) {
        for (const FailureDetail &detail : policy.failureDetails)
            counts[detail.resultTypeName] += detail.failedSessionCount;
    }
    return counts;
}

QStringList codes(const Findings &findings)
{
    QStringList list;
    for (const Finding &finding : findings)
        list.append(finding.code);
    list.sort();
    list.removeDuplicates();
    return list;
}

//! A minimal valid report with \a policyEntry as its one policy; %DATE% fields replaceable.
QByteArray reportWith(const QByteArray &policyEntry, const QByteArray &header = {})
{
    QByteArray head = header.isEmpty() ? QByteArray(R"("organization-name":"Org","report-id":"r1",)"
                                                    R"("contact-info":"a@b.example",)"
                                                    R"("date-range":{"start-datetime":"2024-01-01T00:00:00Z",)"
                                                    R"("end-datetime":"2024-01-01T23:59:59Z"})")
                                       : header;
    return "{" + head + R"(,"policies":[)" + policyEntry + "]}";
}

const QByteArray GoodPolicy = R"({"policy":{"policy-type":"sts","policy-string":["version: STSv1","mode: enforce",)"
                              R"("mx: mx.example","max_age: 86400"],"policy-domain":"example.com",)"
                              R"("mx-host":["mx.example"]},"summary":{"total-successful-session-count":10,)"
                              R"("total-failure-session-count":0}})";

} // namespace

class TestReportParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realSamples_data();
    void realSamples();

    void detailsOfRealSamples();

    void resultTypes_data();
    void resultTypes();

    void lenient_data();
    void lenient();

    void datesAreUtc();

    void repeatedWarningsAreCountedOnce();

    void duplicateMembers_data();
    void duplicateMembers();

    void strict_data();
    void strict();

    void nestingDepth();

    void slicedParseIsTheSame_data();
    void slicedParseIsTheSame();
    void slicerFindsEveryDetail();
};

// Every real sample, with the numbers read from its JSON by hand, and the deviations the
// sender made, each of which must be named by a warning.
void TestReportParser::realSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("reportId");
    QTest::addColumn<int>("policies");
    QTest::addColumn<qint64>("successful");
    QTest::addColumn<qint64>("failed");
    QTest::addColumn<CountMap>("byResultType");
    QTest::addColumn<QStringList>("codes");

    const QString google = QStringLiteral("Google Inc.");
    const QString microsoft = QStringLiteral("Microsoft Corporation");
    QTest::newRow("google no-policy-found 343 ok (bradshaw)")
        << u"bradshaw-report.json"_qs << google << u"2020-03-02T00:00:00Z_fastmaildmarc.com"_qs << 1 << 343ll << 0ll
        << CountMap{} << QStringList{};
    QTest::newRow("google sts wildcard mx (cryinc)")
        << u"cryinc-google.json"_qs << google << u"2025-05-22T00:00:00Z_foo-bar.io"_qs << 1 << 1ll << 0ll << CountMap{}
        << QStringList{};
    QTest::newRow("microsoft sts + tlsa, policy-string as JSON in a string")
        << u"cryinc-microsoft.json"_qs << microsoft << u"133925885310113267+random.net"_qs << 2 << 4ll << 0ll
        << CountMap{} << QStringList{u"tlsrpt.report.policy-string-json"_qs};
    QTest::newRow("small MTA: contact-info null, mx-host with mx: prefix")
        << u"cryinc-no-contact.json"_qs << u"server.com"_qs << u"123_456"_qs << 1 << 1ll << 0ll << CountMap{}
        << QStringList{u"tlsrpt.report.contact-info-null"_qs, u"tlsrpt.report.mx-host-prefix"_qs};
    QTest::newRow("google no-policy-found (cryinc)")
        << u"cryinc-no-policy.json"_qs << google << u"2025-03-27T00:00:00Z_foo-bar.io"_qs << 1 << 1ll << 0ll
        << CountMap{} << QStringList{};
    QTest::newRow("microsoft failure without sending-mta-ip or mx")
        << u"cryinc-no_ip_and_mx.json"_qs << microsoft << u"1234567890+"_qs << 1 << 0ll << 3ll
        << CountMap{{u"sts-policy-fetch-error"_qs, 3}}
        << QStringList{u"tlsrpt.report.policy-string-missing"_qs, u"tlsrpt.report.sending-ip-missing"_qs};
    QTest::newRow("hand-modified microsoft: unknown result type, draft key, bad ip, sum 3 vs 2")
        << u"neztore-microsoft-report.json"_qs << microsoft << u"133988091029006454+josh.scot"_qs << 1 << 2ll << 2ll
        << CountMap{{u"Testing"_qs, 3}}
        << QStringList{u"tlsrpt.report.address-invalid"_qs, u"tlsrpt.report.draft-key"_qs,
                       u"tlsrpt.report.failure-sum-mismatch"_qs, u"tlsrpt.report.result-type-unknown"_qs};
    QTest::newRow("failure detail with empty strings (parsedmarc)")
        << u"parsedmarc-empty_failure_detail_fields.json"_qs << u"Reporter Example"_qs
        << u"2024-06-01T00:00:00Z_example.com"_qs << 1 << 0ll << 1ll << CountMap{{u"sts-policy-fetch-error"_qs, 1}}
        << QStringList{u"tlsrpt.report.field-empty"_qs};
    QTest::newRow("mail.ru: details add up to 2, summary says 1")
        << u"parsedmarc-mail.ru.json"_qs << u"Mail.ru"_qs << u"b28254de-7b2e-be36-bb5c-4c3b92da8b25@mail.ru"_qs << 1
        << 0ll << 1ll << CountMap{{u"sts-policy-fetch-error"_qs, 2}}
        << QStringList{u"tlsrpt.report.failure-sum-mismatch"_qs, u"tlsrpt.report.policy-string-missing"_qs,
                       u"tlsrpt.report.sending-ip-missing"_qs};
    QTest::newRow("RFC 8460 example: mx-host as a string")
        << u"parsedmarc-rfc8460.json"_qs << u"Company-X"_qs << u"5065427c-23d3-47ca-b6e0-946ea0e8c4be"_qs << 1 << 5326ll
        << 303ll
        << CountMap{{u"certificate-expired"_qs, 100},
                    {u"starttls-not-supported"_qs, 200},
                    {u"validation-failure"_qs, 3}}
        << QStringList{u"tlsrpt.report.mx-host-string"_qs};
    QTest::newRow("anonymised google testing policy, two validation failures")
        << u"parsedmarc-smtp_tls.json"_qs << u"Example Inc."_qs << u"2024-01-09T00:00:00Z_example.com"_qs << 1 << 0ll
        << 3ll << CountMap{{u"validation-failure"_qs, 3}} << QStringList{};
    QTest::newRow("google-format 7-day range, keys out of order")
        << u"stalwart-rpt02.json"_qs << google << u"2020-01-01T00:00:00Z_example.com"_qs << 1 << 23ll << 1ll
        << CountMap{{u"certificate-host-mismatch"_qs, 1}} << QStringList{};
    QTest::newRow("no policy-domain, no failure count, unknown policy type")
        << u"stalwart-rpt03.json"_qs << google << u"2019-04-14T00:00:00Z_example.org"_qs << 2 << 2ll << 0ll
        << CountMap{}
        << QStringList{u"tlsrpt.report.count-missing"_qs, u"tlsrpt.report.policy-domain-missing"_qs,
                       u"tlsrpt.report.policy-type-unknown"_qs};

    // gzip members as real senders attach them; the test gunzips them itself.
    QTest::newRow("microsoft .json.gz (neztore)")
        << u"neztore-microsoft-report.json.gz"_qs << microsoft << u"133988091029006454+josh.scot"_qs << 1 << 2ll << 0ll
        << CountMap{} << QStringList{};
    QTest::newRow("extracted google 343 (bradshaw)")
        << u"extracted/bradshaw-email.json.gz"_qs << google << u"2020-03-02T00:00:00Z_fastmaildmarc.com"_qs << 1
        << 343ll << 0ll << CountMap{} << QStringList{};
    QTest::newRow("extracted synthetic failure (isseis)")
        << u"extracted/isseis-tlsrpt_failure.json.gz"_qs << google << u"2026-02-08T00:00:00Z_example.com"_qs << 1
        << 4523ll << 2ll << CountMap{{u"certificate-expired"_qs, 2}} << QStringList{};
    QTest::newRow("extracted google 1 (isseis)")
        << u"extracted/isseis-tlsrpt_success_google_1.json.gz"_qs << google << u"2026-05-11T00:00:00Z_example.com"_qs
        << 1 << 1ll << 0ll << CountMap{} << QStringList{};
    QTest::newRow("extracted google 2 (isseis)")
        << u"extracted/isseis-tlsrpt_success_google_2.json.gz"_qs << google << u"2026-05-12T00:00:00Z_example.com"_qs
        << 1 << 4ll << 0ll << CountMap{} << QStringList{};
    QTest::newRow("extracted microsoft (isseis)")
        << u"extracted/isseis-tlsrpt_success_microsoft.json.gz"_qs << microsoft << u"134232617934286362+example.com"_qs
        << 1 << 2ll << 0ll << CountMap{} << QStringList{};
    QTest::newRow("extracted google (mox)")
        << u"extracted/mox-example.json.gz"_qs << google << u"2022-09-15T00:00:00Z_test.xmox.nl"_qs << 1 << 3ll << 0ll
        << CountMap{} << QStringList{};
    QTest::newRow("extracted microsoft, dates without time zone (mox)")
        << u"extracted/mox-microsoft.json.gz"_qs << microsoft << u"133198585438131172+test.xmox.nl"_qs << 1 << 2ll
        << 0ll << CountMap{} << QStringList{u"tlsrpt.report.date-without-zone"_qs};
    QTest::newRow("extracted google 48 (parsedmarc)")
        << u"extracted/parsedmarc-google.com_smtp_tls_report.json.gz"_qs << google
        << u"2024-09-03T00:00:00Z_cardinalhealth.ca"_qs << 1 << 48ll << 0ll << CountMap{} << QStringList{};
}

void TestReportParser::realSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, organization);
    QFETCH(QString, reportId);
    QFETCH(int, policies);
    QFETCH(qint64, successful);
    QFETCH(qint64, failed);
    QFETCH(CountMap, byResultType);
    QFETCH(QStringList, codes);

    QByteArray json = readData(file);
    if (file.endsWith(u".gz"))
        json = gunzip(json);
    const ParsedReport parsed = ReportParser::parse(json, file);
    QVERIFY2(parsed.accepted(), qPrintable(parsed.rejection().message));
    const Report &report = *parsed.report;
    QCOMPARE(report.organization, organization);
    QCOMPARE(report.reportId, reportId);
    QCOMPARE(report.policies.size(), policies);
    QCOMPARE(report.successful(), successful);
    QCOMPARE(report.failed(), failed);
    QCOMPARE(::byResultType(report), byResultType);
    QCOMPARE(report.start.timeSpec(), Qt::UTC);
    QVERIFY(report.start <= report.end);
    QStringList warningCodes;
    for (const Finding &finding : parsed.findings) {
        QVERIFY(finding.severity != Severity::Error);
        if (finding.severity == Severity::Warning || finding.code == u"tlsrpt.report.policy-string-missing")
            warningCodes.append(finding.code);
    }
    warningCodes.sort();
    warningCodes.removeDuplicates();
    QCOMPARE(warningCodes, codes);
}

void TestReportParser::detailsOfRealSamples()
{
    const ParsedReport microsoft = ReportParser::parse(readData(u"cryinc-microsoft.json"_qs), u"m"_qs);
    QVERIFY(microsoft.accepted());
    const PolicyReport &tlsa = microsoft.report->policies.at(1);
    QCOMPARE(tlsa.type, PolicyType::Tlsa);
    QCOMPARE(tlsa.policyStrings.size(), 2);
    QVERIFY(tlsa.policyStrings.at(0).startsWith(u"3 1 1 6007EEE5"));

    const ParsedReport small = ReportParser::parse(readData(u"cryinc-no-contact.json"_qs), u"s"_qs);
    QVERIFY(small.accepted());
    QCOMPARE(small.report->policies.at(0).mxHosts, QStringList{u"mx.server.com"_qs});
    QVERIFY(small.report->contactInfo.isEmpty());

    const ParsedReport rfc = ReportParser::parse(readData(u"parsedmarc-rfc8460.json"_qs), u"r"_qs);
    QVERIFY(rfc.accepted());
    const PolicyReport &policy = rfc.report->policies.at(0);
    QCOMPARE(policy.mxHosts, QStringList{u"*.mail.company-y.example"_qs});
    QCOMPARE(policy.domain, u"company-y.example"_qs);
    QCOMPARE(policy.failureDetails.size(), 3);
    QCOMPARE(policy.failureDetails.at(1).resultType, ResultType::StartTlsNotSupported);
    QCOMPARE(policy.failureDetails.at(1).receivingIp, u"203.0.113.56"_qs);
    QCOMPARE(policy.failureDetails.at(2).failureReasonCode, u"X509_V_ERR_PROXY_PATH_LENGTH_EXCEEDED"_qs);
    QCOMPARE(utcText(rfc.report->start), u"2016-04-01T00:00:00Z"_qs);
    QCOMPARE(utcText(rfc.report->end), u"2016-04-01T23:59:59Z"_qs);

    const ParsedReport neztore = ReportParser::parse(readData(u"neztore-microsoft-report.json"_qs), u"n"_qs);
    QVERIFY(neztore.accepted());
    const FailureDetail &detail = neztore.report->policies.at(0).failureDetails.at(0);
    QCOMPARE(detail.additionalInformation, u"testing.josh.scot"_qs);
    QCOMPARE(detail.resultType, ResultType::Unknown);
    QCOMPARE(detail.sendingMtaIp, u"x.x.x.x"_qs);
    QCOMPARE(neztore.report->policies.at(0).failureDetailTotal(), 3);
    QCOMPARE(neztore.report->policies.at(0).failed, 2);

    const ParsedReport empty =
        ReportParser::parse(readData(u"parsedmarc-empty_failure_detail_fields.json"_qs), u"e"_qs);
    QVERIFY(empty.accepted());
    // Four empty fields in one detail: four warnings, one per field.
    qsizetype emptyWarnings = 0;
    for (const Finding &finding : empty.findings)
        emptyWarnings += finding.code == u"tlsrpt.report.field-empty";
    QCOMPARE(emptyWarnings, 4);
}

void TestReportParser::resultTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    const QList<ResultType> known = knownResultTypes();
    QCOMPARE(known.size(), 11);
    for (ResultType type : known) {
        const QString name = resultTypeName(type);
        QTest::newRow(qPrintable(name)) << name << static_cast<int>(type);
    }
}

void TestReportParser::resultTypes()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    const QByteArray detail =
        R"({"result-type":")" + name.toUtf8() + R"(","sending-mta-ip":"192.0.2.1","failed-session-count":4})";
    const QByteArray json = reportWith(
        R"({"policy":{"policy-type":"sts","policy-string":["version: STSv1"],"policy-domain":"example.com"},)"
        R"("summary":{"total-successful-session-count":1,"total-failure-session-count":4},"failure-details":[)" +
        detail + "]}");
    const ParsedReport parsed = ReportParser::parse(json, u"t"_qs);
    QVERIFY(parsed.accepted());
    const FailureDetail &read = parsed.report->policies.at(0).failureDetails.at(0);
    QCOMPARE(static_cast<int>(read.resultType), type);
    QCOMPARE(read.resultTypeName, name);
    QVERIFY(!containsCode(parsed.findings, u"tlsrpt.report.result-type-unknown"_qs));
    QVERIFY(parsed.findings.isEmpty());
}

// RFC 7493 §2.3 (I-JSON): "Objects in I-JSON messages MUST NOT have members with duplicate names." Qt keeps
// one value silently; every object level the parser reads is checked, and the finding names the object.
void TestReportParser::duplicateMembers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path"); // empty: no duplicate expected
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("occurrences");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<qint64>("successful");

    const QByteArray range = R"("date-range":{"start-datetime":"2024-01-01T00:00:00Z",)"
                             R"("end-datetime":"2024-01-01T23:59:59Z"})";
    const QByteArray header = R"("organization-name":"Org","report-id":"r1","contact-info":"a@b.example",)" + range;
    const QByteArray summary = R"("summary":{"total-successful-session-count":10,"total-failure-session-count":0})";
    const QByteArray policy = R"("policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[]})";
    QTest::newRow("RFC 7493 §2.3 MUST NOT duplicate: organization-name at the top")
        << reportWith(GoodPolicy, R"("organization-name":"Good Org","organization-name":"Evil Org",)"
                                  R"("report-id":"r1","contact-info":"a@b.example",)" +
                                      range)
        << u"report"_qs << u"organization-name"_qs << 1 << u"Evil Org"_qs << 10ll;
    QTest::newRow("RFC 7493 §2.3 MUST NOT duplicate: name written with an escape")
        << reportWith(GoodPolicy, R"("organization-name":"Good Org","\u006frganization-name":"Evil Org",)"
                                  R"("report-id":"r1","contact-info":"a@b.example",)" +
                                      range)
        << u"report"_qs << u"organization-name"_qs << 1 << u"Evil Org"_qs << 10ll;
    QTest::newRow("RFC 7493 §2.3 MUST NOT duplicate: in date-range")
        << reportWith(GoodPolicy, R"("organization-name":"Org","report-id":"r1","contact-info":"a@b.example",)"
                                  R"("date-range":{"start-datetime":"2024-01-01T00:00:00Z",)"
                                  R"("start-datetime":"2023-01-01T00:00:00Z","end-datetime":"2024-01-01T23:59:59Z"})")
        << u"date-range"_qs << u"start-datetime"_qs << 1 << u"Org"_qs << 10ll;
    QTest::newRow("RFC 7493 §2.3 MUST NOT duplicate: in a policy")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-type":"tlsa","policy-domain":"example.com",)"
                      R"("policy-string":[]},)" +
                          summary + "}",
                      header)
        << u"policies[0].policy"_qs << u"policy-type"_qs << 1 << u"Org"_qs << 10ll;
    QTest::newRow("RFC 7493 §2.3 MUST NOT duplicate: in a summary, the last count is read")
        << reportWith("{" + policy +
                          R"(,"summary":{"total-successful-session-count":1,"total-successful-session-count":10,)"
                          R"("total-failure-session-count":0}})",
                      header)
        << u"policies[0].summary"_qs << u"total-successful-session-count"_qs << 1 << u"Org"_qs << 10ll;
    QTest::newRow("RFC 7493 §2.3 MUST NOT duplicate: in every failure detail, one finding")
        << reportWith("{" + policy +
                          R"(,"summary":{"total-successful-session-count":10,"total-failure-session-count":2},)"
                          R"("failure-details":[)"
                          R"({"result-type":"starttls-not-supported","result-type":"validation-failure",)"
                          R"("sending-mta-ip":"192.0.2.1","failed-session-count":1},)"
                          R"({"result-type":"starttls-not-supported","result-type":"validation-failure",)"
                          R"("sending-mta-ip":"192.0.2.1","failed-session-count":1}]})",
                      header)
        << u"policies[0].failure-details[0]"_qs << u"result-type"_qs << 2 << u"Org"_qs << 10ll;
    QTest::newRow("the same name in two objects is no duplicate")
        << reportWith(GoodPolicy + "," + GoodPolicy, header) << QString() << QString() << 0 << u"Org"_qs << 10ll;
    QTest::newRow("a name inside a string value is no member")
        << reportWith(GoodPolicy, R"("organization-name":"\"report-id\":\"x\"","report-id":"r1",)" + range) << QString()
        << QString() << 0 << u"\"report-id\":\"x\""_qs << 10ll;
}

void TestReportParser::duplicateMembers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(int, occurrences);
    QFETCH(QString, organization);
    QFETCH(qint64, successful);
    const ParsedReport parsed = ReportParser::parse(json, u"dup.json"_qs);
    QVERIFY2(parsed.accepted(), qPrintable(parsed.rejection().message));
    QCOMPARE(parsed.report->organization, organization);
    QCOMPARE(parsed.report->policies.constFirst().successful, successful);
    const auto found = std::find_if(parsed.findings.cbegin(), parsed.findings.cend(), [](const Finding &finding) {
        return finding.code == u"tlsrpt.report.duplicate-member"_qs;
    });
    if (path.isEmpty()) {
        QVERIFY(found == parsed.findings.cend());
        return;
    }
    QVERIFY(found != parsed.findings.cend());
    QCOMPARE(found->severity, Severity::Warning);
    QCOMPARE(found->details.value(u"path"_qs).toString(), path);
    QVERIFY2(found->message.contains(u'"' + name + u'"'), qPrintable(found->message));
    QCOMPARE(found->details.value(u"occurrences"_qs).toInt(1), occurrences);
}

// Deviations that leave the numbers intact: accepted, each named by a warning or note.
void TestReportParser::lenient_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("successful");

    const QByteArray header = R"("organization-name":"Org","report-id":"r1","contact-info":"a@b.example",)";
    QTest::newRow("date with offset") << reportWith(GoodPolicy, header +
                                                                    R"("date-range":{)"
                                                                    R"("start-datetime":"2024-01-01T02:00:00+02:00",)"
                                                                    R"("end-datetime":"2024-01-02T01:59:59+0200"})")
                                      << QString() << 10ll;
    QTest::newRow("date without time zone (Microsoft)")
        << reportWith(GoodPolicy, header + R"("date-range":{"start-datetime":"2024-01-01T00:00:00",)"
                                           R"("end-datetime":"2024-01-01T23:59:59"})")
        << u"tlsrpt.report.date-without-zone"_qs << 10ll;
    QTest::newRow("date without time") << reportWith(GoodPolicy, header +
                                                                     R"("date-range":{"start-datetime":"2024-01-01",)"
                                                                     R"("end-datetime":"2024-01-02"})")
                                       << u"tlsrpt.report.date-only"_qs << 10ll;
    QTest::newRow("fractional seconds")
        << reportWith(GoodPolicy, header + R"("date-range":{"start-datetime":"2024-01-01T00:00:00.0000000Z",)"
                                           R"("end-datetime":"2024-01-01T23:59:59.999Z"})")
        << QString() << 10ll;
    QTest::newRow("contact-info missing")
        << reportWith(GoodPolicy, R"("organization-name":"Org","report-id":"r1","date-range":{)"
                                  R"("start-datetime":"2024-01-01T00:00:00Z","end-datetime":"2024-01-02T00:00:00Z"})")
        << u"tlsrpt.report.contact-info-missing"_qs << 10ll;
    QTest::newRow("contact-info null")
        << reportWith(GoodPolicy, R"("organization-name":"Org","report-id":"r1","contact-info":null,"date-range":{)"
                                  R"("start-datetime":"2024-01-01T00:00:00Z","end-datetime":"2024-01-02T00:00:00Z"})")
        << u"tlsrpt.report.contact-info-null"_qs << 10ll;
    QTest::newRow("sending-mta-ip empty string")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[]},)"
                      R"("summary":{"total-successful-session-count":1,"total-failure-session-count":2},)"
                      R"("failure-details":[{"result-type":"validation-failure","sending-mta-ip":"",)"
                      R"("failed-session-count":2}]})")
        << u"tlsrpt.report.field-empty"_qs << 1ll;
    QTest::newRow("sending-mta-ip missing")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[]},)"
                      R"("summary":{"total-successful-session-count":1,"total-failure-session-count":2},)"
                      R"("failure-details":[{"result-type":"validation-failure","failed-session-count":2}]})")
        << u"tlsrpt.report.sending-ip-missing"_qs << 1ll;
    QTest::newRow("no policy-domain on no-policy-found")
        << reportWith(R"({"policy":{"policy-type":"no-policy-found"},)"
                      R"("summary":{"total-successful-session-count":7,"total-failure-session-count":0}})")
        << u"tlsrpt.report.policy-domain-missing"_qs << 7ll;
    QTest::newRow("mx-host as a string")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[],)"
                      R"("mx-host":"mx.example"},"summary":{"total-successful-session-count":3,)"
                      R"("total-failure-session-count":0}})")
        << u"tlsrpt.report.mx-host-string"_qs << 3ll;
    QTest::newRow("mx: prefix in mx-host")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[],)"
                      R"("mx-host":["mx: mx.example"]},"summary":{"total-successful-session-count":3,)"
                      R"("total-failure-session-count":0}})")
        << u"tlsrpt.report.mx-host-prefix"_qs << 3ll;
    QTest::newRow("details do not add up")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[]},)"
                      R"("summary":{"total-successful-session-count":0,"total-failure-session-count":5},)"
                      R"("failure-details":[{"result-type":"dnssec-invalid","sending-mta-ip":"192.0.2.1",)"
                      R"("failed-session-count":2}]})")
        << u"tlsrpt.report.failure-sum-mismatch"_qs << 0ll;
    QTest::newRow("policy-string as a single string")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com",)"
                      R"("policy-string":"version: STSv1"},"summary":{"total-successful-session-count":3,)"
                      R"("total-failure-session-count":0}})")
        << u"tlsrpt.report.policy-string-not-list"_qs << 3ll;
    QTest::newRow("additional-info-uri (draft name)")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[]},)"
                      R"("summary":{"total-successful-session-count":0,"total-failure-session-count":1},)"
                      R"("failure-details":[{"result-type":"dane-required","sending-mta-ip":"192.0.2.1",)"
                      R"("failed-session-count":1,"additional-info-uri":"https://example.net/x"}]})")
        << u"tlsrpt.report.draft-key"_qs << 0ll;
    QTest::newRow("unknown result type kept")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[]},)"
                      R"("summary":{"total-successful-session-count":0,"total-failure-session-count":1},)"
                      R"("failure-details":[{"result-type":"quantum-failure","sending-mta-ip":"192.0.2.1",)"
                      R"("failed-session-count":1}]})")
        << u"tlsrpt.report.result-type-unknown"_qs << 0ll;
    QTest::newRow("unknown fields everywhere")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[],)"
                      R"("x-vendor":1},"summary":{"total-successful-session-count":4,)"
                      R"("total-failure-session-count":0,"x-extra":true},"x-more":[]})")
        << u"tlsrpt.report.unknown-field"_qs << 4ll;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF" + reportWith(GoodPolicy))
                                     << u"tlsrpt.report.byte-order-mark"_qs << 10ll;
    QTest::newRow("empty policies list") << reportWith(QByteArray()) << u"tlsrpt.report.policies-empty"_qs << 0ll;
    QTest::newRow("counts beyond 32 bits")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[]},)"
                      R"("summary":{"total-successful-session-count":9007199254740993,)"
                      R"("total-failure-session-count":0}})")
        << QString() << 9007199254740993ll;
    QTest::newRow("count written as 1e3")
        << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[]},)"
                      R"("summary":{"total-successful-session-count":1e3,"total-failure-session-count":0}})")
        << QString() << 1000ll;
}

void TestReportParser::lenient()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(qint64, successful);
    const ParsedReport parsed = ReportParser::parse(json, u"test.json"_qs);
    QVERIFY2(parsed.accepted(), qPrintable(parsed.rejection().message));
    QCOMPARE(parsed.report->successful(), successful);
    if (code.isEmpty()) {
        QVERIFY2(parsed.findings.isEmpty(), qPrintable(codes(parsed.findings).join(u' ')));
    } else {
        QVERIFY2(containsCode(parsed.findings, code), qPrintable(codes(parsed.findings).join(u' ')));
        for (const Finding &finding : parsed.findings) {
            QVERIFY(finding.severity != Severity::Error);
            QCOMPARE(finding.subject, u"test.json"_qs);
            QVERIFY(!finding.message.isEmpty());
            QVERIFY(!finding.message.contains(u"%1"));
        }
    }
}

void TestReportParser::datesAreUtc()
{
    const QByteArray header = R"("organization-name":"Org","report-id":"r1","contact-info":"a@b.example",)"
                              R"("date-range":{"start-datetime":"2024-01-01T02:00:00+02:00",)"
                              R"("end-datetime":"2024-01-01T23:59:60Z"})";
    const ParsedReport parsed = ReportParser::parse(reportWith(GoodPolicy, header), u"t"_qs);
    QVERIFY(parsed.accepted());
    QCOMPARE(utcText(parsed.report->start), u"2024-01-01T00:00:00Z"_qs);
    QCOMPARE(utcText(parsed.report->end), u"2024-01-01T23:59:59Z"_qs); // leap second
    QCOMPARE(parsed.report->day(), QDate(2024, 1, 1));
}

void TestReportParser::repeatedWarningsAreCountedOnce()
{
    QByteArray details;
    for (int i = 0; i < 100; ++i)
        details += QByteArray(i ? "," : "") + R"({"result-type":"validation-failure","sending-mta-ip":"",)"
                                              R"("failed-session-count":1})";
    const ParsedReport parsed =
        ReportParser::parse(reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com",)"
                                       R"("policy-string":[]},"summary":{"total-successful-session-count":0,)"
                                       R"("total-failure-session-count":100},"failure-details":[)" +
                                       details + "]}"),
                            u"t"_qs);
    QVERIFY(parsed.accepted());
    QCOMPARE(parsed.findings.size(), 1);
    QCOMPARE(parsed.findings.at(0).details.value(u"occurrences"_qs).toInt(), 100);
}

// What would change or hide the numbers: rejected, with a reason.
void TestReportParser::strict_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");

    const QByteArray dates = R"("date-range":{"start-datetime":"2024-01-01T00:00:00Z",)"
                             R"("end-datetime":"2024-01-01T23:59:59Z"})";
    auto withSummary = [](const QByteArray &summary) {
        return reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":[]},)" +
                          summary + "}");
    };
    QTest::newRow("not JSON") << QByteArray("{\"organization-name\": ") << u"tlsrpt.report.json-invalid"_qs;
    QTest::newRow("empty") << QByteArray() << u"tlsrpt.report.json-invalid"_qs;
    QTest::newRow("array") << QByteArray("[1,2]") << u"tlsrpt.report.not-object"_qs;
    QTest::newRow("nested 10000 deep") << QByteArray(10000, '[') + QByteArray(10000, ']')
                                       << u"tlsrpt.report.json-too-deep"_qs;
    QTest::newRow("nested 40 deep inside a report")
        << reportWith(GoodPolicy).replace("\"r1\"", QByteArray(QByteArray(40, '[') + QByteArray(40, ']')))
        << u"tlsrpt.report.json-too-deep"_qs;
    QTest::newRow("no organization") << reportWith(GoodPolicy, R"("report-id":"r1",)" + dates)
                                     << u"tlsrpt.report.field-missing"_qs;
    QTest::newRow("organization empty") << reportWith(GoodPolicy,
                                                      R"("organization-name":" ","report-id":"r1",)" + dates)
                                        << u"tlsrpt.report.field-missing"_qs;
    QTest::newRow("no report-id") << reportWith(GoodPolicy, R"("organization-name":"Org",)" + dates)
                                  << u"tlsrpt.report.field-missing"_qs;
    QTest::newRow("report-id a number") << reportWith(GoodPolicy, R"("organization-name":"Org","report-id":7,)" + dates)
                                        << u"tlsrpt.report.field-missing"_qs;
    QTest::newRow("no date-range") << reportWith(GoodPolicy, R"("organization-name":"Org","report-id":"r1")")
                                   << u"tlsrpt.report.field-missing"_qs;
    QTest::newRow("no end date") << reportWith(GoodPolicy, R"("organization-name":"Org","report-id":"r1",)"
                                                           R"("date-range":{"start-datetime":"2024-01-01T00:00:00Z"})")
                                 << u"tlsrpt.report.field-missing"_qs;
    QTest::newRow("garbage date") << reportWith(
                                         GoodPolicy,
                                         R"("organization-name":"Org","report-id":"r1","date-range":{)"
                                         R"("start-datetime":"yesterday","end-datetime":"2024-01-01T23:59:59Z"})")
                                  << u"tlsrpt.report.date-invalid"_qs;
    QTest::newRow("february 30")
        << reportWith(GoodPolicy, R"("organization-name":"Org","report-id":"r1","date-range":{)"
                                  R"("start-datetime":"2024-02-30T00:00:00Z","end-datetime":"2024-03-01T00:00:00Z"})")
        << u"tlsrpt.report.date-invalid"_qs;
    QTest::newRow("reversed range")
        << reportWith(GoodPolicy, R"("organization-name":"Org","report-id":"r1","date-range":{)"
                                  R"("start-datetime":"2024-01-02T00:00:00Z","end-datetime":"2024-01-01T00:00:00Z"})")
        << u"tlsrpt.report.date-range-reversed"_qs;
    QTest::newRow("no policies") << QByteArray(R"({"organization-name":"Org","report-id":"r1",)" + dates + "}")
                                 << u"tlsrpt.report.field-missing"_qs;
    QTest::newRow("policy entry not an object") << reportWith("3") << u"tlsrpt.report.structure-invalid"_qs;
    QTest::newRow("no policy block")
        << reportWith(R"({"summary":{"total-successful-session-count":1,"total-failure-session-count":0}})")
        << u"tlsrpt.report.structure-invalid"_qs;
    QTest::newRow("no policy-type")
        << reportWith(R"({"policy":{"policy-domain":"example.com"},)"
                      R"("summary":{"total-successful-session-count":1,"total-failure-session-count":0}})")
        << u"tlsrpt.report.field-missing"_qs;
    QTest::newRow("no summary") << reportWith(R"({"policy":{"policy-type":"sts","policy-domain":"example.com"}})")
                                << u"tlsrpt.report.field-missing"_qs;
    QTest::newRow("negative count") << withSummary(R"("summary":{"total-successful-session-count":-1,)"
                                                   R"("total-failure-session-count":0})")
                                    << u"tlsrpt.report.count-invalid"_qs;
    QTest::newRow("fractional count") << withSummary(R"("summary":{"total-successful-session-count":1.5,)"
                                                     R"("total-failure-session-count":0})")
                                      << u"tlsrpt.report.count-invalid"_qs;
    QTest::newRow("count as a string") << withSummary(R"("summary":{"total-successful-session-count":"12",)"
                                                      R"("total-failure-session-count":0})")
                                       << u"tlsrpt.report.count-invalid"_qs;
    QTest::newRow("count beyond 64 bits") << withSummary(R"("summary":{"total-successful-session-count":1e30,)"
                                                         R"("total-failure-session-count":0})")
                                          << u"tlsrpt.report.count-invalid"_qs;
    QTest::newRow("count null") << withSummary(R"("summary":{"total-successful-session-count":null,)"
                                               R"("total-failure-session-count":0})")
                                << u"tlsrpt.report.count-invalid"_qs;
    QTest::newRow("failure-details not a list")
        << withSummary(R"("summary":{"total-successful-session-count":1,"total-failure-session-count":0},)"
                       R"("failure-details":{"result-type":"validation-failure"})")
        << u"tlsrpt.report.structure-invalid"_qs;
    QTest::newRow("failure detail without result-type")
        << withSummary(R"("summary":{"total-successful-session-count":1,"total-failure-session-count":1},)"
                       R"("failure-details":[{"failed-session-count":1}])")
        << u"tlsrpt.report.result-type-missing"_qs;
    QTest::newRow("negative failed-session-count")
        << withSummary(R"("summary":{"total-successful-session-count":1,"total-failure-session-count":1},)"
                       R"("failure-details":[{"result-type":"validation-failure","failed-session-count":-4}])")
        << u"tlsrpt.report.count-invalid"_qs;
}

void TestReportParser::strict()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const ParsedReport parsed = ReportParser::parse(json, u"bad.json"_qs);
    QVERIFY(!parsed.accepted());
    QCOMPARE(parsed.rejection().code, code);
    QCOMPARE(parsed.rejection().severity, Severity::Error);
    QCOMPARE(parsed.rejection().subject, u"bad.json"_qs);
    QVERIFY(!parsed.rejection().message.isEmpty());
    QVERIFY(!parsed.rejection().message.contains(u"%1"));
}

void TestReportParser::nestingDepth()
{
    QCOMPARE(ReportParser::nestingDepth("{\"a\":[{}]}", 32), 3);
    QCOMPARE(ReportParser::nestingDepth("{\"[[[[\":\"\\\"[[[\"}", 32), 1);
    QCOMPARE(ReportParser::nestingDepth(QByteArray(100, '['), 10), 11);
}

void TestReportParser::slicedParseIsTheSame_data()
{
    QTest::addColumn<QByteArray>("json");
    const QDir data(QStringLiteral(STS_TEST_DATA_DIR "/tlsrpt"));
    for (const QString &name : data.entryList({u"*.json"_qs}, QDir::Files))
        QTest::newRow(qPrintable(name)) << readData(name);
    for (const QString &name : QDir(data.filePath(u"extracted"_qs)).entryList({u"*.json.gz"_qs}, QDir::Files))
        QTest::newRow(qPrintable(name)) << gunzip(readData(u"extracted/"_qs + name));

    const QByteArray detail = R"({"result-type":"certificate-expired","sending-mta-ip":"192.0.2.1",)"
                              R"("receiving-mx-hostname":"mx.example","failed-session-count":2})";
    const QByteArray summary = R"("summary":{"total-successful-session-count":1,"total-failure-session-count":4})";
    const QByteArray policy = R"("policy":{"policy-type":"sts","policy-domain":"example.com"})";
    const auto entry = [&](const QByteArray &details) -> QByteArray {
        return "{" + policy + "," + summary + "," + details + "}";
    };
    QTest::newRow("two policies, spaces")
        << reportWith(entry(" \"failure-details\" : [ " + detail + " ,\n\t" + detail + " ] ") + ",\n" +
                      entry("\"failure-details\":[]"));
    QTest::newRow("brackets and quotes in strings")
        << reportWith(entry(R"("failure-details":[{"result-type":"x]}\"[{","failed-session-count":4,)"
                            R"("additional-information":"a,b]\\"}])"));
    QTest::newRow("unicode and escapes") << reportWith(
        entry("\"failure-details\":[{\"result-type\":\"validation-failure\",\"failed-session-count\":4,"
              "\"additional-information\":\"caf\\u00e9 \\ud83d\\ude00 \xc3\xa9 \xe2\x98\x83 \\n\\t\"}]"));
    QTest::newRow("invalid detail") << reportWith(entry("\"failure-details\":[" + detail + ",{\"result-type\":}]"));
    QTest::newRow("detail rejected before an invalid one")
        << reportWith(entry("\"failure-details\":[{\"failed-session-count\":4},{\"result-type\" 1}]"));
    QTest::newRow("detail not an object") << reportWith(entry("\"failure-details\":[" + detail + ",7,[1]]"));
    QTest::newRow("details not a list") << reportWith(entry("\"failure-details\":{\"a\":1}"));
    QTest::newRow("details twice") << reportWith(entry("\"failure-details\":[" + detail + "],\"failure-details\":[]"));
    QTest::newRow("escaped key") << reportWith(entry("\"failure\\u002ddetails\":[" + detail + "]"));
    QTest::newRow("a word after the report")
        << QByteArray(reportWith(entry("\"failure-details\":[" + detail + "]")) + "x");
    QByteArray twice = reportWith(entry("\"failure-details\":[" + detail + "]"));
    twice.insert(1, "\"policies\":[],");
    QTest::newRow("policies twice, valid") << twice;
    QTest::newRow("trailing garbage") << QByteArray(reportWith(entry("\"failure-details\":[" + detail + "]")) + "]");
    QTest::newRow("cut short") << reportWith(entry("\"failure-details\":[" + detail + "]")).chopped(3);
    QTest::newRow("duplicate member in a detail")
        << reportWith(entry(R"("failure-details":[{"result-type":"a","result-type":"b","failed-session-count":4}])"));
    QTest::newRow("policies not a list") << QByteArray(R"({"organization-name":"o","policies":{"a":[1]}})");
    QTest::newRow("not an object") << QByteArray(R"([{"policies":[]}])");
}

// Issue 18: a large report is parsed without its failure details, then each detail by itself,
// with the same report, findings and errors as a parse of the whole (forced here both ways).
void TestReportParser::slicedParseIsTheSame()
{
    QFETCH(QByteArray, json);
    const ParsedReport whole =
        ReportParser::parse(json, u"s"_qs, ReportParser::DefaultMaxDepth, std::numeric_limits<qsizetype>::max());
    const ParsedReport sliced = ReportParser::parse(json, u"s"_qs, ReportParser::DefaultMaxDepth, 0);
    QCOMPARE(sliced.accepted(), whole.accepted());
    QVERIFY(sliced.report == whole.report);
    QCOMPARE(sliced.findings.size(), whole.findings.size());
    for (qsizetype i = 0; i < whole.findings.size(); ++i) {
        QCOMPARE(sliced.findings.at(i).code, whole.findings.at(i).code);
        QCOMPARE(sliced.findings.at(i).message, whole.findings.at(i).message);
        QVERIFY(sliced.findings.at(i) == whole.findings.at(i));
    }
}

void TestReportParser::slicerFindsEveryDetail()
{
    const QByteArray detail = R"({"result-type":"a","failed-session-count":1})";
    const QByteArray json = R"({"organization-name":"o","policies":[{"summary":{},"failure-details":[)" + detail +
                            ", " + detail + R"(]},{"policy":{}},{"failure-details":[ ]}],"report-id":"r"})";
    const auto slices = FailureDetailSlicer::slice(json);
    QVERIFY(slices);
    QCOMPARE(slices->skeleton, QByteArray(R"({"organization-name":"o","policies":[{"summary":{},"failure-details":[]},)"
                                          R"({"policy":{}},{"failure-details":[]}],"report-id":"r"})"));
    QCOMPARE(slices->details.size(), 2);
    QCOMPARE(slices->details.value(0), (QList<QByteArrayView>{detail, detail}));
    QCOMPARE(slices->details.value(2).size(), 0);
    QVERIFY(!FailureDetailSlicer::slice(R"({"policies":[],"policies":[]})"));
    QVERIFY(!FailureDetailSlicer::slice(R"({"\u0070olicies":[]})"));
    QVERIFY(!FailureDetailSlicer::slice(R"({"policies":[{"failure-details":[1,})"));
}

QTEST_GUILESS_MAIN(TestReportParser)
#include "tst_reportparser.moc"
