// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpresponseparser.h"

#include "common/abnf.h"

#include <QCoreApplication>

#include <algorithm>

namespace Sts::Net {

namespace {

constexpr int MaxHeaderCount = 100;

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponseParser::HttpResponseParser(qsizetype maxBodySize, qsizetype maxHeaderSize)
    : m_maxBody(maxBodySize)
    , m_maxHeader(maxHeaderSize)
{}

void HttpResponseParser::fail(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    m_buffer.clear();
}

bool HttpResponseParser::takeLine(QByteArray &line)
{
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0) {
        if (m_state != State::Body && m_headerBytes + m_buffer.size() > m_maxHeader)
            fail(QCoreApplication::translate("HttpResponseParser", "the response header is larger than %1 bytes")
                     .arg(m_maxHeader));
        return false;
    }
    line = m_buffer.first(newline);
    m_buffer.remove(0, newline + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_state != State::Body) {
        m_headerBytes += newline + 1;
        if (m_headerBytes > m_maxHeader) {
            fail(QCoreApplication::translate("HttpResponseParser", "the response header is larger than %1 bytes")
                     .arg(m_maxHeader));
            return false;
        }
    }
    return true;
}

void HttpResponseParser::feed(QByteArrayView data)
{
    if (done())
        return;
    m_buffer.append(data);
    QByteArray line;
    while (!done()) {
        if (m_state == State::StatusLine) {
            if (!takeLine(line))
                return;
            parseStatusLine(line);
        } else if (m_state == State::Headers) {
            if (!takeLine(line))
                return;
            if (line.isEmpty())
                startBody();
            else
                parseHeaderLine(line);
        } else if (m_state == State::Body) {
            if (m_framing == Framing::Chunked)
                readChunks();
            else
                readBody();
            return;
        }
    }
}

void HttpResponseParser::finish()
{
    if (done())
        return;
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        m_state = State::Complete;
        return;
    }
    if (m_state == State::StatusLine && m_buffer.isEmpty() && m_headerBytes == 0)
        fail(QCoreApplication::translate("HttpResponseParser", "the server closed the connection without answering"));
    else
        fail(QCoreApplication::translate("HttpResponseParser",
                                         "the server closed the connection in the middle of the response"));
}

void HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // status-line = HTTP-version SP status-code SP [ reason-phrase ]
    const qsizetype firstSpace = line.indexOf(' ');
    const QByteArray version = line.first(firstSpace < 0 ? line.size() : firstSpace);
    if (!version.startsWith("HTTP/1.") || version.size() != 8 || firstSpace < 0) {
        fail(QCoreApplication::translate("HttpResponseParser",
                                         "the response does not start with an HTTP/1.x status line"));
        return;
    }
    const QByteArray rest = line.sliced(firstSpace + 1);
    const QByteArray code = rest.first(std::min<qsizetype>(3, rest.size()));
    if (code.size() != 3 || !std::all_of(code.begin(), code.end(), Abnf::isDigit) ||
        (rest.size() > 3 && rest.at(3) != ' ')) {
        fail(QCoreApplication::translate("HttpResponseParser", "the status line has no three-digit status code"));
        return;
    }
    m_response.version = version;
    m_response.status = code.toInt();
    m_response.reason = rest.size() > 4 ? rest.sliced(4) : QByteArray();
    m_state = State::Headers;
}

void HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    if (Abnf::isWsp(line.front())) {
        fail(QCoreApplication::translate("HttpResponseParser", "the response uses obsolete header line folding"));
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || std::any_of(line.begin(), line.begin() + colon, [](char c) { return !Abnf::isVchar(c); })) {
        fail(QCoreApplication::translate("HttpResponseParser", "malformed header line"));
        return;
    }
    if (m_response.headers.size() >= MaxHeaderCount) {
        fail(QCoreApplication::translate("HttpResponseParser", "the response has more than %1 header fields")
                 .arg(MaxHeaderCount));
        return;
    }
    m_response.headers.append({line.first(colon), Abnf::trimWsp(QByteArrayView(line).sliced(colon + 1)).toByteArray()});
}

