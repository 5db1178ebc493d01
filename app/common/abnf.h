// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

//! Character classes of RFC 5234 and the key=value grammars of RFC 8460/8461, shared by the
//! record and policy parsers so that they agree on every byte.
namespace Sts::Abnf {

constexpr bool isAlpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}
constexpr bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}
constexpr bool isVchar(char c)
{
    return c >= 0x21 && c <= 0x7e;
}

//! Strips leading and trailing WSP (space and tab only, unlike QByteArray::trimmed()).
QByteArrayView trimWsp(QByteArrayView text);

//! Extension name: (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / "."), RFC 8461 §3.1 and §3.2.
bool isExtensionName(QByteArrayView name);

//! TXT extension value: 1*(%x21-3A / %x3C / %x3E-7E), printable ASCII without ";" and "=".
bool isTxtExtensionValue(QByteArrayView value);

//! Printable ASCII only (VCHAR and WSP).
bool isPrintableAscii(QByteArrayView text);

} // namespace Sts::Abnf
