// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QChartView>
#include <QList>
#include <QStringList>

class QAbstractBarSeries;
class QLabel;

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

    //! Category names are plain text (a sender's name is shown as written, never as markup);
    //! those too long for the room the chart has are elided in the middle, in full when hovered.
    void setBars(const QStringList &categories, const QList<Bars> &bars);
    //! What the chart says instead of axes when it has no categories.
    void setEmptyText(const QString &text);
    //! What the chart shows, for tests: the series is rebuilt by every setBars().
    QAbstractBarSeries *series() const { return m_series; }
    const QStringList &categories() const { return m_categories; }
    //! The labels as the category axis shows them (elided, in the axis' order); empty without data.
    QStringList axisLabels() const;
    //! The empty-state text, visible when the chart has no categories.
    QLabel *emptyLabel() const { return m_empty; }

    static QBrush successfulBrush();
    static QBrush failedBrush(); //!< hatched

Q_SIGNALS:
    //! A bar of \a category (as given to setBars) was clicked.
    void categoryActivated(const QString &category);
    //! The context menu was asked for over a bar of \a category (as given to setBars).
    void categoryContextMenuRequested(const QString &category, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void rebuild();
    //! Pixels a category label may take: a horizontal chart's names get a good third of it.
    int labelRoom() const;

    Orientation m_orientation;
    QStringList m_categories;
    QList<Bars> m_bars;
    QAbstractBarSeries *m_series = nullptr;
    QLabel *m_empty;
    int m_labelRoom = 0; //!< what the labels were elided to
    QString m_hovered;   //!< the category under the mouse, for the context menu
};

} // namespace Sts::Ui
