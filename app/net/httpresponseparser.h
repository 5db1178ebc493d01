// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Sts::Net {

struct HttpResponse
{
    QByteArray version; //!< "HTTP/1.1"
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; //!< names as sent, values trimmed
    QByteArray body;
    bool bodyTooLarge = false; //!< the body went past the limit; body holds the first limit+1 bytes

    //! The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
};

//! Reads an HTTP/1.x response as it arrives (RFC 9112): status line, header fields, and a body
//! framed by Content-Length, chunked transfer coding or the end of the connection. Responses
//! come from servers we are judging: sizes are bounded and every malformation is an error.
class HttpResponseParser
{
public:
    enum class State
    {
        StatusLine,
        Headers,
        Body,
        Complete,
        Failed,
    };

    explicit HttpResponseParser(qsizetype maxBodySize, qsizetype maxHeaderSize = 16384);

    void feed(QByteArrayView data);
    //! The peer closed the connection: completes a close-delimited body, fails anything else.
    void finish();

    State state() const { return m_state; }
    bool done() const { return m_state == State::Complete || m_state == State::Failed; }
    const QString &error() const { return m_error; }
    const HttpResponse &response() const { return m_response; }

private:
    enum class Framing
    {
        Length,
        Chunked,
        UntilClose,
    };

    bool takeLine(QByteArray &line);
    void fail(const QString &error);
    void parseStatusLine(const QByteArray &line);
    void parseHeaderLine(const QByteArray &line);
    void startBody();
    //! The transfer codings of all Transfer-Encoding fields, lower case, joined by ","; none without one.
    std::optional<QByteArray> transferCodings() const;
    void readBody();
    void readChunks();
    //! Moves up to m_remaining buffered bytes into the body; false when that ended the parse.
    bool takeCounted();
    void appendBody(QByteArrayView data);

    qsizetype m_maxBody;
    qsizetype m_maxHeader;
    qsizetype m_headerBytes = 0;
    QByteArray m_buffer;
    State m_state = State::StatusLine;
    Framing m_framing = Framing::UntilClose;
    qint64 m_remaining = 0; //!< of the body (Length) or of the current chunk (Chunked)
    bool m_inChunkData = false;
    bool m_inTrailer = false;
    qsizetype m_trailerBytes = 0;
    QString m_error;
    HttpResponse m_response;
};

} // namespace Sts::Net
