// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpprobe.h"

#include "smtpcatalog.h"
#include "smtpdialogue.h"
#include "smtpreplyparser.h"
#include "tls/chainanalysisjob.h"
#include "tls/tlssessioninfo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace Sts::Smtp {

namespace {

constexpr qint64 ReadChunkSize = 4096;
constexpr int QuitTimeoutMs = 5000;
//! Bounds what the socket buffers before we read it; the reply parser bounds the rest.
constexpr qint64 SocketReadBufferSize = 16 * 1024;

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0);
}

//! RFC 5321 §4.1.1.10: a client SHOULD wait for the reply to QUIT before it closes. The result
//! does not wait for it (it says nothing about delivery and costs a round trip): the socket, no
//! longer the probe's, reads the 221 and goes when the server closes, or after QuitTimeoutMs.
void closeAfterQuit(QSslSocket *socket)
{
    socket->setParent(nullptr);
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QAbstractSocket::errorOccurred, socket, &QObject::deleteLater);
    QTimer::singleShot(QuitTimeoutMs, socket, &QObject::deleteLater);
    // A thread that ends (a check service going away) runs no deleteLater any more: close it then.
    QObject::connect(
        QThread::currentThread(), &QThread::finished, socket, [socket] { delete socket; }, Qt::DirectConnection);
}

} // namespace

//! The life of a session: start() connects; enter() moves from step to step and does what
//! entering a step does (send its command, start TLS, finish); onReply() asks the dialogue
//! table what follows each reply; socket errors and timers end the session at the step it is
//! in. complete() closes the socket, or quit() hands it over after QUIT; the result goes out
//! once the chain is judged too.
class SmtpProbe::Private
{
public:
    Private(SmtpProbe *owner, const SmtpProbeOptions &probeOptions)
        : q(owner)
        , options(probeOptions)
    {}
    Q_DISABLE_COPY_MOVE(Private)

    // The dialogue
    bool moveTo(Step step); //!< false when a slot cancelled the probe: stop there
    void enter(Step step);
    void onReply(const SmtpReply &reply);
    void quit(); //!< sends QUIT and lets the socket go: the session is over

    // Socket, TLS and timers
    void onConnected();
    void onReadyRead();
    void startTls();
    void onEncrypted();
    void acknowledgeNow();
    bool send(const QByteArray &command); //!< false when the server talked out of turn: failed
    void onSocketError(QAbstractSocket::SocketError error);
    void onConnectTimeout();
    void onReplyTimeout();
    void onTotalTimeout();
    bool waitingForReply() const;
    QString waitingFor() const;     //!< "the greeting", "the reply to EHLO", ...: a finding's phrase
    QString waitingForText() const; //!< the same, translated

    // Outcome
    void add(const FindingDefinition &definition, const QStringList &arguments, const QJsonObject &details = {});
    void fail(const FindingDefinition &definition, const QStringList &arguments, const QString &error,
              const TlsRpt::FailureType &resultType, bool quitPolitely = false);
    void failReply(const SmtpReplyParser &failedParser);
    void noteReply(const SmtpReply &reply);
    void applyChain(const Tls::ChainAnalysis &analysis);
    void complete();
    void emitFinished();
    void dropSocket();

    SmtpProbe *q;
    SmtpProbeOptions options;
    SmtpProbeResult result;
    QString subject;
    QSslSocket *socket = nullptr;
    SmtpReplyParser parser;
    QTimer connectTimer;
    QTimer replyTimer;
    QTimer totalTimer;
    QElapsedTimer elapsed;
    Tls::ChainAnalysisJob chainJob; //!< a member like the timers, not a child: nothing outlives the session
    bool started = false;
    bool sessionOver = false; //!< the socket is gone; waiting only for the chain analysis
    bool done = false;        //!< finished() emitted
    QStringList notedCodes;   //!< reply notes (bare LF, ...) reported once per session
};

// --- The dialogue -------------------------------------------------------------------------

bool SmtpProbe::Private::moveTo(Step step)
{
    result.reached = step;
    Q_EMIT q->stepChanged(step);
    if (!done)
        Q_EMIT q->progressed(stepName(step));
    return !done;
}

