// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkhistoryworker.h"

#include "findingregistry.h"

namespace Sts::Check {

CheckHistoryWorker::CheckHistoryWorker()
    : m_history(std::make_unique<CheckHistory>())
    , m_watch(std::make_unique<WatchState>(*m_history, m_expiryWarningDays))
    , m_watchList(std::make_unique<WatchListStore>())
{}

CheckHistoryWorker::~CheckHistoryWorker() = default;

void CheckHistoryWorker::open(const QString &path)
{
    const Result<void> result = m_history->open(path);
    // The signals' text is for the status bar only: translated here, where the finding is at hand.
    Q_EMIT opened(result.ok(), result ? QString() : displayMessage(result.error()));
}

void CheckHistoryWorker::record(int request, const CheckResult &result)
{
    Q_EMIT recorded(request, result.domain, m_history->record(result).valueOr(0)); // a failed write keeps nothing
}

void CheckHistoryWorker::entries(int request, const QString &domain, int limit)
{
    Q_EMIT entriesReady(request, domain, m_history->entries(domain, limit));
}

void CheckHistoryWorker::latestPerDomain(int request, int limit)
{
    Q_EMIT latestReady(request, m_history->latestPerDomain(limit));
}

void CheckHistoryWorker::load(int request, qint64 id)
{
    Q_EMIT loaded(request, id, m_history->load(id));
}

void CheckHistoryWorker::remove(int request, const QStringList &domains)
{
    const Result<qint64> count = m_history->remove(domains);
    Q_EMIT removed(request, count ? count.value() : -1, count ? QString() : displayMessage(count.error()));
}

void CheckHistoryWorker::setExpiryWarningDays(int days)
{
    m_expiryWarningDays = days;
    m_watch = std::make_unique<WatchState>(*m_history, days);
}

void CheckHistoryWorker::recordWatched(int request, const CheckResult &result)
{
    const WatchState::Outcome recorded = m_watch->record(result, QDateTime::currentDateTimeUtc());
    WatchOutcome outcome = WatchOutcome::summarize(result);
    outcome.compared = recorded.compared;
    outcome.notComparedReason = recorded.notComparedReason;
    outcome.firstCheck = recorded.firstCheck;
    outcome.historyId = recorded.historyId;
    outcome.changes = recorded.changes;
    // The list's "last change" is kept here, beside the check: no write on the GUI thread.
    if (!outcome.changes.isEmpty() && m_watchList->isOpen())
        reportWatchListFailure(
            m_watchList->setLastChange(outcome.domain, {outcome.checked, outcome.changes.constFirst()}));
    Q_EMIT watchRecorded(request, outcome);
}

void CheckHistoryWorker::watchSummaries(int request, const QStringList &domains)
{
    QList<WatchOutcome> outcomes;
    for (const QString &domain : domains) {
        const std::optional<CheckResult> latest = m_history->watchReference(domain);
        if (!latest)
            continue;
        WatchOutcome outcome = WatchOutcome::summarize(*latest);
        outcome.compared = true;
        outcomes.append(outcome);
    }
    Q_EMIT watchSummariesReady(request, outcomes);
}

void CheckHistoryWorker::openWatchList(const QString &path)
{
    if (!m_history->isOpen())
        return; // a file written by a newer version, or none: the list stays in memory, unsaved
    reportWatchListFailure(m_watchList->open(path));
}

void CheckHistoryWorker::loadWatchList(int request, const WatchListStore::Contents &legacy)
{
    if (!m_watchList->isOpen()) {
        // No history file to keep it in: the list an earlier version kept is shown as it is.
        Q_EMIT watchListLoaded(request, legacy, false);
        return;
    }
    const Result<WatchListStore::Loaded> loaded = m_watchList->load(legacy);
    if (!loaded)
        Q_EMIT watchListWriteFailed(displayMessage(loaded.error()));
    Q_EMIT watchListLoaded(request, loaded ? loaded->contents : WatchListStore::Contents(), loaded && loaded->migrated);
}

void CheckHistoryWorker::addWatched(const QStringList &domains)
{
    if (m_watchList->isOpen())
        reportWatchListFailure(m_watchList->add(domains));
}

void CheckHistoryWorker::removeWatched(const QStringList &domains)
{
    if (m_watchList->isOpen())
        reportWatchListFailure(m_watchList->remove(domains));
}

void CheckHistoryWorker::setWatchInterval(int hours)
{
    if (m_watchList->isOpen())
        reportWatchListFailure(m_watchList->setIntervalHours(hours));
}

void CheckHistoryWorker::reportWatchListFailure(const Result<void> &written)
{
    if (!written)
        Q_EMIT watchListWriteFailed(displayMessage(written.error())); // for the status bar
}

void CheckHistoryWorker::shutdown()
{
    m_watchList.reset();
    m_watch.reset();
    m_history.reset();
}

} // namespace Sts::Check
