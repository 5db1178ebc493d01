// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

namespace Sts {

bool TerminalText::isUnsafe(char32_t c)
{
    // ZWNJ and ZWJ are format characters too, but Persian, Indic scripts and emoji need them.
    if (c == 0x200C || c == 0x200D)
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control: // C0, DEL, C1
    case QChar::Other_Format:  // bidi controls, soft hyphen, zero width space, BOM, tags
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

namespace {

QString escaped(char32_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x80)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    if (c <= 0xFFFF)
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
}

} // namespace

QString TerminalText::safe(const QString &text)
{
    QString result;
    qsizetype copied = 0; // text[0, copied) is in result
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        if (isUnsafe(c)) {
            result += QStringView(text).sliced(copied, i - copied);
            result += escaped(c);
            copied = i + length;
        }
        i += length - 1;
    }
    if (copied == 0)
        return text; // the common case: nothing to escape, no copy
    result += QStringView(text).sliced(copied);
    return result;
}

} // namespace Sts
