// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment.h"

namespace Sts::Check {

namespace {

QString name(Environment::Port25 value)
{
    switch (value) {
    case Environment::Port25::Open:
        return QStringLiteral("open");
    case Environment::Port25::Blocked:
        return QStringLiteral("blocked");
    case Environment::Port25::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString name(Environment::Ipv6 value)
{
    switch (value) {
    case Environment::Ipv6::Routable:
        return QStringLiteral("routable");
    case Environment::Ipv6::None:
        return QStringLiteral("none");
    case Environment::Ipv6::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString name(Environment::ResolverDnssec value)
{
    switch (value) {
    case Environment::ResolverDnssec::Validating:
        return QStringLiteral("validating");
    case Environment::ResolverDnssec::Stripped:
        return QStringLiteral("stripped");
    case Environment::ResolverDnssec::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

void Environment::merge(const Environment &observed)
{
    if (observed.smtpPort25 != Port25::Unknown)
        smtpPort25 = observed.smtpPort25;
    if (observed.ipv6 != Ipv6::Unknown)
        ipv6 = observed.ipv6;
    if (observed.resolverDnssec != ResolverDnssec::Unknown)
        resolverDnssec = observed.resolverDnssec;
}

QJsonObject Environment::toJson() const
{
    return {
        {QStringLiteral("smtp_port_25"), name(smtpPort25)},
        {QStringLiteral("ipv6"), name(ipv6)},
        {QStringLiteral("resolver_dnssec"), name(resolverDnssec)},
        {QStringLiteral("proxy"), proxy.isEmpty() ? QJsonValue() : QJsonValue(proxy)},
    };
}

} // namespace Sts::Check
