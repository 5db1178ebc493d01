// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QIODevice;
class QTextStream;

namespace Sts::Cli {

//! Exit codes every verb shares (DESIGN.md).
enum ExitCode
{
    Clean = 0,         //!< no error findings
    ErrorFindings = 1, //!< at least one error finding (or, for mx-match, no match)
    UsageError = 2,
    CouldNotRun = 3,
};

//! The streams a verb talks to; tests pass buffers.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    QIODevice &in;
};

//! Dispatches `stsscope-cli VERB ...` to the verb's command.
class CliApplication
{
public:
    //! \a arguments includes the program name, as QCoreApplication::arguments() does.
    static int run(const QStringList &arguments, Io io);
    static QString usage();
};

} // namespace Sts::Cli
