// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include "common/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>

namespace Sts::Cli {

namespace {

void appendEscape(QString &out, char16_t unit)
{
    out += QStringLiteral("\\u%1").arg(uint(unit), 4, 16, QLatin1Char('0'));
}

} // namespace

QByteArray JsonText::indented(const QJsonObject &document)
{
    return terminalSafe(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

QByteArray JsonText::indented(const QJsonArray &document)
{
    return terminalSafe(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

QByteArray JsonText::terminalSafe(const QByteArray &json)
{
    // Qt escapes every C0 control, so only DEL and non-ASCII can be unsafe: ASCII text, the
    // usual case, is passed on without decoding.
    if (std::none_of(json.cbegin(), json.cend(), [](char byte) { return uchar(byte) >= 0x7F; }))
        return json;
    const QString text = QString::fromUtf8(json);
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
        // Below DEL only the document's own line breaks are left: Qt escaped the rest.
        if (c < 0x7F || !TerminalText::isUnsafe(c)) {
            result += text[i];
            if (pair)
                result += text[i + 1];
        } else {
            // Outside a string there is only ASCII structure, so this is inside one.
            appendEscape(result, text[i].unicode());
            if (pair)
                appendEscape(result, text[i + 1].unicode());
        }
        if (pair)
            ++i;
    }
    return result.toUtf8();
}

} // namespace Sts::Cli
