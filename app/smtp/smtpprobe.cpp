// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpprobe.h"

#include "smtpcatalog.h"
#include "smtpreplyparser.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/evp.h>
#include <openssl/objects.h>

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
const auto StartTlsNotSupported = QStringLiteral("starttls-not-supported");
const auto ValidationFailure = QStringLiteral("validation-failure");

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0);
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_1:
        return QStringLiteral("TLSv1.1");
    case QSsl::TlsV1_0:
        return QStringLiteral("TLSv1.0");
        QT_WARNING_POP
    default:
        return QStringLiteral("unknown");
    }
}

//! The key exchange group from the server's ephemeral key: "X25519", "secp256r1", "DH 2048".
QString keyExchangeGroup(const QSslKey &key)
{
    if (key.isNull())
        return {};
    switch (key.algorithm()) {
    case QSsl::Ec:
        switch (key.length()) {
        case 256:
            return QStringLiteral("secp256r1");
        case 384:
            return QStringLiteral("secp384r1");
        case 521:
            return QStringLiteral("secp521r1");
        default:
            return QStringLiteral("EC %1").arg(key.length());
        }
    case QSsl::Dh:
        return QStringLiteral("DH %1").arg(key.length());
    case QSsl::Rsa:
        return QStringLiteral("RSA %1").arg(key.length());
    case QSsl::Dsa:
        return QStringLiteral("DSA %1").arg(key.length());
    case QSsl::Opaque:
        // Qt keeps keys it has no class for (X25519, X448) as the backend's own handle.
        if (QSslSocket::activeBackend() == u"openssl" && key.handle()) {
            const auto *pkey = static_cast<const EVP_PKEY *>(key.handle());
            if (const char *name = OBJ_nid2sn(EVP_PKEY_get_base_id(pkey)); name && *name)
                return QString::fromLatin1(name);
        }
        return QStringLiteral("unknown");
    }
    return {};
}

