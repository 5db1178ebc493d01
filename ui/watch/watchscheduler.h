// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkoptions.h"
#include "check/checkresult.h"
#include "check/watchoutcome.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace Sts::Check {
class CheckHandle;
class CheckHistoryService;
class CheckService;
} // namespace Sts::Check

namespace Sts::Ui {

//! Re-checks the watched domains in the background while the application runs: each domain once
//! per interval, the starts spread evenly over it (gentle with the domains' servers and this
//! machine's network), at most maxConcurrent() at once, in a CheckService of its own so that the
//! user's own checks never wait behind them. Each result goes to the check history, which compares
//! it with the one before (in its thread); outcomeReady() says what came of it. A check that could
//! not run is no change.
class WatchScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchScheduler)

public:
    WatchScheduler(Check::CheckHistoryService *history, QObject *parent = nullptr);
    ~WatchScheduler() override;

    //! No check starts before the options are set (the user's CA, resolver, proxy).
    void setOptions(const Check::CheckOptions &options);
    //! The domains to watch; checks of domains no longer listed are cancelled.
    void setDomains(const QStringList &domains);
    //! How often each domain is checked; zero stops the schedule (checkNow() still works).
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }
    //! Domains last checked at these times (from the history) are due one interval later. The
    //! schedule waits for this first call: before it, every domain would look due.
    void setLastChecked(const QHash<QString, QDateTime> &checked);

    //! Checks \a domains (all when empty) as soon as the concurrency allows, ahead of the schedule.
    void checkNow(const QStringList &domains = {});
    //! The checks from now on start with empty DNS caches (fresh resolvers; running checks keep
    //! theirs): a check the user asks for sees the records as they are now, not as a resolver
    //! kept them for up to their TTL since an earlier check (an MX just added, a record fixed).
    void forgetCachedAnswers();
    void cancelAll();
    int runningCount() const { return static_cast<int>(m_running.size()); }
    int queuedCount() const { return static_cast<int>(m_queue.size()); }
    bool isBusy() const { return !m_running.isEmpty() || !m_queue.isEmpty(); }

Q_SIGNALS:
    void checkStarted(const QString &domain);
    //! A background check ended and was compared (or found not comparable) in the history.
    void outcomeReady(const Sts::Check::WatchOutcome &outcome);
    //! Nothing runs and nothing waits any more.
    void idle();

private:
    void pace();
    void enqueueDue();
    void startNext();
    void onFinished(Check::CheckHandle *handle, const Check::CheckResult &result);
    void onOutcome(int request, const Check::WatchOutcome &outcome);
    std::chrono::milliseconds spacing() const;
    //! Starts the pacer once the options and the last checks are known and an interval is set.
    void resumeSchedule();

    Check::CheckHistoryService *m_history;
    Check::CheckService *m_service;
    Check::CheckOptions m_options;
    QStringList m_domains;
    QHash<QString, QDateTime> m_lastStarted;
    QStringList m_queue;                            //!< waiting to start, in order
    QHash<Check::CheckHandle *, QString> m_running; //!< each delivers only its own check
    QHash<int, QString> m_recording;                //!< history request → domain
    std::chrono::milliseconds m_interval{0};
    int m_maxConcurrent = 4;
    bool m_optionsSet = false;
    bool m_lastCheckedKnown = false;
    QTimer m_pacer; //!< one start per tick: the interval spread over the domains
};

} // namespace Sts::Ui
