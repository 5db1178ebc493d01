// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/probetask.h"
#include "smtpproberesult.h"
#include "smtpstep.h"
#include "tls/chainanalysis.h"

#include <QNetworkProxy>

#include <memory>

class QHostAddress;

namespace Sts::Smtp {

struct SmtpProbeOptions
{
    int connectTimeoutMs = 10000;
    int replyTimeoutMs = 30000; //!< per reply (RFC 5321 §4.5.3.2 allows minutes; senders use less)
    int totalTimeoutMs = 60000; //!< the whole probe
    QString heloName = QStringLiteral("stsscope.invalid");
    Tls::TrustOptions trust;
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy); //!< a SOCKS5 proxy (Net::SocksProxy), or none
};

//! One SMTP session to one address: banner, EHLO, STARTTLS, handshake, chain capture, EHLO,
//! QUIT. Never sends mail. The dialogue's steps and transitions are one table (Dialogue, in
//! smtpdialogue.cpp); this class drives it with the socket, the TLS handshake and the timers.
//! Every step has a timeout; cancel() closes the socket at once and finishes with an error. The
//! TLS handshake completes whatever the certificate; Tls::ChainAnalysisJob judges the chain on
//! the thread pool while the session goes on. Slots connected to its signals may call cancel(),
//! and must use deleteLater() rather than delete.
class SmtpProbe final : public Net::ProbeTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpProbe)

public:
    SmtpProbe(const QString &host, const QHostAddress &address, quint16 port, const SmtpProbeOptions &options,
              QObject *parent = nullptr);
    ~SmtpProbe() override;

    void start() override;
    void cancel() override;
    bool isFinished() const override;

Q_SIGNALS:
    void stepChanged(Sts::Smtp::Step step);
    //! The chain is judged while the session still runs (EHLO after TLS): \a sofar holds all a
    //! verdict needs. finished() follows with the rest.
    void certificateJudged(const Sts::Smtp::SmtpProbeResult &sofar);
    void finished(const Sts::Smtp::SmtpProbeResult &result); //!< emitted exactly once

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sts::Smtp
