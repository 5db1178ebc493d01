// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkoptions.h"
#include "checkresult.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class QThread;

namespace Sts::Check {

class CheckHandle;
class CheckWorker;

//! Runs domain checks in a worker thread with its own event loop. Each check's results come back
//! as values through its CheckHandle: snapshots while it runs, then the final result. Any number of
//! checks can be started; at most maxConcurrentChecks run at once, the rest wait in order. Each
//! service has its own resolvers, limits and view of this machine's network (the watch list runs
//! one of its own, so that background checks never queue before the user's).
class CheckService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckService)

public:
    explicit CheckService(QObject *parent = nullptr);
    ~CheckService() override; //!< cancels everything and joins the thread

    void setMaxConcurrentChecks(int count);
    void setMaxConcurrentSmtpSessions(int count);
    //! Starts a check whose snapshots and result only the returned handle delivers (owned by
    //! \a parent; deleting it cancels the check).
    CheckHandle *run(const QString &domain, const CheckOptions &options, QObject *parent);
    //! Stops every check; each handle's finished() follows with what was observed.
    void cancelAll();
    //! Tests this machine's network now (resolver DNSSEC, port 25) with \a options' resolver and
    //! reference hosts, forgetting what earlier tests found: at start, when the network changed,
    //! and on demand. environmentTested() reports, once per finding. From then on, a change the
    //! system reports (QNetworkInformation: another network, a VPN) tests it again by itself.
    void testEnvironment(const CheckOptions &options);
    //! This machine's network changed: new checks get fresh resolvers (the new network's resolver
    //! may treat DNSSEC otherwise; running checks keep theirs), and the environment is retested
    //! with the options of the last testEnvironment(). Called by the system's notice, or by hand.
    void networkChanged();

Q_SIGNALS:
    void environmentTested(const Sts::Check::Environment &environment);

private:
    friend class CheckHandle;
    void cancel(int id);
    void forget(int id); //!< a handle went: cancel its check, deliver nothing more
    void onProgress(int id, const CheckResult &snapshot);
    void onFinished(int id, const CheckResult &result);
    void watchNetwork();

    QThread *m_thread;
    CheckWorker *m_worker;
    int m_nextId = 1;
    QHash<int, CheckHandle *> m_handles;              //!< of the running checks
    std::optional<CheckOptions> m_environmentOptions; //!< of the last testEnvironment()
    bool m_watchingNetwork = false;
    QTimer m_networkSettling; //!< one retest for the burst of notices a change brings
};

} // namespace Sts::Check
