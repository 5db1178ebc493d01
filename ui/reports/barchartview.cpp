// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchartview.h"

#include "reportchart.h"
#include "reporttext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QResizeEvent>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Sts::Ui {

namespace {
constexpr int ManyCategories = 16; //!< more than this: day labels turn upright
constexpr qreal LabelShare = 0.36; //!< of a horizontal chart's width, for the names; Qt Charts cuts at 0.4
const QColor SuccessColor(0x2e, 0x7d, 0x32);
const QColor FailureColor(0xc6, 0x28, 0x28);
} // namespace

BarChartView::BarChartView(const QString &title, Orientation orientation, QWidget *parent)
    : QChartView(parent)
    , m_orientation(orientation)
    , m_empty(ReportChart::setUp(this, title))
{
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

void BarChartView::contextMenuEvent(QContextMenuEvent *event)
{
    // Over a bar: what can be done with its category; elsewhere the chart has no menu.
    if (m_hovered.isEmpty() || event->reason() != QContextMenuEvent::Mouse) {
        QChartView::contextMenuEvent(event);
        return;
    }
    Q_EMIT categoryContextMenuRequested(m_hovered, event->globalPos());
    event->accept();
}

void BarChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    ReportChart::placeEmptyLabel(this, m_empty);
    if (std::abs(labelRoom() - m_labelRoom) > 8)
        rebuild();
}

int BarChartView::labelRoom() const
{
    return m_orientation == Orientation::Horizontal ? std::max(60, int(width() * LabelShare)) : width();
}

void BarChartView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QStringList BarChartView::axisLabels() const
{
    for (QAbstractAxis *axis : chart()->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

void BarChartView::applyTheme()
{
    ReportChart::applyPalette(this); // resets the bar brushes
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
    m_hovered.clear();

    const bool horizontal = m_orientation == Orientation::Horizontal;
    const bool empty = m_categories.isEmpty();
    m_empty->setVisible(empty);
    m_labelRoom = labelRoom();
    // Horizontal charts draw the first category at the bottom; reverse so that it is on top.
    QStringList categories = m_categories;
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
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
            m_hovered.clear();
            QToolTip::hideText();
            return;
        }
        m_hovered = m_categories.at(category);
        QToolTip::showText(QCursor::pos(),
                           ReportText::plainToolTip(QStringLiteral("%1\n%2: %3")
                                                        .arg(m_categories.at(category), set->label(),
                                                             QLocale().toString(set->at(index), 'f', 0))),
                           this);
    });
    connect(series, &QAbstractBarSeries::clicked, this, [this, horizontal](int index) {
        const qsizetype category = horizontal ? m_categories.size() - 1 - index : index;
        if (category >= 0 && category < m_categories.size())
            Q_EMIT categoryActivated(m_categories.at(category));
    });
    chart->addSeries(series);
    m_series = series;
    if (empty) {
        // No axes: an empty chart with "0 1" ticks reads as data.
        chart->legend()->setVisible(false);
        setAccessibleDescription(m_empty->text());
        return;
    }

    auto *categoryAxis = new QBarCategoryAxis;
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
    // Qt Charts renders axis labels as rich text and cuts what does not fit to "...": the names
    // are elided here, in the middle where host names differ least, and escaped.
    const QFontMetrics metrics(categoryAxis->labelsFont()); // the theme's, now that it is added
    QStringList labels;
    for (const QString &category : std::as_const(categories)) {
        QString label = metrics.elidedText(category, Qt::ElideMiddle, m_labelRoom).toHtmlEscaped();
        while (labels.contains(label))
            label += u'\u200b'; // two names elided alike stay two categories
        labels.append(label);
    }
    categoryAxis->append(labels);
    // Qt Charts would also cut every name that is taller than its bar to "..."; the minimum
    // height below gives each bar a line, and the names are already short enough.
    categoryAxis->setTruncateLabels(false);
    if (horizontal)
        setMinimumHeight(std::max(ReportChart::MinimumHeight, 100 + int(labels.size()) * (metrics.height() + 4)));
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
    chart->legend()->setVisible(m_bars.size() > 1);
    setAccessibleDescription(description.isEmpty() ? tr("No data.") : description.join(QStringLiteral("; ")));
}

} // namespace Sts::Ui
