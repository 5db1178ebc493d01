// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingprinter.h"

#include "check/findingregistry.h"
#include "common/terminaltext.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace Sts::Cli {

namespace {

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QCoreApplication::translate("Cli", "ok");
    case Severity::Info:
        return QCoreApplication::translate("Cli", "info");
    case Severity::Warning:
        return QCoreApplication::translate("Cli", "warning");
    case Severity::Error:
        return QCoreApplication::translate("Cli", "error");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

void FindingPrinter::printHuman(QTextStream &out, const Findings &findings)
{
    for (const Finding &finding : findings) {
        out << "  " << severityLabel(finding.severity).leftJustified(8) << ' ';
        if (finding.line > 0)
            out << QCoreApplication::translate("Cli", "line %1: ").arg(finding.line);
        // Messages quote what servers and report senders wrote.
        out << TerminalText::safe(Check::displayMessage(finding)) << "\n           [" << finding.code << ", "
            << finding.reference << "]\n";
    }
}

void FindingPrinter::printJson(QTextStream &out, const QJsonObject &document)
{
    out << QString::fromUtf8(JsonText::indented(document));
}

} // namespace Sts::Cli
