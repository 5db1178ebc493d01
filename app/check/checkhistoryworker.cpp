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
    QString error;
    if (!outcome.changes.isEmpty() && m_watchList->isOpen() &&
        !m_watchList->setLastChange(outcome.domain, {outcome.checked, outcome.changes.constFirst()}, &error))
        Q_EMIT watchListWriteFailed(error);
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
    QString error;
    if (!m_watchList->open(path, &error))
        Q_EMIT watchListWriteFailed(error);
}

void CheckHistoryWorker::loadWatchList(int request, const WatchListStore::Contents &legacy)
{
    if (!m_watchList->isOpen()) {
        // No history file to keep it in: the list an earlier version kept is shown as it is.
        Q_EMIT watchListLoaded(request, legacy, false);
        return;
    }
    bool migrated = false;
    QString error;
    const WatchListStore::Contents contents = m_watchList->load(legacy, &migrated, &error);
    if (!error.isEmpty())
        Q_EMIT watchListWriteFailed(error);
    Q_EMIT watchListLoaded(request, contents, migrated);
}

void CheckHistoryWorker::addWatched(const QStringList &domains)
{
    QString error;
    if (m_watchList->isOpen() && !m_watchList->add(domains, &error))
        Q_EMIT watchListWriteFailed(error);
}

void CheckHistoryWorker::removeWatched(const QStringList &domains)
{
    QString error;
    if (m_watchList->isOpen() && !m_watchList->remove(domains, &error))
        Q_EMIT watchListWriteFailed(error);
}

void CheckHistoryWorker::setWatchInterval(int hours)
{
    QString error;
    if (m_watchList->isOpen() && !m_watchList->setIntervalHours(hours, &error))
        Q_EMIT watchListWriteFailed(error);
}

void CheckHistoryWorker::shutdown()
{
    m_watchList.reset();
    m_watch.reset();
    m_history.reset();
}

} // namespace Sts::Check