void SmtpProbe::Private::enter(Step step)
{
    if (!moveTo(step))
        return;
    switch (step) {
    case Step::Connect:
        socket->connectToHost(result.address, result.port);
        return;
    case Step::Banner:
        replyTimer.start(options.replyTimeoutMs);
        return;
    case Step::Handshake:
        startTls();
        return;
    case Step::Done:
        complete();
        return;
    case Step::Quit:
        if (send(Dialogue::command(step, options.heloName))) {
            quit();
            enter(Step::Done);
        }
        return;
    case Step::Ehlo:
    case Step::StartTls:
    case Step::EhloAfterTls:
        send(Dialogue::command(step, options.heloName));
        return;
    }
}

void SmtpProbe::Private::onReply(const SmtpReply &reply)
{
    noteReply(reply);
    const Dialogue::Transition transition = Dialogue::afterReply(result.reached, reply, result);
    for (const Dialogue::Observation &observation : transition.observations)
        add(*observation.definition, observation.arguments);
    if (transition.failed) {
        if (transition.failedAt != result.reached && !moveTo(transition.failedAt))
            return;
        // RFC 5321 §3.8, §4.1.1.10: a client that gives up on a sane session says QUIT.
        fail(*transition.failure.definition, transition.failure.arguments, transition.error, transition.resultType,
             true);
        return;
    }
    enter(transition.next);
}

void SmtpProbe::Private::quit()
{
    socket->disconnect(q);
    closeAfterQuit(socket);
    socket = nullptr;
}

// --- Socket, TLS and timers ---------------------------------------------------------------

void SmtpProbe::Private::onConnected()
{
    connectTimer.stop();
    enter(Step::Banner);
}

bool SmtpProbe::Private::waitingForReply() const
{
    return !sessionOver && socket && Dialogue::awaitsReply(result.reached);
}

QString SmtpProbe::Private::waitingFor() const
{
    return Dialogue::waitingFor(result.reached);
}

QString SmtpProbe::Private::waitingForText() const
{
    return QCoreApplication::translate("Findings", waitingFor().toUtf8().constData());
}

void SmtpProbe::Private::onReadyRead()
{
    while (!done && waitingForReply() && socket->bytesAvailable() > 0) {
        parser.feed(socket->read(ReadChunkSize));
        while (parser.hasReply() && waitingForReply()) {
            replyTimer.stop();
            onReply(parser.takeReply());
        }
        if (parser.failed() && waitingForReply())
            failReply(parser);
    }
}

bool SmtpProbe::Private::send(const QByteArray &command)
{
    // Whatever is buffered now arrived before the command: the server talks out of turn, and a
    // client that read it as the answer would be fooled (RFC 5321 §4.2: one reply per command).
    if (parser.pendingReplies() > 0 || !parser.idle() || socket->bytesAvailable() > 0) {
        const QString verb = QString::fromLatin1(command.split(' ').constFirst());
        const QString early =
            parser.hasReply() ? parser.takeReply().toString() : QString::fromLatin1(socket->peek(80)).trimmed();
        add(Catalog::ReplyUnexpected, {verb, early.left(200)});
        result.failed = true;
        result.error = SmtpProbe::tr("the server sent a reply before %1 was sent").arg(verb);
        result.failure = QString::fromLatin1(Catalog::ReplyUnexpected.code);
        result.resultType = Dialogue::resultTypeAt(result.reached);
        complete();
        return false;
    }
    socket->write(command + "\r\n");
    if (Dialogue::awaitsReply(result.reached))
        replyTimer.start(options.replyTimeoutMs);
    return true;
}

void SmtpProbe::Private::startTls()
{
    // RFC 3207 §4.2: nothing the server sent before the handshake may be trusted; bytes after its
    // 220 are discarded (they would otherwise be read as the answer to the next command).
    qsizetype early = parser.bufferedBytes();
    while (parser.hasReply())
        early += parser.takeReply().size;
    early += socket->bytesAvailable();
    socket->readAll();
    if (early > 0)
        add(Catalog::StartTlsPipelinedData, {QString::number(early)},
            {{QStringLiteral("step"), stepName(Step::StartTls)}});
    parser = SmtpReplyParser();
    socket->setPeerVerifyName(result.host); // SNI and the name the chain is judged against
    replyTimer.start(options.replyTimeoutMs);
    socket->startClientEncryption();
}

void SmtpProbe::Private::onEncrypted()
{
    replyTimer.stop();
    const Tls::TlsSessionInfo session = Tls::TlsSessionInfo::of(*socket);
    result.tlsEstablished = true;
    result.tlsVersion = session.version;
    result.cipher = session.cipher;
    result.keyExchangeGroup = session.keyExchangeGroup;
    add(Catalog::TlsOk, {result.tlsVersion, result.cipher,
                         result.keyExchangeGroup.isEmpty() ? SmtpProbe::tr("unknown") : result.keyExchangeGroup});
    if (!session.currentVersion())
        add(Catalog::TlsOldVersion, {result.tlsVersion});
    // The result waits for both the session and the chain's judgement.
    chainJob.start(socket->peerCertificateChain(), result.host, options.trust);
    enter(Step::EhloAfterTls);
}

