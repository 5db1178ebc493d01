// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sts {

//! Text from strangers (SMTP replies, report senders, file names in archives) as a terminal
//! may show it. Control characters would reach the terminal as commands: ESC starts escape
//! sequences that clear the screen or retitle the window, CR and a line break overwrite or
//! fake output lines, bidi overrides reorder what is read. They are shown as visible escapes
//! instead, the way C writes them, so that the text stays legible and nothing is lost.
class TerminalText
{
public:
    //! \a text with C0 and C1 controls, DEL, line and paragraph separators and invisible format
    //! characters (bidi embeddings, overrides, isolates and marks; not the joiners that scripts
    //! and emoji need) as escapes: \n \r \t, \x1b, \u202e, \U000e0001. One line, for the
    //! printer to end.
    static QString safe(const QString &text);
    //! Whether safe() escapes \a codePoint (what JSON output escapes too).
    static bool isUnsafe(char32_t codePoint);
};

} // namespace Sts
