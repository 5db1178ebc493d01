// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"

#include <QObject>

#include <memory>

namespace Sts::Net {
class Resolver;
}

namespace Sts::Check {

//! Can this machine open TCP port 25 to the internet? Connects to the reference MX hosts on port
//! 25 and the reference web hosts on port 443, all at once, through the check's resolver. A
//! session on 25 proves it open; nothing on 25 while a web host answers (even with a reset)
//! means port 25 is blocked here. Runs beside the first check, never before it.
class EnvironmentProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentProbe)

public:
    EnvironmentProbe(Net::Resolver *resolver, const EnvironmentReferences &references, QObject *parent = nullptr);
    ~EnvironmentProbe() override;

    void start();
    //! When start() ran (milliseconds since the epoch): a check trusts only a test started
    //! after itself, since the network may have changed since an earlier one.
    qint64 startedAtMs() const;
    bool isSettled() const;
    Environment::Port25 port25() const;

Q_SIGNALS:
    void settled(Sts::Check::Environment::Port25 port25);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sts::Check
