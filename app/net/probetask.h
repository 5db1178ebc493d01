// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Sts::Net {

//! One network step of a check that runs on its own: an SMTP session, a policy fetch. Lives in
//! the thread that starts it. Each kind adds a typed finished(result) signal, emitted exactly
//! once; whoever runs tasks starts, cancels and traces them through this interface alone.
class ProbeTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeTask)

public:
    using QObject::QObject;
    ~ProbeTask() override;

    virtual void start() = 0;
    //! Stops at once: closes what is open and finishes with what was observed, marked cancelled.
    //! Safe to call from a slot connected to the task's own signals, and after it finished.
    virtual void cancel() = 0;
    virtual bool isFinished() const = 0;

Q_SIGNALS:
    //! Stable, untranslated name of the step just begun ("banner", "connect 192.0.2.1"): for
    //! traces and progress.
    void progressed(const QString &step);
};

} // namespace Sts::Net
