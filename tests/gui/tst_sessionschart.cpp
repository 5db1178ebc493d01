// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's sessions-per-day chart: report files written here are imported through the
// Reports area, and the chart's own series and axes are read back. Days without reports must
// be an empty stretch of a real date axis (not neighbouring categories), the success-rate
// line must carry each day's rate and break at the gap, and counts near 2^63 must scale to
// short labels instead of nineteen digits.
#include "reports/reportdashboard.h"
#include "reports/reportspage.h"
#include "reports/sessionschartview.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <limits>

using namespace Sts;

namespace {

struct DayCounts
{
    QDate day;
    qint64 successful;
    qint64 failed;
};

//! An RFC 8460 report for one day and one policy domain, as a sender writes it.
QByteArray reportJson(const QString &id, const DayCounts &counts)
{
    const QString day = counts.day.toString(Qt::ISODate);
    QJsonObject policy{{u"policy-type"_qs, u"sts"_qs},
                       {u"policy-string"_qs, QJsonArray{u"version: STSv1"_qs, u"mode: enforce"_qs}},
                       {u"policy-domain"_qs, u"gap.example"_qs},
                       {u"mx-host"_qs, QJsonArray{u"mx.gap.example"_qs}}};
    QJsonObject summary{{u"total-successful-session-count"_qs, counts.successful},
                        {u"total-failure-session-count"_qs, counts.failed}};
    QJsonObject entry{{u"policy"_qs, policy}, {u"summary"_qs, summary}};
    if (counts.failed > 0) {
        entry.insert(u"failure-details"_qs, QJsonArray{QJsonObject{{u"result-type"_qs, u"certificate-expired"_qs},
                                                                   {u"sending-mta-ip"_qs, u"192.0.2.1"_qs},
                                                                   {u"receiving-mx-hostname"_qs, u"mx.gap.example"_qs},
                                                                   {u"failed-session-count"_qs, counts.failed}}});
    }
    const QJsonObject report{{u"organization-name"_qs, u"Sender Inc."_qs},
                             {u"date-range"_qs, QJsonObject{{u"start-datetime"_qs, QString(day + u"T00:00:00Z"_qs)},
                                                            {u"end-datetime"_qs, QString(day + u"T23:59:59Z"_qs)}}},
                             {u"contact-info"_qs, u"tlsrpt@sender.example"_qs},
                             {u"report-id"_qs, id},
                             {u"policies"_qs, QJsonArray{entry}}};
    return QJsonDocument(report).toJson();
}

//! The highest value the series draws over \a day (0 when it draws nothing there).
qreal heightOn(const QLineSeries *series, QDate day)
{
    qreal highest = 0;
    for (const QPointF &point : series->points()) {
        if (Ui::SessionsChartView::dayAt(point.x()) == day)
            highest = std::max(highest, point.y());
    }
    return highest;
}

} // namespace

