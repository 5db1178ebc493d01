// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingcodes.h"
#include "mtasts/policy.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Sts;
using namespace Sts::MtaSts;

namespace {

QByteArray joinLines(const QByteArrayList &lines, const QByteArray &terminator)
{
    QByteArray body;
    for (const QByteArray &line : lines)
        body += line + terminator;
    return body;
}

QByteArray crlf(const QByteArrayList &lines)
{
    return joinLines(lines, "\r\n");
}

QByteArray lf(const QByteArrayList &lines)
{
    return joinLines(lines, "\n");
}

const QString Valid = u"sts.policy.valid"_qs;
const QString Empty = u"sts.policy.empty"_qs;
const QString TooLarge = u"sts.policy.too-large"_qs;
const QString Bom = u"sts.policy.byte-order-mark"_qs;
const QString InvalidUtf8 = u"sts.policy.invalid-utf8"_qs;
const QString Control = u"sts.policy.control-character"_qs;
const QString CrEndings = u"sts.policy.cr-line-endings"_qs;
const QString MixedEndings = u"sts.policy.mixed-line-endings"_qs;
const QString EmptyLine = u"sts.policy.empty-line"_qs;
const QString LeadingWs = u"sts.policy.leading-whitespace"_qs;
const QString SpaceBeforeColon = u"sts.policy.space-before-colon"_qs;
const QString LineMalformed = u"sts.policy.line-malformed"_qs;
const QString KeyCase = u"sts.policy.key-case"_qs;
const QString UnknownKey = u"sts.policy.unknown-key"_qs;
const QString ExtensionInvalid = u"sts.policy.extension-invalid"_qs;
const QString DuplicateKey = u"sts.policy.duplicate-key"_qs;
const QString MissingKey = u"sts.policy.missing-key"_qs;
const QString VersionInvalid = u"sts.policy.version-invalid"_qs;
const QString VersionNotFirst = u"sts.policy.version-not-first"_qs;
const QString ModeInvalid = u"sts.policy.mode-invalid"_qs;
const QString MaxAgeInvalid = u"sts.policy.max-age-invalid"_qs;
const QString MaxAgeTooLarge = u"sts.policy.max-age-too-large"_qs;
const QString MaxAgeShort = u"sts.policy.max-age-short"_qs;
const QString MxMissing = u"sts.policy.mx-missing"_qs;
const QString MxMissingNone = u"sts.policy.mx-missing-mode-none"_qs;
const QString MxEmpty = u"sts.policy.mx-empty"_qs;
const QString ModeNone = u"sts.policy.mode-none"_qs;
const QString ModeTesting = u"sts.policy.mode-testing"_qs;
const QString MxInvalid = u"sts.mx.invalid"_qs;
const QString MxIp = u"sts.mx.ip-address"_qs;
const QString MxWildcardPosition = u"sts.mx.wildcard-position"_qs;
const QString MxTooBroad = u"sts.mx.wildcard-too-broad"_qs;
const QString MxTrailingDot = u"sts.mx.trailing-dot"_qs;
const QString MxULabel = u"sts.policy.mx-u-label"_qs;

// RFC 8461 §3.2 sentences and ABNF productions the rows check.
const QString Fields = u"RFC 8461 §3.2: version, mode and max_age \"required once\"; sts-policy-mx \"required at "
                       "least once, except when mode is 'none'\""_qs;
const QString VersionValue = u"RFC 8461 §3.2: sts-policy-version-value = %s\"STSv1\""_qs;
const QString ModeValue = u"RFC 8461 §3.2: sts-policy-mode-value = %s\"testing\" / %s\"enforce\" / %s\"none\""_qs;
const QString MaxAgeValue =
    u"RFC 8461 §3.2: sts-policy-max-age-value = 1*10(DIGIT); max_age: \"maximum value of 31557600\""_qs;
const QString MaxAgeShortRule =
    u"RFC 8461 §3.2: \"it is expected that this value typically be in the range of weeks or greater\""_qs;
const QString MxValue = u"RFC 8461 §3.2: sts-policy-mx-value = [\"*.\"] Domain (RFC 5321 Domain)"_qs;
const QString Duplicates = u"RFC 8461 §3.2: of a field other than mx repeated, \"all entries except for the first "
                           "SHALL be ignored\""_qs;
const QString Terms = u"RFC 8461 §3.2: sts-policy-term = LF / CRLF"_qs;
const QString RecordShape = u"RFC 8461 §3.2: sts-policy-record = sts-policy-field *WSP *(sts-policy-term "
                            "sts-policy-field *WSP) [sts-policy-term]"_qs;
const QString FieldDelim = u"RFC 8461 §3.2: sts-policy-field-delim = \":\" *WSP"_qs;
const QString Extensions =
    u"RFC 8461 §3.2: sts-policy-extension = sts-policy-ext-name sts-policy-field-delim sts-policy-ext-value; "
    "unknown fields SHALL be ignored"_qs;
const QString ExtValue = u"RFC 8461 §3.2: sts-policy-ext-value = sts-policy-vchar [*(%x20 / sts-policy-vchar) "
                         "sts-policy-vchar], sts-policy-vchar = VCHAR / UTF8-2 / UTF8-3 / UTF8-4"_qs;
const QString ExtName = u"RFC 8461 §3.2: sts-policy-ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / \"_\" / \"-\" / "
                        "\".\")"_qs;
const QString ALabel = u"RFC 8461 §3.2: \"In the case of Internationalized Domain Names ([RFC5891]), the \"mx\" value "
                       "MUST specify the Punycode-encoded A-label [RFC3492] to match against, and not the "
                       "Unicode-encoded U-label.\""_qs;
const QString CaseSensitive = u"RFC 8461 §3.2 / RFC 7405: %s\"mode\" is a case-sensitive literal"_qs;
const QString SizeLimit = u"RFC 8461 §3.3: senders may limit the policy body to 64 KiB"_qs;

const QByteArray Version = "version: STSv1";
const QByteArray Enforce = "mode: enforce";
const QByteArray Testing = "mode: testing";
const QByteArray ModeNoneLine = "mode: none";
const QByteArray Mx = "mx: mail.example.com";
const QByteArray Week = "max_age: 604800";
const QStringList MailMx{u"mail.example.com"_qs};

//! The base of most rows: a valid enforce policy with one key line replaced or added.
QByteArray enforceWith(const QByteArray &extra)
{
    return crlf({Version, Enforce, Mx, Week, extra});
}

} // namespace

