// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <QWindow>

#include <algorithm>

// What the GUI stall benches (bench_gui_stall, bench_watch_stall) share. Their targets define
// STS_TESTBED_SCENARIOS, the testbed's scenarios.json.

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

//! The domains of the first \a count testbed scenarios (fewer when there are not as many).
inline QStringList scenarioDomains(qsizetype count)
{
    QFile file(QStringLiteral(STS_TESTBED_SCENARIOS));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList domains;
    const QJsonArray scenarios = QJsonDocument::fromJson(file.readAll()).object().value(u"scenarios").toArray();
    for (const QJsonValue &scenario : scenarios) {
        if (domains.size() < count)
            domains.append(scenario.toObject().value(u"domain").toString());
    }
    return domains;
}

//! The \a p quantile (0..1) of \a values, 0 when there are none.
inline double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))));
}

} // namespace Sts::Bench
