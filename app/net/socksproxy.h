// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QNetworkProxy>
#include <QString>

namespace Sts::Net {

//! The SOCKS5 proxy the probes go through (`ssh -N -D 1080 server` makes one), so that a check
//! sees what a server that can reach port 25 sees. DNS stays local: every connection goes to an
//! address from the check's own resolver.
struct SocksProxy
{
    //! "socks5://HOST:PORT" (an address or a name, no user or path) as Qt's proxy; NoProxy for an
    //! empty \a url; proxy.url-invalid or proxy.url-form when \a url is unusable.
    static Result<QNetworkProxy> fromUrl(const QString &url);
};

} // namespace Sts::Net
