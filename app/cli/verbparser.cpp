// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verbparser.h"

#include "common/terminaltext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Sts::Cli {

VerbParser::VerbParser(const QString &verb, const QString &description, const QString &positionalSyntax)
    : m_verb(verb)
    , m_syntax(positionalSyntax)
    , m_json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the result as JSON."))
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "Show this help."))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_json);
    m_parser.addOption(m_help);
    // One entry per word: QCommandLineParser cuts a name with a space in the middle of a word
    // ("PATTERN HOS" / "T").
    for (const QString &argument : positionalSyntax.split(u' ', Qt::SkipEmptyParts))
        m_parser.addPositionalArgument(argument, QString(), argument);
}

std::optional<int> VerbParser::parse(const QStringList &arguments, Io io, qsizetype minimumPositional,
                                     qsizetype maximumPositional)
{
    // QCommandLineParser expects the program name first.
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("stsscope-cli %1").arg(m_verb));
    if (!m_parser.parse(withProgram))
        return usageError(io, m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        // helpText() names the executable's path in its first line; name the verb instead.
        const QString help = m_parser.helpText();
        io.out << QCoreApplication::translate("Cli", "Usage: stsscope-cli %1 [options] %2").arg(m_verb, m_syntax)
               << help.sliced(help.indexOf(u'\n'));
        return Clean;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minimumPositional)
        return usageError(io, QCoreApplication::translate("Cli", "Missing argument."));
    if (maximumPositional >= 0 && count > maximumPositional)
        return usageError(io, QCoreApplication::translate("Cli", "Too many arguments."));
    return std::nullopt;
}

int VerbParser::usageError(Io io, const QString &message) const
{
    // The message may quote an argument, and arguments may come from a script's hostile input.
    io.err << "stsscope-cli " << m_verb << ": " << TerminalText::safe(message) << '\n'
           << QCoreApplication::translate("Cli", "Usage: stsscope-cli %1 [options] %2").arg(m_verb, m_syntax) << '\n'
           << QCoreApplication::translate("Cli", "Try 'stsscope-cli %1 --help'.").arg(m_verb) << '\n';
    io.err.flush();
    return UsageError;
}

} // namespace Sts::Cli
