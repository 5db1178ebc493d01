// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QChartView>
#include <QList>
#include <QStringList>

class QAbstractBarSeries;

namespace Sts::Ui {

//! A stacked bar chart of named categories, one bar set per kind of value (successful,
//! failed). Bar sets differ in pattern as well as colour, so that they read in grey scale; the
//! values are also in the accessible description, for screen readers.
class BarChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChartView)

public:
    enum class Orientation
    {
        Vertical,   //!< categories along the bottom (days)
        Horizontal, //!< categories down the side, the first on top (ranked lists)
    };
    struct Bars
    {
        QString label;
        QList<qreal> values; //!< one per category
        QBrush brush;
    };

    BarChartView(const QString &title, Orientation orientation, QWidget *parent = nullptr);

    void setBars(const QStringList &categories, const QList<Bars> &bars);
    //! What the chart shows, for tests: the series is rebuilt by every setBars().
    QAbstractBarSeries *series() const { return m_series; }
    const QStringList &categories() const { return m_categories; }

    static QBrush successfulBrush();
    static QBrush failedBrush(); //!< hatched

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void rebuild();

    Orientation m_orientation;
    QStringList m_categories;
    QList<Bars> m_bars;
    QAbstractBarSeries *m_series = nullptr;
};

} // namespace Sts::Ui
