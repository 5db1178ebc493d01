// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkoptions.h"
#include "checkresult.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Sts::Net {
class Resolver;
}

namespace Sts::Check {

class ConcurrencyLimiter;
class EnvironmentProbe;

//! One domain's check: every DNS query, the policy fetch and an SMTP probe per MX address, run
//! in parallel as far as their dependencies allow, each answer judged as it arrives. Lives in
//! the worker thread; the resolver and the SMTP limiter are shared with the other checks.
class DomainCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainCheck)

public:
    DomainCheck(const QString &domain, const CheckOptions &options, Net::Resolver *resolver,
                ConcurrencyLimiter *smtpSlots, QObject *parent = nullptr);
    ~DomainCheck() override;

    //! Gives the shared port-25 self-test, started no earlier than the time given (ms since the
    //! epoch), or null when there is none. A check whose connects timed out asks for one started
    //! after itself and waits for it: only that tells a dead MX from a port blocked here now.
    using EnvironmentProvider = std::function<EnvironmentProbe *(qint64 notBeforeMs)>;
    void setEnvironmentProvider(EnvironmentProvider provider);
    void start();
    void cancel();
    const CheckResult &result() const;
    Net::Resolver *resolver() const; //!< the one it was made with, used until it ends

Q_SIGNALS:
    void updated(const Sts::Check::CheckResult &snapshot);
    void finished(const Sts::Check::CheckResult &result); //!< exactly once

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sts::Check
