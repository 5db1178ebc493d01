// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routelookup.h"

#include <QHostAddress>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Sts::Net {

RouteState routeTo(const QHostAddress &address)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    int family = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(53);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        length = sizeof *in6;
        family = AF_INET6;
    } else if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(53);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *in4;
        family = AF_INET;
    } else {
        return RouteState::Unknown;
    }
    const int fd = ::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) // EAFNOSUPPORT: a kernel without IPv6 has no route either
        return errno == EAFNOSUPPORT ? RouteState::None : RouteState::Unknown;
    const int status = ::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length);
    const int error = errno;
    ::close(fd);
    if (status == 0)
        return RouteState::Exists;
    return error == ENETUNREACH || error == EHOSTUNREACH || error == EADDRNOTAVAIL ? RouteState::None
                                                                                   : RouteState::Unknown;
}

} // namespace Sts::Net
