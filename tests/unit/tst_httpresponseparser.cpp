// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpresponseparser.h"

#include <QTest>

using Sts::Net::HttpResponseParser;
using State = HttpResponseParser::State;

Q_DECLARE_METATYPE(HttpResponseParser::State)

class TestHttpResponseParser final : public QObject
{
    Q_OBJECT

private:
    static HttpResponseParser parse(const QByteArray &bytes, int chunkSize, bool closeAtEnd)
    {
        HttpResponseParser parser(64);
        for (qsizetype offset = 0; offset < bytes.size() && !parser.done(); offset += chunkSize)
            parser.feed(QByteArrayView(bytes).sliced(offset, std::min<qsizetype>(chunkSize, bytes.size() - offset)));
        if (closeAtEnd)
            parser.finish();
        return parser;
    }

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("closeAtEnd");
        QTest::addColumn<State>("state");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("tooLarge");

        const QByteArray policy = "version: STSv1\r\n";
        // RFC 9112 §6.3: Content-Length frames the body.
        QTest::newRow("content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 16\r\n\r\n" + policy) << false
            << State::Complete << 200 << policy << false;
        // RFC 9112 §7.1: chunked transfer coding, with an extension and a trailer.
        QTest::newRow("chunked")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8;ext=1\r\nversion:\r\n8\r\n STSv1\r\n\r\n"
                   "0\r\nX-Trailer: 1\r\n\r\n")
            << false << State::Complete << 200 << policy << false;
        // RFC 9112 §6.3 rule 8: without framing, the body ends when the connection closes.
        QTest::newRow("close-delimited") << QByteArray("HTTP/1.0 200 OK\r\n\r\n" + policy) << true << State::Complete
                                         << 200 << policy << false;
        QTest::newRow("bare LF line endings") << QByteArray("HTTP/1.1 404 Not Found\nContent-Length: 3\n\nno!") << false
                                              << State::Complete << 404 << QByteArray("no!") << false;
        QTest::newRow("interim 100 Continue before the real response")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << false
            << State::Complete << 200 << QByteArray("ok") << false;
        QTest::newRow("redirect without body")
            << QByteArray("HTTP/1.1 301 Moved\r\nLocation: https://x/\r\nContent-Length: 0\r\n\r\n") << false
            << State::Complete << 301 << QByteArray() << false;
        // RFC 8461 §3.3: bodies over the limit are rejected; the parser stops at limit + 1 bytes.
        QTest::newRow("body over the limit stops reading")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'x')) << false
            << State::Complete << 200 << QByteArray(65, 'x') << true;
        QTest::newRow("endless close-delimited body stops at the limit")
            << QByteArray("HTTP/1.1 200 OK\r\n\r\n" + QByteArray(5000, 'y')) << false << State::Complete << 200
            << QByteArray(65, 'y') << true;
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false << State::Failed << 0
                                  << QByteArray() << false;
        QTest::newRow("HTTP/2 preface is not HTTP/1.x")
            << QByteArray("HTTP/2 200\r\n\r\n") << false << State::Failed << 0 << QByteArray() << false;
        QTest::newRow("status code not three digits")
            << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << false << State::Failed << 0 << QByteArray() << false;
        QTest::newRow("negative content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n") << false
                                                 << State::Failed << 200 << QByteArray() << false;
        QTest::newRow("content-length with junk") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5x\r\n\r\nabcde")
                                                  << false << State::Failed << 200 << QByteArray() << false;
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << false << State::Failed << 200 << QByteArray() << false;
        QTest::newRow("unsupported transfer coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n")
                                                     << false << State::Failed << 200 << QByteArray() << false;
        // RFC 9112 §7: codings apply in order; "gzip, chunked" is a compressed body in chunks, not plain chunked.
        QTest::newRow("gzip, chunked is not plain chunked")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n") << false
            << State::Failed << 200 << QByteArray() << false;
        QTest::newRow("gzip and chunked in two fields")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello"
                          "\r\n0\r\n\r\n")
            << false << State::Failed << 200 << QByteArray() << false;
        QTest::newRow("chunked in capitals")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n") << false
            << State::Complete << 200 << QByteArray("hello") << false;
        // RFC 9112 §7.1.2: the trailer section is header fields, bounded like the header section.
        QTest::newRow("endless chunked trailer stops at the header limit")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n") +
                   QByteArray("X-Junk: 0123456789abcdef\r\n").repeated(2000)
            << false << State::Failed << 200 << QByteArray("hello") << false;
        QTest::newRow("one endless trailer line stops at the header limit")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX: ") +
                   QByteArray(20000, 't')
            << false << State::Failed << 200 << QByteArray("hello") << false;
        QTest::newRow("obsolete line folding") << QByteArray("HTTP/1.1 200 OK\r\nX: a\r\n b\r\n\r\n") << false
                                               << State::Failed << 200 << QByteArray() << false;
        QTest::newRow("closed before any byte") << QByteArray() << true << State::Failed << 0 << QByteArray() << false;
        QTest::newRow("closed in the middle of a Content-Length body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true << State::Failed << 200
            << QByteArray("abc") << false;
        QTest::newRow("header section too large")
            << QByteArray("HTTP/1.1 200 OK\r\nX: " + QByteArray(20000, 'h') + "\r\n\r\n") << false << State::Failed
            << 200 << QByteArray() << false;
        QTest::newRow("header line without end grows past the limit")
            << QByteArray("HTTP/1.1 200 OK\r\nX: " + QByteArray(20000, 'h')) << false << State::Failed << 200
            << QByteArray() << false;
    }
    void parses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, closeAtEnd);
        QFETCH(State, state);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, tooLarge);
        // The same bytes must give the same result whether they arrive at once or byte by byte.
        for (const int chunk : {static_cast<int>(std::max<qsizetype>(1, bytes.size())), 1, 7}) {
            const HttpResponseParser parser = parse(bytes, chunk, closeAtEnd);
            QCOMPARE(parser.state(), state);
            QCOMPARE(parser.response().status, status);
            QCOMPARE(parser.response().body, body);
            QCOMPARE(parser.response().bodyTooLarge, tooLarge);
            if (state == State::Failed)
                QVERIFY(!parser.error().isEmpty());
        }
    }

    void explainsRejection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("gzip, chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                                       << u"the body is sent with the transfer coding \"gzip,chunked\"; only plain "
                                          "chunked is read, and senders need the policy uncompressed"_qs;
        QTest::newRow("gzip alone") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n")
                                    << u"unsupported transfer coding \"gzip\""_qs;
        QTest::newRow("trailer") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n") +
                                        QByteArray("X: 1\r\n").repeated(5000)
                                 << u"the chunked trailer is larger than 16384 bytes"_qs;
    }
    void explainsRejection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        HttpResponseParser parser(64);
        parser.feed(bytes);
        QCOMPARE(parser.state(), State::Failed);
        QCOMPARE(parser.error(), error);
    }

    void headerLookupIsCaseInsensitive()
    {
        const HttpResponseParser parser = parse(
            "HTTP/1.1 200 OK\r\ncontent-TYPE:   text/plain; charset=utf-8  \r\nContent-Length: 0\r\n\r\n", 1000, false);
        QCOMPARE(parser.response().header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QVERIFY(parser.response().header("Location").isNull());
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
