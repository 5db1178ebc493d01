// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QtGlobal>

//! Why the DNS resolver could not be set up (Net::Resolver::create). Codes are stable; the
//! messages keep the words the check's error has always shown.
namespace Sts::Net::Catalog {

using Sts::FindingDefinition;
using Sts::Severity;

inline constexpr FindingDefinition ResolverContextFailed{
    "resolver.context-failed", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "libunbound could not create a context")};
inline constexpr FindingDefinition ResolverOptionRefused{"resolver.option-refused", Severity::Error, "",
                                                         QT_TRANSLATE_NOOP("Findings", "libunbound option %1: %2")};
inline constexpr FindingDefinition ResolverAddressInvalid{"resolver.address-invalid", Severity::Error, "",
                                                          QT_TRANSLATE_NOOP("Findings", "resolver address \"%1\": %2")};
inline constexpr FindingDefinition ResolverRootHintsInvalid{"resolver.root-hints-invalid", Severity::Error, "",
                                                            QT_TRANSLATE_NOOP("Findings", "root hints %1: %2")};
inline constexpr FindingDefinition ResolverConfigUnreadable{"resolver.resolv-conf-unreadable", Severity::Error, "",
                                                            QT_TRANSLATE_NOOP("Findings", "reading %1: %2")};
inline constexpr FindingDefinition ResolverTrustAnchorMissing{
    "resolver.trust-anchor-missing", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "trust anchor file %1 does not exist")};
inline constexpr FindingDefinition ResolverTrustAnchorInvalid{"resolver.trust-anchor-invalid", Severity::Error, "",
                                                              QT_TRANSLATE_NOOP("Findings", "trust anchor %1: %2")};
inline constexpr FindingDefinition ResolverNoDescriptor{
    "resolver.no-descriptor", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "the DNS resolver has no file descriptor")};
// The forwarder a person types (--resolver, the settings), Resolver::checkForwarder
inline constexpr FindingDefinition ResolverForwarderInvalid{
    "resolver.forwarder-invalid", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings",
                      "\"%1\" is not an IPv4 or IPv6 address; the resolver is given as ADDR or ADDR@PORT.")};
inline constexpr FindingDefinition ResolverPortInvalid{
    "resolver.port-invalid", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "\"%1\" is not a port number between 1 and 65535.")};

// The SOCKS5 proxy a check goes through (--proxy, the settings), SocksProxy::fromUrl
inline constexpr FindingDefinition ProxyUrlInvalid{
    "proxy.url-invalid", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "\"%1\" is not a SOCKS5 proxy URL like socks5://127.0.0.1:1080")};
inline constexpr FindingDefinition ProxyUrlForm{
    "proxy.url-form", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "a SOCKS5 proxy is given as socks5://HOST:PORT, with a port and nothing else")};

//! Every definition above, for the registry (Sts::Check::FindingRegistry).
inline constexpr const FindingDefinition *All[] = {
    &ResolverContextFailed,      &ResolverOptionRefused,    &ResolverAddressInvalid,
    &ResolverRootHintsInvalid,   &ResolverConfigUnreadable, &ResolverTrustAnchorMissing,
    &ResolverTrustAnchorInvalid, &ResolverNoDescriptor,     &ResolverForwarderInvalid,
    &ResolverPortInvalid,        &ProxyUrlInvalid,          &ProxyUrlForm};

} // namespace Sts::Net::Catalog
