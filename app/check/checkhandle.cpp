// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkhandle.h"

#include "checkservice.h"

namespace Sts::Check {

CheckHandle::CheckHandle(CheckService *service, int id, const QString &domain, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_id(id)
    , m_domain(domain)
{}

CheckHandle::~CheckHandle()
{
    if (m_running && m_service)
        m_service->forget(m_id);
}

void CheckHandle::cancel()
{
    if (m_running && m_service)
        m_service->cancel(m_id);
}

void CheckHandle::deliverProgress(const CheckResult &snapshot)
{
    if (m_running)
        Q_EMIT progress(snapshot);
}

void CheckHandle::deliverFinished(const CheckResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace Sts::Check
