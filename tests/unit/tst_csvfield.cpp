// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV fields as the window's exporter and `report --csv` write them: RFC 4180 quoting, and
// cells a spreadsheet would run as formulas defused.
#include "common/csvfield.h"

#include <QTest>

using Sts::CsvField;

class TestCsvField final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("field");
        QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_qs << u"\"'=HYPERLINK(\"\"http://x\"\")\""_qs;
        QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_qs << u"'=cmd|' /C calc'!A0"_qs;
        QTest::newRow("plus") << u"+1+1"_qs << u"'+1+1"_qs;
        QTest::newRow("minus") << u"-2+3"_qs << u"'-2+3"_qs;
        QTest::newRow("at") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
        QTest::newRow("tab") << u"\t=1"_qs << u"'\t=1"_qs;
        QTest::newRow("carriage return") << u"\r=1"_qs << u"\"'\r=1\""_qs;
        QTest::newRow("space before formula") << u"  =1+1"_qs << u"'  =1+1"_qs;
        QTest::newRow("tab before at") << u"\t@SUM(A1)"_qs << u"'\t@SUM(A1)"_qs;
        QTest::newRow("line feed before formula")
            << u"\n=HYPERLINK(\"http://x\")"_qs << u"\"'\n=HYPERLINK(\"\"http://x\"\")\""_qs;
        QTest::newRow("CRLF before plus") << u"\r\n+1"_qs << u"\"'\r\n+1\""_qs;
        QTest::newRow("no-break space before minus") << u"\u00a0-1"_qs << u"'\u00a0-1"_qs;
        QTest::newRow("tab alone") << u"\t"_qs << u"'\t"_qs;
        QTest::newRow("carriage return before text") << u"\rtext"_qs << u"\"'\rtext\""_qs;
        QTest::newRow("spaces only") << u"   "_qs << u"   "_qs;
        QTest::newRow("space before text") << u" mx1"_qs << u" mx1"_qs;
        QTest::newRow("line feed before text") << u"\nmx1"_qs << u"\"\nmx1\""_qs;
        QTest::newRow("comma quoted") << u"a,b"_qs << u"\"a,b\""_qs;
        QTest::newRow("formula with comma") << u"=SUM(A1,B1)"_qs << u"\"'=SUM(A1,B1)\""_qs;
        QTest::newRow("line break quoted") << u"a\nb"_qs << u"\"a\nb\""_qs;
        QTest::newRow("plain") << u"mx1.example.com"_qs << u"mx1.example.com"_qs;
        QTest::newRow("inner equals") << u"a=b"_qs << u"a=b"_qs;
        QTest::newRow("IPv6") << u"2001:db8::1"_qs << u"2001:db8::1"_qs;
        QTest::newRow("empty") << QString() << QString();
    }

    void escape()
    {
        QFETCH(QString, cell);
        QFETCH(QString, field);
        QCOMPARE(CsvField::escape(cell), field);
    }

    void row()
    {
        QCOMPARE(CsvField::row({u"a"_qs, QString(), u"=1"_qs, u"x,y"_qs}), u"a,,'=1,\"x,y\"\r\n"_qs);
        QCOMPARE(CsvField::row({}), u"\r\n"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
