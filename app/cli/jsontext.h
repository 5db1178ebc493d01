// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QJsonArray;
class QJsonObject;

namespace Sts::Cli {

//! JSON as the CLI prints it. Qt's writer escapes only what JSON requires (C0 controls, quote,
//! backslash) and passes DEL, C1 controls, bidi overrides and isolates and U+2028/2029 raw:
//! valid JSON, but text a terminal obeys or a viewer reorders. Those characters (the ones
//! TerminalText escapes) are written as \uXXXX instead; a parser reads the same strings.
class JsonText
{
public:
    //! QJsonDocument's indented text of \a document, terminal-safe.
    static QByteArray indented(const QJsonObject &document);
    static QByteArray indented(const QJsonArray &document);
    //! \a json (UTF-8 JSON text, whole values) with the unsafe characters escaped.
    static QByteArray terminalSafe(const QByteArray &json);
};

} // namespace Sts::Cli
