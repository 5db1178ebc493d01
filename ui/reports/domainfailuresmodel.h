// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/aggregation.h"
#include "tlsrpt/report.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>

namespace Sts::Ui {

//! What senders reported about one policy domain in a recent window, for the domain
//! inspector: the failed sessions by result type and receiving MX, and enough about the
//! reports outside the window to say why the window may be empty.
struct DomainFailures
{
    struct Row
    {
        QString resultType;  //!< as the sender wrote it
        QString receivingMx; //!< receiving-mx-hostname, or receiving-ip, or ""
        qint64 failedSessions = 0;
        QStringList organizations; //!< the senders that reported it, sorted
        qint64 reports = 0;
        QDate firstSeen;
        QDate lastSeen;
    };

    QString domain;
    QDate since; //!< the window, inclusive
    QDate until;
    qint64 reportsEver = 0; //!< reports with a policy for the domain, on any day
    QDate latestReport;     //!< the latest day of those
    qint64 reportsInWindow = 0;
    TlsRpt::SessionCounts sessions; //!< in the window, from the policies' summaries
    QList<Row> rows;                //!< most failed sessions first

    //! Sums \a reports for \a domain (joined on policy-domain, case and a trailing dot ignored)
    //! over the \a days days up to \a until. Pure, for a worker thread.
    static DomainFailures collect(const QList<TlsRpt::Report> &reports, const QString &domain, QDate until, int days);
};

//! The rows of a DomainFailures: result type, receiving MX, failed sessions, senders, reports,
//! first and last day.
class DomainFailuresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainFailuresModel)

public:
    enum Column
    {
        ResultTypeColumn,
        ReceivingMxColumn,
        FailedSessionsColumn,
        SendersColumn,
        ReportsColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, //!< numbers and dates as such, so that they sort right
    };

    explicit DomainFailuresModel(QObject *parent = nullptr);

    void setRows(const QList<DomainFailures::Row> &rows);
    const DomainFailures::Row &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DomainFailures::Row> m_rows;
};

} // namespace Sts::Ui
