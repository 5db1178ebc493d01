// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdashboard.h"

#include "barchartview.h"
#include "reporttext.h"
#include "resulttypeadviceview.h"
#include "sessionschartview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

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
    , m_pathsButton(new QPushButton(tr("Failures by Sender and MX…"), this))
    , m_perDay(new SessionsChartView(tr("Sessions per day"), this))
    , m_failureTypes(new BarChartView(tr("Failed sessions by type"), BarChartView::Orientation::Horizontal, this))
    , m_organizations(new BarChartView(tr("Top sending organisations"), BarChartView::Orientation::Horizontal, this))
    , m_receivingMx(
          new BarChartView(tr("Failed sessions per receiving MX"), BarChartView::Orientation::Horizontal, this))
    , m_advice(new ResultTypeAdviceView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText); // ours only: numbers, dates and links
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                                       Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setFocusPolicy(Qt::StrongFocus); // a screen reader reaches the totals by Tab
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"#reset")
            Q_EMIT resetFilterRequested();
        else if (link == u"#import")
            Q_EMIT importRequested();
    });
    m_pathsButton->setToolTip(tr("Which sender fails to reach which MX, for what reason, since when."));
    connect(m_pathsButton, &QPushButton::clicked, this, [this] { Q_EMIT failurePathsRequested(QString()); });

    m_perDay->setEmptyText(tr("No reports in this selection."));
    m_organizations->setEmptyText(tr("No reports in this selection."));
    m_failureTypes->setEmptyText(tr("No failed sessions in this selection."));
    m_receivingMx->setEmptyText(tr("No failed sessions in this selection."));
    m_perDay->setFocusPolicy(Qt::StrongFocus);
    for (BarChartView *chart : {m_failureTypes, m_organizations, m_receivingMx})
        chart->setFocusPolicy(Qt::StrongFocus);
    // A bar of a sender, host or type opens the failures by sender and MX on it; "others" has no
    // one name to search for.
    const auto openPaths = [this](const QStringList &others) {
        return [this, others](const QString &category) {
            Q_EMIT failurePathsRequested(others.contains(category) || category == tr("(not given)") ? QString()
                                                                                                    : category);
        };
    };
    connect(m_organizations, &BarChartView::categoryActivated, this, openPaths({tr("other senders")}));
    connect(m_receivingMx, &BarChartView::categoryActivated, this, openPaths({tr("other hosts")}));
    connect(m_failureTypes, &BarChartView::categoryActivated, this, openPaths({tr("other types")}));
    // A failing MX leads to a live check of its domain: what senders saw, and why, side by side.
    connect(m_receivingMx, &BarChartView::categoryContextMenuRequested, this,
            [this](const QString &host, const QPoint &globalPos) {
                QMenu *menu = createMxMenu(host, this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
    m_advice->setMinimumHeight(140);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_pathsButton, 0, Qt::AlignTop);
    grid->addLayout(top, 0, 0, 1, 2);
    grid->addWidget(m_perDay, 1, 0);
    grid->addWidget(m_failureTypes, 1, 1);
    grid->addWidget(m_organizations, 2, 0);
    grid->addWidget(m_receivingMx, 2, 1);
    grid->addWidget(m_advice, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 3);
    grid->setRowStretch(3, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
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

void ReportDashboard::setLibraryExtent(qsizetype reports, QDate first, QDate last)
{
    m_libraryReports = reports;
    m_libraryFirst = first;
    m_libraryLast = last;
    showSummary();
}

QStringList ReportDashboard::policyDomainsOfMx(const QString &host) const
{
    QMap<QString, qint64> failed;
    for (auto it = m_aggregation.failurePaths.cbegin(); it != m_aggregation.failurePaths.cend(); ++it) {
        if (it.key().receivingMx == host && !it.key().policyDomain.isEmpty())
            TlsRpt::addCounts(failed[it.key().policyDomain], it->failedSessions);
    }
    QStringList domains = failed.keys();
    std::stable_sort(domains.begin(), domains.end(),
                     [&failed](const QString &a, const QString &b) { return failed.value(a) > failed.value(b); });
    return domains;
}

QMenu *ReportDashboard::createMxMenu(const QString &host, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    for (const QString &domain : policyDomainsOfMx(host)) {
        // A sender's text: an ampersand in it is no mnemonic.
        QAction *check = menu->addAction(tr("Check %1 Now").arg(QString(domain).replace(u'&', u"&&"_qs)));
        check->setData(domain);
        connect(check, &QAction::triggered, this, [this, domain] { Q_EMIT checkDomainRequested(domain); });
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    const bool named = m_aggregation.failedPerReceivingMx.contains(host);
    QAction *paths = menu->addAction(tr("Show Failures by Sender"));
    connect(paths, &QAction::triggered, this,
            [this, host, named] { Q_EMIT failurePathsRequested(named ? host : QString()); });
    return menu;
}

void ReportDashboard::showSummary()
{
    const TlsRpt::Aggregation &a = m_aggregation;
    m_pathsButton->setEnabled(a.reports > 0);
    if (a.reports == 0 && m_libraryReports == 0) {
        m_summary->setText(tr("<b>No reports yet.</b> <a href=\"#import\">Import TLS-RPT reports…</a> (File ▸ "
                              "Import Reports…), or drop files and folders on the window."));
        return;
    }
    if (a.reports == 0) {
        m_summary->setText(tr("<b>No reports in this selection.</b> The library holds %n report(s), from %1 to %2. "
                              "<a href=\"#reset\">Show all dates and domains</a>",
                              nullptr, int(std::min<qsizetype>(m_libraryReports, INT_MAX)))
                               .arg(ReportText::day(m_libraryFirst), ReportText::day(m_libraryLast)));
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
    m_perDay->setDays(m_aggregation.perDay);
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
