// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "check/checkresult.h"
#include "timelinemodel.h"

#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace Sts::Ui {

TimelineView::TimelineView(TimelineModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_verdict(new QLineSeries(this))
    , m_changes(new QScatterSeries(this))
    , m_failures(new QLineSeries(this))
    , m_time(new QDateTimeAxis(this))
    , m_levels(new QCategoryAxis(this))
    , m_counts(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Timeline: verdict over time and TLS-RPT failures per day"));
    setMinimumHeight(180);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_verdict->setName(tr("Verdict"));
    m_changes->setName(tr("Verdict changed"));
    m_changes->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_changes->setMarkerSize(11);
    m_failures->setName(tr("Failed sessions (TLS-RPT, per day)"));
    m_failures->setPointsVisible(true);
    QPen dashed = m_failures->pen();
    dashed.setStyle(Qt::DashLine);
    m_failures->setPen(dashed);
    chart->addSeries(m_verdict);
    chart->addSeries(m_changes);
    chart->addSeries(m_failures);

    m_time->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_time->setTickCount(5);
    chart->addAxis(m_time, Qt::AlignBottom);
    // One labelled band per verdict, broken at the bottom: up is better.
    const Check::Verdict levels[] = {Check::Verdict::Broken, Check::Verdict::NotProtected, Check::Verdict::Testing,
                                     Check::Verdict::Protected};
    for (int level = 0; level < 4; ++level)
        m_levels->append(Check::verdictText(levels[level]), level); // on the value the line takes
    m_levels->setRange(-0.5, 3.5);
    m_levels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_levels->setStartValue(-0.5);
    chart->addAxis(m_levels, Qt::AlignLeft);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_counts->setTitleText(tr("failed sessions"));
    chart->addAxis(m_counts, Qt::AlignRight);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_verdict), static_cast<QAbstractSeries *>(m_changes)}) {
        series->attachAxis(m_time);
        series->attachAxis(m_levels);
    }
    m_failures->attachAxis(m_time);
    m_failures->attachAxis(m_counts);
    setChart(chart);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::rebuildWhenShown);
    connect(m_model, &TimelineModel::failuresChanged, this, &TimelineView::rebuildWhenShown);
    rebuild();
}

void TimelineView::showEvent(QShowEvent *event)
{
    if (m_stale)
        rebuild();
    QChartView::showEvent(event);
}

void TimelineView::rebuildWhenShown()
{
    // Laying out a chart's axes costs milliseconds; a hidden inspector's timeline waits.
    m_stale = true;
    if (isVisible())
        rebuild();
}

void TimelineView::rebuild()
{
    m_stale = false;
    QList<QPointF> verdict;
    QList<QPointF> changes;
    QDateTime first;
    QDateTime last;
    const auto widen = [&](const QDateTime &when) {
        if (!first.isValid() || when < first)
            first = when;
        if (!last.isValid() || when > last)
            last = when;
    };
    for (const TimelineModel::Point &point : m_model->points()) {
        const std::optional<int> level = TimelineModel::verdictLevel(point.verdict);
        if (!level)
            continue;
        const auto x = double(point.when.toMSecsSinceEpoch());
        // A step: the verdict holds until the next check says otherwise.
        if (!verdict.isEmpty())
            verdict.append(QPointF(x, verdict.constLast().y()));
        verdict.append(QPointF(x, *level));
        if (point.changed)
            changes.append(QPointF(x, *level));
        widen(point.when);
    }
    QList<QPointF> failures;
    qint64 most = 0;
    const QMap<QDate, qint64> &perDay = m_model->failuresPerDay();
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        const QDateTime noon(it.key(), QTime(12, 0), Qt::UTC);
        failures.append(QPointF(double(noon.toMSecsSinceEpoch()), double(it.value())));
        most = std::max(most, it.value());
        widen(noon);
    }
    m_verdict->replace(verdict);
    m_changes->replace(changes);
    m_failures->replace(failures);
    if (!first.isValid()) {
        first = QDateTime::currentDateTimeUtc().addDays(-7);
        last = QDateTime::currentDateTimeUtc();
    }
    if (first.secsTo(last) < 86400) { // at least a day, so that one check is not a line of zero width
        first = first.addSecs(-43200);
        last = last.addSecs(43200);
    }
    m_time->setRange(first, last);
    // Whole numbers on the count axis: at least 0 to 4, ticks on integers.
    m_counts->setRange(0, double(std::max<qint64>(most, 4)));
    m_counts->applyNiceNumbers();
    m_failures->setVisible(!failures.isEmpty());
    m_counts->setVisible(!failures.isEmpty());
}

} // namespace Sts::Ui
