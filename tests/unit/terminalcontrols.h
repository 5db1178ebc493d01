// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>

//! What the CLI tests look for in human-readable output, independently of TerminalText: the
//! characters a terminal would act on rather than show.
namespace StsTest {

//! C0 controls other than the printer's own line breaks (and CSV's CRLF when \a crlf).
inline bool hasC0Control(const QString &text, bool crlf = false)
{
    const QString lines = crlf ? QString(text).remove(QStringLiteral("\r\n")) : text;
    return std::any_of(lines.cbegin(), lines.cend(), [](QChar c) { return c.unicode() < 0x20 && c != u'\n'; });
}

//! C0 controls as above, DEL, C1 controls, bidi embeddings, overrides and isolates, line and
//! paragraph separators.
inline bool hasTerminalControl(const QString &text, bool crlf = false)
{
    return hasC0Control(text, crlf) || std::any_of(text.cbegin(), text.cend(), [](QChar c) {
               const char16_t u = c.unicode();
               return (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) ||
                      u == 0x2028 || u == 0x2029;
           });
}

} // namespace StsTest
