// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxytester.h"

#include "check/findingregistry.h"
#include "net/socksproxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace Sts::Ui {

ProxyTester::ProxyTester(QObject *parent)
    : QObject(parent)
{}

ProxyTester::~ProxyTester()
{
    stop();
}

void ProxyTester::stop()
{
    for (QTcpSocket *socket : std::as_const(m_sockets)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_sockets.clear();
    m_failures.clear();
    m_pending = 0;
}

void ProxyTester::start(const QString &proxyUrl, const QStringList &mxHosts, int timeoutMs)
{
    stop();
    const Result<QNetworkProxy> parsed = Net::SocksProxy::fromUrl(proxyUrl);
    if (!parsed) {
        Q_EMIT finished(false, Check::displayMessage(parsed.error()));
        return;
    }
    const QNetworkProxy proxy = parsed.value();
    if (proxy.type() == QNetworkProxy::NoProxy || mxHosts.isEmpty()) {
        Q_EMIT finished(false, tr("No proxy is set."));
        return;
    }
    m_pending = static_cast<int>(mxHosts.size());
    for (const QString &host : mxHosts) {
        auto *socket = new QTcpSocket(this);
        socket->setProxy(proxy);
        socket->setObjectName(host);
        m_sockets.append(socket);
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket, timeoutMs] {
            m_failures.append(tr("%1: no connection within %2 s").arg(socket->objectName()).arg(timeoutMs / 1000));
            conclude(socket, false);
        });
        connect(socket, &QTcpSocket::connected, this, [this, socket] { conclude(socket, true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
            m_failures.append(tr("%1: %2").arg(socket->objectName(), socket->errorString()));
            conclude(socket, false);
        });
        timer->start(timeoutMs);
        socket->connectToHost(host, 25);
    }
}

void ProxyTester::conclude(QTcpSocket *socket, bool connected)
{
    if (!m_sockets.contains(socket))
        return;
    if (connected) {
        const QString host = socket->objectName();
        stop();
        Q_EMIT finished(true, tr("Port 25 is reachable through the proxy: %1 answered.").arg(host));
        return;
    }
    socket->disconnect(this);
    socket->abort();
    if (--m_pending > 0)
        return;
    const QString failures = m_failures.join(QStringLiteral("; "));
    stop();
    Q_EMIT finished(false, tr("No MX answered on port 25 through the proxy (%1).").arg(failures));
}

} // namespace Sts::Ui
