// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace.h"

#include <QElapsedTimer>

Q_LOGGING_CATEGORY(lcStsTrace, "stsscope.trace", QtWarningMsg)

namespace Sts::Trace {

void event(const QString &subject, const QString &event)
{
    if (!lcStsTrace().isDebugEnabled())
        return;
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    qCDebug(lcStsTrace, "+%.1f ms %s: %s", static_cast<double>(clock.nsecsElapsed()) / 1e6, qUtf8Printable(subject),
            qUtf8Printable(event));
}

} // namespace Sts::Trace
