// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkhistory.h"
#include "watchliststore.h"
#include "watchoutcome.h"
#include "watchstate.h"

#include <QObject>

#include <memory>

namespace Sts::Check {

//! Owns the check history in the CheckHistoryService's thread (Qt SQL connections belong to the
//! thread that opened them). Each call answers with one signal that carries the caller's request
//! id and values only.
class CheckHistoryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckHistoryWorker)

public:
    CheckHistoryWorker();
    ~CheckHistoryWorker() override;

    void open(const QString &path);
    void record(int request, const Sts::Check::CheckResult &result);
    void entries(int request, const QString &domain, int limit);
    void latestPerDomain(int request, int limit);
    void load(int request, qint64 id);
    void remove(int request, const QStringList &domains);
    //! Records a watched domain's check and compares it with the one kept before (WatchState, as
    //! the CLI's watch does): each change is reported once.
    void recordWatched(int request, const Sts::Check::CheckResult &result);
    void setExpiryWarningDays(int days);
    //! The last recorded check of each of \a domains, summarised (no changes).
    void watchSummaries(int request, const QStringList &domains);
    //! Opens the watch list's tables in the history's file (after open()).
    void openWatchList(const QString &path);
    //! The desktop app's watch list (WatchListStore), taking \a legacy in once.
    void loadWatchList(int request, const Sts::Check::WatchListStore::Contents &legacy);
    void addWatched(const QStringList &domains);
    void removeWatched(const QStringList &domains);
    void setWatchInterval(int hours);
    void shutdown();

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void recorded(int request, const QString &domain, qint64 id);
    void entriesReady(int request, const QString &domain, const QList<Sts::Check::CheckHistory::Entry> &entries);
    void latestReady(int request, const QList<Sts::Check::CheckHistory::Entry> &entries);
    void loaded(int request, qint64 id, const QJsonObject &result);
    void removed(int request, qint64 count, const QString &error);
    void watchRecorded(int request, const Sts::Check::WatchOutcome &outcome);
    void watchSummariesReady(int request, const QList<Sts::Check::WatchOutcome> &outcomes);
    void watchListLoaded(int request, const Sts::Check::WatchListStore::Contents &contents, bool migrated);
    void watchListWriteFailed(const QString &error);

private:
    //! Tells watchListWriteFailed() when \a written failed.
    void reportWatchListFailure(const Result<void> &written);
    int m_expiryWarningDays = 21;
    std::unique_ptr<CheckHistory> m_history;
    std::unique_ptr<WatchState> m_watch;         //!< on m_history: the watch state the CLI's watch keeps too
    std::unique_ptr<WatchListStore> m_watchList; //!< in the same file, a connection of its own
};

} // namespace Sts::Check
