// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkhandle.h"
#include "check/checkservice.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Sts::Test {

//! Checks started through CheckService::run() whose results are collected as each finishes, for
//! tests that start many at once. Owns the handles: destroying it cancels what still runs.
class CheckCollector final : public QObject
{
public:
    explicit CheckCollector(Check::CheckService *service)
        : m_service(service)
    {}

    Check::CheckHandle *start(const QString &domain, const Check::CheckOptions &options)
    {
        Check::CheckHandle *handle = m_service->run(domain, options, this);
        connect(handle, &Check::CheckHandle::finished, this, [this, domain](const Check::CheckResult &result) {
            m_results.append({domain, result});
        });
        ++m_started;
        return handle;
    }

    struct Finished
    {
        QString domain; //!< as it was started
        Check::CheckResult result;
    };

    qsizetype started() const { return m_started; }
    //! In the order they finished.
    const QList<Finished> &results() const { return m_results; }
    bool allFinished() const { return m_results.size() == m_started; }

private:
    Check::CheckService *m_service;
    qsizetype m_started = 0;
    QList<Finished> m_results;
};

} // namespace Sts::Test
