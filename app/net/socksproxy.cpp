// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "socksproxy.h"

#include <QCoreApplication>
#include <QUrl>

namespace Sts::Net {

QNetworkProxy SocksProxy::fromUrl(const QString &url, QString *problem)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl parsed(text, QUrl::StrictMode);
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QNetworkProxy(QNetworkProxy::NoProxy);
    };
    if (!parsed.isValid() || parsed.scheme() != u"socks5")
        return refuse(QCoreApplication::translate("SocksProxy", "\"%1\" is not a SOCKS5 proxy URL like "
                                                                "socks5://127.0.0.1:1080")
                          .arg(text.left(100)));
    if (parsed.host().isEmpty() || parsed.port() < 1 || !parsed.userInfo().isEmpty() ||
        !(parsed.path().isEmpty() || parsed.path() == u"/"))
        return refuse(QCoreApplication::translate("SocksProxy", "a SOCKS5 proxy is given as socks5://HOST:PORT, "
                                                                "with a port and nothing else"));
    return QNetworkProxy(QNetworkProxy::Socks5Proxy, parsed.host(), static_cast<quint16>(parsed.port()));
}

} // namespace Sts::Net
