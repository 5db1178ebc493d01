// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QChartView;
class QLabel;

namespace Sts::Ui {

//! What the report charts (BarChartView, SessionsChartView) share: title, margins and legend
//! below, the system's light or dark palette, and the label an empty chart shows instead of axes.
class ReportChart
{
    Q_DECLARE_TR_FUNCTIONS(Sts::Ui::ReportChart)

public:
    static constexpr int MinimumHeight = 220;

    //! Titles \a view and sets it up; returns its empty-state label, a child of \a view that says
    //! "No data in this selection." until told otherwise.
    static QLabel *setUp(QChartView *view, const QString &title);
    //! Puts \a emptyLabel over the plot, below the title: for the view's resizeEvent().
    static void placeEmptyLabel(const QChartView *view, QLabel *emptyLabel);
    //! The palette's light or dark theme, background, title and legend. The theme resets the
    //! series' colours: the chart is rebuilt afterwards.
    static void applyPalette(QChartView *view);
};

} // namespace Sts::Ui
