// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkservice.h"

#include "checkhandle.h"
#include "checkworker.h"
#include "common/backgroundpriority.h"
#include "common/threadlanguage.h"

#include <QNetworkInformation>
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
    connect(m_worker, &CheckWorker::progress, this, &CheckService::onProgress);
    connect(m_worker, &CheckWorker::finished, this, &CheckService::onFinished);
    connect(m_worker, &CheckWorker::environmentTested, this, &CheckService::environmentTested);
    m_networkSettling.setSingleShot(true);
    m_networkSettling.setInterval(1500);
    connect(&m_networkSettling, &QTimer::timeout, this, &CheckService::networkChanged);
    m_thread->start();
    // Its work gives way to the GUI thread's (when there is one), and its results are in English.
    QMetaObject::invokeMethod(m_worker, [] {
        BackgroundPriority::applyToCurrentThread();
        ThreadLanguage::keepEnglish();
    });
}

CheckService::~CheckService()
{
    // Handles may outlive the service; they must not call back into it.
    for (CheckHandle *handle : std::as_const(m_handles))
        handle->m_service = nullptr;
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

CheckHandle *CheckService::run(const QString &domain, const CheckOptions &options, QObject *parent)
{
    const int id = m_nextId++;
    auto *handle = new CheckHandle(this, id, domain, parent);
    m_handles.insert(id, handle);
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, id, domain, options] { worker->enqueue(id, domain, options); });
    return handle;
}

void CheckService::forget(int id)
{
    m_handles.remove(id);
    cancel(id);
}

void CheckService::onProgress(int id, const CheckResult &snapshot)
{
    if (CheckHandle *handle = m_handles.value(id))
        handle->deliverProgress(snapshot);
}

void CheckService::onFinished(int id, const CheckResult &result)
{
    if (CheckHandle *handle = m_handles.take(id))
        handle->deliverFinished(result);
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
    m_environmentOptions = options;
    watchNetwork();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, options] { worker->testEnvironment(options); });
}

void CheckService::networkChanged()
{
    m_networkSettling.stop();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->forgetNetwork(); });
    if (m_environmentOptions)
        testEnvironment(*m_environmentOptions);
}

void CheckService::watchNetwork()
{
    if (m_watchingNetwork)
        return;
    m_watchingNetwork = true;
    // Best effort: without a backend (no NetworkManager, no GLib monitor) retests stay on demand.
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    const QNetworkInformation *information = QNetworkInformation::instance();
    const auto settle = [this] { m_networkSettling.start(); };
    connect(information, &QNetworkInformation::reachabilityChanged, this, settle);
    connect(information, &QNetworkInformation::transportMediumChanged, this, settle);
    connect(information, &QNetworkInformation::isBehindCaptivePortalChanged, this, settle);
}

} // namespace Sts::Check
