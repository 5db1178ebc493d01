// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchscheduler.h"

#include "check/checkhandle.h"
#include "check/checkhistoryservice.h"
#include "check/checkservice.h"

#include <algorithm>

namespace Sts::Ui {

using namespace std::chrono_literals;

namespace {
//! No faster than this between two scheduled starts, however many domains share the interval.
constexpr auto MinimumSpacing = 50ms;
} // namespace

WatchScheduler::WatchScheduler(Check::CheckHistoryService *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_service(new Check::CheckService(this))
{
    qRegisterMetaType<Sts::Check::WatchOutcome>();
    m_service->setMaxConcurrentChecks(m_maxConcurrent);
    connect(m_history, &Check::CheckHistoryService::watchRecorded, this, &WatchScheduler::onOutcome);
    connect(&m_pacer, &QTimer::timeout, this, &WatchScheduler::pace);
}

WatchScheduler::~WatchScheduler() = default;

void WatchScheduler::setDomains(const QStringList &domains)
{
    m_domains = domains;
    const QSet<QString> listed(domains.cbegin(), domains.cend());
    m_queue.removeIf([&](const QString &domain) { return !listed.contains(domain); });
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (listed.contains(*it)) {
            ++it;
            continue;
        }
        Check::CheckHandle *handle = it.key();
        it = m_running.erase(it);
        delete handle; // cancels the check; its result is of no interest any more
    }
    if (m_pacer.isActive())
        m_pacer.setInterval(spacing());
    startNext();
}

void WatchScheduler::setOptions(const Check::CheckOptions &options)
{
    m_options = options;
    m_optionsSet = true;
    resumeSchedule();
    startNext(); // what checkNow() queued before the options were known
}

void WatchScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, 0ms);
    m_pacer.stop();
    resumeSchedule();
}

void WatchScheduler::resumeSchedule()
{
    if (m_interval == 0ms || !m_optionsSet || !m_lastCheckedKnown || m_pacer.isActive())
        return;
    m_pacer.start(spacing());
    pace(); // the first due domain now, not one spacing later
}

std::chrono::milliseconds WatchScheduler::spacing() const
{
    const auto domains = std::max<qsizetype>(1, m_domains.size());
    return std::max(MinimumSpacing, std::chrono::milliseconds(m_interval.count() / domains));
}

void WatchScheduler::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
    m_service->setMaxConcurrentChecks(m_maxConcurrent);
    startNext();
}

void WatchScheduler::setLastChecked(const QHash<QString, QDateTime> &checked)
{
    for (auto it = checked.cbegin(); it != checked.cend(); ++it) {
        QDateTime &last = m_lastStarted[it.key()];
        if (!last.isValid() || it.value() > last)
            last = it.value();
    }
    m_lastCheckedKnown = true;
    resumeSchedule();
}

void WatchScheduler::checkNow(const QStringList &domains)
{
    for (const QString &domain : domains.isEmpty() ? m_domains : domains) {
        if (m_domains.contains(domain) && !m_queue.contains(domain) &&
            std::find(m_running.cbegin(), m_running.cend(), domain) == m_running.cend())
            m_queue.append(domain);
    }
    startNext();
}

void WatchScheduler::forgetCachedAnswers()
{
    m_service->networkChanged();
}

void WatchScheduler::cancelAll()
{
    m_queue.clear();
    // Cancelled, not forgotten: each still ends with an outcome (not compared).
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        it.key()->cancel();
}

void WatchScheduler::pace()
{
    // One due domain joins the queue per tick: a full list is spread over the interval instead of
    // starting all at once when the application starts or the interval comes round.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto intervalMs = m_interval.count();
    for (const QString &domain : std::as_const(m_domains)) {
        const QDateTime last = m_lastStarted.value(domain);
        if (last.isValid() && last.msecsTo(now) < intervalMs)
            continue;
        if (m_queue.contains(domain) || std::find(m_running.cbegin(), m_running.cend(), domain) != m_running.cend())
            continue;
        m_queue.append(domain);
        break;
    }
    startNext();
}

void WatchScheduler::startNext()
{
    if (!m_optionsSet)
        return; // default options would check without the user's CA, resolver and proxy
    while (!m_queue.isEmpty() && m_running.size() < m_maxConcurrent) {
        const QString domain = m_queue.takeFirst();
        m_lastStarted.insert(domain, QDateTime::currentDateTimeUtc());
        Check::CheckHandle *handle = m_service->run(domain, m_options, this);
        connect(handle, &Check::CheckHandle::finished, this,
                [this, handle](const Check::CheckResult &result) { onFinished(handle, result); });
        m_running.insert(handle, domain);
        Q_EMIT checkStarted(domain);
    }
}

void WatchScheduler::onFinished(Check::CheckHandle *handle, const Check::CheckResult &result)
{
    const QString domain = m_running.take(handle);
    handle->deleteLater();
    if (domain.isEmpty())
        return;
    // Recorded and compared in the history's thread: the GUI thread neither writes nor parses.
    m_recording.insert(m_history->recordWatched(result), domain);
    startNext();
}

void WatchScheduler::onOutcome(int request, const Check::WatchOutcome &outcome)
{
    if (!m_recording.remove(request))
        return;
    Q_EMIT outcomeReady(outcome);
    if (!isBusy() && m_recording.isEmpty())
        Q_EMIT idle();
}

} // namespace Sts::Ui
