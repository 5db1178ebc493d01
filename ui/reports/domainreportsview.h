// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domainfailuresmodel.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;

namespace Sts::Ui {

class ReportTableView;

//! What senders' TLS-RPT reports say about one domain lately, beside its checks: the failed
//! sessions of the last Days days by result type and receiving MX, joined on the reports'
//! policy-domain. The sums run on QtConcurrent; a newer request supersedes a running one.
//! When there is nothing to show, it says why: no reports for the domain at all, none in the
//! window, or no failures in it.
class DomainReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainReportsView)

public:
    static constexpr int Days = 30;

    explicit DomainReportsView(QWidget *parent = nullptr);
    ~DomainReportsView() override;

    void setDomain(const QString &domain);
    //! The library's reports (shared, not copied).
    void setReports(const QList<TlsRpt::Report> &reports);
    //! The last day of the window; today (UTC) unless a test says otherwise.
    void setUntil(QDate until);

    const DomainFailures &failures() const { return m_failures; }
    DomainFailuresModel *model() const { return m_model; }
    ReportTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    bool isUpdating() const { return m_busy || m_pending; }

Q_SIGNALS:
    //! The view shows the failures of the latest domain, reports and window.
    void updated();

private:
    void recompute();
    void showFailures(const DomainFailures &failures);

    QString m_domain;
    QList<TlsRpt::Report> m_reports;
    QDate m_until;
    bool m_busy = false;    //!< a sum runs, or its result is not shown yet
    bool m_pending = false; //!< a request waits for the running sum to finish
    QFutureWatcher<DomainFailures> m_watcher;
    DomainFailures m_failures;
    DomainFailuresModel *m_model;
    QLabel *m_summary;
    ReportTableView *m_view;
};

} // namespace Sts::Ui
