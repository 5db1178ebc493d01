// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QHostAddress;

namespace Sts::Net {

//! Where an address can be reached from. A public mail domain's MX and policy host must be on
//! Public addresses: senders on the internet reach nothing else, and a check that connected to
//! the others would reach into the network of the machine running it.
enum class AddressScope
{
    Public,
    Loopback,      //!< 127.0.0.0/8, ::1
    Private,       //!< 10/8, 172.16/12, 192.168/16 (RFC 1918)
    SharedCgnat,   //!< 100.64/10 (RFC 6598)
    LinkLocal,     //!< 169.254/16, fe80::/10
    UniqueLocal,   //!< fc00::/7 (RFC 4193)
    Documentation, //!< 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32
    Reserved,      //!< unspecified, "this network", multicast, 240/4, benchmarking
};

AddressScope addressScope(const QHostAddress &address);
//! Translated, for findings: "private (RFC 1918)", "loopback", ...
//! "private (RFC 1918)", ... in English: a finding's argument, translated when shown (findingPhrase()).
QString addressScopePhrase(AddressScope scope);

} // namespace Sts::Net