void HttpResponseParser::startBody()
{
    if (m_response.status >= 100 && m_response.status < 200) {
        // An interim response (100 Continue, 103 Early Hints): the real status line follows.
        m_response = HttpResponse();
        m_state = State::StatusLine;
        return;
    }
    const QByteArray contentLength = m_response.header("Content-Length");
    if (const std::optional<QByteArray> codings = transferCodings()) {
        // RFC 9112 §6.1: the codings apply in order, chunked last. Only chunked alone is read: a body
        // under "gzip, chunked" is compressed, and taking it as plain chunked would judge the gzip bytes.
        if (*codings != "chunked") {
            const QString shown = QString::fromLatin1(codings->left(80));
            fail(codings->endsWith(",chunked")
                     ? QCoreApplication::translate("HttpResponseParser",
                                                   "the body is sent with the transfer coding \"%1\"; only plain "
                                                   "chunked is read, and senders need the policy uncompressed")
                           .arg(shown)
                     : QCoreApplication::translate("HttpResponseParser", "unsupported transfer coding \"%1\"")
                           .arg(shown));
            return;
        }
        m_framing = Framing::Chunked;
    } else if (!contentLength.isNull()) {
        bool ok = false;
        const qint64 length = contentLength.toLongLong(&ok);
        if (!ok || length < 0 || !std::all_of(contentLength.begin(), contentLength.end(), Abnf::isDigit)) {
            fail(QCoreApplication::translate("HttpResponseParser", "invalid Content-Length \"%1\"")
                     .arg(QString::fromLatin1(contentLength.left(40))));
            return;
        }
        m_framing = Framing::Length;
        m_remaining = length;
    } else {
        m_framing = Framing::UntilClose;
    }
    m_state = State::Body;
    if (m_response.status == 204 || m_response.status == 304 || (m_framing == Framing::Length && m_remaining == 0)) {
        m_state = State::Complete;
        return;
    }
    feed({});
}

std::optional<QByteArray> HttpResponseParser::transferCodings() const
{
    // Every Transfer-Encoding field counts (RFC 9110 §5.3: fields of one name form one list).
    QByteArrayList codings;
    bool present = false;
    for (const auto &[name, value] : m_response.headers) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0)
            continue;
        present = true;
        for (const QByteArray &coding : value.split(',')) {
            const QByteArray trimmed = Abnf::trimWsp(coding).toByteArray().toLower();
            if (!trimmed.isEmpty())
                codings.append(trimmed);
        }
    }
    if (!present)
        return std::nullopt;
    return codings.join(',');
}

void HttpResponseParser::appendBody(QByteArrayView data)
{
    const qsizetype room = m_maxBody + 1 - m_response.body.size();
    m_response.body.append(data.first(std::min(room, data.size())));
    if (m_response.body.size() > m_maxBody) {
        // Stop here: the caller rejects the body anyway, and a hostile server could send forever.
        m_response.bodyTooLarge = true;
        m_state = State::Complete;
        m_buffer.clear();
    }
}

void HttpResponseParser::readBody()
{
    if (m_framing == Framing::UntilClose) {
        appendBody(m_buffer);
        m_buffer.clear();
        return;
    }
    if (takeCounted() && m_remaining == 0)
        m_state = State::Complete;
}

bool HttpResponseParser::takeCounted()
{
    const qsizetype take = static_cast<qsizetype>(std::min<qint64>(m_remaining, m_buffer.size()));
    appendBody(QByteArrayView(m_buffer).first(take));
    if (done())
        return false;
    m_buffer.remove(0, take);
    m_remaining -= take;
    return true;
}

void HttpResponseParser::readChunks()
{
    QByteArray line;
    while (!done()) {
        if (m_inChunkData) {
            if (!takeCounted() || m_remaining > 0)
                return;
            if (m_buffer.size() < 2)
                return; // wait for the CRLF after the chunk
            if (!m_buffer.startsWith("\r\n") && !m_buffer.startsWith('\n')) {
                fail(QCoreApplication::translate("HttpResponseParser", "a chunk is not followed by CRLF"));
                return;
            }
            m_buffer.remove(0, m_buffer.startsWith("\r\n") ? 2 : 1);
            m_inChunkData = false;
            continue;
        }
        const qsizetype newline = m_buffer.indexOf('\n');
        // The trailer after the last chunk is header fields again, bounded like the header: a server
        // must not keep us reading trailer lines until the deadline.
        const qsizetype pending = newline < 0 ? m_buffer.size() : newline + 1;
        if (m_inTrailer && m_trailerBytes + pending > m_maxHeader) {
            fail(QCoreApplication::translate("HttpResponseParser", "the chunked trailer is larger than %1 bytes")
                     .arg(m_maxHeader));
            return;
        }
        if (newline < 0) {
            if (!m_inTrailer && m_buffer.size() > 1024)
                fail(QCoreApplication::translate("HttpResponseParser", "a chunk size line is longer than 1024 bytes"));
            return;
        }
        line = m_buffer.first(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_inTrailer) {
            m_trailerBytes += pending;
            if (line.isEmpty())
                m_state = State::Complete;
            continue;
        }
        const qsizetype semicolon = line.indexOf(';');
        const QByteArray size =
            Abnf::trimWsp(QByteArrayView(line).first(semicolon < 0 ? line.size() : semicolon)).toByteArray();
        bool ok = false;
        const qint64 chunkSize = size.toLongLong(&ok, 16);
        if (!ok || chunkSize < 0 || size.isEmpty() || size.size() > 15) {
            fail(QCoreApplication::translate("HttpResponseParser", "invalid chunk size \"%1\"")
                     .arg(QString::fromLatin1(size.left(40))));
            return;
        }
        if (chunkSize == 0) {
            m_inTrailer = true;
            continue;
        }
        m_remaining = chunkSize;
        m_inChunkData = true;
    }
}

} // namespace Sts::Net
