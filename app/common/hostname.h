// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sts::HostName {

//! Why \a name (ASCII, no trailing dot) is not an RFC 5321 Domain of letter-digit-hyphen
//! labels; an empty string when it is one. The text is translated.
QString problem(const QString &name);

//! True when every character is ASCII.
bool isAscii(const QString &text);

} // namespace Sts::HostName
