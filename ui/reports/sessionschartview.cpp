// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionschartview.h"

#include "barchartview.h"
#include "reportchart.h"
#include "reporttext.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QResizeEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace Sts::Ui {

namespace {
constexpr qint64 DayMs = 24 * 3600 * 1000;
constexpr qreal BarHalfWidth = 0.4 * DayMs; //!< a bar covers 80 % of its day: neighbours stay apart
constexpr qreal MinimumBarPixels = 3;       //!< over years, a day is less than a pixel: bars stay visible
const QColor RateColor(0x15, 0x65, 0xc0);
} // namespace

SessionsChartView::SessionsChartView(const QString &title, QWidget *parent)
    : QChartView(parent)
    , m_empty(ReportChart::setUp(this, title))
{
    chart()->setLocalizeNumbers(true);
    applyTheme();
}

qreal SessionsChartView::dayPosition(QDate day)
{
    // Local noon: the date axis writes local time, and noon is that day whatever the zone.
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QDate SessionsChartView::dayAt(qreal position)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(position))).date();
}

QString SessionsChartView::countPrefix() const
{
    //: SI prefixes of the count axis' labels (thousand, million, … 10^18)
    const std::array<QString, 7> prefixes{QString(), tr("k"), tr("M"), tr("G"), tr("T"), tr("P"), tr("E")};
    return prefixes.at(size_t(std::clamp(m_prefixIndex, 0, int(prefixes.size()) - 1)));
}

void SessionsChartView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void SessionsChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void SessionsChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    ReportChart::placeEmptyLabel(this, m_empty);
    if (std::abs(width() - m_builtWidth) > 8)
        rebuild(); // the bars' least width is in pixels
    else
        fitDateTicks();
}

void SessionsChartView::applyTheme()
{
    ReportChart::applyPalette(this); // resets the series' colours
    rebuild();
}

void SessionsChartView::setDays(const QMap<QDate, TlsRpt::SessionCounts> &perDay)
{
    m_days = perDay;
    rebuild();
}

QString SessionsChartView::describe(QDate day) const
{
    const TlsRpt::SessionCounts counts = m_days.value(day);
    const QLocale locale;
    const QString rate = ReportText::successRate(counts);
    return tr("%1: %2 successful, %3 failed, success rate %4")
        .arg(ReportText::day(day), locale.toString(counts.successful), locale.toString(counts.failed),
             rate.isEmpty() ? tr("–") : rate);
}

