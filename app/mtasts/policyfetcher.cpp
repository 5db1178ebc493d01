// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyfetcher.h"

#include "common/composedtext.h"
#include "common/resulttype.h"
#include "mtastscatalog.h"
#include "policy.h"
#include "tls/chainanalysisjob.h"
#include "tls/tlssessioninfo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTimer>

namespace Sts::MtaSts {

namespace {
// A fetch's attempts in its own words (English in a check's thread; displayAttempt() translates).
constexpr const char *TimedOutText = QT_TRANSLATE_NOOP("Sts::MtaSts::PolicyFetcher", "timed out");
constexpr const char *NoDataText = QT_TRANSLATE_NOOP("Sts::MtaSts::PolicyFetcher", "no data for %1 s");
constexpr const char *NoConnectionText = QT_TRANSLATE_NOOP("Sts::MtaSts::PolicyFetcher", "no connection within %1 s");
constexpr const char *CancelledText = QT_TRANSLATE_NOOP("Sts::MtaSts::PolicyFetcher", "cancelled");

QString said(const char *text)
{
    return QCoreApplication::translate("Sts::MtaSts::PolicyFetcher", text);
}
} // namespace

namespace {

constexpr quint16 HttpsPort = 443;
const auto PolicyPath = QStringLiteral("/.well-known/mta-sts.txt");

//! The media type without parameters, lower case: "text/plain; charset=utf-8" → "text/plain".
QString mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return QString::fromLatin1(contentType.first(semicolon < 0 ? contentType.size() : semicolon)).trimmed().toLower();
}

} // namespace

class PolicyFetcher::Private
{
public:
    Private(PolicyFetcher *owner, const QString &host, const QList<QHostAddress> &hostAddresses,
            const PolicyFetchOptions &fetchOptions)
        : q(owner)
        , addresses(hostAddresses)
        , options(fetchOptions)
        , parser(MaxPolicyBodySize)
    {
        result.host = host;
        result.url = QStringLiteral("https://%1%2").arg(host, PolicyPath);
    }
    Q_DISABLE_COPY_MOVE(Private)

    void tryNext();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onTotalTimeout();
    void onIdleTimeout();
    int idleTimeoutMs() const { return options.idleTimeoutMs > 0 ? options.idleTimeoutMs : options.connectTimeoutMs; }
    void complete();
    void judge();
    void finish();
    void dropSocket();
    void add(const FindingDefinition &definition, const QStringList &arguments)
    {
        result.findings.append(makeFinding(definition, result.host, arguments));
    }

    PolicyFetcher *q;
    QList<QHostAddress> addresses;
    PolicyFetchOptions options;
    qsizetype next = 0;
    QSslSocket *socket = nullptr;
    //! The chain is judged on the thread pool while the request goes out; the result waits for both.
    Tls::ChainAnalysisJob chainJob;
    bool responseDone = false;
    QTimer connectTimer;
    QTimer totalTimer;
    QTimer idleTimer; //!< restarted by every byte the server sends after the request
    QElapsedTimer elapsed;
    Net::HttpResponseParser parser;
    PolicyFetchResult result;
    bool finished = false;
};

void PolicyFetcher::Private::dropSocket()
{
    connectTimer.stop();
    idleTimer.stop();
    if (!socket)
        return;
    socket->disconnect(q);
    socket->abort();
    socket->deleteLater();
    socket = nullptr;
}

