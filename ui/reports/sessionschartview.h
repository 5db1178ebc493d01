// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/aggregation.h"

#include <QChartView>
#include <QDate>
#include <QList>
#include <QMap>

class QAreaSeries;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Sts::Ui {

//! Sessions per day on a real date axis: successful and failed sessions stacked as bars, one
//! per reported day (a day without reports is an empty stretch, not a neighbour), and the
//! success rate as a line on a second axis from 0 to 100 %, broken where no report counts.
//! Counts of any size stay readable: the count axis is scaled by a power of 1000 and its
//! labels carry the SI prefix ("9.2 E" rather than nineteen digits).
class SessionsChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsChartView)

public:
    explicit SessionsChartView(const QString &title, QWidget *parent = nullptr);

    void setDays(const QMap<QDate, TlsRpt::SessionCounts> &perDay);
    const QMap<QDate, TlsRpt::SessionCounts> &days() const { return m_days; }
    //! What the chart says instead of axes when it has no days.
    void setEmptyText(const QString &text);
    QLabel *emptyLabel() const { return m_empty; }

    //! For tests: what the chart draws, rebuilt by every setDays(); null without data.
    QDateTimeAxis *dateAxis() const { return m_dateAxis; }
    QValueAxis *countAxis() const { return m_countAxis; }
    QValueAxis *rateAxis() const { return m_rateAxis; }
    QAreaSeries *successfulSeries() const { return m_successful; }
    QAreaSeries *failedSeries() const { return m_failed; }
    //! One line per run of consecutive reported days, points at dayPosition(), in percent.
    const QList<QLineSeries *> &rateLines() const { return m_rateLines; }
    //! The count axis shows the counts divided by this power of 1000.
    double countScale() const { return m_countScale; }
    //! The SI prefix of countScale() ("", "k", "M", … "E").
    QString countPrefix() const;

    //! Where a day's bar is centred on the date axis (local noon, in ms since the epoch).
    static qreal dayPosition(QDate day);
    //! The day whose bar covers \a position.
    static QDate dayAt(qreal position);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void rebuild();
    //! Ticks on whole days, as many as their labels have room for.
    void fitDateTicks();
    void showToolTip(const QPointF &point, bool entered);
    QString describe(QDate day) const;

    QMap<QDate, TlsRpt::SessionCounts> m_days;
    QLabel *m_empty;
    QDateTimeAxis *m_dateAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    QAreaSeries *m_successful = nullptr;
    QAreaSeries *m_failed = nullptr;
    QList<QLineSeries *> m_rateLines;
    double m_countScale = 1;
    int m_prefixIndex = 0;
    int m_builtWidth = 0; //!< the width the bars were built for
};

} // namespace Sts::Ui
