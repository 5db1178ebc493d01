// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingcodes.h"
#include "tlsrpt/tlsrptrecord.h"

#include <QTest>

using namespace Sts;
using namespace Sts::TlsRpt;

namespace {

using RecordSet = QList<QByteArrayList>;

RecordSet one(const QByteArray &text)
{
    return {{text}};
}

TxtRecordSet toTxt(const RecordSet &set)
{
    TxtRecordSet records;
    for (const QByteArrayList &strings : set)
        records.append(TxtRecord{strings});
    return records;
}

const QString Valid = u"tlsrpt.record.valid"_qs;
const QString None = u"tlsrpt.record.none"_qs;
const QString Multiple = u"tlsrpt.record.multiple"_qs;
const QString NotTlsRpt = u"tlsrpt.record.not-tlsrpt"_qs;
const QString VersionMalformed = u"tlsrpt.record.version-malformed"_qs;
const QString SpaceBeforeDelimiter = u"tlsrpt.record.space-before-delimiter"_qs;
const QString MultipleStrings = u"tlsrpt.record.multiple-strings"_qs;
const QString NonAscii = u"tlsrpt.record.non-ascii"_qs;
const QString EmptyField = u"tlsrpt.record.empty-field"_qs;
const QString FieldMalformed = u"tlsrpt.record.field-malformed"_qs;
const QString FieldNameCase = u"tlsrpt.record.field-name-case"_qs;
const QString DuplicateField = u"tlsrpt.record.duplicate-field"_qs;
const QString ExtensionInvalid = u"tlsrpt.record.extension-invalid"_qs;
const QString Extension = u"tlsrpt.record.extension"_qs;
const QString RuaMissing = u"tlsrpt.record.rua-missing"_qs;
const QString RuaEmpty = u"tlsrpt.rua.empty"_qs;
const QString RuaScheme = u"tlsrpt.rua.scheme"_qs;
const QString MailtoInvalid = u"tlsrpt.rua.mailto-invalid"_qs;
const QString HttpsInvalid = u"tlsrpt.rua.https-invalid"_qs;
const QString Unencoded = u"tlsrpt.rua.unencoded"_qs;
const QString SchemeCase = u"tlsrpt.rua.scheme-case"_qs;
const QString RuaDuplicate = u"tlsrpt.rua.duplicate"_qs;
const QString TrailingWhitespace = u"tlsrpt.record.trailing-whitespace"_qs;

const QString Schemes = u"RFC 8460 §3: rua: \"Two URI schemes are supported: mailto and https\""_qs;
const QString RuaGrammar = u"RFC 8460 §3: tlsrpt-rua = %s\"rua=\" tlsrpt-uri *(*WSP \",\" *WSP tlsrpt-uri)"_qs;
const QString Encoded = u"RFC 8460 §3: tlsrpt-uri = URI; commas (0x2C) and exclamation points (0x21) in a URI "
                        "MUST be percent-encoded"_qs;
const QString VersionFirst = u"RFC 8460 §3: records that do not begin with \"v=TLSRPTv1;\" are discarded"_qs;
const QString NotOne =
    u"RFC 8460 §3: if the number of resulting records is not one, senders MUST assume the recipient domain does "
    "not implement TLSRPT"_qs;
const QString Concatenated = u"RFC 8460 §3: multiple strings are concatenated together without adding spaces"_qs;
const QString ExtGrammar =
    u"RFC 8460 §3: tlsrpt-extension = tlsrpt-ext-name \"=\" tlsrpt-ext-value; unknown fields are ignored"_qs;
const QString Delimiter = u"RFC 8460 §3: field-delim = *WSP \";\" *WSP, record ends in [field-delim]"_qs;
const QString Mailto = u"RFC 6068 §2: mailto:addr-spec, addr-spec = local-part \"@\" domain"_qs;
const QString Https = u"RFC 8460 §3 / RFC 3986 §3.2: an https: rua needs an authority with a host"_qs;
const QString CaseSensitive = u"RFC 8460 §3 / RFC 7405: %s\"rua=\" is a case-sensitive literal"_qs;

const QString MailA = u"mailto:tlsrpt@example.com"_qs;
const QString MailB = u"mailto:tls-reports@example.net"_qs;
const QString HttpsA = u"https://reports.example.com/v1"_qs;

} // namespace

