// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Sts::Ui {

class TimelineModel;

//! The timeline of TimelineModel as a chart: the verdict as a step line (broken at the bottom,
//! protected at the top), each change of verdict as a mark, and the failed TLS-RPT sessions per
//! day on a second scale, all on one date axis.
class TimelineView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(TimelineModel *model, QWidget *parent = nullptr);

    QLineSeries *verdictSeries() const { return m_verdict; }
    QScatterSeries *changeSeries() const { return m_changes; }
    QLineSeries *failureSeries() const { return m_failures; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildWhenShown();
    void rebuild();

    bool m_stale = false;
    TimelineModel *m_model;
    QLineSeries *m_verdict;
    QScatterSeries *m_changes;
    QLineSeries *m_failures;
    QDateTimeAxis *m_time;
    QCategoryAxis *m_levels;
    QValueAxis *m_counts;
};

} // namespace Sts::Ui
