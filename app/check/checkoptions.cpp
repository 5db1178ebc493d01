// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkoptions.h"

#include <algorithm>

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
    // Settled before the checks' own connects give up, so that their verdict can use it.
    environmentReferences.timeoutMs = std::max(1000, step / 2);
}

EnvironmentReferences defaultEnvironmentReferences()
{
    EnvironmentReferences references;
    // Large providers' MX and web front ends: up around the clock, on anycast or many addresses.
    references.smtpHosts = {QStringLiteral("gmail-smtp-in.l.google.com"),
                            QStringLiteral("hotmail-com.olc.protection.outlook.com")};
    references.httpsHosts = {QStringLiteral("www.google.com"), QStringLiteral("www.microsoft.com")};
    references.ipv6Address = QStringLiteral("2001:500:2f::f"); // f.root-servers.net
    return references;
}

} // namespace Sts::Check