void SessionsChartView::rebuild()
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    m_dateAxis = nullptr;
    m_countAxis = nullptr;
    m_rateAxis = nullptr;
    m_successful = nullptr;
    m_failed = nullptr;
    m_rateLines.clear();
    m_countScale = 1;
    m_prefixIndex = 0;

    const bool empty = m_days.isEmpty();
    m_empty->setVisible(empty);
    chart->legend()->setVisible(!empty);
    if (empty) {
        // No axes: an empty chart with "0 1" ticks reads as data.
        setAccessibleDescription(m_empty->text());
        return;
    }

    // The highest stacked bar decides the scale: four digits as they are, beyond that a power
    // of 1000 that leaves at most three before the point, so that labels stay short up to 2^63.
    qreal highest = 1;
    for (const TlsRpt::SessionCounts &counts : m_days)
        highest = std::max(highest, qreal(counts.successful) + qreal(counts.failed));
    while (highest >= 10000 && highest / m_countScale >= 1000 && m_prefixIndex < 6) {
        m_countScale *= 1000;
        ++m_prefixIndex;
    }

    // Over long spans a day is narrower than a pixel; bars keep a few pixels then and overlap.
    const qreal spanMs = qreal(m_days.firstKey().daysTo(m_days.lastKey()) + 2) * DayMs;
    const qreal pixelMs = spanMs / std::max(1, width() - 120);
    const qreal halfWidth = std::max(BarHalfWidth, MinimumBarPixels / 2 * pixelMs);
    m_builtWidth = width();
    auto *successfulLine = new QLineSeries;
    auto *failedLower = new QLineSeries;
    auto *failedUpper = new QLineSeries;
    QList<QLineSeries *> rateLines;
    QStringList description;
    QDate previous;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        const qreal centre = dayPosition(it.key());
        const qreal successful = qreal(it->successful) / m_countScale;
        const qreal stacked = (qreal(it->successful) + qreal(it->failed)) / m_countScale;
        // A bar as an outline along the date axis: up at its left edge, across, down again.
        for (const qreal x : {centre - halfWidth, centre + halfWidth}) {
            const bool left = x < centre;
            if (left) {
                successfulLine->append(x, 0);
                failedLower->append(x, 0);
                failedUpper->append(x, 0);
            }
            successfulLine->append(x, successful);
            failedLower->append(x, successful);
            failedUpper->append(x, stacked);
            if (!left) {
                successfulLine->append(x, 0);
                failedLower->append(x, 0);
                failedUpper->append(x, 0);
            }
        }
        // The rate is a line through reported days; a day without reports breaks it.
        if (const auto rate = it->successRate()) {
            if (rateLines.isEmpty() || !previous.isValid() || previous.daysTo(it.key()) != 1)
                rateLines.append(new QLineSeries);
            rateLines.constLast()->append(centre, *rate * 100);
            previous = it.key();
        } else {
            previous = QDate();
        }
        description.append(describe(it.key()));
    }

    m_successful = new QAreaSeries(successfulLine);
    m_successful->setName(tr("Successful"));
    m_successful->setBrush(BarChartView::successfulBrush());
    m_successful->setPen(QPen(BarChartView::successfulBrush().color(), 1));
    m_failed = new QAreaSeries(failedUpper, failedLower);
    m_failed->setName(tr("Failed"));
    m_failed->setBrush(BarChartView::failedBrush());
    // No outline: its left and right edges would run down over the successful bar beneath.
    m_failed->setPen(Qt::NoPen);
    chart->addSeries(m_successful);
    chart->addSeries(m_failed);
    for (QLineSeries *line : std::as_const(rateLines)) {
        line->setName(tr("Success rate"));
        line->setPen(QPen(RateColor, 2));
        line->setPointsVisible(true); // a day alone between gaps is a dot
        line->setMarkerSize(5);
        chart->addSeries(line);
        // One legend entry for all the pieces of the line.
        if (line != rateLines.constFirst()) {
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
        }
    }
    m_rateLines = rateLines;

    m_dateAxis = new QDateTimeAxis;
    const bool oneYear = m_days.firstKey().year() == m_days.lastKey().year();
    m_dateAxis->setFormat(oneYear ? QStringLiteral("MM-dd") : QStringLiteral("yyyy-MM-dd"));
    m_dateAxis->setLabelsColor(palette().color(QPalette::Text));
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelsColor(palette().color(QPalette::Text));
    m_countAxis->setRange(0, highest / m_countScale);
    m_countAxis->applyNiceNumbers();
    // Whole numbers where they are whole, a few digits where the scale leaves fractions.
    const QString prefix = countPrefix();
    m_countAxis->setLabelFormat(prefix.isEmpty() ? QStringLiteral("%.4g") : QStringLiteral("%.4g ") + prefix);
    m_rateAxis = new QValueAxis;
    m_rateAxis->setRange(0, 100);
    m_rateAxis->setTickCount(6);
    m_rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_rateAxis->setLabelsColor(RateColor);
    m_rateAxis->setTitleText(tr("Success rate (%)"));
    m_rateAxis->setTitleBrush(RateColor);
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    chart->addAxis(m_rateAxis, Qt::AlignRight);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_dateAxis);
        series->attachAxis(series == m_successful || series == m_failed ? m_countAxis : m_rateAxis);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series))
            connect(area, &QAreaSeries::hovered, this, &SessionsChartView::showToolTip);
        else if (auto *line = qobject_cast<QLineSeries *>(series))
            connect(line, &QLineSeries::hovered, this, &SessionsChartView::showToolTip);
    }
    fitDateTicks();
    setAccessibleDescription(description.join(QStringLiteral("; ")));
}

void SessionsChartView::fitDateTicks()
{
    if (!m_dateAxis || m_days.isEmpty())
        return;
    // Ticks sit on bars (local noon), a whole number of days apart, with a free day at each
    // end so that no bar is cut by the frame.
    const QFontMetrics metrics(m_dateAxis->labelsFont());
    const int labelWidth = metrics.horizontalAdvance(m_dateAxis->format().size() > 5 ? u"0000-00-00"_qs : u"00-00"_qs);
    const int room = std::max(1, int(width() - 120)); // the two value axes and margins
    const int maxTicks = std::max(2, room / (labelWidth + 16));
    const qint64 span = m_days.firstKey().daysTo(m_days.lastKey()) + 2; // from the day before to the day after
    const qint64 step = std::max<qint64>(1, (span + maxTicks - 2) / (maxTicks - 1));
    const qint64 intervals = (span + step - 1) / step;
    const QDate first = m_days.firstKey().addDays(-1);
    m_dateAxis->setRange(QDateTime(first, QTime(12, 0)), QDateTime(first.addDays(step * intervals), QTime(12, 0)));
    m_dateAxis->setTickCount(int(intervals) + 1);
}

void SessionsChartView::showToolTip(const QPointF &point, bool entered)
{
    const QDate day = dayAt(point.x());
    if (!entered || !m_days.contains(day)) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), ReportText::plainToolTip(describe(day)), this);
}

} // namespace Sts::Ui
