// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"
#include "mtasts/policyfetcher.h"
#include "net/resolver.h"
#include "smtp/smtpprobe.h"
#include "tls/chainanalysis.h"

#include <QByteArray>
#include <QHostAddress>

#include <optional>

namespace Sts::Check {

//! Everything a user can set about a check (CLI flags, GUI settings).
struct CheckOptions
{
    Net::ResolverOptions resolver;
    Tls::TrustOptions trust; //!< used for both the policy host and the MX hosts
    MtaSts::PolicyFetchOptions fetch;
    Smtp::SmtpProbeOptions smtp;
    quint16 smtpPort = 25;
    int smtpPerDomain = 4;       //!< SMTP sessions in parallel for one domain
    int maxMxHosts = 50;         //!< more MX than this are reported (check.mx.too-many), not probed
    int maxAddressesPerHost = 4; //!< per address family, for the MX and the policy host
    //! Connect to loopback, private and other non-public addresses too: for test networks (the
    //! testbed). Off, such an MX or policy host gets a finding and no connection, so that a
    //! hostile domain cannot make the check reach into the user's own network.
    bool allowPrivateAddresses = false;
    //! Non-public networks a check may connect to all the same, e.g. a lab's (the testbed's
    //! 127.0.0.0/8 and fd00:5753::/32), while every other non-public address stays refused.
    QList<QPair<QHostAddress, int>> allowedNetworks;
    //! "socks5://HOST:PORT": SMTP probes and the policy fetch go through it, DNS stays local.
    QString proxy;
    //! What is known about the machine running the check before it starts; the check adds what
    //! it observes itself and what the environment self-test (EnvironmentProbe) finds.
    Environment environment;
    //! The self-test's always-on hosts. Empty (the default, and in tests) disables it; the app and
    //! the CLI set well-known ones (defaultEnvironmentReferences()).
    EnvironmentReferences environmentReferences;
    //! A draft policy body judged as if it were published (the wizard's pre-flight): every MX is
    //! matched and validated against it instead of the live policy, which is still fetched and shown.
    std::optional<QByteArray> assumedPolicy;

    //! Sets every network timeout from one figure (--timeout S): connects and replies get it,
    //! whole operations a multiple.
    void setTimeoutSeconds(double seconds);
};

//! Always-on public MX and web hosts for the port-25 self-test of the app and the CLI.
EnvironmentReferences defaultEnvironmentReferences();

} // namespace Sts::Check
