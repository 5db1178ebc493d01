// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Text from strangers made safe for a terminal: what would be a command to the terminal, or
// would fake or reorder what is read, is shown as a visible escape; everything else is kept.
#include "common/terminaltext.h"

#include <QTest>

using Sts::TerminalText;

class TestTerminalText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"mx1.example.com"_qs << u"mx1.example.com"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("letters of other scripts") << u"Bücher — 日本 Ελλάδα"_qs << u"Bücher — 日本 Ελλάδα"_qs;
        QTest::newRow("retitle and clear the screen")
            << u"\x1b]0;pwned\x07\x1b[2J"_qs << u"\\x1b]0;pwned\\x07\\x1b[2J"_qs;
        QTest::newRow("fake line") << u"ok\n  error   fake"_qs << u"ok\\n  error   fake"_qs;
        QTest::newRow("overwrite line") << u"evil\rgood"_qs << u"evil\\rgood"_qs;
        QTest::newRow("tab") << u"a\tb"_qs << u"a\\tb"_qs;
        QTest::newRow("NUL") << QString(QChar(u'\0')) << u"\\x00"_qs;
        QTest::newRow("backspace") << u"ab\bc"_qs << u"ab\\x08c"_qs;
        QTest::newRow("DEL") << u"a\x7f"_qs << u"a\\x7f"_qs;
        QTest::newRow("C1 CSI") << u"\u009b2J"_qs << u"\\u009b2J"_qs;
        QTest::newRow("C1 NEL") << u"a\u0085b"_qs << u"a\\u0085b"_qs;
        QTest::newRow("right-to-left override") << u"exe.\u202etxt"_qs << u"exe.\\u202etxt"_qs;
        QTest::newRow("isolates") << u"\u2066a\u2067b\u2068c\u2069"_qs << u"\\u2066a\\u2067b\\u2068c\\u2069"_qs;
        QTest::newRow("marks") << u"\u200e\u200f\u061c"_qs << u"\\u200e\\u200f\\u061c"_qs;
        QTest::newRow("embeddings") << u"\u202a\u202b\u202c\u202d"_qs << u"\\u202a\\u202b\\u202c\\u202d"_qs;
        QTest::newRow("line separator") << u"a\u2028b\u2029"_qs << u"a\\u2028b\\u2029"_qs;
        QTest::newRow("byte order mark") << u"\ufeffx"_qs << u"\\ufeffx"_qs;
        QTest::newRow("tag character") << u"a\U000E0001b"_qs << u"a\\U000e0001b"_qs;
        // Joiners are format characters that scripts and emoji need.
        QTest::newRow("emoji with joiner") << u"\U0001F469\u200D\U0001F4BB"_qs << u"\U0001F469\u200D\U0001F4BB"_qs;
        QTest::newRow("non-joiner") << u"\u0645\u06cc\u200c\u062e"_qs << u"\u0645\u06cc\u200c\u062e"_qs;
        QTest::newRow("lone surrogate kept") << QString(QChar(0xD800)) << QString(QChar(0xD800));
    }

    void safe()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(TerminalText::safe(text), shown);
    }

    //! Nothing that a terminal acts on is left, whatever the input.
    void noControlLeft()
    {
        QString every;
        for (char32_t c = 0; c < 0x3000; ++c) {
            if (!QChar::isSurrogate(c))
                every += QChar(char16_t(c));
        }
        const QString shown = TerminalText::safe(every);
        for (const QChar c : shown) {
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(QString::number(c.unicode(), 16)));
            QVERIFY2(c.category() != QChar::Other_Format || c == u'\u200c' || c == u'\u200d',
                     qPrintable(QString::number(c.unicode(), 16)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
