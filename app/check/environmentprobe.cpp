// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentprobe.h"

#include "common/trace.h"
#include "net/resolver.h"

#include <QDateTime>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace Sts::Check {

namespace {

//! How one reference connection ended.
enum class Outcome
{
    Pending,
    Connected,
    Answered, //!< refused: the host is reachable, the port closed
    Silent,   //!< timed out, or no address
};

struct Attempt
{
    QString host;
    quint16 port = 0;
    Outcome outcome = Outcome::Pending;
};

} // namespace

class EnvironmentProbe::Private
{
public:
    EnvironmentProbe *q = nullptr;
    Net::Resolver *resolver = nullptr;
    EnvironmentReferences references;
    QList<Attempt> attempts;
    QList<int> queries;
    QList<QPointer<QTcpSocket>> sockets;
    bool started = false;
    qint64 startedAtMs = 0;
    bool settled = false;
    Environment::Port25 port25 = Environment::Port25::Unknown;

    void attempt(qsizetype index);
    void connectTo(qsizetype index, const QHostAddress &address);
    void conclude(qsizetype index, Outcome outcome);
};

void EnvironmentProbe::Private::attempt(qsizetype index)
{
    const Attempt &target = attempts.at(index);
    queries.append(resolver->lookup(target.host, Net::RrType::A, q, [this, index](const Net::DnsAnswer &answer) {
        if (answer.records.isEmpty() || answer.status != Net::DnsStatus::NoError)
            conclude(index, Outcome::Silent);
        else
            connectTo(index, answer.records.constFirst().address);
    }));
}

void EnvironmentProbe::Private::connectTo(qsizetype index, const QHostAddress &address)
{
    auto *socket = new QTcpSocket(q);
    socket->setProxy(QNetworkProxy::NoProxy); // the machine's own network is what is tested
    sockets.append(socket);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    const auto finish = [this, index, socket](Outcome outcome) {
        socket->disconnect(q);
        socket->abort();
        socket->deleteLater();
        conclude(index, outcome);
    };
    QObject::connect(timer, &QTimer::timeout, q, [finish] { finish(Outcome::Silent); });
    QObject::connect(socket, &QTcpSocket::connected, q, [finish] { finish(Outcome::Connected); });
    QObject::connect(socket, &QTcpSocket::errorOccurred, q, [finish](QAbstractSocket::SocketError error) {
        finish(error == QAbstractSocket::ConnectionRefusedError ? Outcome::Answered : Outcome::Silent);
    });
    timer->start(references.timeoutMs);
    Trace::event(QStringLiteral("environment"),
                 QStringLiteral("connect %1:%2").arg(address.toString()).arg(attempts.at(index).port));
    socket->connectToHost(address, attempts.at(index).port);
}

void EnvironmentProbe::Private::conclude(qsizetype index, Outcome outcome)
{
    if (settled || attempts[index].outcome != Outcome::Pending)
        return;
    attempts[index].outcome = outcome;
    const auto any = [this](quint16 port, auto predicate) {
        return std::any_of(attempts.cbegin(), attempts.cend(),
                           [&](const Attempt &a) { return a.port == port && predicate(a.outcome); });
    };
    const auto is = [](Outcome wanted) { return [wanted](Outcome actual) { return actual == wanted; }; };
    if (any(25, is(Outcome::Connected))) {
        port25 = Environment::Port25::Open; // one session is proof enough: stop waiting
    } else if (any(25, is(Outcome::Pending)) || any(443, is(Outcome::Pending))) {
        return;
    } else if (any(443, [](Outcome actual) { return actual == Outcome::Connected || actual == Outcome::Answered; })) {
        port25 = Environment::Port25::Blocked; // the way out works, port 25 does not
    }
    settled = true;
    for (int id : std::as_const(queries))
        resolver->cancel(id);
    for (const QPointer<QTcpSocket> &socket : std::as_const(sockets)) {
        if (socket) {
            socket->disconnect(q);
            socket->abort();
            socket->deleteLater();
        }
    }
    Trace::event(QStringLiteral("environment"), QStringLiteral("port 25 %1").arg(static_cast<int>(port25)));
    Q_EMIT q->settled(port25);
}

EnvironmentProbe::EnvironmentProbe(Net::Resolver *resolver, const EnvironmentReferences &references, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->resolver = resolver;
    d->references = references;
    for (const QString &host : references.smtpHosts)
        d->attempts.append({host, 25});
    for (const QString &host : references.httpsHosts)
        d->attempts.append({host, 443});
}

EnvironmentProbe::~EnvironmentProbe()
{
    for (int id : std::as_const(d->queries))
        d->resolver->cancel(id);
}

void EnvironmentProbe::start()
{
    if (d->started)
        return;
    d->started = true;
    d->startedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (d->references.isEmpty()) {
        d->settled = true;
        return;
    }
    for (qsizetype index = 0; index < d->attempts.size(); ++index)
        d->attempt(index);
}

qint64 EnvironmentProbe::startedAtMs() const
{
    return d->startedAtMs;
}

bool EnvironmentProbe::isSettled() const
{
    return d->settled;
}

Environment::Port25 EnvironmentProbe::port25() const
{
    return d->port25;
}

} // namespace Sts::Check
