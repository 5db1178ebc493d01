// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliapplication.h"

namespace Sts::Check {
struct CheckResult;
}

namespace Sts::Cli {

//! `stsscope-cli check DOMAIN...`: runs full domain checks through the CheckService.
class CheckCommand
{
public:
    static int run(const QStringList &arguments, Io io);
    //! One domain's result for people. What the domain's DNS, policy file and SMTP servers
    //! said goes through TerminalText::safe(): a banner or an MX name could otherwise clear
    //! the screen or fake a line of the verdict.
    static void printHuman(QTextStream &out, const Check::CheckResult &result);
};

} // namespace Sts::Cli
