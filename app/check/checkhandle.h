// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"

#include <QObject>
#include <QPointer>

namespace Sts::Check {

class CheckService;

//! One check started by CheckService::run(): it delivers that check's snapshots and result and
//! nobody else's, so that a client holds its checks instead of filtering every client's by id.
//! Deleting a handle whose check still runs cancels the check.
class CheckHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckHandle)

public:
    ~CheckHandle() override;

    int id() const { return m_id; }
    QString domain() const { return m_domain; }
    bool isRunning() const { return m_running; }
    //! Stops the check; finished() follows with what was observed (a cancelled result).
    void cancel();

Q_SIGNALS:
    void progress(const Sts::Check::CheckResult &snapshot);
    void finished(const Sts::Check::CheckResult &result); //!< exactly once

private:
    friend class CheckService;
    CheckHandle(CheckService *service, int id, const QString &domain, QObject *parent);
    void deliverProgress(const CheckResult &snapshot);
    void deliverFinished(const CheckResult &result);

    QPointer<CheckService> m_service;
    int m_id;
    QString m_domain;
    bool m_running = true;
};

} // namespace Sts::Check
