// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkoptions.h"
#include "checkresult.h"
#include "common/result.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <map>
#include <memory>
#include <vector>

namespace Sts::Net {
class Resolver;
}

namespace Sts::Check {

class ConcurrencyLimiter;
class DomainCheck;
class EnvironmentProbe;

//! The part of CheckService that lives in the worker thread: it owns the resolvers (one per
//! distinct resolver setting), the SMTP slot limiter and the running checks.
class CheckWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckWorker)

public:
    explicit CheckWorker(QObject *parent = nullptr);
    ~CheckWorker() override;

    // Called in the worker thread (queued from CheckService).
    void enqueue(int id, const QString &domain, const Sts::Check::CheckOptions &options);
    void cancel(int id);
    void cancelAll();
    void setMaxConcurrentChecks(int count);
    void setMaxConcurrentSmtpSessions(int count);
    void shutdown(); //!< cancels everything and deletes the resolvers, in the worker thread
    //! Forgets what the environment self-tests found (the network changed); the next check retests.
    void refreshEnvironment();
    void testEnvironment(const Sts::Check::CheckOptions &options);
    //! The network changed: forgets the self-tests, and the resolvers once no running check uses
    //! them, so that the next check resolves and tests through the new network.
    void forgetNetwork();

Q_SIGNALS:
    void progress(int id, const Sts::Check::CheckResult &snapshot);
    void finished(int id, const Sts::Check::CheckResult &result);
    void environmentTested(const Sts::Check::Environment &environment);

private:
    struct Request
    {
        int id;
        QString domain;
        CheckOptions options;
    };
    void startNext();
    //! The resolver of \a options, made once and shared; the finding when it cannot be set up.
    Result<Net::Resolver *> resolverFor(const Net::ResolverOptions &options);
    //! The self-test for \a resolver and \a references, started anew when the one known started
    //! before \a notBeforeMs (0: any will do).
    EnvironmentProbe *environmentFor(Net::Resolver *resolver, const EnvironmentReferences &references,
                                     qint64 notBeforeMs = 0);
    //! Deletes the retired resolvers no running check uses any more.
    void releaseRetiredResolvers();

    std::deque<Request> m_queue;
    QHash<int, DomainCheck *> m_running;
    std::map<QString, std::unique_ptr<Net::Resolver>> m_resolvers;
    std::vector<std::unique_ptr<Net::Resolver>> m_retiredResolvers; //!< of an earlier network
    //! One self-test per resolver and reference set, kept until refreshEnvironment().
    QList<std::pair<EnvironmentReferences, EnvironmentProbe *>> m_environment;
    ConcurrencyLimiter *m_smtpSlots;
    int m_maxChecks = 16;
};

} // namespace Sts::Check
