// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"

#include <QString>

namespace Sts::Check {

//! A check result as one self-contained HTML page (inline style, no scripts, no external
//! resources) that can be mailed to a colleague or attached to a ticket. Every value from the
//! network is escaped.
class HtmlReport
{
public:
    static QString render(const CheckResult &result);
};

} // namespace Sts::Check
