// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkworker.h"

#include "concurrencylimiter.h"
#include "domaincheck.h"
#include "environmentprobe.h"
#include "net/resolver.h"
#include "verdictjudge.h"

#include <QPointer>

#include <algorithm>

namespace Sts::Check {

CheckWorker::CheckWorker(QObject *parent)
    : QObject(parent)
    , m_smtpSlots(new ConcurrencyLimiter(64, this))
{}

CheckWorker::~CheckWorker()
{
    shutdown();
}

void CheckWorker::shutdown()
{
    m_queue.clear();
    const QList<DomainCheck *> checks = m_running.values();
    m_running.clear();
    for (DomainCheck *check : checks) {
        check->disconnect(this);
        delete check; // cancels its queries while the resolvers still exist
    }
    refreshEnvironment();
    m_resolvers.clear();
    m_retiredResolvers.clear();
}

void CheckWorker::refreshEnvironment()
{
    for (const auto &[references, probe] : std::as_const(m_environment))
        delete probe; // running checks keep their own copy of what it found
    m_environment.clear();
}

void CheckWorker::testEnvironment(const CheckOptions &options)
{
    refreshEnvironment();
    const Result<Net::Resolver *> found = resolverFor(options.resolver);
    if (!found)
        return;
    Net::Resolver *resolver = found.value();
    EnvironmentProbe *probe = environmentFor(resolver, options.environmentReferences);
    const auto report = [this, resolver, probe = QPointer<EnvironmentProbe>(probe), options] {
        Environment environment = options.environment;
        environment.proxy = options.proxy;
        if (environment.proxy.isEmpty())
            environment.ipv6 = options.environmentReferences.ipv6Route();
        if (probe && probe->isSettled())
            environment.smtpPort25 = probe->port25();
        environment.noteResolver(resolver->dnssecPassage());
        Q_EMIT environmentTested(environment);
    };
    connect(resolver, &Net::Resolver::dnssecPassageKnown, this, report, Qt::SingleShotConnection);
    if (probe)
        connect(probe, &EnvironmentProbe::settled, this, report);
    // A resolver made earlier has tested itself already: say so now.
    if (resolver->dnssecPassage() != Net::DnssecPassage::Unknown)
        report();
}

EnvironmentProbe *CheckWorker::environmentFor(Net::Resolver *resolver, const EnvironmentReferences &references,
                                              qint64 notBeforeMs)
{
    if (references.isEmpty())
        return nullptr;
    for (qsizetype i = 0; i < m_environment.size(); ++i) {
        const auto &[known, probe] = m_environment.at(i);
        if (known != references || probe->parent() != resolver)
            continue;
        if (probe->startedAtMs() >= notBeforeMs)
            return probe;
        delete probe; // checks waiting for it ask again (QObject::destroyed)
        m_environment.removeAt(i);
        break;
    }
    auto *probe = new EnvironmentProbe(resolver, references, resolver);
    m_environment.append({references, probe});
    probe->start();
    return probe;
}

void CheckWorker::setMaxConcurrentChecks(int count)
{
    m_maxChecks = std::max(1, count);
    startNext();
}

void CheckWorker::setMaxConcurrentSmtpSessions(int count)
{
    m_smtpSlots->setMaximum(count);
}

void CheckWorker::enqueue(int id, const QString &domain, const CheckOptions &options)
{
    m_queue.push_back({id, domain, options});
    startNext();
}

void CheckWorker::cancel(int id)
{
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(), [id](const Request &r) { return r.id == id; });
    if (queued != m_queue.end()) {
        CheckResult result;
        result.domain = queued->domain;
        result.cancelled = true;
        result.complete = true;
        m_queue.erase(queued);
        VerdictJudge::judge(result);
        Q_EMIT finished(id, result);
        return;
    }
    if (DomainCheck *check = m_running.value(id))
        check->cancel();
}

void CheckWorker::cancelAll()
{
    while (!m_queue.empty())
        cancel(m_queue.front().id);
    const QList<int> ids = m_running.keys();
    for (int id : ids)
        cancel(id);
}

void CheckWorker::forgetNetwork()
{
    refreshEnvironment();
    for (auto &[key, resolver] : m_resolvers)
        m_retiredResolvers.push_back(std::move(resolver));
    m_resolvers.clear();
    releaseRetiredResolvers();
}

void CheckWorker::releaseRetiredResolvers()
{
    std::erase_if(m_retiredResolvers, [this](std::unique_ptr<Net::Resolver> &resolver) {
        const bool inUse = std::any_of(m_running.cbegin(), m_running.cend(), [&resolver](const DomainCheck *check) {
            return check->resolver() == resolver.get();
        });
        if (!inUse)
            resolver.release()->deleteLater(); // after the finished check, deleted later too, let go of it
        return !inUse;
    });
}

Result<Net::Resolver *> CheckWorker::resolverFor(const Net::ResolverOptions &options)
{
    const QString key = options.forwarder + u'\n' + options.trustAnchorFile + u'\n' + options.rootAnchorFile + u'\n' +
                        options.resolvConf + u'\n' + QString::number(options.timeoutMs) + u'\n' +
                        options.rootHintsFile + u'\n' + QString::number(options.iterateWhenStripped);
    if (const auto found = m_resolvers.find(key); found != m_resolvers.end())
        return found->second.get();
    Result<std::unique_ptr<Net::Resolver>> created = Net::Resolver::create(options);
    if (!created)
        return Result<Net::Resolver *>::failure(created.error());
    Net::Resolver *raw = created.value().get();
    m_resolvers.emplace(key, std::move(created).value());
    return raw;
}

void CheckWorker::startNext()
{
    while (m_running.size() < m_maxChecks && !m_queue.empty()) {
        const Request request = std::move(m_queue.front());
        m_queue.pop_front();
        const Result<Net::Resolver *> found = resolverFor(request.options.resolver);
        if (!found) {
            CheckResult result;
            result.domain = request.domain;
            result.complete = true;
            result.error = found.error().message;
            result.errorCode = found.error().code;
            result.errorArguments = found.error().arguments;
            VerdictJudge::judge(result);
            Q_EMIT finished(request.id, result);
            continue;
        }
        Net::Resolver *resolver = found.value();
        auto *check = new DomainCheck(request.domain, request.options, resolver, m_smtpSlots, this);
        check->setEnvironmentProvider(
            [this, resolver, references = request.options.environmentReferences](qint64 notBeforeMs) {
                return environmentFor(resolver, references, notBeforeMs);
            });
        m_running.insert(request.id, check);
        connect(check, &DomainCheck::updated, this,
                [this, id = request.id](const CheckResult &snapshot) { Q_EMIT progress(id, snapshot); });
        connect(check, &DomainCheck::finished, this, [this, id = request.id, check](const CheckResult &result) {
            m_running.remove(id);
            check->deleteLater();
            releaseRetiredResolvers();
            Q_EMIT finished(id, result);
            startNext();
        });
        check->start();
    }
}

} // namespace Sts::Check