//! The first word of each EHLO keyword line, upper case (RFC 5321 §4.1.1.1: keywords are case-insensitive).
bool offersKeyword(const QStringList &keywordLines, QStringView keyword)
{
    return std::any_of(keywordLines.cbegin(), keywordLines.cend(), [keyword](const QString &line) {
        return QStringView(line)
                   .left(line.indexOf(u' ') < 0 ? line.size() : line.indexOf(u' '))
                   .compare(keyword, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

QString stepName(Step step)
{
    switch (step) {
    case Step::Connect:
        return QStringLiteral("connect");
    case Step::Banner:
        return QStringLiteral("banner");
    case Step::Ehlo:
        return QStringLiteral("ehlo");
    case Step::StartTls:
        return QStringLiteral("starttls");
    case Step::Handshake:
        return QStringLiteral("handshake");
    case Step::EhloAfterTls:
        return QStringLiteral("ehlo-tls");
    case Step::Quit:
        return QStringLiteral("quit");
    case Step::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString stepText(Step step)
{
    switch (step) {
    case Step::Connect:
        return SmtpProbe::tr("TCP connect");
    case Step::Banner:
        return SmtpProbe::tr("banner");
    case Step::Ehlo:
        return SmtpProbe::tr("EHLO");
    case Step::StartTls:
        return SmtpProbe::tr("STARTTLS");
    case Step::Handshake:
        return SmtpProbe::tr("TLS handshake");
    case Step::EhloAfterTls:
        return SmtpProbe::tr("EHLO after TLS");
    case Step::Quit:
        return SmtpProbe::tr("QUIT");
    case Step::Done:
        return SmtpProbe::tr("done");
    }
    return {};
}

QJsonObject SmtpProbeResult::toJson() const
{
    const auto optional = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    return {
        {QStringLiteral("host"), host},
        {QStringLiteral("address"), address.isNull() ? QJsonValue() : QJsonValue(address.toString())},
        {QStringLiteral("port"), port},
        {QStringLiteral("banner"), QJsonArray::fromStringList(banner)},
        {QStringLiteral("ehlo"), QJsonArray::fromStringList(ehlo)},
        {QStringLiteral("ehlo_tls"), QJsonArray::fromStringList(ehloAfterTls)},
        {QStringLiteral("starttls_offered"), starttlsOffered},
        {QStringLiteral("tls_established"), tlsEstablished},
        {QStringLiteral("tls_version"), optional(tlsVersion)},
        {QStringLiteral("cipher"), optional(cipher)},
        {QStringLiteral("key_exchange_group"), optional(keyExchangeGroup)},
        {QStringLiteral("chain"), chain.chain.isEmpty() ? QJsonValue() : QJsonValue(chain.toJson())},
        {QStringLiteral("reached"), stepName(reached)},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("error"), optional(error)},
        {QStringLiteral("result_type"), optional(resultType)},
        {QStringLiteral("elapsed_ms"), elapsedMs},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

class SmtpProbe::Private
{
public:
    Private(SmtpProbe *owner, const SmtpProbeOptions &probeOptions)
        : q(owner)
        , options(probeOptions)
    {}
    Q_DISABLE_COPY_MOVE(Private)

    // Session
    bool enter(Step step); //!< false when a slot cancelled the probe: stop there
    void onConnected();
    void onReadyRead();
    void onEncrypted();
    void onSocketError(QAbstractSocket::SocketError error);
    void onReplyTimeout();
    void onTotalTimeout();
    void handleReply(const SmtpReply &reply);
    void send(const QByteArray &command);
    void startTls();
    void acknowledgeNow();
    void sendQuit();
    QByteArray ehloCommand() const;
    void quitDone(const QString &problem);

    // Outcome
    void add(const FindingDefinition &definition, const QStringList &arguments, const QJsonObject &details = {});
    void fail(const FindingDefinition &definition, const QStringList &arguments, const QString &error,
              const QString &resultType, bool quitPolitely = false);
    void failReply(const SmtpReplyParser &failedParser);
    void noteReply(const SmtpReply &reply);
    void applyChain(const Tls::ChainAnalysis &analysis);
    void complete();
    void emitFinished();
    void dropSocket();

    bool waitingForReply() const;
    QString waitingFor() const; //!< translated: "the greeting", "the reply to EHLO", ...
    QString resultTypeAt(Step step) const;

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
    QFutureWatcher<Tls::ChainAnalysis> *analysis = nullptr; //!< chain analysis running on the thread pool
    bool started = false;
    bool quitting = false;    //!< QUIT sent; its reply or the close ends the session
    bool sessionOver = false; //!< the socket is gone; waiting only for the chain analysis
    bool done = false;        //!< finished() emitted
    QStringList notedCodes;   //!< reply notes (bare LF, ...) reported once per session
};

bool SmtpProbe::Private::enter(Step step)
{
    result.reached = step;
    Q_EMIT q->stepChanged(step);
    return !done;
}

bool SmtpProbe::Private::waitingForReply() const
{
    if (sessionOver || !socket)
        return false;
    switch (result.reached) {
    case Step::Banner:
    case Step::Ehlo:
    case Step::StartTls:
    case Step::EhloAfterTls:
    case Step::Quit:
        return true;
    default:
        return quitting;
    }
}

QString SmtpProbe::Private::waitingFor() const
{
    if (quitting)
        return SmtpProbe::tr("the reply to QUIT");
    switch (result.reached) {
    case Step::Connect:
        return SmtpProbe::tr("the connection");
    case Step::Banner:
        return SmtpProbe::tr("the greeting");
    case Step::Ehlo:
        return SmtpProbe::tr("the reply to EHLO");
    case Step::StartTls:
        return SmtpProbe::tr("the reply to STARTTLS");
    case Step::Handshake:
        return SmtpProbe::tr("the TLS handshake");
    case Step::EhloAfterTls:
        return SmtpProbe::tr("the reply to EHLO after the TLS handshake");
    case Step::Quit:
    case Step::Done:
        return SmtpProbe::tr("the reply to QUIT");
    }
    return {};
}

//! RFC 8460 §4.3.2.1: the result type a sender reports when the session fails at \a step.
//! Failures before STARTTLS are no TLS failures; after the handshake the chain decides.
QString SmtpProbe::Private::resultTypeAt(Step step) const
{
    switch (step) {
    case Step::StartTls:
        return StartTlsNotSupported;
    case Step::Handshake:
        return ValidationFailure;
    default:
        return {};
    }
}

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
                              const QString &resultType, bool quitPolitely)
{
    add(definition, arguments);
    result.failed = true;
    result.error = error;
    result.resultType = resultType;
    // RFC 5321 §3.8, §4.1.1.10: a client that gives up on a sane session says QUIT.
    if (quitPolitely && socket && socket->state() == QAbstractSocket::ConnectedState && !parser.failed())
        sendQuit();
    else
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
    if (banner)
        add(tooLarge ? Catalog::BannerTooLarge : Catalog::BannerMalformed, {problem}, details);
    else
        add(tooLarge ? Catalog::ReplyTooLarge : Catalog::ReplyMalformed, {waitingFor(), problem}, details);
    result.failed = true;
    result.error = banner && tooLarge
                       ? SmtpProbe::tr("banner too large: %1").arg(problem)
                       : SmtpProbe::tr("invalid reply while waiting for %1: %2").arg(waitingFor(), problem);
    result.resultType = resultTypeAt(result.reached);
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

void SmtpProbe::Private::send(const QByteArray &command)
{
    // Whatever is buffered now arrived before the command: the server talks out of turn, and a
    // client that read it as the answer would be fooled (RFC 5321 §4.2: one reply per command).
    // A QUIT after a failure goes out regardless: the session is given up anyway.
    if (!quitting && (parser.pendingReplies() > 0 || !parser.idle() || socket->bytesAvailable() > 0)) {
        const QString verb = QString::fromLatin1(command.split(' ').constFirst());
        const QString early =
            parser.hasReply() ? parser.takeReply().toString() : QString::fromLatin1(socket->peek(80)).trimmed();
        add(Catalog::ReplyUnexpected, {verb, early.left(200)});
        result.failed = true;
        result.error = SmtpProbe::tr("the server sent a reply before %1 was sent").arg(verb);
        result.resultType = resultTypeAt(result.reached);
        complete();
        return;
    }
    socket->write(command + "\r\n");
    // Servers answer QUIT at once; the result should not wait a full reply timeout for it.
    replyTimer.start(command == "QUIT" ? std::min(options.replyTimeoutMs, QuitTimeoutMs) : options.replyTimeoutMs);
}

void SmtpProbe::Private::sendQuit()
{
    quitting = true;
    send("QUIT");
}

QByteArray SmtpProbe::Private::ehloCommand() const
{
    // RFC 5321 §4.1.1.1: a domain or an address literal; never anything that could end the line.
    const QByteArray name = options.heloName.toLatin1();
    const bool valid = !name.isEmpty() && name.size() <= 255 && std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
               c == '[' || c == ']' || c == ':';
    });
    return "EHLO " + (valid ? name : QByteArrayLiteral("stsscope.invalid"));
}

void SmtpProbe::Private::quitDone(const QString &problem)
{
    if (!result.failed) {
        if (!problem.isEmpty())
            add(Catalog::QuitNoReply, {problem});
        if (!enter(Step::Done))
            return;
    }
    complete();
}

void SmtpProbe::Private::onConnected()
{
    connectTimer.stop();
    if (!enter(Step::Banner))
        return;
    replyTimer.start(options.replyTimeoutMs);
}

void SmtpProbe::Private::onReadyRead()
{
    while (!done && waitingForReply() && socket->bytesAvailable() > 0) {
        parser.feed(socket->read(ReadChunkSize));
        while (parser.hasReply() && waitingForReply()) {
            replyTimer.stop();
            handleReply(parser.takeReply());
        }
        if (parser.failed() && waitingForReply()) {
            if (quitting)
                quitDone(SmtpProbe::tr("invalid reply: %1").arg(parser.errorString()));
            else
                failReply(parser);
        }
    }
}

void SmtpProbe::Private::handleReply(const SmtpReply &reply)
{
    noteReply(reply);
    const QString code = QString::number(reply.code);
    const QString text = reply.text().left(300);
    if (quitting || result.reached == Step::Quit) {
        quitDone(reply.code == 221 ? QString() : SmtpProbe::tr("answered %1").arg(code));
        return;
    }
    switch (result.reached) {
    case Step::Banner:
        result.banner = reply.lines.mid(0, 20);
        if (reply.code != 220) {
            // RFC 5321 §3.1: 554 instead of 220 means "no SMTP service here"; 421, closing.
            fail(Catalog::BannerRejected, {code, text}, SmtpProbe::tr("greeting %1 instead of 220").arg(code), {},
                 true);
            return;
        }
        if (!enter(Step::Ehlo))
            return;
        send(ehloCommand());
        return;
    case Step::Ehlo:
        if (reply.code != 250) {
            // 500/502: a server without ESMTP (RFC 5321 §4.1.1.1); senders fall back to HELO, without STARTTLS.
            const bool noEsmtp = reply.code == 500 || reply.code == 502;
            if (noEsmtp && !enter(Step::StartTls))
                return;
            fail(Catalog::EhloRejected, {code, text}, SmtpProbe::tr("EHLO answered with %1").arg(code),
                 noEsmtp ? StartTlsNotSupported : QString(), true);
            return;
        }
        result.ehlo = reply.lines.mid(1, 100);
        result.starttlsOffered = offersKeyword(reply.lines.mid(1), u"STARTTLS");
        if (!enter(Step::StartTls))
            return;
        if (!result.starttlsOffered) {
            fail(Catalog::StartTlsNotOffered, {}, SmtpProbe::tr("STARTTLS not offered"), StartTlsNotSupported, true);
            return;
        }
        send("STARTTLS");
        return;
    case Step::StartTls:
        if (reply.code != 220) {
            fail(Catalog::StartTlsRefused, {code, text}, SmtpProbe::tr("STARTTLS answered with %1").arg(code),
                 StartTlsNotSupported, true);
            return;
        }
        startTls();
        return;
    case Step::EhloAfterTls:
        if (reply.code != 250) {
            fail(Catalog::EhloRejected, {code, text},
                 SmtpProbe::tr("EHLO after the TLS handshake answered with %1").arg(code), {}, true);
            return;
        }
        result.ehloAfterTls = reply.lines.mid(1, 100);
        if (offersKeyword(result.ehloAfterTls, u"STARTTLS"))
            add(Catalog::TlsStartTlsStillOffered, {});
        if (!enter(Step::Quit))
            return;
        send("QUIT");
        return;
    default:
        return;
    }
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
        add(Catalog::StartTlsPipelinedData, {QString::number(early)});
    parser = SmtpReplyParser();
    if (!enter(Step::Handshake))
        return;
    socket->setPeerVerifyName(result.host); // SNI and the name the chain is judged against
    replyTimer.start(options.replyTimeoutMs);
    socket->startClientEncryption();
}

void SmtpProbe::Private::onEncrypted()
{
    replyTimer.stop();
    result.tlsEstablished = true;
    result.tlsVersion = protocolName(socket->sessionProtocol());
    result.cipher = socket->sessionCipher().name();
    result.keyExchangeGroup = keyExchangeGroup(socket->sslConfiguration().ephemeralServerKey());
    add(Catalog::TlsOk, {result.tlsVersion, result.cipher,
                         result.keyExchangeGroup.isEmpty() ? SmtpProbe::tr("unknown") : result.keyExchangeGroup});
    if (result.tlsVersion != u"TLSv1.3" && result.tlsVersion != u"TLSv1.2")
        add(Catalog::TlsOldVersion, {result.tlsVersion});

    // The chain is judged on the thread pool (it reads CA files and verifies signatures) while the
    // session goes on; the result waits for both.
    analysis = new QFutureWatcher<Tls::ChainAnalysis>(q);
    QObject::connect(analysis, &QFutureWatcherBase::finished, q, [this] {
        applyChain(analysis->result());
        analysis->deleteLater();
        analysis = nullptr;
        if (sessionOver)
            emitFinished();
    });
    analysis->setFuture(
        QtConcurrent::run(&Tls::ChainAnalyzer::analyze, socket->peerCertificateChain(), result.host, options.trust));

    if (!enter(Step::EhloAfterTls))

        return;
    send(ehloCommand());
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

void SmtpProbe::Private::applyChain(const Tls::ChainAnalysis &chain)
{
    result.chain = chain;
    result.findings.append(chain.findings);
    if (chain.valid())
        return;
    const QString type = chain.resultType.isEmpty() ? ValidationFailure : chain.resultType;
    add(Catalog::TlsCertificateInvalid, {result.host, type}, {{QStringLiteral("step"), stepName(Step::Handshake)}});
    if (result.resultType.isEmpty())
        result.resultType = type;
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
    if (quitting || result.reached == Step::Quit) {
        quitDone(error == QAbstractSocket::RemoteHostClosedError ? SmtpProbe::tr("connection closed") : reason);
        return;
    }
    switch (result.reached) {
    case Step::Connect:
        if (error == QAbstractSocket::ConnectionRefusedError)
            fail(Catalog::ConnectRefused, {result.address.toString(), QString::number(result.port)},
                 SmtpProbe::tr("connection refused"), {});
        else
            fail(Catalog::ConnectFailed, {result.address.toString(), QString::number(result.port), reason}, reason, {});
        return;
    case Step::Handshake:
        // A server that closes instead of answering the ClientHello shows as a close or as an
        // unexpected EOF inside OpenSSL; both leave the sender without TLS.
        if (error == QAbstractSocket::RemoteHostClosedError || reason.contains(u"unexpected eof", Qt::CaseInsensitive))
            fail(Catalog::TlsDropped, {}, SmtpProbe::tr("connection closed after STARTTLS, before the TLS handshake"),
                 ValidationFailure);
        else
            fail(Catalog::TlsHandshakeFailed, {reason}, SmtpProbe::tr("TLS handshake failed: %1").arg(reason),
                 ValidationFailure);
        return;
    default:
        if (error == QAbstractSocket::RemoteHostClosedError)
            fail(Catalog::ConnectionClosed, {waitingFor()},
                 SmtpProbe::tr("connection closed while waiting for %1").arg(waitingFor()),
                 resultTypeAt(result.reached));
        else
            fail(Catalog::ConnectionError, {waitingFor(), reason}, reason, resultTypeAt(result.reached));
        return;
    }
}

void SmtpProbe::Private::onReplyTimeout()
{
    if (done || sessionOver)
        return;
    if (quitting || result.reached == Step::Quit) {
        quitDone(SmtpProbe::tr("no reply within %1 s").arg(seconds(std::min(options.replyTimeoutMs, QuitTimeoutMs))));
        return;
    }
    const QString limit = seconds(options.replyTimeoutMs);
    switch (result.reached) {
    case Step::Banner:
        fail(Catalog::BannerTimeout, {limit, QString::number(parser.bufferedBytes())},
             SmtpProbe::tr("no banner within %1 s").arg(limit), {});
        return;
    case Step::Handshake:
        fail(Catalog::TlsHandshakeTimeout, {limit}, SmtpProbe::tr("no TLS handshake within %1 s").arg(limit),
             ValidationFailure);
        return;
    default:
        fail(Catalog::ReplyTimeout, {waitingFor(), limit},
             SmtpProbe::tr("no reply within %1 s while waiting for %2").arg(limit, waitingFor()),
             resultTypeAt(result.reached));
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
    if (quitting || result.reached == Step::Quit) {
        quitDone(SmtpProbe::tr("no reply before the session's time ran out"));
        return;
    }
    const QString limit = seconds(options.totalTimeoutMs);
    fail(Catalog::SessionTimeout, {limit, stepText(result.reached)},
         SmtpProbe::tr("session not finished within %1 s (at step %2)").arg(limit, stepText(result.reached)),
         resultTypeAt(result.reached));
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
    if (!analysis)
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
    if (analysis) {
        analysis->disconnect(q);
        analysis->deleteLater(); // the task finishes on the pool; its result is dropped
        analysis = nullptr;
    }
    result.elapsedMs = elapsed.isValid() ? elapsed.elapsed() : 0;
    Q_EMIT q->finished(result);
}

SmtpProbe::SmtpProbe(const QString &host, const QHostAddress &address, quint16 port, const SmtpProbeOptions &options,
                     QObject *parent)
    : QObject(parent)
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
    connect(&d->connectTimer, &QTimer::timeout, this, [this] {
        if (d->done || d->sessionOver)
            return;
        const QString limit = seconds(d->options.connectTimeoutMs);
        d->fail(Catalog::ConnectTimeout, {d->result.address.toString(), QString::number(d->result.port), limit},
                SmtpProbe::tr("no connection within %1 s").arg(limit), {});
    });
    connect(&d->replyTimer, &QTimer::timeout, this, [this] { d->onReplyTimeout(); });
    connect(&d->totalTimer, &QTimer::timeout, this, [this] { d->onTotalTimeout(); });
}

SmtpProbe::~SmtpProbe()
{
    d->dropSocket();
    if (d->analysis)
        d->analysis->disconnect(this);
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
    d->socket->setProxy(QNetworkProxy::NoProxy);
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
    Q_EMIT stepChanged(Step::Connect);
    if (d->done) // cancelled by a slot
        return;
    socket->connectToHost(d->result.address, d->result.port);
}

void SmtpProbe::cancel()
{
    if (d->done)
        return;
    const Step step = d->result.reached;
    d->result.failed = true;
    d->result.error = SmtpProbe::tr("cancelled");
    d->result.resultType.clear();
    d->add(Catalog::Cancelled, {stepText(step)});
    d->emitFinished();
}

} // namespace Sts::Smtp
