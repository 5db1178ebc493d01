// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainanalysis.h"

#include <QObject>

template <typename T>
class QFutureWatcher;

namespace Sts::Tls {

//! Judges a server's chain on the thread pool (it reads CA files and verifies signatures) while
//! the session that presented it goes on. drop() or deleting the job forgets a result still to
//! come; the pool task then finishes unobserved.
class ChainAnalysisJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainAnalysisJob)

public:
    explicit ChainAnalysisJob(QObject *parent = nullptr);
    ~ChainAnalysisJob() override;

    void start(const QList<QSslCertificate> &presented, const QString &hostName, const TrustOptions &trust);
    bool isRunning() const { return m_watcher != nullptr; }
    void drop();

Q_SIGNALS:
    void finished(const Sts::Tls::ChainAnalysis &analysis);

private:
    QFutureWatcher<ChainAnalysis> *m_watcher = nullptr;
};

} // namespace Sts::Tls
