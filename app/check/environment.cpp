// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment.h"

#include "common/jsonfields.h"
#include "net/resolver.h"
#include "net/routelookup.h"

#include <QCoreApplication>
#include <QHostAddress>

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
    case Environment::ResolverDnssec::Iterating:
        return QStringLiteral("iterating");
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

void Environment::noteResolver(Net::DnssecPassage passage)
{
    switch (passage) {
    case Net::DnssecPassage::Validating:
        resolverDnssec = ResolverDnssec::Validating;
        break;
    case Net::DnssecPassage::Stripped:
        resolverDnssec = ResolverDnssec::Stripped;
        break;
    case Net::DnssecPassage::Iterating:
        resolverDnssec = ResolverDnssec::Iterating;
        break;
    case Net::DnssecPassage::Unknown:
        break;
    }
}

QStringList Environment::describe() const
{
    QStringList items;
    switch (smtpPort25) {
    case Port25::Open:
        items.append(tr("port 25: open"));
        break;
    case Port25::Blocked:
        items.append(tr("port 25: blocked on this network"));
        break;
    case Port25::Unknown:
        items.append(tr("port 25: not tested yet"));
        break;
    }
    switch (ipv6) {
    case Ipv6::Routable:
        items.append(tr("IPv6: routable"));
        break;
    case Ipv6::None:
        items.append(tr("IPv6: no route"));
        break;
    case Ipv6::Unknown:
        items.append(tr("IPv6: not seen yet"));
        break;
    }
    switch (resolverDnssec) {
    case ResolverDnssec::Validating:
        items.append(tr("DNSSEC: validated"));
        break;
    case ResolverDnssec::Stripped:
        items.append(tr("DNSSEC: the resolver drops signatures"));
        break;
    case ResolverDnssec::Iterating:
        items.append(tr("DNSSEC: validated from the root servers (the resolver drops signatures)"));
        break;
    case ResolverDnssec::Unknown:
        items.append(tr("DNSSEC: not tested yet"));
        break;
    }
    items.append(proxy.isEmpty() ? tr("proxy: none") : tr("proxy: %1").arg(proxy));
    return items;
}

Environment::Ipv6 EnvironmentReferences::ipv6Route() const
{
    const QHostAddress address(ipv6Address);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return Environment::Ipv6::Unknown;
    switch (Net::routeTo(address)) {
    case Net::RouteState::Exists:
        return Environment::Ipv6::Routable;
    case Net::RouteState::None:
        return Environment::Ipv6::None;
    case Net::RouteState::Unknown:
        break;
    }
    return Environment::Ipv6::Unknown;
}

bool Environment::limitsTheView() const
{
    return (smtpPort25 == Port25::Blocked && proxy.isEmpty()) || (ipv6 == Ipv6::None && proxy.isEmpty()) ||
           resolverDnssec == ResolverDnssec::Stripped;
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

Environment Environment::fromJson(const QJsonObject &json)
{
    Environment environment;
    environment.smtpPort25 = JsonFields::enumFromName(
        JsonFields::string(json, u"smtp_port_25"), [](Port25 value) { return name(value); },
        {Port25::Unknown, Port25::Open, Port25::Blocked}, Port25::Unknown);
    environment.ipv6 = JsonFields::enumFromName(
        JsonFields::string(json, u"ipv6"), [](Ipv6 value) { return name(value); },
        {Ipv6::Unknown, Ipv6::Routable, Ipv6::None}, Ipv6::Unknown);
    environment.resolverDnssec = JsonFields::enumFromName(
        JsonFields::string(json, u"resolver_dnssec"), [](ResolverDnssec value) { return name(value); },
        {ResolverDnssec::Unknown, ResolverDnssec::Validating, ResolverDnssec::Stripped, ResolverDnssec::Iterating},
        ResolverDnssec::Unknown);
    environment.proxy = JsonFields::string(json, u"proxy");
    return environment;
}

} // namespace Sts::Check
