// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/aggregation.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;

namespace Sts::Ui {

class BarChartView;
class ResultTypeAdviceView;
class SessionsChartView;

//! The reports at a glance: totals and success rate, sessions per day, failures by type with
//! what each type means, the top sending organisations and the receiving MX hosts that failed.
//! Two columns, so that names have room even at 1024 pixels; it scrolls rather than squeezes.
//! A click on a sender, MX or type opens the failures by sender and MX on it.
class ReportDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDashboard)

public:
    //! Ranked charts show this many entries and sum the rest into one "others" bar.
    static constexpr int TopEntries = 10;

    explicit ReportDashboard(QWidget *parent = nullptr);

    void setAggregation(const TlsRpt::Aggregation &aggregation);
    const TlsRpt::Aggregation &aggregation() const { return m_aggregation; }
    //! What the whole library holds, so that an empty selection is told from an empty library.
    void setLibraryExtent(qsizetype reports, QDate first, QDate last);

    QLabel *summary() const { return m_summary; }
    QPushButton *failurePathsButton() const { return m_pathsButton; }
    SessionsChartView *sessionsPerDay() const { return m_perDay; }
    BarChartView *failureTypes() const { return m_failureTypes; }
    BarChartView *organizations() const { return m_organizations; }
    BarChartView *receivingMx() const { return m_receivingMx; }
    ResultTypeAdviceView *adviceView() const { return m_advice; }
    //! The policy domains whose failure details name the receiving MX \a host, most failed first.
    QStringList policyDomainsOfMx(const QString &host) const;
    //! What can be done with a failing MX: check each of its policy domains now, or see its
    //! failures by sender. The receiving-MX chart shows it as the bar's context menu.
    QMenu *createMxMenu(const QString &host, QWidget *parent = nullptr);

Q_SIGNALS:
    //! The user asked for the failures by sender and MX, searched for \a search (may be empty).
    void failurePathsRequested(const QString &search);
    void resetFilterRequested();
    void importRequested();
    //! The user asked for a live check of \a domain (a failing MX's policy domain).
    void checkDomainRequested(const QString &domain);

private:
    void showSummary();
    void showPerDay();
    void showFailureTypes();
    void showOrganizations();
    void showReceivingMx();

    TlsRpt::Aggregation m_aggregation;
    qsizetype m_libraryReports = 0;
    QDate m_libraryFirst;
    QDate m_libraryLast;
    QLabel *m_summary;
    QPushButton *m_pathsButton;
    SessionsChartView *m_perDay;
    BarChartView *m_failureTypes;
    BarChartView *m_organizations;
    BarChartView *m_receivingMx;
    ResultTypeAdviceView *m_advice;
};

} // namespace Sts::Ui
