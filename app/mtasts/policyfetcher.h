// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/probetask.h"
#include "policyfetchresult.h"
#include "tls/chainanalysis.h"

#include <QNetworkProxy>

#include <memory>

namespace Sts::MtaSts {

struct PolicyFetchOptions
{
    int connectTimeoutMs = 10000;
    int totalTimeoutMs = 30000; //!< the whole fetch, all addresses
    //! The longest silence of the server once the request is sent; 0: as long as connectTimeoutMs.
    //! A server that trickles or stalls is given up on long before the total timeout.
    int idleTimeoutMs = 0;
    Tls::TrustOptions trust;
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy); //!< a SOCKS5 proxy (Net::SocksProxy), or none
};

//! Fetches the policy over HTTPS from the given addresses (from the check's one resolver), in
//! order, with SNI and certificate checks for the policy host name. Follows no redirect.
class PolicyFetcher final : public Net::ProbeTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyFetcher)

public:
    PolicyFetcher(const QString &policyHost, const QList<QHostAddress> &addresses, const PolicyFetchOptions &options,
                  QObject *parent = nullptr);
    ~PolicyFetcher() override;

    void start() override;
    void cancel() override;

    //! One of PolicyFetchResult::attempts, made in English in a check's thread, in the language
    //! loaded now ("192.0.2.1: zeitüberschritten"); a socket's own reason stays as Qt gave it.
    static QString displayAttempt(const QString &attempt);
    bool isFinished() const override;

Q_SIGNALS:
    void finished(const Sts::MtaSts::PolicyFetchResult &result); //!< exactly once

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sts::MtaSts
