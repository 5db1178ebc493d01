// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Sts::Ui {

namespace {
constexpr int LongLabel = 32;      //!< longer category names are elided
constexpr int ManyCategories = 16; //!< more than this: day labels turn upright
const QColor SuccessColor(0x2e, 0x7d, 0x32);
const QColor FailureColor(0xc6, 0x28, 0x28);
} // namespace

BarChartView::BarChartView(const QString &title, Orientation orientation, QWidget *parent)
    : QChartView(parent)
    , m_orientation(orientation)
{
    setAccessibleName(title);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    chart()->setTitle(title);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    applyTheme();
}

QBrush BarChartView::successfulBrush()
{
    return QBrush(SuccessColor);
}

QBrush BarChartView::failedBrush()
{
    return QBrush(FailureColor, Qt::BDiagPattern);
}

void BarChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void BarChartView::applyTheme()
{
    // Follow the system's light or dark palette; the theme resets the bar brushes, so rebuild.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    chart()->setTitleBrush(palette().brush(QPalette::Text));
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
    QFont title = chart()->titleFont();
    title.setBold(true);
    chart()->setTitleFont(title);
    rebuild();
}

void BarChartView::setBars(const QStringList &categories, const QList<Bars> &bars)
{
    m_categories = categories;
    m_bars = bars;
    rebuild();
}

void BarChartView::rebuild()
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    m_series = nullptr;

    const bool horizontal = m_orientation == Orientation::Horizontal;
    // Horizontal charts draw the first category at the bottom; reverse so that it is on top.
    QStringList categories = m_categories;
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
    for (QString &category : categories) {
        if (category.size() > LongLabel)
            category = category.left(LongLabel - 1) + u'…';
    }
    // One set per ranked chart: plain bars, with the value beside each; several are stacked.
    const bool labelled = horizontal && m_bars.size() == 1;
    QAbstractBarSeries *series = nullptr;
    if (labelled)
        series = new QHorizontalBarSeries;
    else if (horizontal)
        series = new QHorizontalStackedBarSeries;
    else
        series = new QStackedBarSeries;
    QStringList description;
    for (const Bars &bars : std::as_const(m_bars)) {
        auto *set = new QBarSet(bars.label);
        QList<qreal> values = bars.values;
        if (horizontal)
            std::reverse(values.begin(), values.end());
        set->append(values);
        set->setBrush(bars.brush);
        set->setPen(QPen(bars.brush.color(), 1));
        set->setLabelColor(palette().color(QPalette::Text));
        series->append(set);
    }
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        QStringList values;
        for (const Bars &bars : std::as_const(m_bars))
            values.append(QStringLiteral("%1 %2").arg(QLocale().toString(bars.values.value(i), 'f', 0), bars.label));
        description.append(QStringLiteral("%1: %2").arg(m_categories.at(i), values.join(QStringLiteral(", "))));
    }
    // Values beside ranked bars, so that they read without the axis; stacked ones would
    // overlap, so they (and every bar) tell their value when hovered.
    series->setLabelsVisible(labelled);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    connect(series, &QAbstractBarSeries::hovered, this, [this, horizontal](bool entered, int index, QBarSet *set) {
        const qsizetype category = horizontal ? m_categories.size() - 1 - index : index;
        if (!entered || category < 0 || category >= m_categories.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(
            QCursor::pos(),
            QStringLiteral("%1\n%2: %3")
                .arg(m_categories.at(category), set->label(), QLocale().toString(set->at(index), 'f', 0)),
            this);
    });
    chart->addSeries(series);
    m_series = series;

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsColor(palette().color(QPalette::Text));
    if (!horizontal && categories.size() > ManyCategories)
        categoryAxis->setLabelsAngle(-90);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setLabelsColor(palette().color(QPalette::Text));
    qreal highest = 1;
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        qreal stacked = 0;
        for (const Bars &bars : std::as_const(m_bars))
            stacked += bars.values.value(i);
        highest = std::max(highest, stacked);
    }
    valueAxis->setRange(0, labelled ? highest * 1.15 : highest); // room for the labels
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
    chart->legend()->setVisible(m_bars.size() > 1);
    setAccessibleDescription(description.isEmpty() ? tr("No data.") : description.join(QStringLiteral("; ")));
}

} // namespace Sts::Ui
