// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliapplication.h"

#include <QCommandLineParser>

#include <optional>

namespace Sts::Cli {

//! A QCommandLineParser for one verb with the options all verbs share (--json, --help), that
//! reports usage errors with exit code 2 instead of QCommandLineParser::process()'s exit(1).
class VerbParser
{
public:
    VerbParser(const QString &verb, const QString &description, const QString &positionalSyntax);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }

    //! Parses \a arguments (the verb's own, without program name and verb words). Returns an
    //! exit code when the verb must stop now (help printed, or usage error), nullopt to go on.
    std::optional<int> parse(const QStringList &arguments, Io io, qsizetype minimumPositional,
                             qsizetype maximumPositional = -1);

    bool json() const { return m_parser.isSet(m_json); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    //! Prints \a message and the verb's usage line to stderr; returns UsageError.
    int usageError(Io io, const QString &message) const;

private:
    QString m_verb;
    QString m_syntax;
    QCommandLineParser m_parser;
    QCommandLineOption m_json;
    QCommandLineOption m_help;
};

} // namespace Sts::Cli
