// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliapplication.h"

namespace Sts::Cli {

//! `stsscope-cli watch --list FILE [--state FILE]`: re-checks the listed domains, compares each
//! with its last kept check in the history the desktop app uses, prints what changed (each change
//! once) and exits 1 when something new is a problem: for cron and CI.
class WatchCommand
{
public:
    static int run(const QStringList &arguments, Io io);
};

} // namespace Sts::Cli
