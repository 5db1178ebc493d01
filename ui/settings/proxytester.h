// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTcpSocket;

namespace Sts::Ui {

//! Settings' "Test the proxy": can a SOCKS5 proxy reach port 25? Connects through it to
//! always-on MX hosts (the proxy resolves their names) and reports the first that answers, or
//! why none did. Asynchronous; a new test or deleting the tester stops the one running.
class ProxyTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyTester)

public:
    explicit ProxyTester(QObject *parent = nullptr);
    ~ProxyTester() override;

    void start(const QString &proxyUrl, const QStringList &mxHosts, int timeoutMs = 10000);
    bool isRunning() const { return !m_sockets.isEmpty(); }

Q_SIGNALS:
    void finished(bool port25Reachable, const QString &message);

private:
    void stop();
    void conclude(QTcpSocket *socket, bool connected);

    QList<QTcpSocket *> m_sockets;
    QStringList m_failures;
    int m_pending = 0;
};

} // namespace Sts::Ui