void PolicyFetcher::Private::tryNext()
{
    dropSocket();
    if (next >= addresses.size()) {
        if (addresses.isEmpty())
            add(Catalog::FetchConnectFailed,
                {result.host, findingPhrase(QT_TRANSLATE_NOOP("Findings", "no address to connect to"))});
        else if (!containsCode(result.findings, QLatin1String(Catalog::FetchTlsFailed.code)))
            add(Catalog::FetchConnectFailed, {result.host, result.attempts.join(QStringLiteral("; "))});
        result.resultType = TlsRpt::ResultType::StsPolicyFetchError;
        finish();
        return;
    }
    result.address = addresses.at(next++);
    parser = Net::HttpResponseParser(MaxPolicyBodySize);
    socket = new QSslSocket(q);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone); // judged by ChainAnalyzer, so that bad chains are shown
    socket->setProxy(options.proxy);
    socket->setReadBufferSize(64 * 1024);
    QObject::connect(socket, &QSslSocket::encrypted, q, [this] { onEncrypted(); });
    QObject::connect(socket, &QSslSocket::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(socket, &QSslSocket::errorOccurred, q, [this] { onSocketError(); });
    connectTimer.start(options.connectTimeoutMs);
    Q_EMIT q->progressed(QStringLiteral("connect to %1").arg(result.address.toString()));
    QObject::connect(socket, &QSslSocket::connected, q, [this] { Q_EMIT q->progressed(QStringLiteral("connected")); });
    socket->connectToHostEncrypted(result.address.toString(), HttpsPort, result.host);
}

void PolicyFetcher::Private::onEncrypted()
{
    connectTimer.stop();
    Q_EMIT q->progressed(QStringLiteral("TLS established, sending GET"));
    result.tlsEstablished = true;
    result.tlsVersion = Tls::TlsSessionInfo::of(*socket).version;
    chainJob.start(socket->peerCertificateChain(), result.host, options.trust);
    const QByteArray request = "GET " + PolicyPath.toLatin1() + " HTTP/1.1\r\nHost: " + result.host.toLatin1() +
                               "\r\nUser-Agent: StsScope/" STS_VERSION "\r\nAccept: text/plain\r\n"
                               "Connection: close\r\n\r\n";
    socket->write(request);
    idleTimer.start(idleTimeoutMs());
}

void PolicyFetcher::Private::onReadyRead()
{
    const QByteArray data = socket->readAll();
    if (!data.isEmpty() && result.tlsEstablished)
        idleTimer.start(idleTimeoutMs());
    parser.feed(data);
    if (parser.done())
        complete();
}

void PolicyFetcher::Private::onSocketError()
{
    if (!socket)
        return;
    const QString error = socket->errorString();
    if (result.tlsEstablished) {
        // The server closed the connection: that ends a close-delimited body or breaks the response.
        parser.feed(socket->readAll());
        parser.finish();
        complete();
        return;
    }
    const bool handshake = socket->state() == QAbstractSocket::ConnectedState ||
                           socket->error() == QAbstractSocket::SslHandshakeFailedError;
    result.attempts.append(QStringLiteral("%1: %2").arg(result.address.toString(), error));
    if (handshake)
        add(Catalog::FetchTlsFailed, {result.address.toString(), error});
    tryNext();
}

void PolicyFetcher::Private::complete()
{
    Q_EMIT q->progressed(QStringLiteral("response complete"));
    dropSocket();
    result.responseComplete = parser.state() == Net::HttpResponseParser::State::Complete;
    result.response = parser.response();
    responseDone = true;
    if (!chainJob.isRunning())
        judge();
}

void PolicyFetcher::Private::judge()
{
    const QString address = result.address.toString();
    result.resultType = TlsRpt::ResultType::StsPolicyFetchError;
    if (!result.chain.valid()) {
        add(Catalog::FetchCertificateInvalid,
            {result.host, result.chain.resultType ? TlsRpt::resultTypeName(result.chain.resultType)
                                                  : findingPhrase(QT_TRANSLATE_NOOP("Findings", "no certificate"))});
        result.findings.append(result.chain.findings);
        result.resultType = TlsRpt::ResultType::StsWebPkiInvalid;
    }
    const int status = result.response.status;
    if (!result.responseComplete) {
        add(Catalog::FetchMalformedResponse, {address, parser.error()});
    } else if (status >= 300 && status < 400) {
        add(Catalog::FetchRedirect,
            {QString::number(status), QString::fromLatin1(result.response.header("Location").left(200))});
    } else if (status != 200) {
        add(Catalog::FetchHttpStatus, {QString::number(status), QString::fromLatin1(result.response.reason.left(100))});
    } else if (result.response.bodyTooLarge) {
        add(Catalog::FetchTooLarge, {});
    } else if (const QString type = mediaType(result.response.header("Content-Type")); type != u"text/plain") {
        add(Catalog::FetchContentType,
            {type.isEmpty() ? findingPhrase(QT_TRANSLATE_NOOP("Findings", "no Content-Type")) : type.left(100)});
    } else if (result.chain.valid()) {
        result.ok = true;
        result.resultType.reset();
        add(Catalog::FetchOk, {result.url, address, QString::number(elapsed.elapsed())});
    }
    finish();
}

