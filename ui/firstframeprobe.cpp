// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstframeprobe.h"

#include "common/trace.h"

#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWindow>

namespace Sts::Ui {

FirstFrameProbe::FirstFrameProbe(QWindow *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

void FirstFrameProbe::watch(QWindow *window)
{
    if (window && lcStsTrace().isDebugEnabled())
        new FirstFrameProbe(window);
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
        watched->removeEventFilter(this);
        // The expose event paints and flushes the window synchronously; what is queued after it
        // runs once the frame is out.
        QTimer::singleShot(0, this, [this] {
            qCDebug(lcStsTrace, "first frame at %.3f s", double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
            deleteLater();
        });
    }
    return false;
}

} // namespace Sts::Ui
