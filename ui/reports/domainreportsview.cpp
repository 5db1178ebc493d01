// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainreportsview.h"

#include "reporttableview.h"
#include "reporttext.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>

namespace Sts::Ui {

DomainReportsView::DomainReportsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DomainFailuresModel(this))
    , m_summary(new QLabel(this))
    , m_view(new ReportTableView(tr("TLS-RPT failures of the domain"), this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // names the domain as the check was asked
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("What the reports say"));
    layout->addWidget(m_summary);
    m_view->setSourceModel(m_model, DomainFailuresModel::SortRole);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->sortByColumn(DomainFailuresModel::FailedSessionsColumn, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);
    connect(&m_watcher, &QFutureWatcher<DomainFailures>::finished, this, [this] {
        m_busy = false;
        if (m_pending) {
            m_pending = false;
            recompute();
            return;
        }
        if (m_watcher.future().resultCount() > 0)
            showFailures(m_watcher.result());
    });
    recompute();
}

DomainReportsView::~DomainReportsView() = default;

void DomainReportsView::setDomain(const QString &domain)
{
    if (domain == m_domain)
        return;
    m_domain = domain;
    recompute();
}

void DomainReportsView::setReports(const QList<TlsRpt::Report> &reports)
{
    m_reports = reports;
    recompute();
}

void DomainReportsView::setUntil(QDate until)
{
    m_until = until;
    recompute();
}

void DomainReportsView::recompute()
{
    if (m_busy) {
        m_pending = true;
        return;
    }
    m_busy = true;
    const QDate until = m_until.isValid() ? m_until : QDateTime::currentDateTimeUtc().date();
    m_watcher.setFuture(QtConcurrent::run([reports = m_reports, domain = m_domain, until] {
        return DomainFailures::collect(reports, domain, until, Days);
    }));
}

void DomainReportsView::showFailures(const DomainFailures &failures)
{
    m_failures = failures;
    m_model->setRows(failures.rows);
    const QLocale locale;
    QString text;
    if (failures.domain.isEmpty()) {
        text = tr("What sending servers report about the domain shows here once it is checked.");
    } else if (failures.reportsEver == 0) {
        text = tr("The report library holds no TLS-RPT reports for %1. Senders mail them to the address in the "
                  "domain's _smtp._tls record; import them in the Reports area.")
                   .arg(failures.domain);
    } else if (failures.reportsInWindow == 0) {
        text = tr("No TLS-RPT reports for %1 in the last %2 days (since %3); the latest is from %4.")
                   .arg(failures.domain)
                   .arg(Days)
                   .arg(ReportText::day(failures.since), ReportText::day(failures.latestReport));
    } else if (failures.rows.isEmpty()) {
        text = tr("In the last %1 days %n report(s) for %2 counted %3 sessions, %4 of them failed; none came with "
                  "failure details.",
                  nullptr, int(std::min<qint64>(failures.reportsInWindow, INT_MAX)))
                   .arg(Days)
                   .arg(failures.domain, locale.toString(failures.sessions.total()),
                        locale.toString(failures.sessions.failed));
        if (failures.sessions.failed == 0)
            text = tr("In the last %1 days %n report(s) for %2 counted %3 sessions, all successful.", nullptr,
                      int(std::min<qint64>(failures.reportsInWindow, INT_MAX)))
                       .arg(Days)
                       .arg(failures.domain, locale.toString(failures.sessions.total()));
    } else {
        const QString rate = ReportText::successRate(failures.sessions);
        text = tr("In the last %1 days (since %2) %n report(s) for %3 counted %4 failed of %5 sessions (success rate "
                  "%6). By result type and receiving MX:",
                  nullptr, int(std::min<qint64>(failures.reportsInWindow, INT_MAX)))
                   .arg(Days)
                   .arg(ReportText::day(failures.since), failures.domain, locale.toString(failures.sessions.failed),
                        locale.toString(failures.sessions.total()), rate.isEmpty() ? tr("–") : rate);
    }
    m_summary->setText(text);
    m_view->setVisible(!failures.rows.isEmpty());
    Q_EMIT updated();
}

} // namespace Sts::Ui