class TestPolicy final : public QObject
{
    Q_OBJECT

private:
    static void addColumns()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mode");  // empty: no valid mode read
        QTest::addColumn<qint64>("maxAge"); // -1: no valid max_age read
        QTest::addColumn<QStringList>("mx");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("rule");
    }

    static void check(const Policy &policy)
    {
        QFETCH(bool, valid);
        QFETCH(QString, mode);
        QFETCH(qint64, maxAge);
        QFETCH(QStringList, mx);
        QFETCH(QStringList, codes);
        QFETCH(QString, rule);

        STS_COMPARE_CODES(policy.findings, codes, rule);
        QCOMPARE(policy.valid, valid);
        QCOMPARE(policy.mode ? modeName(*policy.mode) : QString(), mode);
        QCOMPARE(policy.maxAge.value_or(-1), maxAge);
        QCOMPARE(policy.mx, mx);
        // valid exactly when no finding is an error: the verdict and the findings never disagree
        QCOMPARE(policy.valid, !hasErrors(policy.findings));
    }

private Q_SLOTS:
    void parse_data()
    {
        addColumns();

        // --- complete policies
        QTest::newRow("enforce, CRLF") << crlf({Version, Enforce, Mx, Week}) << true << u"enforce"_qs << qint64(604800)
                                       << MailMx << QStringList{Valid} << Fields;
        QTest::newRow("testing, LF") << lf({Version, Testing, Mx, Week}) << true << u"testing"_qs << qint64(604800)
                                     << MailMx << QStringList{ModeTesting, Valid} << Terms;
        QTest::newRow("none with mx") << crlf({Version, ModeNoneLine, Mx, Week}) << true << u"none"_qs << qint64(604800)
                                      << MailMx << QStringList{ModeNone, Valid} << Fields;
        // mx may be omitted in mode none; a warning because some parsers demand mx in every mode.
        QTest::newRow("none without mx") << crlf({Version, ModeNoneLine, Week}) << true << u"none"_qs << qint64(604800)
                                         << QStringList{} << QStringList{MxMissingNone, ModeNone, Valid} << Fields;
        QTest::newRow("enforce without mx") << crlf({Version, Enforce, Week}) << false << u"enforce"_qs
                                            << qint64(604800) << QStringList{} << QStringList{MxMissing} << Fields;
        QTest::newRow("testing without mx") << crlf({Version, Testing, Week}) << false << u"testing"_qs
                                            << qint64(604800) << QStringList{} << QStringList{MxMissing} << Fields;
        QTest::newRow("several mx in file order")
            << crlf({Version, Enforce, "mx: b.example.com", "mx: a.example.com", "mx: *.c.example.com", Week}) << true
            << u"enforce"_qs << qint64(604800)
            << QStringList{u"b.example.com"_qs, u"a.example.com"_qs, u"*.c.example.com"_qs} << QStringList{Valid}
            << u"RFC 8461 §3.2: mx: \"One or more patterns\""_qs;
        QTest::newRow("same mx twice") << crlf({Version, Enforce, Mx, Mx, Week}) << true << u"enforce"_qs
                                       << qint64(604800) << QStringList{MailMx.first(), MailMx.first()}
                                       << QStringList{Valid} << u"RFC 8461 §3.2: mx may be repeated"_qs;
        QTest::newRow("keys in another order")
            << crlf({Week, Mx, Enforce, Version}) << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{VersionNotFirst, Valid} << RecordShape;

        // --- version
        QTest::newRow("version missing") << crlf({Enforce, Mx, Week}) << false << u"enforce"_qs << qint64(604800)
                                         << MailMx << QStringList{VersionNotFirst, MissingKey} << Fields;
        QTest::newRow("version STSv2") << crlf({"version: STSv2", Enforce, Mx, Week}) << false << u"enforce"_qs
                                       << qint64(604800) << MailMx << QStringList{VersionInvalid} << VersionValue;
        QTest::newRow("version in lower case")
            << crlf({"version: stsv1", Enforce, Mx, Week}) << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{VersionInvalid} << VersionValue;
        QTest::newRow("version empty") << crlf({"version:", Enforce, Mx, Week}) << false << u"enforce"_qs
                                       << qint64(604800) << MailMx << QStringList{VersionInvalid} << VersionValue;
        QTest::newRow("version repeated") << crlf({Version, Enforce, Version, Mx, Week}) << true << u"enforce"_qs
                                          << qint64(604800) << MailMx << QStringList{DuplicateKey, Valid} << Duplicates;

        // --- mode
        QTest::newRow("mode missing") << crlf({Version, Mx, Week}) << false << QString() << qint64(604800) << MailMx
                                      << QStringList{MissingKey} << Fields;
        QTest::newRow("mode enforced (misspelt)") << crlf({Version, "mode: enforced", Mx, Week}) << false << QString()
                                                  << qint64(604800) << MailMx << QStringList{ModeInvalid} << ModeValue;
        QTest::newRow("mode in upper case") << crlf({Version, "mode: Enforce", Mx, Week}) << false << QString()
                                            << qint64(604800) << MailMx << QStringList{ModeInvalid} << ModeValue;
        QTest::newRow("mode report (draft value)") << crlf({Version, "mode: report", Mx, Week}) << false << QString()
                                                   << qint64(604800) << MailMx << QStringList{ModeInvalid} << ModeValue;
        QTest::newRow("mode repeated, first counts")
            << crlf({Version, Enforce, Testing, Mx, Week}) << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{DuplicateKey, Valid} << Duplicates;
        QTest::newRow("mode repeated, invalid first counts")
            << crlf({Version, "mode: enforced", Enforce, Mx, Week}) << false << QString() << qint64(604800) << MailMx
            << QStringList{ModeInvalid, DuplicateKey} << Duplicates;
        QTest::newRow("mode without colon")
            << crlf({Version, "mode enforce", Mx, Week}) << false << QString() << qint64(604800) << MailMx
            << QStringList{LineMalformed, MissingKey} << RecordShape;

        // --- max_age
        QTest::newRow("max_age missing") << crlf({Version, Enforce, Mx}) << false << u"enforce"_qs << qint64(-1)
                                         << MailMx << QStringList{MissingKey} << Fields;
        QTest::newRow("max_age 0") << crlf({Version, Enforce, Mx, "max_age: 0"}) << true << u"enforce"_qs << qint64(0)
                                   << MailMx << QStringList{MaxAgeShort, Valid} << MaxAgeShortRule;
        QTest::newRow("max_age 86399") << crlf({Version, Enforce, Mx, "max_age: 86399"}) << true << u"enforce"_qs
                                       << qint64(86399) << MailMx << QStringList{MaxAgeShort, Valid} << MaxAgeShortRule;
        QTest::newRow("max_age 86400") << crlf({Version, Enforce, Mx, "max_age: 86400"}) << true << u"enforce"_qs
                                       << qint64(86400) << MailMx << QStringList{Valid} << MaxAgeShortRule;
        QTest::newRow("max_age 31557600") << crlf({Version, Enforce, Mx, "max_age: 31557600"}) << true << u"enforce"_qs
                                          << qint64(31557600) << MailMx << QStringList{Valid} << MaxAgeValue;
        QTest::newRow("max_age 31557601") << crlf({Version, Enforce, Mx, "max_age: 31557601"}) << false << u"enforce"_qs
                                          << qint64(31557601) << MailMx << QStringList{MaxAgeTooLarge} << MaxAgeValue;
        QTest::newRow("max_age of 10 nines")
            << crlf({Version, Enforce, Mx, "max_age: 9999999999"}) << false << u"enforce"_qs << qint64(9999999999)
            << MailMx << QStringList{MaxAgeTooLarge} << MaxAgeValue;
        QTest::newRow("max_age of 11 digits")
            << crlf({Version, Enforce, Mx, "max_age: 01234567890"}) << false << u"enforce"_qs << qint64(-1) << MailMx
            << QStringList{MaxAgeInvalid} << MaxAgeValue;
        QTest::newRow("max_age with leading zeros")
            << crlf({Version, Enforce, Mx, "max_age: 0000604800"}) << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{Valid} << MaxAgeValue;
        QTest::newRow("max_age negative") << crlf({Version, Enforce, Mx, "max_age: -1"}) << false << u"enforce"_qs
                                          << qint64(-1) << MailMx << QStringList{MaxAgeInvalid} << MaxAgeValue;
        QTest::newRow("max_age with plus sign")
            << crlf({Version, Enforce, Mx, "max_age: +86400"}) << false << u"enforce"_qs << qint64(-1) << MailMx
            << QStringList{MaxAgeInvalid} << MaxAgeValue;
        QTest::newRow("max_age decimal") << crlf({Version, Enforce, Mx, "max_age: 86400.5"}) << false << u"enforce"_qs
                                         << qint64(-1) << MailMx << QStringList{MaxAgeInvalid} << MaxAgeValue;
        QTest::newRow("max_age with unit") << crlf({Version, Enforce, Mx, "max_age: 1w"}) << false << u"enforce"_qs
                                           << qint64(-1) << MailMx << QStringList{MaxAgeInvalid} << MaxAgeValue;
        QTest::newRow("max_age empty") << crlf({Version, Enforce, Mx, "max_age:"}) << false << u"enforce"_qs
                                       << qint64(-1) << MailMx << QStringList{MaxAgeInvalid} << MaxAgeValue;
        QTest::newRow("max_age repeated, first counts")
            << crlf({Version, Enforce, Mx, Week, "max_age: 86400"}) << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{DuplicateKey, Valid} << Duplicates;

        // --- mx values
        QTest::newRow("mx empty") << crlf({Version, Enforce, "mx:", Week}) << false << u"enforce"_qs << qint64(604800)
                                  << QStringList{} << QStringList{MxEmpty} << MxValue;
        QTest::newRow("mx with underscore")
            << crlf({Version, Enforce, "mx: mail_1.example.com", Week}) << false << u"enforce"_qs << qint64(604800)
            << QStringList{u"mail_1.example.com"_qs} << QStringList{MxInvalid} << MxValue;
        QTest::newRow("mx IP address") << crlf({Version, Enforce, "mx: 192.0.2.25", Week}) << false << u"enforce"_qs
                                       << qint64(604800) << QStringList{u"192.0.2.25"_qs} << QStringList{MxIp}
                                       << MxValue;
        QTest::newRow("mx wildcard inside")
            << crlf({Version, Enforce, "mx: mx.*.example.com", Week}) << false << u"enforce"_qs << qint64(604800)
            << QStringList{u"mx.*.example.com"_qs} << QStringList{MxWildcardPosition}
            << u"RFC 8461 §4.1: wildcards are only allowed as the leftmost label"_qs;
        QTest::newRow("mx wildcard over a TLD")
            << crlf({Version, Testing, "mx: *.com", Week}) << true << u"testing"_qs << qint64(604800)
            << QStringList{u"*.com"_qs} << QStringList{MxTooBroad, ModeTesting, Valid} << MxValue;
        QTest::newRow("mx with trailing dot")
            << crlf({Version, Enforce, "mx: mail.example.com.", Week}) << true << u"enforce"_qs << qint64(604800)
            << QStringList{u"mail.example.com."_qs} << QStringList{MxTrailingDot, Valid} << MxValue;
        QTest::newRow("mx U-label") << crlf({Version, Enforce,
                                             "mx: mx.b\xc3\xbc"
                                             "cher.example",
                                             Week})
                                    << false << u"enforce"_qs << qint64(604800)
                                    << QStringList{QString::fromUtf8("mx.bücher.example")} << QStringList{MxULabel}
                                    << ALabel;
        QTest::newRow("mx U-label wildcard")
            << crlf({Version, Testing,
                     "mx: *.b\xc3\xbc"
                     "cher.example",
                     Week})
            << false << u"testing"_qs << qint64(604800) << QStringList{QString::fromUtf8("*.bücher.example")}
            << QStringList{MxULabel} << ALabel;
        QTest::newRow("mx A-label") << crlf({Version, Enforce, "mx: mx.xn--bcher-kva.example", Week}) << true
                                    << u"enforce"_qs << qint64(604800) << QStringList{u"mx.xn--bcher-kva.example"_qs}
                                    << QStringList{Valid} << ALabel;

        // --- line endings
        QTest::newRow("mixed CRLF and LF")
            << QByteArray("version: STSv1\r\nmode: enforce\nmx: mail.example.com\r\nmax_age: 604800\n") << true
            << u"enforce"_qs << qint64(604800) << MailMx << QStringList{MixedEndings, Valid} << Terms;
        QTest::newRow("bare CR line endings")
            << QByteArray("version: STSv1\rmode: enforce\rmx: mail.example.com\rmax_age: 604800\r") << false
            << u"enforce"_qs << qint64(604800) << MailMx << QStringList{CrEndings} << Terms;
        QTest::newRow("bare CR inside an LF file")
            << QByteArray("version: STSv1\nmode: enforce\rmx: mail.example.com\nmax_age: 604800\n") << false
            << QString() << qint64(604800) << QStringList{} << QStringList{Control, MissingKey, MxMissing} << Terms;
        QTest::newRow("no final line break, CRLF")
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmax_age: 604800") << true
            << u"enforce"_qs << qint64(604800) << MailMx << QStringList{Valid} << RecordShape;
        QTest::newRow("no final line break, LF")
            << QByteArray("version: STSv1\nmode: testing\nmax_age: 604800\nmx: mail.example.com") << true
            << u"testing"_qs << qint64(604800) << MailMx << QStringList{ModeTesting, Valid} << RecordShape;

        // --- whitespace and empty lines
        QTest::newRow("leading whitespace") << crlf({Version, "  mode: enforce", Mx, Week}) << true << u"enforce"_qs
                                            << qint64(604800) << MailMx << QStringList{LeadingWs, Valid} << RecordShape;
        QTest::newRow("space before colon")
            << crlf({Version, "mode : enforce", Mx, Week}) << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{SpaceBeforeColon, Valid} << FieldDelim;
        QTest::newRow("no space after colon")
            << crlf({"version:STSv1", "mode:enforce", "mx:mail.example.com", "max_age:604800"}) << true << u"enforce"_qs
            << qint64(604800) << MailMx << QStringList{Valid} << FieldDelim;
        QTest::newRow("tabs after colon and at line end")
            << crlf({"version:\tSTSv1\t", "mode:\t\tenforce", "mx: \tmail.example.com ", "max_age: 604800\t"}) << true
            << u"enforce"_qs << qint64(604800) << MailMx << QStringList{Valid} << RecordShape;
        QTest::newRow("empty line between fields") << crlf({Version, Enforce, "", Mx, Week}) << false << u"enforce"_qs
                                                   << qint64(604800) << MailMx << QStringList{EmptyLine} << RecordShape;
        QTest::newRow("whitespace-only line") << crlf({Version, Enforce, " \t", Mx, Week}) << false << u"enforce"_qs
                                              << qint64(604800) << MailMx << QStringList{EmptyLine} << RecordShape;
        QTest::newRow("trailing empty line") << crlf({Version, Enforce, Mx, Week, ""}) << false << u"enforce"_qs
                                             << qint64(604800) << MailMx << QStringList{EmptyLine} << RecordShape;
        QTest::newRow("blank line in an LF file") << lf({Version, Enforce, Mx, "", Week}) << false << u"enforce"_qs
                                                  << qint64(604800) << MailMx << QStringList{EmptyLine} << RecordShape;

        // --- junk and unknown keys
        QTest::newRow("junk line") << enforceWith("hello world") << false << u"enforce"_qs << qint64(604800) << MailMx
                                   << QStringList{LineMalformed} << RecordShape;
        QTest::newRow("comment line") << enforceWith("# managed by ansible") << false << u"enforce"_qs << qint64(604800)
                                      << MailMx << QStringList{LineMalformed} << RecordShape;
        QTest::newRow("empty key") << enforceWith(": 8600") << false << u"enforce"_qs << qint64(604800) << MailMx
                                   << QStringList{LineMalformed} << RecordShape;
        QTest::newRow("key with a space") << enforceWith("max age: 5") << false << u"enforce"_qs << qint64(604800)
                                          << MailMx << QStringList{LineMalformed} << RecordShape;
        QTest::newRow("unknown key") << enforceWith("report_uri: https://example.com/x") << true << u"enforce"_qs
                                     << qint64(604800) << MailMx << QStringList{UnknownKey, Valid} << Extensions;
        QTest::newRow("unknown key with spaces in value")
            << enforceWith("more: ext e  ns ion") << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{UnknownKey, Valid} << ExtValue;
        QTest::newRow("unknown key with UTF-8 value")
            << enforceWith("contact: Ren\xc3\xa9 M\xc3\xbcller") << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{UnknownKey, Valid} << ExtValue;
        // The extension grammar is as strict as the strictest sender: a policy that breaks it is invalid.
        QTest::newRow("unknown key with invalid name")
            << enforceWith("_private: 1") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{ExtensionInvalid} << ExtName;
        QTest::newRow("unknown key starting with a dash")
            << enforceWith("-ext: 1") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{ExtensionInvalid} << ExtName;
        QTest::newRow("unknown key starting with a dot")
            << enforceWith(".ext: 1") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{ExtensionInvalid} << ExtName;
        QTest::newRow("unknown key with a plus sign")
            << enforceWith("a+b: 1") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{ExtensionInvalid} << ExtName;
        QTest::newRow("unknown key name of 32 characters")
            << enforceWith(QByteArray(32, 'k') + ": 1") << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{UnknownKey, Valid} << ExtName;
        QTest::newRow("unknown key name of 33 characters")
            << enforceWith(QByteArray(33, 'k') + ": 1") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{ExtensionInvalid} << ExtName;
        QTest::newRow("unknown key with empty value") << enforceWith("ext:") << false << u"enforce"_qs << qint64(604800)
                                                      << MailMx << QStringList{ExtensionInvalid} << ExtValue;
        QTest::newRow("unknown key with only whitespace as value")
            << enforceWith("ext: \t ") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{ExtensionInvalid} << ExtValue;
        QTest::newRow("TAB inside an extension value (only %x20 separates)")
            << enforceWith("ext: a\tb") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{ExtensionInvalid} << ExtValue;
        QTest::newRow("TAB after an extension value (trailing *WSP of the field)")
            << enforceWith("ext: a b\t") << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{UnknownKey, Valid} << RecordShape;
        QTest::newRow("non-ASCII key") << enforceWith("mod\xc3\xa9: enforce") << false << u"enforce"_qs
                                       << qint64(604800) << MailMx << QStringList{ExtensionInvalid} << ExtName;
        QTest::newRow("Mode with capital M, no mode")
            << crlf({Version, "Mode: enforce", Mx, Week}) << false << QString() << qint64(604800) << MailMx
            << QStringList{KeyCase, MissingKey} << CaseSensitive;
        QTest::newRow("MX in capitals beside mode")
            << crlf({Version, Enforce, "MX: mail.example.com", Week}) << false << u"enforce"_qs << qint64(604800)
            << QStringList{} << QStringList{KeyCase, MxMissing} << CaseSensitive;
        QTest::newRow("Mode with capital M beside mode")
            << crlf({Version, "Mode: testing", Enforce, Mx, Week}) << true << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{KeyCase, Valid} << Extensions;

        // --- bytes
        QTest::newRow("UTF-8 byte order mark")
            << QByteArray("\xEF\xBB\xBF") + crlf({Version, Enforce, Mx, Week}) << false << u"enforce"_qs
            << qint64(604800) << MailMx << QStringList{Bom} << RecordShape;
        QTest::newRow("NUL byte in mode")
            << crlf({Version, QByteArray("mode: enf\0orce", 14), Mx, Week}) << false << QString() << qint64(604800)
            << MailMx << QStringList{Control, MissingKey} << ExtValue;
        QTest::newRow("escape byte in unknown key line")
            << enforceWith("note: \x1b[1mbold") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{Control} << ExtValue;
        QTest::newRow("DEL byte") << enforceWith("note: a\x7f") << false << u"enforce"_qs << qint64(604800) << MailMx
                                  << QStringList{Control} << ExtValue;
        QTest::newRow("bytes that are not UTF-8 in an unknown key")
            << enforceWith("note: caf\xe9") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{InvalidUtf8, UnknownKey} << ExtValue;
        QTest::newRow("a 0xFF byte in an unknown key's value")
            << enforceWith("note: \xff") << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{InvalidUtf8, UnknownKey} << ExtValue;
        QTest::newRow("non-ASCII in the version value")
            << crlf({"version: STSv\xc2\xb9", Enforce, Mx, Week}) << false << u"enforce"_qs << qint64(604800) << MailMx
            << QStringList{VersionInvalid} << VersionValue;

        // --- size
        const QByteArray base = crlf({Version, Enforce, Mx, Week});
        const QByteArray padPrefix = "x-pad: ";
        const qsizetype fill = MaxPolicyBodySize - base.size() - padPrefix.size() - 2;
        QTest::newRow("exactly 64 KiB") << base + padPrefix + QByteArray(fill, 'a') + "\r\n"
                                        << true << u"enforce"_qs << qint64(604800) << MailMx
                                        << QStringList{UnknownKey, Valid} << SizeLimit;
        QTest::newRow("one byte over 64 KiB")
            << base + padPrefix + QByteArray(fill + 1, 'a') + "\r\n"
            << false << u"enforce"_qs << qint64(604800) << MailMx << QStringList{TooLarge, UnknownKey} << SizeLimit;
        QTest::newRow("empty body") << QByteArray() << false << QString() << qint64(-1) << QStringList{}
                                    << QStringList{Empty} << Fields;
        QTest::newRow("one line break only")
            << QByteArray("\r\n") << false << QString() << qint64(-1) << QStringList{}
            << QStringList{EmptyLine, MissingKey, MissingKey, MissingKey, MxMissing} << Fields;
        QTest::newRow("HTML error page") << QByteArray("<html><body>404 Not Found</body></html>\n") << false
                                         << QString() << qint64(-1) << QStringList{}
                                         << QStringList{LineMalformed, MissingKey, MissingKey, MissingKey, MxMissing}
                                         << Fields;
    }
    void parse()
    {
        QFETCH(QByteArray, body);
        check(Policy::parse(body));
    }

    // Findings about a line name it (1-based), so that a report can point at it; findings about the
    // whole policy (RFC 8461 §3.2 "required once" keys) carry none.
    void findingsCarryLines_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("duplicate on line 3") << crlf({Version, Enforce, Testing, Mx, Week}) << DuplicateKey << 3;
        QTest::newRow("bad mx on line 4") << crlf({Version, Enforce, Mx, "mx: a..b", Week}) << MxInvalid << 4;
        QTest::newRow("max_age on line 1") << lf({"max_age: x", Version, Enforce, Mx}) << MaxAgeInvalid << 1;
        QTest::newRow("empty line 2 in LF") << lf({Version, "", Enforce, Mx, Week}) << EmptyLine << 2;
        QTest::newRow("missing key has no line") << crlf({Version, Enforce, Mx}) << MissingKey << 0;
    }
    void findingsCarryLines()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(int, line);
        const Policy policy = Policy::parse(body, u"mta-sts.example.com"_qs);
        const auto found = std::find_if(policy.findings.cbegin(), policy.findings.cend(),
                                        [&](const Finding &finding) { return finding.code == code; });
        QVERIFY2(found != policy.findings.cend(), qPrintable(code));
        QCOMPARE(found->line, line);
        QCOMPARE(found->subject, u"mta-sts.example.com"_qs);
    }

    void extensionsAreKept()
    {
        const Policy policy = Policy::parse(lf({Version, "b: 2", Enforce, Mx, "a: x  y", Week}));
        QVERIFY(policy.valid);
        const QList<QPair<QString, QString>> expected{{u"b"_qs, u"2"_qs}, {u"a"_qs, u"x  y"_qs}};
        QCOMPARE(policy.extensions, expected);
        QCOMPARE(policy.version, u"STSv1"_qs);
    }

    void duplicateKeyNamesBothValues()
    {
        const Policy policy = Policy::parse(crlf({Version, Enforce, Testing, Mx, Week}));
        const auto duplicate = std::find_if(policy.findings.cbegin(), policy.findings.cend(),
                                            [](const Finding &finding) { return finding.code == DuplicateKey; });
        QVERIFY(duplicate != policy.findings.cend());
        QVERIFY2(duplicate->message.contains(u"\"enforce\""_qs) && duplicate->message.contains(u"\"testing\""_qs),
                 qPrintable(duplicate->message));
    }

    void modeNames()
    {
        QCOMPARE(modeFromName(u"enforce"_qs), std::optional<Mode>(Mode::Enforce));
        QCOMPARE(modeFromName(u"testing"_qs), std::optional<Mode>(Mode::Testing));
        QCOMPARE(modeFromName(u"none"_qs), std::optional<Mode>(Mode::None));
        QCOMPARE(modeFromName(u"Enforce"_qs), std::nullopt);
        QCOMPARE(modeFromName(QString()), std::nullopt);
        for (Mode mode : {Mode::Enforce, Mode::Testing, Mode::None})
            QCOMPARE(modeFromName(modeName(mode)), std::optional<Mode>(mode));
    }

    // Every policy file copied into tests/data/mta-sts (see tests/data/README.md), with OUR verdict.
    // "origin" is what the implementation the file comes from asserted; it is not RFC truth, and
    // where we differ the row's reason says why.
    void realPolicies_data()
    {
        addColumns();
        QTest::addColumn<QString>("origin");

        const QStringList google5{u"alt1.aspmx.l.google.com"_qs, u"alt2.aspmx.l.google.com"_qs,
                                  u"alt3.aspmx.l.google.com"_qs, u"alt4.aspmx.l.google.com"_qs,
                                  u"aspmx.l.google.com"_qs};
        const QStringList mimecastAB{u"service-alpha-inbound-a.mimecast.com"_qs,
                                     u"service-alpha-inbound-b.mimecast.com"_qs};
        const QStringList gmail{u"gmail-smtp-in.l.google.com"_qs, u"*.gmail-smtp-in.l.google.com"_qs};
        const QStringList mimecastWild{u"*.mimecast.com"_qs};
        const QStringList exampleWild{u"*.example.com"_qs};
        const QStringList mailLoc{u"mail.loc"_qs};
        const QStringList noMx;
        const QString invalid = u"invalid"_qs;
        const QString valid = u"valid"_qs;
        const QString na = u"n/a (deployed file)"_qs;
        const QString same = u"same verdict as the origin"_qs;
        const QString mimecastStrict =
            u"Mimecast's test runs with requireCRLF=true; RFC 8461 §3.2 sts-policy-term = LF / CRLF and the final "
            "term is optional, so we accept"_qs;
        const QString noneNotEnforceable =
            u"Mimecast's isValid() means \"enforceable\"; the policy itself is a valid mode none policy"_qs;

        QStringList covered;
        const auto row = [&covered](const char *file) -> QTestData & {
            covered.append(QString::fromLatin1(file));
            QFile data(QStringLiteral(STS_TEST_DATA_DIR "/mta-sts/") + QString::fromLatin1(file));
            return QTest::newRow(file) << (data.open(QIODevice::ReadOnly) ? data.readAll() : QByteArray("<missing>"));
        };

        // Policies published for real domains.
        row("hosted-sbcountyatc.gov.txt")
            << true << u"enforce"_qs << qint64(604800) << QStringList{u"sbcountyatc-gov.mail.protection.outlook.com"_qs}
            << QStringList{Valid} << same << na;
        row("hosted-boldmere.bham.sch.uk.txt")
            << true << u"enforce"_qs << qint64(1209600)
            << QStringList{u"boldmere-bham-sch-uk.mail.protection.outlook.com"_qs} << QStringList{Valid} << same << na;
        row("hosted-argia.be.txt") << true << u"testing"_qs << qint64(604800)
                                   << QStringList{u"mx.mailprotect.be"_qs, u"mx.backup.mailprotect.be"_qs}
                                   << QStringList{ModeTesting, Valid} << same << na;
        row("hosted-carranza.pw.txt") << true << u"testing"_qs << qint64(604800)
                                      << QStringList{google5[0], google5[2], google5[4], google5[3], google5[1]}
                                      << QStringList{ModeTesting, Valid} << same << na;
        row("hosted-battle-scars.org.uk.txt")
            << true << u"enforce"_qs << qint64(1209600)
            << QStringList{u"battlescars-org-uk01e.mail.protection.outlook.com"_qs} << QStringList{Valid} << same << na;
        row("hosted-gc3.security.gov.uk.txt")
            << true << u"enforce"_qs << qint64(1209601)
            << QStringList{u"gc3-security-gov-uk.mail.protection.outlook.com"_qs} << QStringList{Valid} << same << na;
        row("hosted-cabinetoffice.gov.uk.txt")
            << true << u"testing"_qs << qint64(86401) << google5 << QStringList{ModeTesting, Valid}
            << u"no final CRLF: [sts-policy-term] is optional"_qs << na;
        row("hosted-co-cddo-template.txt")
            << false << u"testing"_qs << qint64(86401) << QStringList{u"."_qs} << QStringList{MxInvalid}
            << u"an unfilled template: \".\" is not a Domain"_qs << na;
        row("hosted-noclocks.txt") << true << u"testing"_qs << qint64(604800) << QStringList{u"smtp.google.com"_qs}
                                   << QStringList{ModeTesting, Valid} << same << na;
        row("hosted-noclocks-v2.txt") << true << u"enforce"_qs << qint64(604800)
                                      << QStringList{u"smtp.google.com"_qs, u"feedback-smtp.us-east-1.amazonses.com"_qs}
                                      << QStringList{Valid} << same << na;
        row("hosted-noclocks-template.txt")
            << false << QString() << qint64(-1)
            << QStringList{u"mx1.your_domain.tld      # 2. Add your primary mailserver hostname "
                           "(see MX records in your DNS)"_qs,
                           u"mx2.your_domain.tld      # 3. If you have secondary mailservers, "
                           "add one line for each."_qs}
            << QStringList{ModeInvalid,   MxInvalid,     MxInvalid, LeadingWs,
                           LineMalformed, MaxAgeInvalid, LeadingWs, LineMalformed}
            << u"a template with inline comments: the policy grammar has no comments"_qs << na;

        // mox (mjl-/mox mtasts/parse_test.go)
        row("mox-good-01.txt") << true << u"testing"_qs << qint64(1296000)
                               << QStringList{u"mx1.example.com"_qs, u"mx2.example.com"_qs, u"mx.backup-example.com"_qs}
                               << QStringList{ModeTesting, Valid} << same << valid;
        row("mox-good-02.txt") << true << u"enforce"_qs << qint64(0) << exampleWild << QStringList{MaxAgeShort, Valid}
                               << u"trailing WSP after a field is allowed (sts-policy-field *WSP)"_qs << valid;
        row("mox-good-03.txt")
            << true << u"enforce"_qs << qint64(1) << exampleWild
            << QStringList{MixedEndings, MaxAgeShort, UnknownKey, Valid}
            << u"CRLF and LF mixed, tabs after the colon, an extension value with inner spaces: all in the grammar"_qs
            << valid;
        row("mox-bad-04.txt") << false << QString() << qint64(-1) << noMx << QStringList{Empty} << same << invalid;
        row("mox-bad-05.txt") << false << u"none"_qs << qint64(0) << noMx
                              << QStringList{VersionInvalid, MaxAgeShort, MxMissingNone} << same << invalid;
        row("mox-bad-06.txt") << false << u"none"_qs << qint64(0) << noMx
                              << QStringList{VersionInvalid, MaxAgeShort, MxMissingNone} << same << invalid;
        row("mox-bad-07.txt") << false << u"none"_qs << qint64(0) << noMx
                              << QStringList{VersionInvalid, MaxAgeShort, MxMissingNone} << same << invalid;
        row("mox-bad-08.txt") << false << QString() << qint64(0) << QStringList{u"example.com"_qs}
                              << QStringList{MaxAgeShort, MissingKey} << same << invalid;
        row("mox-bad-09.txt") << false << u"none"_qs << qint64(-1) << noMx << QStringList{MissingKey, MxMissingNone}
                              << same << invalid;
        row("mox-bad-10.txt") << false << u"enforce"_qs << qint64(0) << noMx << QStringList{MaxAgeShort, MxMissing}
                              << same << invalid;
        row("mox-bad-11.txt") << false << u"testing"_qs << qint64(0) << noMx << QStringList{MaxAgeShort, MxMissing}
                              << same << invalid;
        row("mox-bad-12.txt") << false << u"none"_qs << qint64(0) << noMx
                              << QStringList{MaxAgeShort, VersionNotFirst, MissingKey, MxMissingNone} << same
                              << invalid;
        row("mox-bad-13.txt") << false << u"none"_qs << qint64(-1) << noMx << QStringList{MaxAgeInvalid, MxMissingNone}
                              << u"11 digits: 1*10(DIGIT)"_qs << invalid;
        row("mox-bad-14.txt") << false << QString() << qint64(1) << noMx
                              << QStringList{ModeInvalid, MaxAgeShort, MxMissing} << same << invalid;
        row("mox-bad-15.txt") << false << u"none"_qs << qint64(-1) << noMx << QStringList{MaxAgeInvalid, MxMissingNone}
                              << same << invalid;
        row("mox-bad-16.txt") << false << u"enforce"_qs << qint64(0) << noMx << QStringList{MaxAgeShort, MxEmpty}
                              << same << invalid;
        row("mox-bad-17.txt") << false << u"enforce"_qs << qint64(0) << QStringList{u"*.*.example"_qs}
                              << QStringList{MaxAgeShort, MxWildcardPosition} << same << invalid;
        row("mox-bad-18.txt") << false << u"enforce"_qs << qint64(0) << QStringList{u"**.example"_qs}
                              << QStringList{MaxAgeShort, MxWildcardPosition} << same << invalid;
        row("mox-bad-19.txt") << false << u"enforce"_qs << qint64(0) << QStringList{u"**.example-"_qs}
                              << QStringList{MaxAgeShort, MxWildcardPosition} << same << invalid;
        row("mox-bad-20.txt") << false << u"enforce"_qs << qint64(0) << QStringList{u"test.example-"_qs}
                              << QStringList{MaxAgeShort, MxInvalid} << same << invalid;
        row("mox-bad-21.txt") << false << u"none"_qs << qint64(0) << noMx
                              << QStringList{MaxAgeShort, ExtensionInvalid, MxMissingNone} << same << invalid;
        row("mox-bad-22.txt") << false << u"none"_qs << qint64(0) << noMx
                              << QStringList{MaxAgeShort, ExtensionInvalid, MxMissingNone} << same << invalid;
        row("mox-bad-23.txt") << false << u"none"_qs << qint64(0) << noMx
                              << QStringList{MaxAgeShort, ExtensionInvalid, MxMissingNone} << same << invalid;
        row("mox-bad-24.txt") << false << u"none"_qs << qint64(0) << QStringList{QString::fromUtf8("m\u00f8x.example")}
                              << QStringList{MaxAgeShort, MxULabel} << same << invalid;

        // foxcpp/go-mtasts (mtasts_test.go)
        row("gomtasts-01.txt") << false << QString() << qint64(-1) << noMx
                               << QStringList{VersionInvalid, MissingKey, MissingKey, MxMissing} << same << invalid;
        row("gomtasts-02.txt") << false << QString() << qint64(-1) << noMx
                               << QStringList{MissingKey, MissingKey, MxMissing} << same << invalid;
        row("gomtasts-03.txt") << false << QString() << qint64(8600) << noMx
                               << QStringList{MaxAgeShort, VersionNotFirst, MissingKey, MissingKey, MxMissing} << same
                               << invalid;
        row("gomtasts-04.txt") << false << QString() << qint64(8600) << noMx
                               << QStringList{MaxAgeShort, MissingKey, MxMissing} << same << invalid;
        row("gomtasts-05.txt") << false << QString() << qint64(-1) << noMx
                               << QStringList{MaxAgeInvalid, MissingKey, MxMissing} << same << invalid;
        row("gomtasts-06.txt") << false << QString() << qint64(-1) << noMx
                               << QStringList{LineMalformed, MissingKey, MissingKey, MxMissing} << same << invalid;
        row("gomtasts-07.txt") << false << QString() << qint64(-1) << noMx
                               << QStringList{ModeInvalid, MissingKey, MxMissing} << same << invalid;
        row("gomtasts-08.txt") << false << QString() << qint64(-1) << noMx
                               << QStringList{LineMalformed, MissingKey, MissingKey, MxMissing} << same << invalid;
        row("gomtasts-09.txt") << false << u"none"_qs << qint64(-1) << noMx << QStringList{MissingKey, MxMissingNone}
                               << same << invalid;
        row("gomtasts-10.txt") << true << u"none"_qs << qint64(8600) << noMx
                               << QStringList{MaxAgeShort, MxMissingNone, ModeNone, Valid} << same << valid;
        row("gomtasts-11.txt") << false << u"enforce"_qs << qint64(8600) << noMx << QStringList{MaxAgeShort, MxMissing}
                               << same << invalid;
        row("gomtasts-12.txt") << true << u"enforce"_qs << qint64(8600)
                               << QStringList{u"mx0.example.org"_qs, u"*.example.org"_qs}
                               << QStringList{MaxAgeShort, Valid} << same << valid;

        // Snawoot/postfix-mta-sts-resolver (tests/nginx.conf, expectations from tests/test_resolver.py)
        row("postfixresolver-good.txt") << true << u"enforce"_qs << qint64(86400) << mailLoc << QStringList{Valid}
                                        << same << valid;
        row("postfixresolver-bad-policy1.txt")
            << false << QString() << qint64(-1) << noMx
            << QStringList{LineMalformed, MissingKey, MissingKey, MissingKey, MxMissing} << same << invalid;
        row("postfixresolver-bad-policy2.txt")
            << false << u"enforce"_qs << qint64(86400) << noMx << QStringList{MxMissing} << same << invalid;
        row("postfixresolver-bad-policy5.txt")
            << false << u"enforce"_qs << qint64(-1) << mailLoc << QStringList{MaxAgeInvalid} << same << invalid;
        row("postfixresolver-bad-policy6.txt")
            << false << u"enforce"_qs << qint64(31557601) << mailLoc << QStringList{MaxAgeTooLarge} << same << invalid;
        row("postfixresolver-bad-policy7.txt")
            << false << QString() << qint64(86400) << mailLoc << QStringList{MissingKey} << same << invalid;
        row("postfixresolver-bad-policy8.txt")
            << false << QString() << qint64(86400) << mailLoc << QStringList{ModeInvalid} << same << invalid;
        row("postfixresolver-fast-expire.txt")
            << true << u"enforce"_qs << qint64(1) << mailLoc << QStringList{MaxAgeShort, Valid} << same << valid;
        row("postfixresolver-testing.txt")
            << true << u"testing"_qs << qint64(86400) << mailLoc << QStringList{ModeTesting, Valid} << same << valid;
        row("postfixresolver-valid-none.txt") << true << u"none"_qs << qint64(86400) << noMx
                                              << QStringList{MxMissingNone, ModeNone, Valid} << same << valid;

        // domainaware/checkdmarc (tests/test_mta_sts.py)
        const QStringList mailExample{u"mail.example.com"_qs};
        row("checkdmarc-Valid.txt") << true << u"enforce"_qs << qint64(86400) << mailExample << QStringList{Valid}
                                    << same << valid;
        row("checkdmarc-UnixLineEndings.txt") << true << u"testing"_qs << qint64(3600) << exampleWild
                                              << QStringList{MaxAgeShort, ModeTesting, Valid} << same << valid;
        row("checkdmarc-MissingKey.txt") << false << u"enforce"_qs << qint64(-1) << noMx
                                         << QStringList{MissingKey, MxMissing} << same << invalid;
        row("checkdmarc-InvalidMaxAge.txt")
            << false << u"enforce"_qs << qint64(-1) << mailExample << QStringList{MaxAgeInvalid} << same << invalid;
        row("checkdmarc-DecimalMaxAge.txt")
            << false << u"enforce"_qs << qint64(-1) << mailExample << QStringList{MaxAgeInvalid} << same << invalid;
        row("checkdmarc-TooLargeMaxAge.txt") << false << u"enforce"_qs << qint64(99999999) << mailExample
                                             << QStringList{MaxAgeTooLarge} << same << invalid;
        row("checkdmarc-NonIntegerMaxAge.txt")
            << false << u"enforce"_qs << qint64(-1) << mailExample << QStringList{MaxAgeInvalid} << same << invalid;
        row("checkdmarc-DuplicateKey.txt")
            << true << u"enforce"_qs << qint64(86400) << mailExample << QStringList{DuplicateKey, Valid}
            << u"RFC 8461 §3.2: of a repeated field all entries except for the first SHALL be ignored; "
               "checkdmarc rejects the policy"_qs
            << invalid;
        row("checkdmarc-InvalidVersion.txt")
            << false << u"enforce"_qs << qint64(86400) << mailExample << QStringList{VersionInvalid} << same << invalid;
        row("checkdmarc-InvalidMode.txt")
            << false << QString() << qint64(86400) << mailExample << QStringList{ModeInvalid} << same << invalid;
        row("checkdmarc-EnforceModeNoMx.txt")
            << false << u"enforce"_qs << qint64(86400) << noMx << QStringList{MxMissing} << same << invalid;
        row("checkdmarc-BadKeyValue.txt")
            << false << QString() << qint64(-1) << noMx << QStringList{LineMalformed, MissingKey, MissingKey, MxMissing}
            << same << invalid;
        row("checkdmarc-UnexpectedKey.txt")
            << true << u"enforce"_qs << qint64(86400) << mailExample << QStringList{UnknownKey, Valid}
            << u"RFC 8461 §3.2: unknown fields SHALL be ignored; checkdmarc rejects unknown keys"_qs << invalid;

        // mimecast/mta-sts (StsPolicyTest.java); "valid" there is Mimecast's isValid()
        row("mimecast-valid.txt") << true << u"enforce"_qs << qint64(604800) << mimecastAB << QStringList{Valid} << same
                                  << valid;
        row("mimecast-matchMxFalse.txt") << false << u"enforce"_qs << qint64(604800)
                                         << QStringList{u"service-alpha-inbound-*.mimecast.com"_qs}
                                         << QStringList{MxWildcardPosition} << same << invalid;
        row("mimecast-invalidKey.txt") << false << QString() << qint64(604800) << mimecastWild
                                       << QStringList{ModeInvalid, UnknownKey}
                                       << u"invalid for the mode; min_age alone would only be ignored"_qs << invalid;
        row("mimecast-invalidMalformed.txt") << false << QString() << qint64(604800) << mimecastWild
                                             << QStringList{LineMalformed, MissingKey} << same << invalid;
        row("mimecast-invalidValue.txt")
            << false << u"enforce"_qs << qint64(-1) << mimecastWild << QStringList{MaxAgeInvalid}
            << u"\"max_age:\" with no digits: 1*10(DIGIT) needs one; Mimecast reads it as 0"_qs << valid;
        row("mimecast-noneMode.txt") << true << u"none"_qs << qint64(604800) << mimecastWild
                                     << QStringList{ModeNone, Valid} << noneNotEnforceable << invalid;
        row("mimecast-duplicateMode1.txt") << true << u"enforce"_qs << qint64(604800) << gmail
                                           << QStringList{DuplicateKey, DuplicateKey, Valid} << same << valid;
        row("mimecast-duplicateMode3.txt")
            << true << u"none"_qs << qint64(604800) << gmail << QStringList{DuplicateKey, DuplicateKey, ModeNone, Valid}
            << noneNotEnforceable << invalid;
        row("mimecast-invalidModeNone.txt")
            << false << QString() << qint64(604800) << mimecastWild << QStringList{MissingKey} << same << invalid;
        row("mimecast-invalidMxNone.txt")
            << false << u"enforce"_qs << qint64(604800) << noMx << QStringList{MxMissing} << same << invalid;
        row("mimecast-invalidMaxAge.txt")
            << false << u"testing"_qs << qint64(-1) << mimecastWild << QStringList{MissingKey}
            << u"max_age is \"required once\"; Mimecast substitutes a default"_qs << valid;
        row("mimecast-nonNumericMaxAgeRequired.txt")
            << false << u"testing"_qs << qint64(-1) << mimecastWild << QStringList{MaxAgeInvalid} << same << invalid;
        row("mimecast-overMax.txt") << false << u"enforce"_qs << qint64(31557601) << mimecastAB
                                    << QStringList{MaxAgeTooLarge} << same << invalid;
        row("mimecast-configRelaxed.txt")
            << false << u"enforce"_qs << qint64(1) << mimecastWild << QStringList{CrEndings, MaxAgeShort}
            << u"bare CR is not a sts-policy-term (LF / CRLF); Mimecast accepts it only in its relaxed mode"_qs
            << valid;
        row("mimecast-invalidLF.txt") << true << u"enforce"_qs << qint64(604800) << mimecastAB << QStringList{Valid}
                                      << mimecastStrict << invalid;
        row("mimecast-emptyLine.txt") << false << u"enforce"_qs << qint64(604800) << mimecastAB
                                      << QStringList{EmptyLine} << same << invalid;
        row("mimecast-noLastCRLF.txt") << true << u"enforce"_qs << qint64(604800) << mimecastAB << QStringList{Valid}
                                       << mimecastStrict << invalid;

        // A file added to tests/data/mta-sts without a verdict here gets a row that cannot pass.
        const QStringList files =
            QDir(QStringLiteral(STS_TEST_DATA_DIR "/mta-sts")).entryList({u"*.txt"_qs}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 87);
        for (const QString &file : files) {
            if (!covered.contains(file))
                QTest::newRow(qPrintable(file + u" has no verdict in realPolicies_data"_qs))
                    << QByteArray() << false << QString() << qint64(-1) << noMx << QStringList{u"<no verdict>"_qs}
                    << QString() << QString();
        }
    }
    void realPolicies()
    {
        QFETCH(QByteArray, body);
        check(Policy::parse(body));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
