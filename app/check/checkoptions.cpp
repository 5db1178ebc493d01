// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkoptions.h"

namespace Sts::Check {

void CheckOptions::setTimeoutSeconds(double seconds)
{
    const int step = static_cast<int>(seconds * 1000);
    resolver.timeoutMs = step;
    fetch.connectTimeoutMs = step;
    fetch.totalTimeoutMs = 3 * step;
    smtp.connectTimeoutMs = step;
    smtp.replyTimeoutMs = step;
    smtp.totalTimeoutMs = 6 * step;
}

} // namespace Sts::Check
