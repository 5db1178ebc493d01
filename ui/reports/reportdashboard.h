// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/aggregation.h"

#include <QWidget>

class QLabel;

namespace Sts::Ui {

class BarChartView;
class ResultTypeAdviceView;

//! The reports at a glance: totals and success rate, sessions per day, failures by type with
//! what each type means, the top sending organisations and the receiving MX hosts that failed.
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

    QLabel *summary() const { return m_summary; }
    BarChartView *sessionsPerDay() const { return m_perDay; }
    BarChartView *failureTypes() const { return m_failureTypes; }
    BarChartView *organizations() const { return m_organizations; }
    BarChartView *receivingMx() const { return m_receivingMx; }
    ResultTypeAdviceView *adviceView() const { return m_advice; }

private:
    void showSummary();
    void showPerDay();
    void showFailureTypes();
    void showOrganizations();
    void showReceivingMx();

    TlsRpt::Aggregation m_aggregation;
    QLabel *m_summary;
    BarChartView *m_perDay;
    BarChartView *m_failureTypes;
    BarChartView *m_organizations;
    BarChartView *m_receivingMx;
    ResultTypeAdviceView *m_advice;
};

} // namespace Sts::Ui