class TestTlsRptRecord final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lint_data()
    {
        QTest::addColumn<RecordSet>("records");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("rua");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("rule");

        // --- rua URIs
        QTest::newRow("one mailto") << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com") << true << QStringList{MailA}
                                    << QStringList{Valid} << Schemes;
        QTest::newRow("one https") << one("v=TLSRPTv1; rua=https://reports.example.com/v1") << true
                                   << QStringList{HttpsA} << QStringList{Valid} << Schemes;
        QTest::newRow("https with port and query")
            << one("v=TLSRPTv1; rua=https://reports.example.com:8443/v1?d=example.com") << true
            << QStringList{u"https://reports.example.com:8443/v1?d=example.com"_qs} << QStringList{Valid} << Schemes;
        QTest::newRow("mailto and https") << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com,https://reports.example."
                                                 "com/v1")
                                          << true << QStringList{MailA, HttpsA} << QStringList{Valid} << RuaGrammar;
        QTest::newRow("spaces around the comma")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com , mailto:tls-reports@example.net") << true
            << QStringList{MailA, MailB} << QStringList{Valid} << RuaGrammar;
        QTest::newRow("three URIs") << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com,mailto:tls-reports@example.net,"
                                           "https://reports.example.com/v1")
                                    << true << QStringList{MailA, MailB, HttpsA} << QStringList{Valid} << RuaGrammar;
        QTest::newRow("mailto with query")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com?subject=TLS%20report") << true
            << QStringList{u"mailto:tlsrpt@example.com?subject=TLS%20report"_qs} << QStringList{Valid} << Mailto;
        QTest::newRow("mailto with percent-encoded local part")
            << one("v=TLSRPTv1; rua=mailto:%74lsrpt@example.com") << true
            << QStringList{u"mailto:%74lsrpt@example.com"_qs} << QStringList{Valid} << Mailto;
        QTest::newRow("mailto with encoded IDN domain")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@b%C3%BCcher.example") << true
            << QStringList{u"mailto:tlsrpt@b%C3%BCcher.example"_qs} << QStringList{Valid}
            << u"RFC 6068 §5: internationalized domains are allowed, percent-encoded UTF-8"_qs;
        QTest::newRow("mailto with encoded exclamation point")
            << one("v=TLSRPTv1; rua=mailto:tls%21rpt@example.com") << true
            << QStringList{u"mailto:tls%21rpt@example.com"_qs} << QStringList{Valid} << Encoded;
        QTest::newRow("http scheme") << one("v=TLSRPTv1; rua=http://reports.example.com/v1") << false << QStringList{}
                                     << QStringList{RuaScheme} << Schemes;
        QTest::newRow("ftp scheme") << one("v=TLSRPTv1; rua=ftp://reports.example.com/") << false << QStringList{}
                                    << QStringList{RuaScheme} << Schemes;
        QTest::newRow("address without scheme")
            << one("v=TLSRPTv1; rua=tlsrpt@example.com") << false << QStringList{} << QStringList{RuaScheme} << Schemes;
        // A bad URI beside a good one: senders report to the good one, so the record works.
        QTest::newRow("http beside mailto")
            << one("v=TLSRPTv1; rua=http://reports.example.com/v1,mailto:tlsrpt@example.com") << true
            << QStringList{MailA} << QStringList{RuaScheme, Valid} << Schemes;
        QTest::newRow("scheme in capitals")
            << one("v=TLSRPTv1; rua=MAILTO:tlsrpt@example.com") << true << QStringList{u"MAILTO:tlsrpt@example.com"_qs}
            << QStringList{SchemeCase, Valid} << u"RFC 3986 §3.1: schemes are case-insensitive"_qs;
        QTest::newRow("same URI twice") << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com,mailto:tlsrpt@example.com")
                                        << true << QStringList{MailA} << QStringList{RuaDuplicate, Valid} << RuaGrammar;
        QTest::newRow("rua missing") << one("v=TLSRPTv1;") << false << QStringList{} << QStringList{RuaMissing}
                                     << u"RFC 8460 §3: rua is the one field a record needs"_qs;
        QTest::newRow("rua missing, extension only")
            << one("v=TLSRPTv1; ext=1") << false << QStringList{} << QStringList{Extension, RuaMissing} << ExtGrammar;
        QTest::newRow("rua empty") << one("v=TLSRPTv1; rua=") << false << QStringList{} << QStringList{RuaEmpty}
                                   << RuaGrammar;
        QTest::newRow("stray comma between URIs")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com,,mailto:tls-reports@example.net") << true
            << QStringList{MailA, MailB} << QStringList{RuaEmpty, Valid} << RuaGrammar;
        QTest::newRow("trailing comma") << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com,") << true
                                        << QStringList{MailA} << QStringList{RuaEmpty, Valid} << RuaGrammar;
        // Repeated findings collapse into one that counts them.
        QTest::newRow("many stray commas") << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com" + QByteArray(5000, ','))
                                           << true << QStringList{MailA} << QStringList{RuaEmpty, Valid} << RuaGrammar;
        // field-delim = *WSP ";" *WSP: whitespace cannot end the record without a ";".
        QTest::newRow("trailing space after rua, no semicolon")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com ") << false << QStringList{MailA}
            << QStringList{TrailingWhitespace} << Delimiter;
        QTest::newRow("trailing space after a final semicolon")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com; ") << true << QStringList{MailA} << QStringList{Valid}
            << Delimiter;
        QTest::newRow("spaces instead of commas")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com mailto:tls-reports@example.net") << false << QStringList{}
            << QStringList{Unencoded} << RuaGrammar;
        QTest::newRow("unencoded exclamation point (DMARC size suffix)")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com!10m") << false << QStringList{} << QStringList{Unencoded}
            << Encoded;
        QTest::newRow("unencoded space in https") << one("v=TLSRPTv1; rua=https://reports.example.com/a b") << false
                                                  << QStringList{} << QStringList{Unencoded} << Encoded;
        QTest::newRow("unencoded quote in mailto")
            << one("v=TLSRPTv1; rua=mailto:\"tlsrpt\"@example.com") << false << QStringList{} << QStringList{Unencoded}
            << u"RFC 3986 §2: characters outside unreserved / reserved are percent-encoded"_qs;
        QTest::newRow("unencoded braces in https")
            << one("v=TLSRPTv1; rua=https://reports.example.com/{domain}") << false << QStringList{}
            << QStringList{Unencoded}
            << u"RFC 3986 §2: characters outside unreserved / reserved are percent-encoded"_qs;
        QTest::newRow("unencoded backslash in mailto")
            << one("v=TLSRPTv1; rua=mailto:tls\\rpt@example.com") << false << QStringList{} << QStringList{Unencoded}
            << u"RFC 3986 §2: characters outside unreserved / reserved are percent-encoded"_qs;
        QTest::newRow("reserved characters are fine")
            << one("v=TLSRPTv1; rua=https://reports.example.com/r?a=1&b=$(x)*+'~") << true
            << QStringList{u"https://reports.example.com/r?a=1&b=$(x)*+'~"_qs} << QStringList{Valid}
            << u"RFC 3986 §2.2: reserved characters may appear as delimiters"_qs;
        QTest::newRow("mailto without @") << one("v=TLSRPTv1; rua=mailto:tlsrpt.example.com") << false << QStringList{}
                                          << QStringList{MailtoInvalid} << Mailto;
        QTest::newRow("mailto without domain")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@") << false << QStringList{} << QStringList{MailtoInvalid} << Mailto;
        QTest::newRow("mailto without local part") << one("v=TLSRPTv1; rua=mailto:@example.com") << false
                                                   << QStringList{} << QStringList{MailtoInvalid} << Mailto;
        QTest::newRow("mailto without address")
            << one("v=TLSRPTv1; rua=mailto:") << false << QStringList{} << QStringList{MailtoInvalid} << Mailto;
        QTest::newRow("mailto to a single-label domain") << one("v=TLSRPTv1; rua=mailto:tlsrpt@localhost") << false
                                                         << QStringList{} << QStringList{MailtoInvalid} << Mailto;
        QTest::newRow("mailto domain with underscore") << one("v=TLSRPTv1; rua=mailto:tlsrpt@ex_ample.com") << false
                                                       << QStringList{} << QStringList{MailtoInvalid} << Mailto;
        QTest::newRow("mailto to an address literal")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@[192.0.2.1]") << true << QStringList{u"mailto:tlsrpt@[192.0.2.1]"_qs}
            << QStringList{Valid} << Mailto;
        QTest::newRow("https without host")
            << one("v=TLSRPTv1; rua=https:///v1") << false << QStringList{} << QStringList{HttpsInvalid} << Https;
        QTest::newRow("https with nothing after the scheme")
            << one("v=TLSRPTv1; rua=https:") << false << QStringList{} << QStringList{HttpsInvalid} << Https;
        QTest::newRow("https with user information")
            << one("v=TLSRPTv1; rua=https://user:secret@reports.example.com/v1") << false << QStringList{}
            << QStringList{HttpsInvalid} << Https;

        // --- the record around rua
        QTest::newRow("no space after semicolon") << one("v=TLSRPTv1;rua=mailto:tlsrpt@example.com") << true
                                                  << QStringList{MailA} << QStringList{Valid} << Delimiter;
        QTest::newRow("trailing semicolon") << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com;") << true
                                            << QStringList{MailA} << QStringList{Valid} << Delimiter;
        QTest::newRow("empty field") << one("v=TLSRPTv1;; rua=mailto:tlsrpt@example.com") << false << QStringList{MailA}
                                     << QStringList{EmptyField} << Delimiter;
        QTest::newRow("semicolon inside a URI")
            << one("v=TLSRPTv1; rua=https://reports.example.com/a;b") << false
            << QStringList{u"https://reports.example.com/a"_qs} << QStringList{FieldMalformed} << Delimiter;
        QTest::newRow("space before first semicolon")
            << one("v=TLSRPTv1 ; rua=mailto:tlsrpt@example.com") << true << QStringList{MailA}
            << QStringList{SpaceBeforeDelimiter, Valid} << Delimiter;
        QTest::newRow("RUA in capitals") << one("v=TLSRPTv1; RUA=mailto:tlsrpt@example.com") << false << QStringList{}
                                         << QStringList{FieldNameCase, RuaMissing} << CaseSensitive;
        QTest::newRow("RUA in capitals beside rua")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com; RUA=mailto:x@example.com") << true << QStringList{MailA}
            << QStringList{FieldNameCase, Valid} << CaseSensitive;
        QTest::newRow("two rua fields, first counts")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com; rua=mailto:tls-reports@example.net") << true
            << QStringList{MailA} << QStringList{DuplicateField, Valid} << RuaGrammar;
        QTest::newRow("extension field") << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com; ext=1") << true
                                         << QStringList{MailA} << QStringList{Extension, Valid} << ExtGrammar;
        QTest::newRow("extension with invalid value")
            << one("v=TLSRPTv1; rua=mailto:tlsrpt@example.com; ext=a b") << false << QStringList{MailA}
            << QStringList{ExtensionInvalid} << ExtGrammar;
        QTest::newRow("version in lower case") << one("v=tlsrptv1; rua=mailto:tlsrpt@example.com") << false
                                               << QStringList{} << QStringList{VersionMalformed, None} << VersionFirst;
        QTest::newRow("version without fields")
            << one("v=TLSRPTv1") << false << QStringList{} << QStringList{VersionMalformed, None} << VersionFirst;
        QTest::newRow("STS version in the TLS-RPT name")
            << one("v=STSv1; id=abc") << false << QStringList{} << QStringList{NotTlsRpt, None} << VersionFirst;
        QTest::newRow("non-ASCII in the address")
            << one("v=TLSRPTv1; rua=mailto:rapports@ex\xc3\xa4mple.fr") << false << QStringList{}
            << QStringList{NonAscii} << u"RFC 8460 §3: tlsrpt-uri is an RFC 3986 URI (ASCII; encode anything else)"_qs;

        // --- several strings and several records
        QTest::newRow("two strings split in the address")
            << RecordSet{{"v=TLSRPTv1; rua=mailto:tls", "rpt@example.com"}} << true << QStringList{MailA}
            << QStringList{MultipleStrings, Valid} << Concatenated;
        QTest::newRow("two strings split after a comma")
            << RecordSet{{"v=TLSRPTv1; rua=mailto:tlsrpt@example.com,", "https://reports.example.com/v1"}} << true
            << QStringList{MailA, HttpsA} << QStringList{MultipleStrings, Valid} << Concatenated;
        QTest::newRow("two TLS-RPT records") << RecordSet{{"v=TLSRPTv1; rua=mailto:tlsrpt@example.com"},
                                                          {"v=TLSRPTv1; rua=https://reports.example.com/"
                                                           "v1"}}
                                             << false << QStringList{} << QStringList{Multiple} << NotOne;
        QTest::newRow("TLS-RPT record and another record")
            << RecordSet{{"v=spf1 -all"}, {"v=TLSRPTv1; rua=mailto:tlsrpt@example.com"}} << true << QStringList{MailA}
            << QStringList{NotTlsRpt, Valid} << VersionFirst;
        QTest::newRow("no record") << RecordSet{} << false << QStringList{} << QStringList{None} << NotOne;
    }
    void lint()
    {
        QFETCH(RecordSet, records);
        QFETCH(bool, valid);
        QFETCH(QStringList, rua);
        QFETCH(QStringList, codes);
        QFETCH(QString, rule);

        const TlsRptRecord record = TlsRptRecord::lint(toTxt(records), u"_smtp._tls.example.com"_qs);
        STS_COMPARE_CODES(record.findings, codes, rule);
        QCOMPARE(record.valid, valid);
        QCOMPARE(record.rua, rua);
        for (const Finding &finding : record.findings)
            QCOMPARE(finding.subject, u"_smtp._tls.example.com"_qs);
    }

    void severities_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        // No record means no reports, not a broken domain: a warning. Two records silence reports: an error.
        QTest::newRow("none is a warning") << QByteArray("v=spf1 -all") << None << int(Severity::Warning);
        QTest::newRow("capitals are a warning")
            << QByteArray("v=TLSRPTv1; RUA=mailto:a@example.com") << FieldNameCase << int(Severity::Warning);
        QTest::newRow("missing rua is an error")
            << QByteArray("v=TLSRPTv1; RUA=mailto:a@example.com") << RuaMissing << int(Severity::Error);
        QTest::newRow("bad scheme is an error")
            << QByteArray("v=TLSRPTv1; rua=http://example.com/") << RuaScheme << int(Severity::Error);
        QTest::newRow("scheme case is information")
            << QByteArray("v=TLSRPTv1; rua=Https://example.com/") << SchemeCase << int(Severity::Info);
    }
    void severities()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, code);
        QFETCH(int, severity);
        const TlsRptRecord result = TlsRptRecord::lint({TxtRecord{{record}}});
        const auto found = std::find_if(result.findings.cbegin(), result.findings.cend(),
                                        [&](const Finding &finding) { return finding.code == code; });
        QVERIFY2(found != result.findings.cend(), qPrintable(code));
        QCOMPARE(int(found->severity), severity);
    }

    void extensionsAreKept()
    {
        const TlsRptRecord record =
            TlsRptRecord::lint({TxtRecord::fromText(u"v=TLSRPTv1; b=2; rua=mailto:a@x.example; a=1"_qs)});
        QVERIFY(record.valid);
        const QList<QPair<QString, QString>> expected{{u"b"_qs, u"2"_qs}, {u"a"_qs, u"1"_qs}};
        QCOMPARE(record.extensions, expected);
    }
};

QTEST_GUILESS_MAIN(TestTlsRptRecord)
#include "tst_tlsrptrecord.moc"
