// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Sts::Net {
enum class DnssecPassage;
}

namespace Sts::Check {

//! What the machine running a check can see, apart from the domain: a desktop often has
//! outbound port 25 blocked, a resolver that strips DNSSEC, no IPv6 route. The verdict never
//! blames the domain for these; where they hide what a mail server would see, it is inconclusive.
struct Environment
{
    Q_DECLARE_TR_FUNCTIONS(Sts::Check::Environment)

public:
    enum class Port25
    {
        Unknown,
        Open,    //!< an SMTP server answered on port 25 from here
        Blocked, //!< nothing answers on port 25 from here while other ports do
    };
    enum class Ipv6
    {
        Unknown,
        Routable, //!< an IPv6 connection got through
        None,     //!< this machine has no IPv6 route
    };
    enum class ResolverDnssec
    {
        Unknown,
        Validating, //!< signed answers validate: DNSSEC states are the domain's
        Stripped,   //!< the resolver drops signatures: DNSSEC states cannot be judged from here
        Iterating,  //!< the resolver drops signatures; asked from the root servers, answers validate
    };

    Port25 smtpPort25 = Port25::Unknown;
    Ipv6 ipv6 = Ipv6::Unknown;
    ResolverDnssec resolverDnssec = ResolverDnssec::Unknown;
    QString proxy; //!< "socks5://HOST:PORT" when the probes go through one, else empty

    //! Adds what one check observed to what is known (a connection on port 25 proves it open).
    void merge(const Environment &observed);
    //! Takes what the resolver's own DNSSEC self-test found, once it has.
    void noteResolver(Net::DnssecPassage passage);
    //! The DESIGN.md contract: {"smtp_port_25", "ipv6", "resolver_dnssec", "proxy"}.
    QJsonObject toJson() const;
    static Environment fromJson(const QJsonObject &json); //!< what toJson() wrote
    //! Translated, one item each: "port 25: blocked on this network", "IPv6: no route", ...
    QStringList describe() const;
    //! Something here hides what a mail server would see (a proxy is the way around, not a limit).
    bool limitsTheView() const;
    bool operator==(const Environment &) const = default;
};

//! Hosts that always answer, to tell a dead MX from a blocked port 25 on this machine's network.
//! Empty lists disable the test (the environment stays unknown).
struct EnvironmentReferences
{
    QStringList smtpHosts;  //!< always-on MX hosts, connected to on port 25
    QStringList httpsHosts; //!< always-on web hosts, connected to on port 443
    //! A global IPv6 address whose route tells whether this machine has IPv6 (no packet is sent)
    QString ipv6Address;
    int timeoutMs = 5000;

    bool isEmpty() const { return smtpHosts.isEmpty() || httpsHosts.isEmpty(); }
    //! Whether the kernel has a route to ipv6Address: Unknown without one.
    Environment::Ipv6 ipv6Route() const;
    bool operator==(const EnvironmentReferences &) const = default;
};

} // namespace Sts::Check

Q_DECLARE_METATYPE(Sts::Check::Environment)
