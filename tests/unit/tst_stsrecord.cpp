// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingcodes.h"
#include "mtasts/stsrecord.h"

#include <QTest>

#include <algorithm>

using namespace Sts;
using namespace Sts::MtaSts;

namespace {

//! A TXT record set: one entry per record, each a list of character-strings.
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

const QString Valid = u"sts.txt.valid"_qs;
const QString None = u"sts.txt.none"_qs;
const QString Multiple = u"sts.txt.multiple"_qs;
const QString NotSts = u"sts.txt.not-sts"_qs;
const QString VersionMalformed = u"sts.txt.version-malformed"_qs;
const QString SpaceBeforeDelimiter = u"sts.txt.space-before-delimiter"_qs;
const QString MultipleStrings = u"sts.txt.multiple-strings"_qs;
const QString NonAscii = u"sts.txt.non-ascii"_qs;
const QString EmptyField = u"sts.txt.empty-field"_qs;
const QString FieldMalformed = u"sts.txt.field-malformed"_qs;
const QString FieldNameCase = u"sts.txt.field-name-case"_qs;
const QString IdMissing = u"sts.txt.id-missing"_qs;
const QString IdInvalid = u"sts.txt.id-invalid"_qs;
const QString IdTooLong = u"sts.txt.id-too-long"_qs;
const QString DuplicateField = u"sts.txt.duplicate-field"_qs;
const QString ExtensionInvalid = u"sts.txt.extension-invalid"_qs;
const QString Extension = u"sts.txt.extension"_qs;
const QString TrailingWhitespace = u"sts.txt.trailing-whitespace"_qs;

// The sentences of RFC 8461 §3.1 the rows check.
const QString VersionFirst = u"RFC 8461 §3.1: records that do not begin with \"v=STSv1;\" are discarded"_qs;
const QString IdGrammar = u"RFC 8461 §3.1: sts-id = %s\"id=\" 1*32(ALPHA / DIGIT)"_qs;
const QString Delimiter = u"RFC 8461 §3.1: sts-field-delim = *WSP \";\" *WSP, record ends in [sts-field-delim]"_qs;
const QString ExtGrammar = u"RFC 8461 §3.1: sts-ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / \"_\" / \"-\" / \".\"),"
                           " "
                           "sts-ext-value = 1*(%x21-3A / %x3C / %x3E-7E)"_qs;
const QString UnknownIgnored = u"RFC 8461 §3.1: unknown fields SHALL be ignored"_qs;
const QString Concatenated = u"RFC 8461 §3.1: if the resulting TXT record contains multiple strings, then the record "
                             "MUST be treated as if those strings are concatenated together without adding spaces"_qs;
const QString NotOne = u"RFC 8461 §3.1: if the number of resulting records is not one ... senders MUST assume the "
                       "recipient domain does not have an available MTA-STS Policy"_qs;
const QString SyntaxInvalid = u"RFC 8461 §3.1: if the resulting record is syntactically invalid, senders MUST assume "
                              "the recipient domain does not have an available MTA-STS Policy"_qs;
const QString CaseSensitive = u"RFC 8461 §3.1 / RFC 7405: %s\"...\" literals are case-sensitive"_qs;

} // namespace

