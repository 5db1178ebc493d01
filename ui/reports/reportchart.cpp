// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchart.h"

#include <QChartView>
#include <QLabel>
#include <QLegend>

namespace Sts::Ui {

QLabel *ReportChart::setUp(QChartView *view, const QString &title)
{
    view->setAccessibleName(title);
    auto *empty = new QLabel(view);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setTextFormat(Qt::PlainText);
    empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setText(tr("No data in this selection."));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(MinimumHeight);
    QChart *chart = view->chart();
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return empty;
}

void ReportChart::placeEmptyLabel(const QChartView *view, QLabel *emptyLabel)
{
    emptyLabel->setGeometry(view->rect().adjusted(8, 40, -8, -8)); // below the title
}

void ReportChart::applyPalette(QChartView *view)
{
    const QPalette &palette = view->palette();
    QChart *chart = view->chart();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
}

} // namespace Sts::Ui
