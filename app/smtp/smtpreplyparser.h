// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sts::Smtp {

//! One complete SMTP reply (RFC 5321 §4.2): a three-digit code and one or more lines of text.
struct SmtpReply
{
    int code = 0;
    QStringList lines;             //!< the text after "NNN-" / "NNN " of each line, decoded as UTF-8, without CRLF
    QString enhancedCode;          //!< RFC 3463 status code at the start of the first line ("2.0.0"), or empty
    qsizetype size = 0;            //!< octets on the wire, line endings included
    qsizetype longestLine = 0;     //!< octets of the longest line, line ending included
    bool bareLineFeed = false;     //!< a line ended with LF alone instead of CRLF (RFC 5321 §2.3.8)
    bool nonAscii = false;         //!< bytes above 0x7F (only SMTPUTF8 servers may send them, RFC 6531 §3.7.4)
    bool controlCharacter = false; //!< control bytes other than TAB in the text (textstring, RFC 5321 §4.2)

    int codeClass() const { return code / 100; } //!< 2 positive, 3 intermediate, 4 transient, 5 permanent
    bool isPositive() const { return codeClass() == 2; }
    QString text() const { return lines.join(u'\n'); }
    //! "250-first\n250 last": the reply as it was sent, for messages and details.
    QString toString() const;
};

//! Reads SMTP replies as they arrive, byte by byte or in any chunks. Pure: no I/O. Replies come
//! from servers we are judging, so every limit is enforced while reading: a line is never
//! buffered beyond maxLineLength and a reply never beyond maxReplySize, whatever the server sends.
//! After an error the parser stays failed and ignores further input.
class SmtpReplyParser
{
public:
    enum class Error
    {
        None,
        LineTooLong,      //!< a line (or an unterminated run of bytes) longer than maxLineLength
        TooManyLines,     //!< a multi-line reply with more than maxLines lines
        ReplyTooLarge,    //!< a reply of more than maxReplySize octets
        InvalidCode,      //!< the line does not start with a reply code 200..559 (RFC 5321 §4.2)
        InvalidSeparator, //!< the code is followed by something else than SP, "-" or the line end
        InconsistentCode, //!< the lines of a multi-line reply carry different codes (RFC 5321 §4.2.1)
        NulByte,          //!< a NUL byte, never valid in SMTP
    };

    struct Limits
    {
        //! RFC 5321 §4.5.3.1.5 allows 512 octets per reply line; longer lines are accepted (and
        //! flagged through SmtpReply::longestLine) up to this hard limit.
        qsizetype maxLineLength = 4096;
        qsizetype maxLines = 1000;
        qsizetype maxReplySize = 64 * 1024;
    };

    //! The longest reply line RFC 5321 §4.5.3.1.5 allows, CRLF included.
    static constexpr qsizetype StandardMaxLineLength = 512;

    SmtpReplyParser();
    explicit SmtpReplyParser(const Limits &limits);

    void feed(QByteArrayView data);

    bool hasReply() const { return !m_replies.isEmpty(); }
    SmtpReply takeReply(); //!< the oldest complete reply; precondition: hasReply()
    qsizetype pendingReplies() const { return m_replies.size(); }

    bool failed() const { return m_error != Error::None; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; } //!< English, for logs and finding arguments
    //! Bytes received but not yet part of a complete reply (a partial line or partial multi-line reply).
    qsizetype bufferedBytes() const { return m_buffer.size() + m_current.size; }
    bool idle() const { return m_buffer.isEmpty() && m_current.lines.isEmpty(); }
    const Limits &limits() const { return m_limits; }

    static QString errorName(Error error); //!< stable, for JSON: "line-too-long", ...

private:
    void fail(Error error, const QString &message);
    void parseLine(QByteArrayView line, qsizetype wireSize, bool bareLineFeed);

    Limits m_limits;
    QByteArray m_buffer; //!< the unterminated tail of the input, at most maxLineLength bytes
    SmtpReply m_current; //!< the lines read so far of a multi-line reply
    QList<SmtpReply> m_replies;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace Sts::Smtp
