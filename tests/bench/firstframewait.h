// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QWidget>
#include <QWindow>

namespace Sts::Bench {

//! Runs the event loop until \a window is on screen and half a second more (what it loads right
//! after: history, library), at most ten seconds: the stall benches time from there, because the
//! first frame is start-up, which tests/bench/bench_startup.sh measures.
inline void waitForFirstFrame(const QWidget &window)
{
    QElapsedTimer settling;
    settling.start();
    while (settling.elapsed() < 500 || !window.windowHandle() || !window.windowHandle()->isExposed()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (settling.elapsed() > 10'000)
            break;
    }
}

} // namespace Sts::Bench
