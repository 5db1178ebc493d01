// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "socksproxy.h"

#include "netcatalog.h"

#include <QUrl>

namespace Sts::Net {

Result<QNetworkProxy> SocksProxy::fromUrl(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl parsed(text, QUrl::StrictMode);
    const QString shown = text.left(100); // what was typed, cut where a pasted page would go on
    if (!parsed.isValid() || parsed.scheme() != u"socks5")
        return Result<QNetworkProxy>::failure(makeFinding(Catalog::ProxyUrlInvalid, shown, {shown}));
    if (parsed.host().isEmpty() || parsed.port() < 1 || !parsed.userInfo().isEmpty() ||
        !(parsed.path().isEmpty() || parsed.path() == u"/"))
        return Result<QNetworkProxy>::failure(makeFinding(Catalog::ProxyUrlForm, shown));
    return QNetworkProxy(QNetworkProxy::Socks5Proxy, parsed.host(), static_cast<quint16>(parsed.port()));
}

} // namespace Sts::Net
