// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkservice.h"

#include "checkworker.h"

#include <QThread>

namespace Sts::Check {

CheckService::CheckService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new CheckWorker)
{
    qRegisterMetaType<Sts::Check::CheckResult>();
    qRegisterMetaType<Sts::Check::Environment>();
    m_thread->setObjectName(QStringLiteral("CheckService"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CheckWorker::progress, this, &CheckService::progress);
    connect(m_worker, &CheckWorker::finished, this, &CheckService::finished);
    connect(m_worker, &CheckWorker::environmentTested, this, &CheckService::environmentTested);
    m_thread->start();
}

CheckService::~CheckService()
{
    // Sockets and resolvers must be torn down in the thread that owns them.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void CheckService::setMaxConcurrentChecks(int count)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, count] { worker->setMaxConcurrentChecks(count); });
}

void CheckService::setMaxConcurrentSmtpSessions(int count)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, count] { worker->setMaxConcurrentSmtpSessions(count); });
}

int CheckService::start(const QString &domain, const CheckOptions &options)
{
    const int id = m_nextId++;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, id, domain, options] { worker->enqueue(id, domain, options); });
    return id;
}

void CheckService::cancel(int id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->cancel(id); });
}

void CheckService::cancelAll()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancelAll(); });
}

void CheckService::testEnvironment(const CheckOptions &options)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, options] { worker->testEnvironment(options); });
}

} // namespace Sts::Check
