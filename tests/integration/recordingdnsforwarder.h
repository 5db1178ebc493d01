// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QStringList>

class QUdpSocket;

namespace Sts::Test {

//! A DNS forwarder over UDP on a loopback port that passes every query to an upstream resolver
//! and its answer back, and writes down what was asked ("DS healthy.test"): to see which queries
//! libunbound sends, and which it answers from its cache.
class RecordingDnsForwarder final : public QObject
{
    Q_OBJECT

public:
    //! \a upstream as the resolver options take it: "ADDR" or "ADDR@PORT".
    explicit RecordingDnsForwarder(const QString &upstream, QObject *parent = nullptr);

    QString address() const; //!< "127.0.0.1@PORT", for ResolverOptions::forwarder
    QStringList asked() const { return m_asked; }
    int answered() const { return m_answered; }
    void clear();

private:
    void onQuery();

    QUdpSocket *m_listener = nullptr;
    QHostAddress m_upstream;
    quint16 m_upstreamPort = 53;
    QStringList m_asked;
    int m_answered = 0;
};

} // namespace Sts::Test