void SmtpProbe::Private::acknowledgeNow()
{
#ifdef TCP_QUICKACK
    // A TLS 1.3 server sends its session tickets after the handshake and then, with Nagle on (as
    // postfix has it), holds its reply to our EHLO until the tickets are acknowledged; our kernel
    // delays that ACK by up to 40 ms hoping to piggyback it on data. Acknowledge at once instead.
    const int on = 1;
    setsockopt(static_cast<int>(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
}

void SmtpProbe::Private::onSocketError(QAbstractSocket::SocketError error)
{
    if (done || sessionOver || !socket)
        return;
    // Take what arrived before the error first: a 554 greeting followed by a close is a 554.
    onReadyRead();
    if (done || sessionOver || !socket)
        return;
    const QString reason = socket->errorString();
    const TlsRpt::FailureType resultType = Dialogue::resultTypeAt(result.reached);
    switch (result.reached) {
    case Step::Connect:
        // Qt reports ENETUNREACH and EHOSTUNREACH from connect() as NetworkError: no route from here.
        result.noRoute = error == QAbstractSocket::NetworkError && options.proxy.type() == QNetworkProxy::NoProxy;
        // The proxy itself failing is the observer's problem too, not the host's.
        result.proxyFailed =
            error == QAbstractSocket::ProxyConnectionRefusedError ||
            error == QAbstractSocket::ProxyConnectionClosedError || error == QAbstractSocket::ProxyNotFoundError ||
            error == QAbstractSocket::ProxyProtocolError || error == QAbstractSocket::ProxyAuthenticationRequiredError;
        if (error == QAbstractSocket::ConnectionRefusedError)
            fail(Catalog::ConnectRefused, {result.address.toString(), QString::number(result.port)},
                 SmtpProbe::tr("connection refused"), resultType);
        else
            fail(Catalog::ConnectFailed, {result.address.toString(), QString::number(result.port), reason}, reason,
                 resultType);
        return;
    case Step::Handshake:
        // A server that closes instead of answering the ClientHello shows as a close or as an
        // unexpected EOF inside OpenSSL; both leave the sender without TLS.
        if (error == QAbstractSocket::RemoteHostClosedError || reason.contains(u"unexpected eof", Qt::CaseInsensitive))
            fail(Catalog::TlsDropped, {}, SmtpProbe::tr("connection closed after STARTTLS, before the TLS handshake"),
                 resultType);
        else
            fail(Catalog::TlsHandshakeFailed, {reason}, SmtpProbe::tr("TLS handshake failed: %1").arg(reason),
                 resultType);
        return;
    default:
        if (error == QAbstractSocket::RemoteHostClosedError)
            fail(Catalog::ConnectionClosed, {waitingFor()},
                 SmtpProbe::tr("connection closed while waiting for %1").arg(waitingForText()), resultType);
        else
            fail(Catalog::ConnectionError, {waitingFor(), reason}, reason, resultType);
        return;
    }
}

void SmtpProbe::Private::onConnectTimeout()
{
    if (done || sessionOver)
        return;
    const QString limit = seconds(options.connectTimeoutMs);
    fail(Catalog::ConnectTimeout, {result.address.toString(), QString::number(result.port), limit},
         SmtpProbe::tr("no connection within %1 s").arg(limit), {});
}

void SmtpProbe::Private::onReplyTimeout()
{
    if (done || sessionOver)
        return;
    const QString limit = seconds(options.replyTimeoutMs);
    const TlsRpt::FailureType resultType = Dialogue::resultTypeAt(result.reached);
    switch (result.reached) {
    case Step::Banner:
        fail(Catalog::BannerTimeout, {limit, QString::number(parser.bufferedBytes())},
             SmtpProbe::tr("no banner within %1 s").arg(limit), resultType);
        return;
    case Step::Handshake:
        fail(Catalog::TlsHandshakeTimeout, {limit}, SmtpProbe::tr("no TLS handshake within %1 s").arg(limit),
             resultType);
        return;
    default:
        fail(Catalog::ReplyTimeout, {waitingFor(), limit},
             SmtpProbe::tr("no reply within %1 s while waiting for %2").arg(limit, waitingForText()), resultType);
        return;
    }
}

void SmtpProbe::Private::onTotalTimeout()
{
    if (done)
        return;
    if (sessionOver) {
        // Only the chain analysis is missing; report without it rather than hang.
        emitFinished();
        return;
    }
    const QString limit = seconds(options.totalTimeoutMs);
    fail(Catalog::SessionTimeout, {limit, findingPhrase(stepPhrase(result.reached))},
         SmtpProbe::tr("session not finished within %1 s (at step %2)").arg(limit, stepText(result.reached)),
         Dialogue::resultTypeAt(result.reached));
}

// --- Outcome ------------------------------------------------------------------------------

void SmtpProbe::Private::add(const FindingDefinition &definition, const QStringList &arguments,
                             const QJsonObject &details)
{
    Finding finding = makeFinding(definition, subject, arguments);
    finding.details = details;
    if (!finding.details.contains(u"step"))
        finding.details.insert(QStringLiteral("step"), stepName(result.reached));
    finding.details.insert(QStringLiteral("address"), result.address.toString());
    finding.details.insert(QStringLiteral("port"), result.port);
    result.findings.append(finding);
}

void SmtpProbe::Private::fail(const FindingDefinition &definition, const QStringList &arguments, const QString &error,
                              const TlsRpt::FailureType &resultType, bool quitPolitely)
{
    add(definition, arguments);
    result.failed = true;
    result.error = error;
    result.failure = QString::fromLatin1(definition.code);
    result.resultType = resultType;
    if (quitPolitely && socket && socket->state() == QAbstractSocket::ConnectedState && !parser.failed()) {
        socket->write(Dialogue::command(Step::Quit, options.heloName) + "\r\n");
        quit();
    }
    complete();
}

void SmtpProbe::Private::failReply(const SmtpReplyParser &failedParser)
{
    const bool tooLarge = failedParser.error() == SmtpReplyParser::Error::LineTooLong ||
                          failedParser.error() == SmtpReplyParser::Error::TooManyLines ||
                          failedParser.error() == SmtpReplyParser::Error::ReplyTooLarge;
    const bool banner = result.reached == Step::Banner;
    const QString problem = failedParser.errorString();
    const QJsonObject details{{QStringLiteral("parser_error"), SmtpReplyParser::errorName(failedParser.error())}};
    const FindingDefinition &definition = banner ? (tooLarge ? Catalog::BannerTooLarge : Catalog::BannerMalformed)
                                                 : (tooLarge ? Catalog::ReplyTooLarge : Catalog::ReplyMalformed);
    add(definition, banner ? QStringList{problem} : QStringList{waitingFor(), problem}, details);
    result.failed = true;
    result.failure = QString::fromLatin1(definition.code);
    result.error = banner && tooLarge
                       ? SmtpProbe::tr("banner too large: %1").arg(problem)
                       : SmtpProbe::tr("invalid reply while waiting for %1: %2").arg(waitingForText(), problem);
    result.resultType = Dialogue::resultTypeAt(result.reached);
    complete();
}

void SmtpProbe::Private::noteReply(const SmtpReply &reply)
{
    const auto note = [this](const FindingDefinition &definition, const QStringList &arguments) {
        const QString code = QString::fromLatin1(definition.code);
        if (notedCodes.contains(code))
            return;
        notedCodes.append(code);
        add(definition, arguments);
    };
    if (reply.bareLineFeed)
        note(Catalog::ReplyBareLineFeed, {waitingFor()});
    if (reply.longestLine > SmtpReplyParser::StandardMaxLineLength)
        note(Catalog::ReplyLongLine, {QString::number(reply.longestLine), waitingFor()});
    if (reply.nonAscii)
        note(Catalog::ReplyNonAscii, {waitingFor()});
    if (reply.controlCharacter)
        note(Catalog::ReplyControlCharacter, {waitingFor()});
}

void SmtpProbe::Private::applyChain(const Tls::ChainAnalysis &chain)
{
    result.chain = chain;
    result.findings.append(chain.findings);
    if (chain.valid())
        return;
    const TlsRpt::FailureType type = chain.resultType ? chain.resultType : Dialogue::resultTypeAt(Step::Handshake);
    add(Catalog::TlsCertificateInvalid, {result.host, TlsRpt::resultTypeName(type)},
        {{QStringLiteral("step"), stepName(Step::Handshake)}});
    if (!result.resultType)
        result.resultType = type;
}

void SmtpProbe::Private::dropSocket()
{
    connectTimer.stop();
    replyTimer.stop();
    if (!socket)
        return;
    socket->disconnect(q);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->flush();   // let a final QUIT go out before the close
    socket->abort();       // closes the descriptor now
    socket->deleteLater(); // we may be inside one of its signals; a child of q until then
    socket = nullptr;
}

void SmtpProbe::Private::complete()
{
    if (sessionOver)
        return;
    sessionOver = true;
    dropSocket();
    if (!chainJob.isRunning())
        emitFinished();
}

void SmtpProbe::Private::emitFinished()
{
    if (done)
        return;
    done = true;
    sessionOver = true;
    dropSocket();
    totalTimer.stop();
    chainJob.drop();
    result.elapsedMs = elapsed.isValid() ? elapsed.elapsed() : 0;
    Q_EMIT q->finished(result);
}

// --- SmtpProbe ----------------------------------------------------------------------------

SmtpProbe::SmtpProbe(const QString &host, const QHostAddress &address, quint16 port, const SmtpProbeOptions &options,
                     QObject *parent)
    : ProbeTask(parent)
    , d(std::make_unique<Private>(this, options))
{
    qRegisterMetaType<Sts::Smtp::Step>();
    qRegisterMetaType<Sts::Smtp::SmtpProbeResult>();
    d->result.host = host;
    d->result.address = address;
    d->result.port = port;
    d->subject = QStringLiteral("%1 [%2]").arg(host, address.toString());
    for (QTimer *timer : {&d->connectTimer, &d->replyTimer, &d->totalTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: "no banner within 30 s" after 28.5
    }
    connect(&d->connectTimer, &QTimer::timeout, this, [this] { d->onConnectTimeout(); });
    connect(&d->replyTimer, &QTimer::timeout, this, [this] { d->onReplyTimeout(); });
    connect(&d->totalTimer, &QTimer::timeout, this, [this] { d->onTotalTimeout(); });
    connect(&d->chainJob, &Tls::ChainAnalysisJob::finished, this, [this](const Tls::ChainAnalysis &analysis) {
        d->applyChain(analysis);
        if (d->sessionOver)
            d->emitFinished();
        else
            Q_EMIT certificateJudged(d->result);
    });
}

SmtpProbe::~SmtpProbe()
{
    d->dropSocket();
    d->chainJob.drop();
}

void SmtpProbe::start()
{
    if (d->started || d->done)
        return;
    d->started = true;
    d->elapsed.start();
    d->totalTimer.start(d->options.totalTimeoutMs);
    d->connectTimer.start(d->options.connectTimeoutMs);

    d->socket = new QSslSocket(this);
    d->socket->setProxy(d->options.proxy);
    d->socket->setReadBufferSize(SocketReadBufferSize);
    // The handshake must complete whatever the certificate: ChainAnalyzer judges the chain, so
    // that an expired or mismatched certificate is shown rather than hidden behind a failure.
    d->socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslConfiguration tls = d->socket->sslConfiguration();
    tls.setProtocol(QSsl::AnyProtocol);
    // Only so that Qt reports the TLS 1.3 session tickets (newSessionTicketReceived): see acknowledgeNow().
    tls.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    d->socket->setSslConfiguration(tls);

    QSslSocket *socket = d->socket;
    connect(socket, &QAbstractSocket::connected, this, [this] { d->onConnected(); });
    connect(socket, &QIODevice::readyRead, this, [this] { d->onReadyRead(); });
    connect(socket, &QSslSocket::encrypted, this, [this] { d->onEncrypted(); });
    connect(socket, &QSslSocket::newSessionTicketReceived, this, [this] { d->acknowledgeNow(); });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) { d->onSocketError(error); });
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        // Normally preceded by errorOccurred(RemoteHostClosedError); this catches the rest.
        if (!d->done && !d->sessionOver && d->socket)
            d->onSocketError(QAbstractSocket::RemoteHostClosedError);
    });
    d->enter(Step::Connect);
}

void SmtpProbe::cancel()
{
    if (d->done)
        return;
    const Step step = d->result.reached;
    d->result.failed = true;
    d->result.error = SmtpProbe::tr("cancelled");
    d->result.resultType.reset();
    d->add(Catalog::Cancelled, {findingPhrase(stepPhrase(step))});
    d->result.failure = QString::fromLatin1(Catalog::Cancelled.code);
    d->emitFinished();
}

bool SmtpProbe::isFinished() const
{
    return d->done;
}

} // namespace Sts::Smtp
