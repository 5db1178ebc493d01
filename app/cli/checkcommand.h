// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliapplication.h"

namespace Sts::Cli {

//! `stsscope-cli check DOMAIN...`: runs full domain checks through the CheckService.
class CheckCommand
{
public:
    static int run(const QStringList &arguments, Io io);
};

} // namespace Sts::Cli
