// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdashboard.h"

#include "barchartview.h"
#include "reporttext.h"
#include "resulttypeadviceview.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace Sts::Ui {

using TlsRpt::SessionCounts;

namespace {

//! The entries of \a map with the largest values first (ties by name), at most \a limit of
//! them; the rest summed under \a othersLabel.
template <typename Value, typename Weight>
QList<std::pair<QString, Value>> ranked(const QMap<QString, Value> &map, Weight weight, int limit,
                                        const QString &othersLabel)
{
    QList<std::pair<QString, Value>> entries;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        entries.append({it.key(), it.value()});
    std::stable_sort(entries.begin(), entries.end(),
                     [&weight](const auto &a, const auto &b) { return weight(a.second) > weight(b.second); });
    if (entries.size() > limit) {
        Value others{};
        for (qsizetype i = limit; i < entries.size(); ++i)
            TlsRpt::addCounts(others, entries.at(i).second);
        entries.resize(limit);
        entries.append({othersLabel, others});
    }
    return entries;
}

QString orNone(const QString &name)
{
    return name.isEmpty() ? ReportDashboard::tr("(not given)") : name;
}

} // namespace

ReportDashboard::ReportDashboard(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_perDay(new BarChartView(tr("Sessions per day"), BarChartView::Orientation::Vertical, this))
    , m_failureTypes(new BarChartView(tr("Failed sessions by type"), BarChartView::Orientation::Horizontal, this))
    , m_organizations(new BarChartView(tr("Top sending organisations"), BarChartView::Orientation::Horizontal, this))
    , m_receivingMx(
          new BarChartView(tr("Failed sessions per receiving MX"), BarChartView::Orientation::Horizontal, this))
    , m_advice(new ResultTypeAdviceView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setFocusPolicy(Qt::StrongFocus); // a screen reader reaches the totals by Tab
    for (QWidget *chart : {static_cast<QWidget *>(m_perDay), static_cast<QWidget *>(m_failureTypes),
                           static_cast<QWidget *>(m_organizations), static_cast<QWidget *>(m_receivingMx)})
        chart->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 0, 0, 1, 3);
    layout->addWidget(m_perDay, 1, 0, 1, 2);
    layout->addWidget(m_failureTypes, 1, 2);
    layout->addWidget(m_organizations, 2, 0);
    layout->addWidget(m_receivingMx, 2, 1);
    layout->addWidget(m_advice, 2, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 3);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);
    setAggregation({});
}

void ReportDashboard::setAggregation(const TlsRpt::Aggregation &aggregation)
{
    m_aggregation = aggregation;
    showSummary();
    showPerDay();
    showFailureTypes();
    showOrganizations();
    showReceivingMx();
}

void ReportDashboard::showSummary()
{
    const TlsRpt::Aggregation &a = m_aggregation;
    if (a.reports == 0) {
        m_summary->setText(tr("<b>No reports in this selection.</b> Import TLS-RPT reports with File ▸ Import "
                              "Reports…, or drop files and folders on the window."));
        return;
    }
    const QLocale locale;
    const QString rate = ReportText::successRate(a.totals);
    QString text = tr("<b>Success rate %1</b> · %2 sessions (%3 successful, %4 failed) · %5 senders · %6 reports · "
                      "%7 policy domains")
                       .arg(rate.isEmpty() ? tr("–") : rate, locale.toString(a.totals.total()),
                            locale.toString(a.totals.successful), locale.toString(a.totals.failed),
                            locale.toString(a.perOrganization.size()), locale.toString(a.reports),
                            locale.toString(a.perPolicyDomain.size()));
    if (a.failureDetailTotal != a.totals.failed) {
        // Charts by type and MX can only use the failure details; say when they fall short.
        text += QStringLiteral("<br>") +
                tr("⚠ The failure details account for %1 of the %2 failed sessions; the charts by type and by MX "
                   "show the failure details.")
                    .arg(locale.toString(a.failureDetailTotal), locale.toString(a.totals.failed));
    }
    m_summary->setText(text);
}

void ReportDashboard::showPerDay()
{
    const QMap<QDate, SessionCounts> &perDay = m_aggregation.perDay;
    QList<QDate> days = perDay.keys();
    // Within a quarter, days without reports show as gaps; over longer spans only reported days.
    if (!days.isEmpty() && days.constFirst().daysTo(days.constLast()) <= 92) {
        const QDate first = days.constFirst();
        const QDate last = days.constLast();
        days.clear();
        for (QDate day = first; day <= last; day = day.addDays(1))
            days.append(day);
    }
    const bool oneYear = days.isEmpty() || days.constFirst().year() == days.constLast().year();
    QStringList categories;
    BarChartView::Bars successful{tr("Successful"), {}, BarChartView::successfulBrush()};
    BarChartView::Bars failed{tr("Failed"), {}, BarChartView::failedBrush()};
    for (const QDate day : std::as_const(days)) {
        categories.append(day.toString(oneYear ? u"MM-dd" : u"yyyy-MM-dd"));
        const SessionCounts counts = perDay.value(day);
        successful.values.append(qreal(counts.successful));
        failed.values.append(qreal(counts.failed));
    }
    m_perDay->setBars(categories, {successful, failed});
}

void ReportDashboard::showFailureTypes()
{
    const auto entries = ranked(
        m_aggregation.failedPerResultType, [](qint64 count) { return count; }, TopEntries, tr("other types"));
    QStringList categories;
    QStringList types;
    BarChartView::Bars failed{tr("Failed sessions"), {}, BarChartView::failedBrush()};
    for (const auto &[type, count] : entries) {
        categories.append(orNone(type));
        failed.values.append(qreal(count));
        if (m_aggregation.failedPerResultType.contains(type))
            types.append(type);
    }
    m_failureTypes->setBars(categories, {failed});
    m_advice->setResultTypes(types);
}

void ReportDashboard::showOrganizations()
{
    const auto entries = ranked(
        m_aggregation.perOrganization, [](const SessionCounts &counts) { return counts.total(); }, TopEntries,
        tr("other senders"));
    QStringList categories;
    BarChartView::Bars successful{tr("Successful"), {}, BarChartView::successfulBrush()};
    BarChartView::Bars failed{tr("Failed"), {}, BarChartView::failedBrush()};
    for (const auto &[organization, counts] : entries) {
        categories.append(orNone(organization));
        successful.values.append(qreal(counts.successful));
        failed.values.append(qreal(counts.failed));
    }
    m_organizations->setBars(categories, {successful, failed});
}

void ReportDashboard::showReceivingMx()
{
    const auto entries = ranked(
        m_aggregation.failedPerReceivingMx, [](qint64 count) { return count; }, TopEntries, tr("other hosts"));
    QStringList categories;
    BarChartView::Bars failed{tr("Failed sessions"), {}, BarChartView::failedBrush()};
    for (const auto &[host, count] : entries) {
        categories.append(orNone(host));
        failed.values.append(qreal(count));
    }
    m_receivingMx->setBars(categories, {failed});
}

} // namespace Sts::Ui
