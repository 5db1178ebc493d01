// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace Sts::TlsRpt {

//! Counts the ImportedReport objects alive in the process, and the most alive at once since
//! resetPeak(): what tests read to prove that an import holds one report at a time, not a
//! file's (or every file's) reports. Each ImportedReport holds one token; copies and moves
//! count as objects of their own.
class HeldReports
{
public:
    HeldReports() { acquire(); }
    HeldReports(const HeldReports &) { acquire(); }
    HeldReports(HeldReports &&) noexcept { acquire(); }
    HeldReports &operator=(const HeldReports &) = default;
    HeldReports &operator=(HeldReports &&) noexcept = default;
    ~HeldReports() { s_alive.fetch_sub(1, std::memory_order_relaxed); }

    //! Tokens never compare: a report's equality is its content's.
    bool operator==(const HeldReports &) const { return true; }

    static qint64 alive() { return s_alive.load(std::memory_order_relaxed); }
    static qint64 peak() { return s_peak.load(std::memory_order_relaxed); }
    //! Starts a new measurement at the number alive now.
    static void resetPeak() { s_peak.store(alive(), std::memory_order_relaxed); }

private:
    static void acquire()
    {
        const qint64 now = s_alive.fetch_add(1, std::memory_order_relaxed) + 1;
        qint64 peak = s_peak.load(std::memory_order_relaxed);
        while (now > peak && !s_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
        }
    }

    static inline std::atomic<qint64> s_alive{0};
    static inline std::atomic<qint64> s_peak{0};
};

} // namespace Sts::TlsRpt