class TestStsRecord final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lint_data()
    {
        QTest::addColumn<RecordSet>("records");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("rule");

        const QByteArray id32(32, 'a');

        // --- the version tag and the shape of a good record
        QTest::newRow("minimal record") << one("v=STSv1; id=20160831085700Z") << true << u"20160831085700Z"_qs
                                        << QStringList{Valid} << IdGrammar;
        QTest::newRow("RFC example with trailing semicolon")
            << one("v=STSv1; id=20160831085700Z;") << true << u"20160831085700Z"_qs << QStringList{Valid} << Delimiter;
        QTest::newRow("no space after semicolon")
            << one("v=STSv1;id=abc") << true << u"abc"_qs << QStringList{Valid} << Delimiter;
        QTest::newRow("tabs around delimiters")
            << one("v=STSv1;\tid=abc\t;\t") << true << u"abc"_qs << QStringList{Valid} << Delimiter;
        QTest::newRow("trailing semicolon with spaces")
            << one("v=STSv1; id=abc ; ") << true << u"abc"_qs << QStringList{Valid} << Delimiter;
        QTest::newRow("version in lower case")
            << one("v=stsv1; id=abc") << false << QString() << QStringList{VersionMalformed, None} << CaseSensitive;
        QTest::newRow("V in upper case") << one("V=STSv1; id=abc") << false << QString()
                                         << QStringList{VersionMalformed, None} << CaseSensitive;
        QTest::newRow("version not first")
            << one("id=abc; v=STSv1") << false << QString() << QStringList{VersionMalformed, None} << VersionFirst;
        QTest::newRow("leading space before version")
            << one(" v=STSv1; id=abc") << false << QString() << QStringList{VersionMalformed, None} << VersionFirst;
        QTest::newRow("version STSv10") << one("v=STSv10; id=abc") << false << QString()
                                        << QStringList{VersionMalformed, None} << VersionFirst;
        QTest::newRow("spaces around the version's equals sign")
            << one("v = STSv1; id=abc") << false << QString() << QStringList{VersionMalformed, None} << VersionFirst;
        // "v=STSv1" with nothing after it does not begin with "v=STSv1;": discarded, not counted.
        QTest::newRow("version without semicolon or fields")
            << one("v=STSv1") << false << QString() << QStringList{VersionMalformed, None} << VersionFirst;
        // The grammar needs at least one field after the version.
        QTest::newRow("version and semicolon only")
            << one("v=STSv1;") << false << QString() << QStringList{IdMissing} << SyntaxInvalid;
        // Erratum 6285 reading: the grammar allows WSP before ";", the discard rule looks for the
        // literal prefix. We accept the record (the grammar) and warn (the literal-prefix senders).
        QTest::newRow("space before first semicolon (erratum 6285)")
            << one("v=STSv1 ; id=abc") << true << u"abc"_qs << QStringList{SpaceBeforeDelimiter, Valid}
            << u"RFC 8461 §3.1 sts-field-delim = *WSP \";\" *WSP vs. \"begin with v=STSv1;\" (erratum 6285)"_qs;
        QTest::newRow("tab before first semicolon")
            << one("v=STSv1\t; id=abc") << true << u"abc"_qs << QStringList{SpaceBeforeDelimiter, Valid}
            << u"RFC 8461 §3.1 sts-field-delim = *WSP \";\" *WSP (erratum 6285)"_qs;

        // --- id
        QTest::newRow("id of one character")
            << one("v=STSv1; id=1") << true << u"1"_qs << QStringList{Valid} << IdGrammar;
        QTest::newRow("id of 32 characters")
            << one("v=STSv1; id=" + id32) << true << QString::fromLatin1(id32) << QStringList{Valid} << IdGrammar;
        QTest::newRow("id of 33 characters")
            << one("v=STSv1; id=" + id32 + "b") << false << QString() << QStringList{IdTooLong} << IdGrammar;
        QTest::newRow("id of 300 characters")
            << one("v=STSv1; id=" + QByteArray(300, '7')) << false << QString() << QStringList{IdTooLong} << IdGrammar;
        QTest::newRow("empty id") << one("v=STSv1; id=") << false << QString() << QStringList{IdInvalid} << IdGrammar;
        QTest::newRow("id with dashes") << one("v=STSv1; id=2024-01-15") << false << QString() << QStringList{IdInvalid}
                                        << IdGrammar;
        QTest::newRow("id with colons") << one("v=STSv1; id=12:30:00") << false << QString() << QStringList{IdInvalid}
                                        << IdGrammar;
        QTest::newRow("id with a space inside")
            << one("v=STSv1; id=abc def") << false << QString() << QStringList{IdInvalid} << IdGrammar;
        QTest::newRow("id with a dot") << one("v=STSv1; id=v1.2") << false << QString() << QStringList{IdInvalid}
                                       << IdGrammar;
        QTest::newRow("id missing, extension only")
            << one("v=STSv1; foo=bar") << false << QString() << QStringList{Extension, IdMissing}
            << u"RFC 8461 §3.1: id is the policy instance ID every record carries"_qs;
        // "id = abc": the name is "id " which is neither "id" nor a valid extension name.
        QTest::newRow("spaces around the id's equals sign")
            << one("v=STSv1; id = abc") << false << QString() << QStringList{ExtensionInvalid, IdMissing} << IdGrammar;
        QTest::newRow("duplicate id, first counts")
            << one("v=STSv1; id=abc; id=def") << true << u"abc"_qs << QStringList{DuplicateField, Valid}
            << u"RFC 8461 §3.2 (by analogy): all entries except for the first SHALL be ignored"_qs;
        QTest::newRow("duplicate id, first invalid") << one("v=STSv1; id=a-b; id=def") << false << QString()
                                                     << QStringList{IdInvalid, DuplicateField} << IdGrammar;
        // "ID=abc" matches the extension grammar, so a sender ignores it: the record has no id.
        QTest::newRow("ID in upper case")
            << one("v=STSv1; ID=abc") << false << QString() << QStringList{FieldNameCase, IdMissing} << CaseSensitive;
        QTest::newRow("ID in upper case beside a proper id") << one("v=STSv1; id=abc; ID=def") << true << u"abc"_qs
                                                             << QStringList{FieldNameCase, Valid} << UnknownIgnored;

        QTest::newRow("version repeated as a later field")
            << one("v=STSv1; id=abc; v=STSv1") << true << u"abc"_qs << QStringList{DuplicateField, Valid}
            << u"RFC 8461 §3.2 (by analogy): all entries except for the first SHALL be ignored"_qs;
        QTest::newRow("upper-case V as a later field")
            << one("v=STSv1; id=abc; V=x") << true << u"abc"_qs << QStringList{FieldNameCase, Valid} << UnknownIgnored;

        // --- extension fields
        QTest::newRow("extension field") << one("v=STSv1; id=abc; ext=value") << true << u"abc"_qs
                                         << QStringList{Extension, Valid} << UnknownIgnored;
        QTest::newRow("extension before id")
            << one("v=STSv1; ext=1; id=abc") << true << u"abc"_qs << QStringList{Extension, Valid} << UnknownIgnored;
        QTest::newRow("extension name with dot, dash, underscore")
            << one("v=STSv1; id=abc; x-ext.v_2=1") << true << u"abc"_qs << QStringList{Extension, Valid} << ExtGrammar;
        QTest::newRow("extension value with punctuation")
            << one("v=STSv1; id=abc; ext=a:b/c,d!") << true << u"abc"_qs << QStringList{Extension, Valid} << ExtGrammar;
        QTest::newRow("extension name of 32 characters")
            << one("v=STSv1; id=abc; " + QByteArray(32, 'n') + "=1") << true << u"abc"_qs
            << QStringList{Extension, Valid} << ExtGrammar;
        QTest::newRow("extension name of 33 characters")
            << one("v=STSv1; id=abc; " + QByteArray(33, 'n') + "=1") << false << QString()
            << QStringList{ExtensionInvalid} << ExtGrammar;
        QTest::newRow("extension name starting with underscore")
            << one("v=STSv1; id=abc; _x=1") << false << QString() << QStringList{ExtensionInvalid} << ExtGrammar;
        QTest::newRow("extension with empty value")
            << one("v=STSv1; id=abc; ext=") << false << QString() << QStringList{ExtensionInvalid} << ExtGrammar;
        QTest::newRow("extension value with a space")
            << one("v=STSv1; id=abc; ext=a b") << false << QString() << QStringList{ExtensionInvalid} << ExtGrammar;
        QTest::newRow("extension value with equals sign")
            << one("v=STSv1; id=abc; ext=a=b") << false << QString() << QStringList{ExtensionInvalid} << ExtGrammar;
        QTest::newRow("field without equals sign")
            << one("v=STSv1; id=abc; junk") << false << QString() << QStringList{FieldMalformed}
            << u"RFC 8461 §3.1: sts-field = sts-id / sts-extension"_qs;
        QTest::newRow("field that is only an equals sign")
            << one("v=STSv1; id=abc; =x") << false << QString() << QStringList{FieldMalformed}
            << u"RFC 8461 §3.1: sts-field = sts-id / sts-extension"_qs;

        // --- empty fields
        QTest::newRow("empty field between semicolons")
            << one("v=STSv1;; id=abc") << false << QString() << QStringList{EmptyField} << Delimiter;
        QTest::newRow("two trailing semicolons")
            << one("v=STSv1; id=abc;;") << false << QString() << QStringList{EmptyField} << Delimiter;
        // Repeated findings collapse into one that counts them (two empty fields: one finding).
        QTest::newRow("only semicolons") << one("v=STSv1;;;") << false << QString()
                                         << QStringList{EmptyField, IdMissing} << Delimiter;

        // --- whitespace at the end: sts-text-record = sts-version 1*(sts-field-delim sts-field) [sts-field-delim]
        // and sts-field-delim = *WSP ";" *WSP, so whitespace without a ";" cannot end the record.
        QTest::newRow("trailing space after the last field, no semicolon")
            << one("v=STSv1; id=policy1 ") << false << QString() << QStringList{TrailingWhitespace} << Delimiter;
        QTest::newRow("trailing tab after the last field, no semicolon")
            << one("v=STSv1; id=policy1\t") << false << QString() << QStringList{TrailingWhitespace} << Delimiter;
        QTest::newRow("trailing space after an extension, no semicolon")
            << one("v=STSv1; id=policy1; ext=1  ") << false << QString() << QStringList{Extension, TrailingWhitespace}
            << Delimiter;
        QTest::newRow("trailing space after a final semicolon")
            << one("v=STSv1; id=policy1; ") << true << u"policy1"_qs << QStringList{Valid} << Delimiter;

        // --- bytes outside printable ASCII
        QTest::newRow("non-ASCII in id") << one("v=STSv1; id=abc\xc3\xa9") << false << QString()
                                         << QStringList{NonAscii, IdInvalid} << IdGrammar;
        QTest::newRow("non-ASCII in extension value")
            << one("v=STSv1; id=abc; x=\xc3\xa9t\xc3\xa9") << false << QString()
            << QStringList{NonAscii, ExtensionInvalid} << ExtGrammar;
        QTest::newRow("NUL byte after id") << one(QByteArray("v=STSv1; id=abc\0", 16)) << false << QString()
                                           << QStringList{NonAscii, IdInvalid} << IdGrammar;

        // --- several character-strings in one record
        QTest::newRow("two strings split inside the id") << RecordSet{{"v=STSv1; id=", "abc"}} << true << u"abc"_qs
                                                         << QStringList{MultipleStrings, Valid} << Concatenated;
        QTest::newRow("two strings split inside the version") << RecordSet{{"v=STS", "v1; id=abc"}} << true << u"abc"_qs
                                                              << QStringList{MultipleStrings, Valid} << Concatenated;
        QTest::newRow("two strings joined without a space") << RecordSet{{"v=STSv1;", "id=abc"}} << true << u"abc"_qs
                                                            << QStringList{MultipleStrings, Valid} << Concatenated;
        QTest::newRow("second string starts with a space inside the id")
            << RecordSet{{"v=STSv1; id=ab", " cd"}} << false << QString() << QStringList{MultipleStrings, IdInvalid}
            << Concatenated;
        QTest::newRow("three strings") << RecordSet{{"v=STSv1; ", "id=a", "bc"}} << true << u"abc"_qs
                                       << QStringList{MultipleStrings, Valid} << Concatenated;

        // --- several records
        QTest::newRow("two STS records") << RecordSet{{"v=STSv1; id=a"}, {"v=STSv1; id=b"}} << false << QString()
                                         << QStringList{Multiple} << NotOne;
        QTest::newRow("two identical STS records")
            << RecordSet{{"v=STSv1; id=a"}, {"v=STSv1; id=a"}} << false << QString() << QStringList{Multiple} << NotOne;
        QTest::newRow("STS record and SPF record") << RecordSet{{"v=spf1 -all"}, {"v=STSv1; id=abc"}} << true
                                                   << u"abc"_qs << QStringList{NotSts, Valid} << VersionFirst;
        QTest::newRow("STS record among several others")
            << RecordSet{{"google-site-verification=xyz"}, {"v=STSv1; id=abc"}, {"v=DMARC1; p=none"}} << true
            << u"abc"_qs << QStringList{NotSts, NotSts, Valid} << VersionFirst;
        QTest::newRow("SPF record only") << RecordSet{{"v=spf1 -all"}} << false << QString()
                                         << QStringList{NotSts, None} << VersionFirst;
        QTest::newRow("empty record set") << RecordSet{} << false << QString() << QStringList{None} << NotOne;
        QTest::newRow("one empty record") << one("") << false << QString() << QStringList{NotSts, None} << NotOne;
        QTest::newRow("STS record and a bare version record")
            << RecordSet{{"v=STSv1; id=abc"}, {"v=STSv1"}} << true << u"abc"_qs << QStringList{VersionMalformed, Valid}
            << VersionFirst;
        QTest::newRow("STS record and a lower-case look-alike")
            << RecordSet{{"v=stsv1; id=b"}, {"v=STSv1; id=abc"}} << true << u"abc"_qs
            << QStringList{VersionMalformed, Valid} << VersionFirst;
        QTest::newRow("STS record and an invalid STS record") << RecordSet{{"v=STSv1; id=abc"}, {"v=STSv1; id=a-b"}}
                                                              << false << QString() << QStringList{Multiple} << NotOne;
        QTest::newRow("multi-string SPF record beside STS")
            << RecordSet{{"v=spf1 ", "-all"}, {"v=STSv1; id=abc"}} << true << u"abc"_qs << QStringList{NotSts, Valid}
            << VersionFirst;
    }
    void lint()
    {
        QFETCH(RecordSet, records);
        QFETCH(bool, valid);
        QFETCH(QString, id);
        QFETCH(QStringList, codes);
        QFETCH(QString, rule);

        const StsRecord record = StsRecord::lint(toTxt(records), u"_mta-sts.example.com"_qs);
        STS_COMPARE_CODES(record.findings, codes, rule);
        QCOMPARE(record.valid, valid);
        QCOMPARE(record.id, id);
        for (const Finding &finding : record.findings) {
            QCOMPARE(finding.subject, u"_mta-sts.example.com"_qs);
            QVERIFY2(finding.reference.startsWith(u"RFC "_qs), qPrintable(finding.code));
            QVERIFY2(!finding.message.isEmpty(), qPrintable(finding.code));
        }
        // A record is valid exactly when no finding is an error, except that a broken extra
        // record beside the valid one is reported as an error of its own.
        if (!valid)
            QVERIFY(hasErrors(record.findings) || containsCode(record.findings, None));
    }

    void extensionsAreKeptInOrder()
    {
        const StsRecord record = StsRecord::lint({TxtRecord::fromText(u"v=STSv1; b=2; id=abc; a=1"_qs)});
        QVERIFY(record.valid);
        const QList<QPair<QString, QString>> expected{{u"b"_qs, u"2"_qs}, {u"a"_qs, u"1"_qs}};
        QCOMPARE(record.extensions, expected);
        QCOMPARE(record.selected, u"v=STSv1; b=2; id=abc; a=1"_qs);
    }

    void selectedRecordIsTheStsOne()
    {
        const StsRecord record =
            StsRecord::lint({TxtRecord::fromText(u"v=spf1 -all"_qs), TxtRecord{{"v=STSv1; ", "id=abc"}}});
        QCOMPARE(record.selected, u"v=STSv1; id=abc"_qs);
    }

    // 130,000 empty fields once made 130,000 findings (409 MB of text output): repeats of one kind collapse
    // into a single finding that says how often it occurs.
    void repeatedFindingsCollapse_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("occurrences");
        QTest::newRow("130000 empty fields")
            << QByteArray("v=STSv1; id=abc") + QByteArray(130000, ';') + "x=1" << EmptyField << 129999;
        QByteArray malformed("v=STSv1; id=abc");
        for (int i = 0; i < 5000; ++i)
            malformed += "; junk" + QByteArray::number(i);
        QTest::newRow("5000 distinct malformed fields") << malformed << FieldMalformed << 5000;
        QTest::newRow("two unknown fields") << QByteArray("v=STSv1; a=1; id=abc; b=2") << Extension << 2;
    }
    void repeatedFindingsCollapse()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, code);
        QFETCH(int, occurrences);
        const StsRecord result = StsRecord::lint({TxtRecord{{record}}});
        QVERIFY2(result.findings.size() <= 4, qPrintable(QString::number(result.findings.size())));
        const auto found = std::find_if(result.findings.cbegin(), result.findings.cend(),
                                        [&](const Finding &finding) { return finding.code == code; });
        QVERIFY(found != result.findings.cend());
        QCOMPARE(found->details.value(u"occurrences"_qs).toInt(), occurrences);
        QVERIFY2(found->message.contains(QString::number(occurrences)), qPrintable(found->message));
        QVERIFY(found->message.size() < 600);
    }

    void hostileTextIsShownSafely()
    {
        // A finding quotes the record; control bytes and over-long text must not reach the message.
        const QByteArray hostile = "v=stsv1; id=" + QByteArray(500, 'x') + "\x1b[31m";
        const StsRecord record = StsRecord::lint({TxtRecord{{hostile}}});
        QVERIFY(!record.valid);
        for (const Finding &finding : record.findings) {
            QVERIFY(!finding.message.contains(QChar(0x1b)));
            QVERIFY(finding.message.size() < 400);
        }
    }
};

QTEST_GUILESS_MAIN(TestStsRecord)
#include "tst_stsrecord.moc"
