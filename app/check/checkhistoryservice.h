// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkhistory.h"
#include "watchliststore.h"
#include "watchoutcome.h"

#include <QObject>

class QThread;

namespace Sts::Check {

class CheckHistoryWorker;

//! The check history seen from the GUI thread: every call returns at once with a request id, the
//! SQLite work happens in a thread of its own, and the answer comes back through a queued signal
//! that carries the same id, as values. Calls are answered in the order they were made, so a
//! record() followed by entries() sees the recorded check.
class CheckHistoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckHistoryService)

public:
    explicit CheckHistoryService(QObject *parent = nullptr);
    ~CheckHistoryService() override; //!< closes the history and joins the thread

    //! Opens (and creates) the history at \a path; opened() answers.
    void open(const QString &path);
    //! Keeps a complete, not cancelled result (CheckHistory::record()); recorded() answers.
    int record(const CheckResult &result);
    //! The checks of \a domain, newest first; entriesReady() answers.
    int entries(const QString &domain, int limit = 100);
    //! The latest check of each domain, newest first; latestReady() answers.
    int latestPerDomain(int limit = 20);
    //! Deletes every check of \a domains and what the watch kept of them (CheckHistory::remove());
    //! removed() answers.
    int remove(const QStringList &domains);
    //! The stored result as CheckResult::toJson() wrote it; loaded() answers.
    int load(qint64 id);
    //! Records a watched domain's check and compares it with the domain's check before, in the
    //! history's thread; watchRecorded() answers with what changed (each change once).
    int recordWatched(const CheckResult &result);
    //! Certificates expiring within \a days are a change worth reporting.
    void setExpiryWarningDays(int days);
    //! The last recorded check of each of \a domains; watchSummariesReady() answers.
    int watchSummaries(const QStringList &domains);

    //! The desktop app's watch list as stored beside the history (WatchListStore); the first load
    //! of a file that never held one takes \a legacy (the settings of an earlier version) in.
    //! watchListLoaded() answers. The writes below return at once and happen in order in the
    //! history's thread; watchListWriteFailed() tells of one that failed.
    int loadWatchList(const WatchListStore::Contents &legacy = {});
    void addWatched(const QStringList &domains);
    void removeWatched(const QStringList &domains);
    void setWatchInterval(int hours);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    //! \a id is 0 when the result was not kept (cancelled, inconclusive, no history).
    void recorded(int request, const QString &domain, qint64 id);
    void entriesReady(int request, const QString &domain, const QList<Sts::Check::CheckHistory::Entry> &entries);
    void latestReady(int request, const QList<Sts::Check::CheckHistory::Entry> &entries);
    void loaded(int request, qint64 id, const QJsonObject &result);
    //! \a count checks were deleted; -1 with \a error when nothing was.
    void removed(int request, qint64 count, const QString &error);
    void watchRecorded(int request, const Sts::Check::WatchOutcome &outcome);
    void watchSummariesReady(int request, const QList<Sts::Check::WatchOutcome> &outcomes);
    void watchListLoaded(int request, const Sts::Check::WatchListStore::Contents &contents, bool migrated);
    void watchListWriteFailed(const QString &error);

private:
    int nextRequest() { return ++m_lastRequest; }

    QThread *m_thread;
    CheckHistoryWorker *m_worker;
    int m_lastRequest = 0;
};

} // namespace Sts::Check
