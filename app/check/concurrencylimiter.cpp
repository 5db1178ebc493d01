// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "concurrencylimiter.h"

#include <algorithm>

namespace Sts::Check {

ConcurrencyLimiter::ConcurrencyLimiter(int maximum, QObject *parent)
    : QObject(parent)
    , m_maximum(std::max(1, maximum))
{}

void ConcurrencyLimiter::setMaximum(int maximum)
{
    m_maximum = std::max(1, maximum);
    drain();
}

void ConcurrencyLimiter::run(QObject *context, std::function<void()> job)
{
    m_queue.push_back({context, std::move(job)});
    drain();
}

void ConcurrencyLimiter::release()
{
    Q_ASSERT(m_running > 0);
    --m_running;
    drain();
}

void ConcurrencyLimiter::drain()
{
    while (m_running < m_maximum && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        if (!job.context)
            continue;
        ++m_running;
        job.run();
    }
}

} // namespace Sts::Check
