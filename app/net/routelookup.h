// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHostAddress;

namespace Sts::Net {

enum class RouteState
{
    Unknown, //!< the question could not be asked (no such address family here, bad address)
    Exists,
    None, //!< the kernel has no route: a connection would fail at once
};

//! Does this machine have a route to \a address? Asks the kernel's routing table by connecting a
//! UDP socket, which sends no packet, so it costs microseconds and touches no network.
RouteState routeTo(const QHostAddress &address);

} // namespace Sts::Net
