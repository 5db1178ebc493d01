// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>

#include <algorithm>
#include <cstdio>

namespace Sts::Bench {

//! A QApplication that times every event the GUI thread's loop delivers (the outermost ones; an
//! event sent while another is handled counts in its time) and keeps the slowest: what a stall
//! was spent on, by event type and receiver class.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct SlowEvent
    {
        qint64 us = 0;
        QEvent::Type type = QEvent::None;
        QByteArray receiver;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !m_timing) {
            ++m_depth;
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        ++m_depth;
        const QEvent::Type type = event->type(); // the event may be gone after delivery
        const QByteArray name =
            QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().left(40).toUtf8();
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        keep({timer.nsecsElapsed() / 1000, type, name});
        --m_depth;
        return handled;
    }

    void startTiming() { m_timing = true; }

    //! The \a count slowest, over \a thresholdUs, slowest first, one line each.
    void print(qsizetype count, qint64 thresholdUs) const
    {
        const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
        for (qsizetype i = 0; i < std::min(count, m_slowest.size()); ++i) {
            const SlowEvent &slow = m_slowest.at(i);
            if (slow.us < thresholdUs)
                break;
            const char *type = types.valueToKey(slow.type);
            std::printf("  event of %.1f ms: %s to %s\n", double(slow.us) / 1000.0, type ? type : "?",
                        slow.receiver.constData());
        }
    }

private:
    void keep(SlowEvent slow)
    {
        constexpr qsizetype Kept = 16;
        if (m_slowest.size() == Kept && slow.us <= m_slowest.constLast().us)
            return;
        const auto at = std::upper_bound(m_slowest.begin(), m_slowest.end(), slow,
                                         [](const SlowEvent &a, const SlowEvent &b) { return a.us > b.us; });
        m_slowest.insert(at, std::move(slow));
        if (m_slowest.size() > Kept)
            m_slowest.removeLast();
    }

    int m_depth = 0;
    bool m_timing = false;
    QList<SlowEvent> m_slowest;
};

} // namespace Sts::Bench