class TestSessionsChart final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ui::ReportsPage> m_page;
    int m_nextReport = 0;

    //! Writes one report file per day into a fresh folder and imports it; waits for the chart.
    bool importDays(const QList<DayCounts> &days)
    {
        const QString folder = m_dir.filePath(QStringLiteral("import-%1").arg(m_nextReport));
        if (!QDir().mkpath(folder))
            return false;
        for (const DayCounts &counts : days) {
            QFile file(folder + QStringLiteral("/report-%1.json").arg(++m_nextReport));
            if (!file.open(QIODevice::WriteOnly) ||
                !file.write(reportJson(QStringLiteral("report-%1").arg(m_nextReport), counts)))
                return false;
        }
        QSignalSpy aggregated(m_page.get(), &Ui::ReportsPage::aggregationReady);
        m_page->importPaths({folder});
        // The summary dialog of the import is not in the way of reading the chart.
        return QTest::qWaitFor(
            [&] {
                const auto &shown = m_page->dashboard()->sessionsPerDay()->days();
                for (const DayCounts &counts : days) {
                    if (!shown.contains(counts.day))
                        return false;
                }
                return true;
            },
            30000);
    }

    Ui::SessionsChartView *chart() const { return m_page->dashboard()->sessionsPerDay(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_page = std::make_unique<Ui::ReportsPage>();
        QSignalSpy loaded(m_page.get(), &Ui::ReportsPage::libraryLoaded);
        m_page->openLibrary(m_dir.filePath(u"reports.sqlite"_qs));
        m_page->resize(1280, 820);
        m_page->show();
        QVERIFY(loaded.wait(10000));
    }

    void emptyLibraryHasNoAxes()
    {
        QVERIFY(chart()->days().isEmpty());
        QVERIFY(chart()->emptyLabel()->isVisible());
        QVERIFY(chart()->chart()->axes().isEmpty());
        QVERIFY(!chart()->dateAxis());
    }

    void daysWithoutReportsAreAGapOnADateAxis()
    {
        // Two runs of days, three days apart: 1 and 2 March, then 6 and 7 March.
        const QDate first(2026, 3, 1);
        const QList<DayCounts> days{
            {first, 90, 10}, {first.addDays(1), 75, 25}, {first.addDays(5), 40, 0}, {first.addDays(6), 1, 3}};
        QVERIFY(importDays(days));
        QVERIFY(chart()->emptyLabel()->isHidden());

        // The date axis covers every day from the first to the last, and a day on each side.
        const QDateTimeAxis *axis = chart()->dateAxis();
        QVERIFY(axis);
        QVERIFY(axis->min().date() < first);
        QVERIFY(axis->max().date() > first.addDays(6));
        QCOMPARE(axis->format(), u"MM-dd"_qs);
        // Each tick sits on a whole day: the range is a whole number of tick steps.
        const qint64 rangeDays = axis->min().date().daysTo(axis->max().date());
        QCOMPARE(rangeDays % (axis->tickCount() - 1), 0);

        // Bars on the four reported days, none on the three days between.
        const QLineSeries *successful = chart()->successfulSeries()->upperSeries();
        const QLineSeries *stacked = chart()->failedSeries()->upperSeries();
        QCOMPARE(chart()->countScale(), 1.0);
        for (const DayCounts &counts : days) {
            QCOMPARE(heightOn(successful, counts.day), qreal(counts.successful));
            QCOMPARE(heightOn(stacked, counts.day), qreal(counts.successful + counts.failed));
        }
        for (int gap = 2; gap <= 4; ++gap) {
            QCOMPARE(heightOn(successful, first.addDays(gap)), 0.0);
            QCOMPARE(heightOn(stacked, first.addDays(gap)), 0.0);
        }
        // Every point of the bars lies on a reported day or on the axis.
        for (const QPointF &point : stacked->points())
            QVERIFY(point.y() == 0 || chart()->days().contains(Ui::SessionsChartView::dayAt(point.x())));

        // The success rate on the second axis, 0 to 100 %: one line per run, broken at the gap.
        QCOMPARE(chart()->rateAxis()->min(), 0.0);
        QCOMPARE(chart()->rateAxis()->max(), 100.0);
        const QList<QLineSeries *> lines = chart()->rateLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)->count(), 2);
        QCOMPARE(lines.at(1)->count(), 2);
        const QList<qreal> expectedRates{90, 75, 100, 25};
        QList<qreal> rates;
        for (const QLineSeries *line : lines) {
            for (const QPointF &point : line->points()) {
                rates.append(point.y());
                QVERIFY(chart()->days().contains(Ui::SessionsChartView::dayAt(point.x())));
            }
        }
        QCOMPARE(rates, expectedRates);
        QCOMPARE(Ui::SessionsChartView::dayAt(lines.at(1)->at(0).x()), first.addDays(5));
        // Read by screen readers as well.
        QVERIFY(chart()->accessibleDescription().contains(u"2026-03-06"_qs));
        QVERIFY(!chart()->accessibleDescription().contains(u"2026-03-04"_qs));
    }

    void hugeCountsScaleTheAxis()
    {
        // A sender claiming close to 2^63 sessions in a day: the axis must not turn into digits.
        const qint64 huge = std::numeric_limits<qint64>::max() / 4;
        QVERIFY(importDays({{QDate(2026, 3, 10), huge, huge / 2}}));
        const double highest = chart()->days().value(QDate(2026, 3, 10)).successful +
                               double(chart()->days().value(QDate(2026, 3, 10)).failed);
        QVERIFY(highest > 1e18);
        QCOMPARE(chart()->countScale(), 1e18);
        QCOMPARE(chart()->countPrefix(), Ui::SessionsChartView::tr("E"));
        QVERIFY(chart()->countAxis()->max() < 1000);
        QVERIFY(chart()->countAxis()->max() >= highest / 1e18);
        QVERIFY(chart()->countAxis()->labelFormat().endsWith(u" E"_qs));
        // The earlier days are still there, scaled alike, and the rate does not depend on the scale.
        QCOMPARE(heightOn(chart()->successfulSeries()->upperSeries(), QDate(2026, 3, 1)), 90 / 1e18);
        QCOMPARE(chart()->rateLines().constLast()->at(0).y(), 100.0 * 2 / 3);
        // The picture can be drawn (labels included) at both sizes the dashboard is made for.
        for (const QSize size : {QSize(480, 300), QSize(960, 540)}) {
            chart()->resize(size);
            QVERIFY(!chart()->grab().isNull());
            QVERIFY(chart()->dateAxis()->tickCount() >= 2);
        }
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestSessionsChart)
#include "tst_sessionschart.moc"
