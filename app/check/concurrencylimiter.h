// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace Sts::Check {

//! Runs at most N jobs at once, in the order they were queued. A job owns its slot until it
//! calls release(); a job whose context object is gone before its turn is skipped.
class ConcurrencyLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcurrencyLimiter)

public:
    explicit ConcurrencyLimiter(int maximum, QObject *parent = nullptr);

    void setMaximum(int maximum);
    void run(QObject *context, std::function<void()> job);
    void release();
    int running() const { return m_running; }
    int queued() const { return static_cast<int>(m_queue.size()); }

private:
    void drain();

    struct Job
    {
        QPointer<QObject> context;
        std::function<void()> run;
    };
    int m_maximum;
    int m_running = 0;
    std::deque<Job> m_queue;
};

} // namespace Sts::Check
