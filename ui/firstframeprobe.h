// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWindow;

namespace Sts::Ui {

//! Writes, with the trace on (QT_LOGGING_RULES="stsscope.trace.debug=true"), the wall-clock time
//! at which a window's first frame has been drawn: "first frame at 1765094400.123 s".
//! tests/bench/bench_startup.sh subtracts the time it started the process from it.
class FirstFrameProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstFrameProbe)

public:
    //! Watches \a window (deletes itself with it, or after the first frame).
    static void watch(QWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstFrameProbe(QWindow *window);
};

} // namespace Sts::Ui
