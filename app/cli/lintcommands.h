// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliapplication.h"

namespace Sts::Cli {

//! The verbs that judge records, policies and patterns without touching the network, and the
//! generator. Each takes the arguments after its verb words.
class LintCommands
{
public:
    static int txtLint(const QStringList &arguments, Io io);
    static int tlsRptRecordLint(const QStringList &arguments, Io io);
    static int policyLint(const QStringList &arguments, Io io);
    static int policyGenerate(const QStringList &arguments, Io io);
    static int mxMatch(const QStringList &arguments, Io io);
};

} // namespace Sts::Cli
