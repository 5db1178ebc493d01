// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressscope.h"

#include "common/finding.h"

#include <QHostAddress>

#include <array>

namespace Sts::Net {

namespace {

struct Range
{
    const char *subnet;
    AddressScope scope;
};

// Special-purpose registries (RFC 6890 and its updates), the ranges no sender on the internet reaches.
constexpr std::array<Range, 18> Ranges{{
    {"0.0.0.0/8", AddressScope::Reserved},
    {"10.0.0.0/8", AddressScope::Private},
    {"100.64.0.0/10", AddressScope::SharedCgnat},
    {"127.0.0.0/8", AddressScope::Loopback},
    {"169.254.0.0/16", AddressScope::LinkLocal},
    {"172.16.0.0/12", AddressScope::Private},
    {"192.0.2.0/24", AddressScope::Documentation},
    {"192.168.0.0/16", AddressScope::Private},
    {"198.18.0.0/15", AddressScope::Reserved},
    {"198.51.100.0/24", AddressScope::Documentation},
    {"203.0.113.0/24", AddressScope::Documentation},
    {"224.0.0.0/3", AddressScope::Reserved}, // multicast, 240/4 and the broadcast address
    {"::/127", AddressScope::Reserved},      // unspecified; ::1 is caught as loopback first
    {"fc00::/7", AddressScope::UniqueLocal},
    {"fe80::/10", AddressScope::LinkLocal},
    {"ff00::/8", AddressScope::Reserved},
    {"2001:db8::/32", AddressScope::Documentation},
    {"100::/64", AddressScope::Reserved}, // discard-only
}};

} // namespace

AddressScope addressScope(const QHostAddress &address)
{
    if (address.isNull())
        return AddressScope::Reserved;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped); // also ::ffff:10.0.0.1
    const QHostAddress plain = mapped ? QHostAddress(v4) : address;
    if (plain.isLoopback())
        return AddressScope::Loopback;
    for (const Range &range : Ranges) {
        if (plain.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(range.subnet))))
            return range.scope;
    }
    return AddressScope::Public;
}

QString addressScopePhrase(AddressScope scope)
{
    switch (scope) {
    case AddressScope::Public:
        return findingPhrase(QT_TRANSLATE_NOOP("Findings", "public"));
    case AddressScope::Loopback:
        return findingPhrase(QT_TRANSLATE_NOOP("Findings", "loopback"));
    case AddressScope::Private:
        return findingPhrase(QT_TRANSLATE_NOOP("Findings", "private (RFC 1918)"));
    case AddressScope::SharedCgnat:
        return findingPhrase(QT_TRANSLATE_NOOP("Findings", "carrier-grade NAT (RFC 6598)"));
    case AddressScope::LinkLocal:
        return findingPhrase(QT_TRANSLATE_NOOP("Findings", "link-local"));
    case AddressScope::UniqueLocal:
        return findingPhrase(QT_TRANSLATE_NOOP("Findings", "unique local (RFC 4193)"));
    case AddressScope::Documentation:
        return findingPhrase(QT_TRANSLATE_NOOP("Findings", "reserved for documentation"));
    case AddressScope::Reserved:
        return findingPhrase(QT_TRANSLATE_NOOP("Findings", "reserved, not routed on the internet"));
    }
    return {};
}

} // namespace Sts::Net
