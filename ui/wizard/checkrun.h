// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkoptions.h"
#include "check/checkresult.h"

#include <QObject>

namespace Sts::Check {
class CheckService;
}

namespace Sts::Ui {

//! One page's check on the wizard's shared CheckService: starting again cancels the previous
//! run, and only this run's snapshots and result are passed on.
class CheckRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckRun)

public:
    explicit CheckRun(Check::CheckService *service, QObject *parent = nullptr);

    void start(const QString &domain, const Check::CheckOptions &options);
    void cancel(); //!< finished() follows with what was collected
    bool isRunning() const { return m_id != 0; }
    int startCount() const { return m_starts; } //!< tells one run's result from the next

Q_SIGNALS:
    void progress(const Sts::Check::CheckResult &snapshot);
    void finished(const Sts::Check::CheckResult &result);

private:
    Check::CheckService *m_service;
    int m_id = 0; //!< the service's id of the running check, 0 when none runs
    int m_starts = 0;
};

} // namespace Sts::Ui
