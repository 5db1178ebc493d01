// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliapplication.h"

namespace Sts::Cli {

//! `stsscope-cli report FILE|DIR... [--json|--csv] [--since DATE] [--until DATE]`: reads
//! TLS-RPT reports in every form they arrive in, straight from the files (no library), and
//! prints them with their totals; with --library, adds them to a report library too. Exit code 0 when every file was
//! read, 1 when some file or part of one was rejected, 2 on a usage error, 3 when no report could be read at all.
class ReportCommand
{
public:
    static int run(const QStringList &arguments, Io io);
    //! `stsscope-cli report fetch [--library FILE] [--ca-file F] [--allow-plaintext] URL`: the
    //! new messages of an IMAP folder, read as `report` reads files. Exit code 3 when the
    //! mailbox could not be read to its end (connection, TLS, login, server gone).
    static int fetch(const QStringList &arguments, Io io);
};

} // namespace Sts::Cli
