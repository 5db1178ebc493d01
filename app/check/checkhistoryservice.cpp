// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkhistoryservice.h"

#include "checkhistoryworker.h"
#include "common/backgroundpriority.h"

#include <QThread>

namespace Sts::Check {

CheckHistoryService::CheckHistoryService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new CheckHistoryWorker)
{
    qRegisterMetaType<Sts::Check::CheckResult>();
    qRegisterMetaType<QList<Sts::Check::CheckHistory::Entry>>();
    qRegisterMetaType<Sts::Check::WatchOutcome>();
    qRegisterMetaType<QList<Sts::Check::WatchOutcome>>();
    qRegisterMetaType<Sts::Check::WatchListStore::Contents>();
    m_thread->setObjectName(QStringLiteral("CheckHistoryService"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CheckHistoryWorker::opened, this, &CheckHistoryService::opened);
    connect(m_worker, &CheckHistoryWorker::recorded, this, &CheckHistoryService::recorded);
    connect(m_worker, &CheckHistoryWorker::entriesReady, this, &CheckHistoryService::entriesReady);
    connect(m_worker, &CheckHistoryWorker::latestReady, this, &CheckHistoryService::latestReady);
    connect(m_worker, &CheckHistoryWorker::loaded, this, &CheckHistoryService::loaded);
    connect(m_worker, &CheckHistoryWorker::removed, this, &CheckHistoryService::removed);
    connect(m_worker, &CheckHistoryWorker::watchRecorded, this, &CheckHistoryService::watchRecorded);
    connect(m_worker, &CheckHistoryWorker::watchSummariesReady, this, &CheckHistoryService::watchSummariesReady);
    connect(m_worker, &CheckHistoryWorker::watchListLoaded, this, &CheckHistoryService::watchListLoaded);
    connect(m_worker, &CheckHistoryWorker::watchListWriteFailed, this, &CheckHistoryService::watchListWriteFailed);
    m_thread->start();
    // Its work gives way to the GUI thread's (when there is one).
    QMetaObject::invokeMethod(m_worker, [] { BackgroundPriority::applyToCurrentThread(); });
}

CheckHistoryService::~CheckHistoryService()
{
    // The SQL connection must be closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void CheckHistoryService::open(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] {
        worker->open(path);
        worker->openWatchList(path);
    });
}

int CheckHistoryService::record(const CheckResult &result)
{
    const int request = nextRequest();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, result] { worker->record(request, result); });
    return request;
}

int CheckHistoryService::entries(const QString &domain, int limit)
{
    const int request = nextRequest();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, request, domain, limit] { worker->entries(request, domain, limit); });
    return request;
}

int CheckHistoryService::latestPerDomain(int limit)
{
    const int request = nextRequest();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, request, limit] { worker->latestPerDomain(request, limit); });
    return request;
}

int CheckHistoryService::load(qint64 id)
{
    const int request = nextRequest();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, id] { worker->load(request, id); });
    return request;
}

int CheckHistoryService::remove(const QStringList &domains)
{
    const int request = nextRequest();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, domains] { worker->remove(request, domains); });
    return request;
}

int CheckHistoryService::recordWatched(const CheckResult &result)
{
    const int request = nextRequest();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, request, result] { worker->recordWatched(request, result); });
    return request;
}

void CheckHistoryService::setExpiryWarningDays(int days)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, days] { worker->setExpiryWarningDays(days); });
}

int CheckHistoryService::watchSummaries(const QStringList &domains)
{
    const int request = nextRequest();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, request, domains] { worker->watchSummaries(request, domains); });
    return request;
}

int CheckHistoryService::loadWatchList(const WatchListStore::Contents &legacy)
{
    const int request = nextRequest();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, request, legacy] { worker->loadWatchList(request, legacy); });
    return request;
}

void CheckHistoryService::addWatched(const QStringList &domains)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, domains] { worker->addWatched(domains); });
}

void CheckHistoryService::removeWatched(const QStringList &domains)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, domains] { worker->removeWatched(domains); });
}

void CheckHistoryService::setWatchInterval(int hours)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, hours] { worker->setWatchInterval(hours); });
}

} // namespace Sts::Check
