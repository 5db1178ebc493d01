// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkhistory.h"

#include "tlsrpt/aggregation.h"
#include "tlsrpt/report.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

class QSplitter;
class QStandardItemModel;
class QTableView;

namespace Sts::Check {
class CheckHistoryService;
}

namespace Sts::Ui {

class TimelineModel;
class TimelineView;

//! Earlier checks of the domain, and what changed between the one selected and the result shown:
//! policy id, mode, MX, certificates. The history is read in its service's thread; the view fills
//! in when the answers come.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);

    //! Lists the checks of \a domain but \a currentId. \a history may be null (no history); it
    //! must outlive this view.
    void setHistory(Check::CheckHistoryService *history, const QString &domain, qint64 currentId);
    void setCurrent(const QJsonObject &current);
    //! The TLS-RPT reports of the library (shared, not copied): the timeline counts the domain's
    //! failed sessions per day from them, summed on QtConcurrent's pool.
    void setReports(const QList<TlsRpt::Report> &reports);

    QStandardItemModel *checksModel() const { return m_checks; }
    QStandardItemModel *changesModel() const { return m_changes; }
    QTableView *checksView() const { return m_checksView; }
    TimelineModel *timelineModel() const { return m_timeline; }
    TimelineView *timelineView() const { return m_timelineView; } //!< null until first shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    void compareSelected();
    void onEntries(int request, const QList<Check::CheckHistory::Entry> &entries);
    void onLoaded(int request, const QJsonObject &earlier);
    void countFailures();

    Check::CheckHistoryService *m_history = nullptr;
    qint64 m_currentId = 0;
    int m_entriesRequest = 0; //!< the answers to older requests are dropped
    int m_loadRequest = 0;
    QJsonObject m_current;
    QStandardItemModel *m_checks;
    QStandardItemModel *m_changes;
    QTableView *m_checksView;
    QTableView *m_changesView;
    TimelineModel *m_timeline;
    QSplitter *m_vertical;
    TimelineView *m_timelineView = nullptr;
    QString m_domain;
    QList<TlsRpt::Report> m_reports;
    QFutureWatcher<TlsRpt::Aggregation> m_failureCount;
};

} // namespace Sts::Ui
