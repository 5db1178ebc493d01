// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingdnsforwarder.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace Sts::Test {

namespace {

constexpr int DnsHeaderSize = 12;

//! "TYPE name" of a query's question, e.g. "DS healthy.test"; empty when it is not readable.
QString question(const QByteArray &query)
{
    QStringList labels;
    qsizetype at = DnsHeaderSize;
    while (at < query.size()) {
        const auto length = static_cast<quint8>(query.at(at++));
        if (length == 0)
            break;
        if (length > 63 || at + length > query.size())
            return {};
        labels.append(QString::fromLatin1(query.mid(at, length)).toLower());
        at += length;
    }
    if (at + 2 > query.size())
        return {};
    const int type = (static_cast<quint8>(query.at(at)) << 8) | static_cast<quint8>(query.at(at + 1));
    static const QHash<int, QString> names{{1, QStringLiteral("A")},    {15, QStringLiteral("MX")},
                                           {16, QStringLiteral("TXT")}, {28, QStringLiteral("AAAA")},
                                           {43, QStringLiteral("DS")},  {48, QStringLiteral("DNSKEY")},
                                           {52, QStringLiteral("TLSA")}};
    return names.value(type, QStringLiteral("TYPE%1").arg(type)) + u' ' + labels.join(u'.');
}

} // namespace

RecordingDnsForwarder::RecordingDnsForwarder(const QString &upstream, QObject *parent)
    : QObject(parent)
    , m_listener(new QUdpSocket(this))
{
    const qsizetype at = upstream.lastIndexOf(u'@');
    m_upstream = QHostAddress(at < 0 ? upstream : upstream.left(at));
    if (at >= 0)
        m_upstreamPort = upstream.mid(at + 1).toUShort();
    m_listener->bind(QHostAddress::LocalHost, 0);
    connect(m_listener, &QUdpSocket::readyRead, this, &RecordingDnsForwarder::onQuery);
}

QString RecordingDnsForwarder::address() const
{
    return QStringLiteral("127.0.0.1@%1").arg(m_listener->localPort());
}

void RecordingDnsForwarder::clear()
{
    m_asked.clear();
    m_answered = 0;
}

void RecordingDnsForwarder::onQuery()
{
    while (m_listener->hasPendingDatagrams()) {
        const QNetworkDatagram query = m_listener->receiveDatagram();
        m_asked.append(question(query.data()));
        // One socket per query: its answer goes back to the client that asked.
        auto *upstream = new QUdpSocket(this);
        connect(upstream, &QUdpSocket::readyRead, this,
                [this, upstream, client = query.senderAddress(), port = query.senderPort()] {
                    const QNetworkDatagram answer = upstream->receiveDatagram();
                    m_listener->writeDatagram(answer.data(), client, port);
                    ++m_answered;
                    upstream->deleteLater();
                });
        upstream->writeDatagram(query.data(), m_upstream, m_upstreamPort);
    }
}

} // namespace Sts::Test
