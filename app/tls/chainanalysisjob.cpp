// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainanalysisjob.h"

#include "common/backgroundpriority.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Sts::Tls {

ChainAnalysisJob::ChainAnalysisJob(QObject *parent)
    : QObject(parent)
{}

ChainAnalysisJob::~ChainAnalysisJob()
{
    drop();
}

void ChainAnalysisJob::start(const QList<QSslCertificate> &presented, const QString &hostName,
                             const TrustOptions &trust)
{
    drop();
    m_watcher = new QFutureWatcher<ChainAnalysis>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const ChainAnalysis analysis = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        Q_EMIT finished(analysis);
    });
    m_watcher->setFuture(QtConcurrent::run([presented, hostName, trust] {
        BackgroundPriority::applyToCurrentThread(); // X.509 verification gives way to the GUI
        return ChainAnalyzer::analyze(presented, hostName, trust);
    }));
}

void ChainAnalysisJob::drop()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

} // namespace Sts::Tls
