// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlibraryservice.h"

#include "common/backgroundpriority.h"
#include "reportlibraryworker.h"

#include <QThread>

namespace Sts::TlsRpt {

ReportLibraryService::ReportLibraryService(QObject *parent)
    : QObject(parent)
    , m_canceledUpTo(std::make_shared<std::atomic<int>>(0))
    , m_syncsCanceledUpTo(std::make_shared<std::atomic<int>>(0))
    , m_thread(new QThread(this))
    , m_worker(new ReportLibraryWorker(m_canceledUpTo, m_syncsCanceledUpTo))
{
    qRegisterMetaType<Sts::TlsRpt::ImportSummary>();
    qRegisterMetaType<Sts::TlsRpt::MailboxAccount>();
    qRegisterMetaType<Sts::TlsRpt::MailboxSyncSummary>();
    m_thread->setObjectName(QStringLiteral("ReportLibraryService"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReportLibraryWorker::openFailed, this, &ReportLibraryService::openFailed);
    connect(m_worker, &ReportLibraryWorker::importProgress, this, &ReportLibraryService::importProgress);
    connect(m_worker, &ReportLibraryWorker::importFinished, this, &ReportLibraryService::importFinished);
    connect(m_worker, &ReportLibraryWorker::reportsLoaded, this, &ReportLibraryService::reportsLoaded);
    connect(m_worker, &ReportLibraryWorker::rawJsonReady, this, &ReportLibraryService::rawJsonReady);
    connect(m_worker, &ReportLibraryWorker::reportsRemoved, this, &ReportLibraryService::reportsRemoved);
    connect(m_worker, &ReportLibraryWorker::mailboxSyncProgress, this, &ReportLibraryService::mailboxSyncProgress);
    connect(m_worker, &ReportLibraryWorker::mailboxSyncFinished, this, &ReportLibraryService::mailboxSyncFinished);
    m_thread->start();
    // Its work gives way to the GUI thread's (when there is one).
    QMetaObject::invokeMethod(m_worker, [] { BackgroundPriority::applyToCurrentThread(); });
}

ReportLibraryService::~ReportLibraryService()
{
    cancelImport();
    cancelMailboxSync();
    // The SQL connection must be closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ReportLibraryService::open(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->open(path); });
}

void ReportLibraryService::import(const QStringList &paths)
{
    const int id = ++m_lastImport;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, paths] { worker->import(id, paths); });
}

void ReportLibraryService::cancelImport()
{
    m_canceledUpTo->store(m_lastImport);
}

void ReportLibraryService::reload()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->load(); });
}

void ReportLibraryService::fetchRawJson(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->fetchRawJson(id); });
}

void ReportLibraryService::remove(const QList<qint64> &ids)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ids] { worker->remove(ids); });
}

void ReportLibraryService::syncMailbox(const MailboxAccount &account, const QString &password)
{
    const int id = ++m_lastSync;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, account, password] { worker->syncMailbox(id, account, password); });
}

void ReportLibraryService::cancelMailboxSync()
{
    m_syncsCanceledUpTo->store(m_lastSync);
}

} // namespace Sts::TlsRpt
