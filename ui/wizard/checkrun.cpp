// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkrun.h"

#include "check/checkservice.h"

namespace Sts::Ui {

CheckRun::CheckRun(Check::CheckService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    connect(m_service, &Check::CheckService::progress, this, [this](int id, const Check::CheckResult &snapshot) {
        if (id == m_id)
            Q_EMIT progress(snapshot);
    });
    connect(m_service, &Check::CheckService::finished, this, [this](int id, const Check::CheckResult &result) {
        if (id != m_id)
            return; // a run that was replaced
        m_id = 0;
        Q_EMIT finished(result);
    });
}

void CheckRun::start(const QString &domain, const Check::CheckOptions &options)
{
    cancel();
    m_id = m_service->start(domain, options);
    ++m_starts;
}

void CheckRun::cancel()
{
    if (m_id != 0)
        m_service->cancel(m_id);
}

} // namespace Sts::Ui
