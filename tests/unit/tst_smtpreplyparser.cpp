// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/smtpreplyparser.h"

#include <QTest>

using Sts::Smtp::SmtpReply;
using Sts::Smtp::SmtpReplyParser;
using Error = SmtpReplyParser::Error;

Q_DECLARE_METATYPE(SmtpReplyParser::Error)

namespace {

struct Outcome
{
    QStringList replies; //!< SmtpReply::toString() of each complete reply
    QStringList enhanced;
    QStringList notes; //!< union over all replies: bare-lf, long-line, non-ascii, control
    Error error = Error::None;
    QString errorString;
    qsizetype maxBuffered = 0;
};

//! Feeds \a bytes in pieces of \a chunkSize (0: all at once) and collects what comes out.
Outcome parse(const QByteArray &bytes, qsizetype chunkSize, SmtpReplyParser::Limits limits = {})
{
    SmtpReplyParser parser(limits);
    Outcome outcome;
    bool bareLf = false, longLine = false, nonAscii = false, control = false;
    const qsizetype step = chunkSize == 0 ? std::max<qsizetype>(1, bytes.size()) : chunkSize;
    for (qsizetype offset = 0; offset < bytes.size() && !parser.failed(); offset += step) {
        parser.feed(QByteArrayView(bytes).sliced(offset, std::min(step, bytes.size() - offset)));
        outcome.maxBuffered = std::max(outcome.maxBuffered, parser.bufferedBytes());
        while (parser.hasReply()) {
            const SmtpReply reply = parser.takeReply();
            outcome.replies.append(reply.toString());
            outcome.enhanced.append(reply.enhancedCode);
            bareLf |= reply.bareLineFeed;
            longLine |= reply.longestLine > SmtpReplyParser::StandardMaxLineLength;
            nonAscii |= reply.nonAscii;
            control |= reply.controlCharacter;
        }
    }
    for (const auto &[flag, name] : {std::pair{bareLf, "bare-lf"}, std::pair{longLine, "long-line"},
                                     std::pair{nonAscii, "non-ascii"}, std::pair{control, "control"}}) {
        if (flag)
            outcome.notes.append(QString::fromLatin1(name));
    }
    outcome.error = parser.error();
    outcome.errorString = parser.errorString();
    return outcome;
}

QByteArray multiLine(int code, int lines, qsizetype textSize)
{
    QByteArray out;
    for (int i = 0; i < lines; ++i)
        out += QByteArray::number(code) + (i + 1 < lines ? '-' : ' ') + QByteArray(textSize, 'x') + "\r\n";
    return out;
}

} // namespace

class TestSmtpReplyParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("replies");
        QTest::addColumn<QStringList>("enhanced");
        QTest::addColumn<QStringList>("notes");
        QTest::addColumn<Error>("error");

        const QStringList none;
        // RFC 5321 §4.2, §4.3.1: the 220 greeting.
        QTest::newRow("normal banner") << QByteArray("220 mx.example.com ESMTP Postfix (Debian/GNU)\r\n")
                                       << QStringList{u"220 mx.example.com ESMTP Postfix (Debian/GNU)"_qs}
                                       << QStringList{QString()} << none << Error::None;
        QTest::newRow("banner with the code alone")
            << QByteArray("220\r\n") << QStringList{u"220 "_qs} << QStringList{QString()} << none << Error::None;
        QTest::newRow("multi-line banner") << QByteArray("220-mx.example.com ESMTP\r\n220-No UCE\r\n220 ready\r\n")
                                           << QStringList{u"220-mx.example.com ESMTP\n220-No UCE\n220 ready"_qs}
                                           << QStringList{QString()} << none << Error::None;
        // RFC 5321 §4.1.1.1: the EHLO reply, keywords one per line.
        QTest::newRow("multi-line EHLO (postfix)")
            << QByteArray("250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n250-ETRN\r\n"
                          "250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n"
                          "250 CHUNKING\r\n")
            << QStringList{u"250-mx.example.com\n250-PIPELINING\n250-SIZE 10240000\n250-VRFY\n250-ETRN\n250-STARTTLS\n"
                           "250-ENHANCEDSTATUSCODES\n250-8BITMIME\n250-DSN\n250-SMTPUTF8\n250 CHUNKING"_qs}
            << QStringList{QString()} << none << Error::None;
        QTest::newRow("continuation line without text")
            << QByteArray("250-\r\n250 last\r\n") << QStringList{u"250-\n250 last"_qs} << QStringList{QString()} << none
            << Error::None;
        // RFC 3463 / RFC 2034: enhanced status codes.
        QTest::newRow("STARTTLS ready with enhanced code")
            << QByteArray("220 2.0.0 Ready to start TLS\r\n") << QStringList{u"220 2.0.0 Ready to start TLS"_qs}
            << QStringList{u"2.0.0"_qs} << none << Error::None;
        QTest::newRow("421 service not available")
            << QByteArray("421 4.3.2 Service shutting down, closing transmission channel\r\n")
            << QStringList{u"421 4.3.2 Service shutting down, closing transmission channel"_qs}
            << QStringList{u"4.3.2"_qs} << none << Error::None;
        QTest::newRow("554 banner: no SMTP service here")
            << QByteArray("554 5.7.1 No SMTP service here\r\n") << QStringList{u"554 5.7.1 No SMTP service here"_qs}
            << QStringList{u"5.7.1"_qs} << none << Error::None;
        QTest::newRow("454 to STARTTLS") << QByteArray("454 4.7.0 TLS not available due to local problem\r\n")
                                         << QStringList{u"454 4.7.0 TLS not available due to local problem"_qs}
                                         << QStringList{u"4.7.0"_qs} << none << Error::None;
        QTest::newRow("enhanced code of another class is not one")
            << QByteArray("250 5.0.0 odd\r\n") << QStringList{u"250 5.0.0 odd"_qs} << QStringList{QString()} << none
            << Error::None;
        QTest::newRow("enhanced code with four-digit detail is not one")
            << QByteArray("250 2.0.1234 odd\r\n") << QStringList{u"250 2.0.1234 odd"_qs} << QStringList{QString()}
            << none << Error::None;
        QTest::newRow("enhanced code alone on the line") << QByteArray("221 2.0.0\r\n") << QStringList{u"221 2.0.0"_qs}
                                                         << QStringList{u"2.0.0"_qs} << none << Error::None;
        QTest::newRow("two replies in one read")
            << QByteArray("250 2.0.0 Ok\r\n221 2.0.0 Bye\r\n") << QStringList{u"250 2.0.0 Ok"_qs, u"221 2.0.0 Bye"_qs}
            << QStringList{u"2.0.0"_qs, u"2.0.0"_qs} << none << Error::None;
        QTest::newRow("incomplete multi-line reply stays pending")
            << QByteArray("250-mx.example.com\r\n250-PIPELINING\r\n250 STA") << QStringList() << QStringList() << none
            << Error::None;
        // RFC 5321 §2.3.8: CRLF only; bare LF is tolerated and noted.
        QTest::newRow("LF-only line endings") << QByteArray("250-a\n250 b\n") << QStringList{u"250-a\n250 b"_qs}
                                              << QStringList{QString()} << QStringList{u"bare-lf"_qs} << Error::None;
        QTest::newRow("mixed CRLF and LF") << QByteArray("250-a\r\n250 b\n") << QStringList{u"250-a\n250 b"_qs}
                                           << QStringList{QString()} << QStringList{u"bare-lf"_qs} << Error::None;
        QTest::newRow("UTF-8 text") << QByteArray("220 mx.exämple.test ESMTP ✓\r\n")
                                    << QStringList{u"220 mx.exämple.test ESMTP ✓"_qs} << QStringList{QString()}
                                    << QStringList{u"non-ascii"_qs} << Error::None;
        QTest::newRow("invalid UTF-8 is replaced, not fatal")
            << QByteArray("220 \xff\xfe\r\n") << QStringList{QStringLiteral("220 \uFFFD\uFFFD")}
            << QStringList{QString()} << QStringList{u"non-ascii"_qs} << Error::None;
        QTest::newRow("tab in text is allowed") << QByteArray("220 a\tb\r\n") << QStringList{u"220 a\tb"_qs}
                                                << QStringList{QString()} << none << Error::None;
        QTest::newRow("bell in text") << QByteArray("220 a\ab\r\n") << QStringList{u"220 a\ab"_qs}
                                      << QStringList{QString()} << QStringList{u"control"_qs} << Error::None;
        QTest::newRow("bare CR inside a line") << QByteArray("220 a\rb\r\n") << QStringList{u"220 a\rb"_qs}
                                               << QStringList{QString()} << QStringList{u"control"_qs} << Error::None;
        // RFC 5321 §4.5.3.1.5: 512 octets per reply line, CRLF included.
        const QByteArray x506(506, 'x');
        QTest::newRow("line of exactly 512 octets")
            << QByteArray("220 " + x506 + "\r\n") << QStringList{u"220 "_qs + QString::fromLatin1(x506)}
            << QStringList{QString()} << none << Error::None;
        const QByteArray x507(507, 'x');
        QTest::newRow("line of 513 octets is accepted and noted")
            << QByteArray("220 " + x507 + "\r\n") << QStringList{u"220 "_qs + QString::fromLatin1(x507)}
            << QStringList{QString()} << QStringList{u"long-line"_qs} << Error::None;
        const QByteArray x4090(4090, 'x');
        QTest::newRow("line of 4096 octets is the hard limit")
            << QByteArray("220 " + x4090 + "\r\n") << QStringList{u"220 "_qs + QString::fromLatin1(x4090)}
            << QStringList{QString()} << QStringList{u"long-line"_qs} << Error::None;
        QTest::newRow("line of 4097 octets")
            << QByteArray("220 " + x4090 + "x\r\n") << QStringList() << QStringList() << none << Error::LineTooLong;
        QTest::newRow("huge banner: 1 MiB on one line") << QByteArray("220 " + QByteArray(1 << 20, 'x') + "\r\n")
                                                        << QStringList() << QStringList() << none << Error::LineTooLong;
        QTest::newRow("huge banner: 1 MiB without any line end")
            << QByteArray("220 " + QByteArray(1 << 20, 'x')) << QStringList() << QStringList() << none
            << Error::LineTooLong;
        QTest::newRow("huge banner: 70 lines of 1000 octets")
            << multiLine(220, 70, 1000) << QStringList() << QStringList() << none << Error::ReplyTooLarge;
        QTest::newRow("reply of 1001 lines")
            << multiLine(250, 1001, 1) << QStringList() << QStringList() << none << Error::TooManyLines;
        QTest::newRow("reply of 1000 lines")
            << multiLine(250, 1000, 1)
            << QStringList{QString::fromLatin1(multiLine(250, 1000, 1)).replace(u"\r\n"_qs, u"\n"_qs).chopped(1)}
            << QStringList{QString()} << none << Error::None;
        // Garbage: RFC 5321 §4.2 Reply-code = %x32-35 %x30-35 %x30-39, then SP, "-" or CRLF.
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\x13\x37garbage\r\n", 13) << QStringList()
                                        << QStringList() << none << Error::NulByte;
        QTest::newRow("NUL inside the text")
            << QByteArray("220 a\0b\r\n", 9) << QStringList() << QStringList() << none << Error::NulByte;
        QTest::newRow("letters instead of a code")
            << QByteArray("abc def\r\n") << QStringList() << QStringList() << none << Error::InvalidCode;
        QTest::newRow("SSH server") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n") << QStringList()
                                    << QStringList() << none << Error::InvalidCode;
        QTest::newRow("HTTP server") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << QStringList() << QStringList()
                                     << none << Error::InvalidCode;
        QTest::newRow("code 199") << QByteArray("199 x\r\n") << QStringList() << QStringList() << none
                                  << Error::InvalidCode;
        QTest::newRow("code 600") << QByteArray("600 x\r\n") << QStringList() << QStringList() << none
                                  << Error::InvalidCode;
        QTest::newRow("code 260") << QByteArray("260 x\r\n") << QStringList() << QStringList() << none
                                  << Error::InvalidCode;
        QTest::newRow("two-digit code") << QByteArray("22 ready\r\n") << QStringList() << QStringList() << none
                                        << Error::InvalidCode;
        QTest::newRow("four-digit code") << QByteArray("2200 ready\r\n") << QStringList() << QStringList() << none
                                         << Error::InvalidSeparator;
        QTest::newRow("missing separator")
            << QByteArray("220Ready\r\n") << QStringList() << QStringList() << none << Error::InvalidSeparator;
        QTest::newRow("tab as separator")
            << QByteArray("220\tReady\r\n") << QStringList() << QStringList() << none << Error::InvalidSeparator;
        QTest::newRow("empty line") << QByteArray("\r\n") << QStringList() << QStringList() << none
                                    << Error::InvalidCode;
        QTest::newRow("leading space") << QByteArray(" 220 x\r\n") << QStringList() << QStringList() << none
                                       << Error::InvalidCode;
        // RFC 5321 §4.2.1: every line of a multi-line reply carries the same code.
        QTest::newRow("mixed codes") << QByteArray("250-mx.example.com\r\n251 other\r\n") << QStringList()
                                     << QStringList() << none << Error::InconsistentCode;
        QTest::newRow("mixed classes") << QByteArray("220-hello\r\n554 go away\r\n") << QStringList() << QStringList()
                                       << none << Error::InconsistentCode;
        QTest::newRow("garbage after a good reply")
            << QByteArray("220 ok\r\n\x01\x02\x03\r\n") << QStringList{u"220 ok"_qs} << QStringList{QString()} << none
            << Error::InvalidCode;
    }
    void parses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, replies);
        QFETCH(QStringList, enhanced);
        QFETCH(QStringList, notes);
        QFETCH(Error, error);

        // All at once, byte by byte (slow arrival), and in odd pieces: always the same outcome.
        for (const qsizetype chunkSize : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(1500)}) {
            const Outcome outcome = parse(bytes, chunkSize);
            const QByteArray context =
                "chunk size " + QByteArray::number(chunkSize) + ": " + outcome.errorString.toUtf8();
            QVERIFY2(outcome.replies == replies, context.constData());
            QVERIFY2(outcome.enhanced == enhanced, context.constData());
            QVERIFY2(outcome.notes == notes, context.constData());
            QVERIFY2(outcome.error == error, context.constData());
            QCOMPARE(outcome.errorString.isEmpty(), error == Error::None);
            // The parser never holds more than one line or one reply, whatever arrives.
            QVERIFY(outcome.maxBuffered <= 64 * 1024);
        }
    }

    void boundsBufferForEndlessLine()
    {
        SmtpReplyParser parser;
        parser.feed("220 ");
        const QByteArray kilobyte(1024, 'x');
        int fed = 0;
        while (!parser.failed() && fed < 1024) {
            parser.feed(kilobyte);
            ++fed;
            QVERIFY(parser.bufferedBytes() < parser.limits().maxLineLength);
        }
        QCOMPARE(parser.error(), Error::LineTooLong);
        QCOMPARE(fed, 4); // stopped at the fourth kilobyte, not after a mebibyte
        QVERIFY(parser.errorString().contains(u"4096"_qs));
    }

    void reportsReplySizeInKiB()
    {
        SmtpReplyParser parser;
        parser.feed(multiLine(220, 70, 1000));
        QCOMPARE(parser.error(), Error::ReplyTooLarge);
        QVERIFY2(parser.errorString().contains(u"64 KiB"_qs), qPrintable(parser.errorString()));
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void detectsGarbageBeforeTheLineEnds()
    {
        // A server that trickles garbage must not keep us waiting for a line end.
        SmtpReplyParser parser;
        parser.feed("2");
        QVERIFY(!parser.failed());
        parser.feed("2x");
        QCOMPARE(parser.error(), Error::InvalidCode);

        SmtpReplyParser nul;
        nul.feed(QByteArrayView("\0", 1));
        QCOMPARE(nul.error(), Error::NulByte);

        SmtpReplyParser separator;
        separator.feed("220/");
        QCOMPARE(separator.error(), Error::InvalidSeparator);
    }

    void ignoresInputAfterAnError()
    {
        SmtpReplyParser parser;
        parser.feed("xyz\r\n");
        QVERIFY(parser.failed());
        const QString first = parser.errorString();
        parser.feed("220 fine\r\n");
        QVERIFY(!parser.hasReply());
        QCOMPARE(parser.errorString(), first);
    }

    void reportsSizesAndState()
    {
        SmtpReplyParser parser;
        QVERIFY(parser.idle());
        parser.feed("250-a\r\n250");
        QVERIFY(!parser.idle());
        QCOMPARE(parser.bufferedBytes(), 10);
        parser.feed(" b\r\n");
        QVERIFY(parser.idle());
        QCOMPARE(parser.pendingReplies(), 1);
        const SmtpReply reply = parser.takeReply();
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.size, 14);
        QCOMPARE(reply.longestLine, 7);
        QVERIFY(reply.isPositive());
        QCOMPARE(reply.codeClass(), 2);
        QCOMPARE(reply.text(), u"a\nb"_qs);
    }

    void errorNamesAreStable()
    {
        QCOMPARE(SmtpReplyParser::errorName(Error::None), QString());
        QCOMPARE(SmtpReplyParser::errorName(Error::LineTooLong), u"line-too-long"_qs);
        QCOMPARE(SmtpReplyParser::errorName(Error::InconsistentCode), u"inconsistent-code"_qs);
        QCOMPARE(SmtpReplyParser::errorName(Error::NulByte), u"nul-byte"_qs);
    }

    void customLimits()
    {
        SmtpReplyParser::Limits limits;
        limits.maxLineLength = 16;
        limits.maxLines = 2;
        limits.maxReplySize = 20;
        QCOMPARE(parse("250-\r\n250-\r\n250 \r\n", 1, limits).error, Error::TooManyLines);
        QCOMPARE(parse("250 0123456789abcd\r\n", 0, limits).error, Error::LineTooLong);
        QCOMPARE(parse("250-012345678\r\n250 x\r\n", 0, limits).error, Error::ReplyTooLarge);
        QCOMPARE(parse("250-0123456\r\n250 x\r\n", 1, limits).replies, QStringList{u"250-0123456\n250 x"_qs});
    }
};

QTEST_APPLESS_MAIN(TestSmtpReplyParser)
#include "tst_smtpreplyparser.moc"