void PolicyFetcher::Private::onTotalTimeout()
{
    result.attempts.append(QStringLiteral("%1: %2").arg(result.address.toString(), said(TimedOutText)));
    dropSocket();
    add(Catalog::FetchTimeout, {result.host, QString::number(options.totalTimeoutMs / 1000.0)});
    result.resultType = TlsRpt::ResultType::StsPolicyFetchError;
    finish();
}

void PolicyFetcher::Private::onIdleTimeout()
{
    const QString seconds = QString::number(idleTimeoutMs() / 1000.0);
    result.attempts.append(QStringLiteral("%1: %2").arg(result.address.toString(), said(NoDataText).arg(seconds)));
    dropSocket();
    add(Catalog::FetchStalled, {result.host, seconds});
    result.resultType = TlsRpt::ResultType::StsPolicyFetchError;
    finish();
}

void PolicyFetcher::Private::finish()
{
    if (finished)
        return;
    finished = true;
    totalTimer.stop();
    connectTimer.stop();
    idleTimer.stop();
    chainJob.drop();
    result.elapsedMs = elapsed.elapsed();
    Q_EMIT q->finished(result);
}

PolicyFetcher::PolicyFetcher(const QString &policyHost, const QList<QHostAddress> &addresses,
                             const PolicyFetchOptions &options, QObject *parent)
    : ProbeTask(parent)
    , d(std::make_unique<Private>(this, policyHost, addresses, options))
{
    connect(&d->chainJob, &Tls::ChainAnalysisJob::finished, this, [this](const Tls::ChainAnalysis &analysis) {
        d->result.chain = analysis;
        Q_EMIT progressed(QStringLiteral("chain analysed"));
        if (d->responseDone)
            d->judge();
    });
    d->connectTimer.setSingleShot(true);
    d->totalTimer.setSingleShot(true);
    d->idleTimer.setSingleShot(true);
    connect(&d->connectTimer, &QTimer::timeout, this, [this] {
        d->result.attempts.append(QStringLiteral("%1: %2").arg(
            d->result.address.toString(), said(NoConnectionText).arg(d->options.connectTimeoutMs / 1000.0)));
        d->tryNext();
    });
    connect(&d->totalTimer, &QTimer::timeout, this, [this] { d->onTotalTimeout(); });
    connect(&d->idleTimer, &QTimer::timeout, this, [this] { d->onIdleTimeout(); });
}

PolicyFetcher::~PolicyFetcher()
{
    d->dropSocket();
    d->chainJob.drop();
}

void PolicyFetcher::start()
{
    d->elapsed.start();
    d->totalTimer.start(d->options.totalTimeoutMs);
    d->tryNext();
}

void PolicyFetcher::cancel()
{
    if (d->finished)
        return;
    d->dropSocket();
    d->result.attempts.append(said(CancelledText));
    d->finish();
}

bool PolicyFetcher::isFinished() const
{
    return d->finished;
}

QString PolicyFetcher::displayAttempt(const QString &attempt)
{
    const std::initializer_list<const char *> patterns{TimedOutText, NoDataText, NoConnectionText, CancelledText};
    // "192.0.2.1: timed out": the address stays, the words are translated.
    const qsizetype colon = attempt.indexOf(QStringLiteral(": "));
    if (colon < 0)
        return ComposedText::shown("Sts::MtaSts::PolicyFetcher", attempt, patterns);
    return attempt.left(colon + 2) +
           ComposedText::shown("Sts::MtaSts::PolicyFetcher", attempt.mid(colon + 2), patterns);
}

} // namespace Sts::MtaSts
