// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

class QJsonObject;
class QTextStream;

namespace Sts::Cli {

//! Renders findings for people (aligned, one per line) and JSON documents for scripts.
class FindingPrinter
{
public:
    //! Messages as TerminalText::safe() shows them.
    static void printHuman(QTextStream &out, const Findings &findings);
    //! JsonText::indented(): the same characters escaped as \uXXXX.
    static void printJson(QTextStream &out, const QJsonObject &document);
};

} // namespace Sts::Cli
