// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "tls/chainanalysis.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Sts::Smtp {

//! The steps of a probe, in order; a failure names the step it happened at.
enum class Step
{
    Connect,
    Banner,
    Ehlo,
    StartTls,
    Handshake,
    EhloAfterTls,
    Quit,
    Done,
};

QString
stepName(Step step); //!< stable: "connect", "banner", "ehlo", "starttls", "handshake", "ehlo-tls", "quit", "done"
QString stepText(Step step); //!< translated, for people: "TCP connect", "TLS handshake", ...

struct SmtpProbeOptions
{
    int connectTimeoutMs = 10000;
    int replyTimeoutMs = 30000; //!< per reply (RFC 5321 §4.5.3.2 allows minutes; senders use less)
    int totalTimeoutMs = 60000; //!< the whole probe
    QString heloName = QStringLiteral("stsscope.invalid");
    Tls::TrustOptions trust;
};

struct SmtpProbeResult
{
    QString host; //!< the MX host name (for SNI and certificate matching)
    QHostAddress address;
    quint16 port = 25;
    QStringList banner;       //!< the 220 reply's lines (bounded)
    QStringList ehlo;         //!< EHLO keywords before STARTTLS
    QStringList ehloAfterTls; //!< EHLO keywords after the TLS handshake
    bool starttlsOffered = false;
    bool tlsEstablished = false;
    QString tlsVersion; //!< "TLSv1.3"
    QString cipher;
    QString keyExchangeGroup;
    Tls::ChainAnalysis chain;     //!< empty chain when no handshake happened
    Step reached = Step::Connect; //!< the last step attempted; Done when everything worked
    bool failed = false;
    QString error;      //!< what went wrong at \a reached
    QString resultType; //!< RFC 8460 result type a sender would report, or empty
    qint64 elapsedMs = 0;
    Findings findings;

    QJsonObject toJson() const;
};

//! One SMTP session to one address: banner, EHLO, STARTTLS, handshake, chain capture, EHLO,
//! QUIT. Never sends mail. Lives in the thread that starts it; every step has a timeout;
//! cancel() closes the socket at once and finishes with an error. The TLS handshake completes
//! whatever the certificate; Tls::ChainAnalyzer judges the chain on the thread pool while the
//! session goes on. Slots connected to its signals may call cancel(), and must use deleteLater()
//! rather than delete.
class SmtpProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpProbe)

public:
    SmtpProbe(const QString &host, const QHostAddress &address, quint16 port, const SmtpProbeOptions &options,
              QObject *parent = nullptr);
    ~SmtpProbe() override;

    void start();
    void cancel();

Q_SIGNALS:
    void stepChanged(Sts::Smtp::Step step);
    void finished(const Sts::Smtp::SmtpProbeResult &result); //!< emitted exactly once

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sts::Smtp

Q_DECLARE_METATYPE(Sts::Smtp::Step)
Q_DECLARE_METATYPE(Sts::Smtp::SmtpProbeResult)
