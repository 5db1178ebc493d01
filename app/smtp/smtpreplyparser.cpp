// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpreplyparser.h"

#include <algorithm>

namespace Sts::Smtp {

namespace {

//! At most \a count bytes of \a bytes, printable ASCII as is and everything else as \xNN.
QString printable(QByteArrayView bytes, qsizetype count = 16)
{
    QString text;
    for (const char c : bytes.first(std::min(count, bytes.size()))) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f)
            text += QLatin1Char(c);
        else
            text += QStringLiteral("\\x%1").arg(static_cast<uint>(byte), 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > count)
        text += QStringLiteral("...");
    return text;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

//! RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39. \a prefix may be shorter than three
//! bytes; only what is there is checked, so that garbage is recognised before its line ends.
bool validCodePrefix(QByteArrayView prefix)
{
    if (!prefix.isEmpty() && (prefix[0] < '2' || prefix[0] > '5'))
        return false;
    if (prefix.size() > 1 && (prefix[1] < '0' || prefix[1] > '5'))
        return false;
    return prefix.size() <= 2 || isDigit(prefix[2]);
}

bool validSeparator(char c)
{
    return c == ' ' || c == '-';
}

//! RFC 3463 status code at the start of \a text (RFC 2034 §4): class.subject.detail, with the
//! class equal to the reply code's; empty when there is none.
QString enhancedCode(const QString &text, int codeClass)
{
    if (text.size() < 5 || text[0] != QLatin1Char(static_cast<char>('0' + codeClass)) || text[1] != u'.')
        return {};
    qsizetype pos = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = pos;
        while (pos < text.size() && pos - start < 4 && text[pos].isDigit() && text[pos].unicode() < 0x80)
            ++pos;
        const qsizetype digits = pos - start;
        if (digits < 1 || digits > 3)
            return {};
        if (part == 0) {
            if (pos >= text.size() || text[pos] != u'.')
                return {};
            ++pos;
        }
    }
    if (pos < text.size() && text[pos] != u' ')
        return {};
    return text.first(pos);
}

} // namespace

QString SmtpReply::toString() const
{
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QChar separator = i + 1 < lines.size() ? u'-' : u' ';
        out.append(QString::number(code) + separator + lines.at(i));
    }
    return out.join(u'\n');
}

SmtpReplyParser::SmtpReplyParser()
    : SmtpReplyParser(Limits{})
{}

SmtpReplyParser::SmtpReplyParser(const Limits &limits)
    : m_limits(limits)
{}

QString SmtpReplyParser::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::LineTooLong:
        return QStringLiteral("line-too-long");
    case Error::TooManyLines:
        return QStringLiteral("too-many-lines");
    case Error::ReplyTooLarge:
        return QStringLiteral("reply-too-large");
    case Error::InvalidCode:
        return QStringLiteral("invalid-code");
    case Error::InvalidSeparator:
        return QStringLiteral("invalid-separator");
    case Error::InconsistentCode:
        return QStringLiteral("inconsistent-code");
    case Error::NulByte:
        return QStringLiteral("nul-byte");
    }
    return {};
}

SmtpReply SmtpReplyParser::takeReply()
{
    Q_ASSERT(!m_replies.isEmpty());
    return m_replies.takeFirst();
}

void SmtpReplyParser::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    m_buffer.clear();
    m_current = SmtpReply();
}

void SmtpReplyParser::feed(QByteArrayView data)
{
    while (!failed() && !data.isEmpty()) {
        const qsizetype newline = data.indexOf('\n');
        const QByteArrayView chunk = newline < 0 ? data : data.first(newline);
        if (chunk.contains('\0')) {
            fail(Error::NulByte, QStringLiteral("a NUL byte in a reply line"));
            return;
        }
        // Check the limits before buffering anything, so that an endless line never grows the buffer.
        const qsizetype lineSize = m_buffer.size() + chunk.size() + (newline < 0 ? 0 : 1);
        if (lineSize > m_limits.maxLineLength || (newline < 0 && lineSize == m_limits.maxLineLength)) {
            fail(Error::LineTooLong, QStringLiteral("a reply line longer than %1 octets (RFC 5321 allows %2)")
                                         .arg(m_limits.maxLineLength)
                                         .arg(StandardMaxLineLength));
            return;
        }
        if (m_current.size + lineSize > m_limits.maxReplySize) {
            fail(Error::ReplyTooLarge,
                 QStringLiteral("a reply larger than %1 KiB").arg(m_limits.maxReplySize / 1024.0, 0, 'g', 4));
            return;
        }
        if (newline < 0) {
            m_buffer.append(chunk);
            if (!validCodePrefix(QByteArrayView(m_buffer).first(std::min<qsizetype>(3, m_buffer.size()))))
                fail(Error::InvalidCode,
                     QStringLiteral("\"%1\" does not start with a reply code").arg(printable(m_buffer)));
            else if (m_buffer.size() > 3 && !validSeparator(m_buffer[3]) && m_buffer[3] != '\r')
                fail(Error::InvalidSeparator,
                     QStringLiteral("the reply code is followed by \"%1\" instead of a space or \"-\"")
                         .arg(printable(QByteArrayView(m_buffer).sliced(3), 1)));
            return;
        }
        QByteArray line = m_buffer + chunk;
        m_buffer.clear();
        const bool bareLineFeed = !line.endsWith('\r');
        if (!bareLineFeed)
            line.chop(1);
        parseLine(line, lineSize, bareLineFeed);
        data = data.sliced(newline + 1);
    }
}

void SmtpReplyParser::parseLine(QByteArrayView line, qsizetype wireSize, bool bareLineFeed)
{
    if (line.size() < 3 || !validCodePrefix(line.first(3))) {
        fail(Error::InvalidCode, line.isEmpty()
                                     ? QStringLiteral("an empty line instead of a reply")
                                     : QStringLiteral("\"%1\" does not start with a reply code").arg(printable(line)));
        return;
    }
    if (line.size() > 3 && !validSeparator(line[3])) {
        fail(Error::InvalidSeparator, QStringLiteral("the reply code is followed by \"%1\" instead of a space or \"-\"")
                                          .arg(printable(line.sliced(3), 1)));
        return;
    }
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (!m_current.lines.isEmpty() && code != m_current.code) {
        fail(Error::InconsistentCode,
             QStringLiteral("one reply carries different codes (%1, then %2)").arg(m_current.code).arg(code));
        return;
    }
    if (m_current.lines.size() >= m_limits.maxLines) {
        fail(Error::TooManyLines, QStringLiteral("a reply of more than %1 lines").arg(m_limits.maxLines));
        return;
    }
    const QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80)
            m_current.nonAscii = true;
        else if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            m_current.controlCharacter = true;
    }
    m_current.code = code;
    m_current.lines.append(QString::fromUtf8(text));
    m_current.size += wireSize;
    m_current.longestLine = std::max(m_current.longestLine, wireSize);
    m_current.bareLineFeed = m_current.bareLineFeed || bareLineFeed;
    const bool last = line.size() == 3 || line[3] == ' ';
    if (!last)
        return;
    m_current.enhancedCode = enhancedCode(m_current.lines.constFirst(), m_current.codeClass());
    m_replies.append(std::move(m_current));
    m_current = SmtpReply();
}

} // namespace Sts::Smtp
