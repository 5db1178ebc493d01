// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonmemberscanner.h"

#include <QSet>

#include <algorithm>

namespace Sts::TlsRpt {

namespace {

//! A recursive descent over a document that QJsonDocument has accepted, reading only what it
//! needs: member names, and where each value ends.
class Scanner
{
public:
    Scanner(QByteArrayView json, const JsonMemberScanner::Visitor &visit)
        : m_json(json)
        , m_visit(visit)
    {}

    void run()
    {
        skipWhitespace();
        value(QString());
    }

private:
    bool atEnd() const { return m_at >= m_json.size(); }
    char current() const { return atEnd() ? '\0' : m_json[m_at]; }

    void skipWhitespace()
    {
        while (!atEnd() && (current() == ' ' || current() == '\t' || current() == '\n' || current() == '\r'))
            ++m_at;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    //! At the opening quote; returns the decoded text (when \a decode) and leaves m_at past the closing one.
    QString string(bool decode)
    {
        ++m_at;
        QString text;
        qsizetype runStart = m_at;
        const auto flush = [&] {
            if (decode && m_at > runStart)
                text += QString::fromUtf8(m_json.sliced(runStart, m_at - runStart));
        };
        while (!atEnd() && current() != '"') {
            if (current() != '\\') {
                ++m_at;
                continue;
            }
            flush();
            const char escape = m_at + 1 < m_json.size() ? m_json[m_at + 1] : '\0';
            m_at += 2;
            if (escape == 'u') {
                char16_t unit = 0;
                for (int i = 0; i < 4 && !atEnd(); ++i, ++m_at)
                    unit = char16_t(unit * 16 + std::max(0, hexDigit(current())));
                if (decode)
                    text += QChar(unit); // surrogate pairs arrive as two escapes and pair up here
            } else if (decode) {
                switch (escape) {
                case 'b':
                    text += u'\b';
                    break;
                case 'f':
                    text += u'\f';
                    break;
                case 'n':
                    text += u'\n';
                    break;
                case 'r':
                    text += u'\r';
                    break;
                case 't':
                    text += u'\t';
                    break;
                default: // '"', '\\', '/'
                    text += QLatin1Char(escape);
                }
            }
            runStart = m_at;
        }
        flush();
        ++m_at; // the closing quote
        return text;
    }

    void value(const QString &path)
    {
        switch (current()) {
        case '{':
            object(path);
            break;
        case '[':
            array(path);
            break;
        case '"':
            string(false);
            break;
        default: // number, true, false, null
            while (!atEnd() && current() != ',' && current() != '}' && current() != ']' && current() != ' ' &&
                   current() != '\t' && current() != '\n' && current() != '\r')
                ++m_at;
        }
    }

    static QString member(const QString &path, const QString &name)
    {
        return path.isEmpty() ? name : path + u'.' + name;
    }

    void object(const QString &path)
    {
        ++m_at;
        QSet<QString> names;
        skipWhitespace();
        while (!atEnd() && current() != '}') {
            if (current() == ',') {
                ++m_at;
                skipWhitespace();
                continue;
            }
            const QString name = string(true);
            if (names.contains(name))
                m_visit(path.isEmpty() ? QStringLiteral("report") : path, name);
            else
                names.insert(name);
            skipWhitespace();
            ++m_at; // ':'
            skipWhitespace();
            value(member(path, name));
            skipWhitespace();
        }
        ++m_at;
    }

    void array(const QString &path)
    {
        ++m_at;
        qsizetype index = 0;
        skipWhitespace();
        while (!atEnd() && current() != ']') {
            if (current() == ',') {
                ++m_at;
                skipWhitespace();
                continue;
            }
            value(path + u'[' + QString::number(index++) + u']');
            skipWhitespace();
        }
        ++m_at;
    }

    QByteArrayView m_json;
    const JsonMemberScanner::Visitor &m_visit;
    qsizetype m_at = 0;
};

} // namespace

void JsonMemberScanner::scan(QByteArrayView json, const Visitor &visit)
{
    Scanner(json, visit).run();
}

} // namespace Sts::TlsRpt
