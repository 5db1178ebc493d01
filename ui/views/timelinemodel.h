// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkhistory.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QMap>

#include <optional>

namespace Sts::Ui {

//! A domain's timeline: its verdict at each recorded check, oldest first, with a mark where the
//! verdict changed, beside the failed sessions TLS-RPT reports counted for the domain per day.
//! The chart (TimelineView) draws both on one date axis; the table is the same data as text.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column
    {
        WhenColumn,
        VerdictColumn,
        ChangeColumn,
        FailuresColumn, //!< the failed sessions reported for the check's day
        ColumnCount
    };
    enum Role
    {
        TimeRole = Qt::UserRole, //!< QDateTime of the check
        LevelRole,               //!< verdictLevel(), or an invalid QVariant
        ChangedRole,             //!< bool: the verdict differs from the check before
    };

    struct Point
    {
        QDateTime when;
        QString verdict; //!< verdictName()
        bool changed = false;
    };

    explicit TimelineModel(QObject *parent = nullptr);

    //! The checks as CheckHistory::entries() lists them (newest first, any order will do).
    void setChecks(const QList<Check::CheckHistory::Entry> &entries);
    //! Failed sessions per day (TLS-RPT), for the domain.
    void setFailuresPerDay(const QMap<QDate, qint64> &failures);

    const QList<Point> &points() const { return m_points; }
    const QMap<QDate, qint64> &failuresPerDay() const { return m_failures; }
    //! 0 broken, 1 not protected, 2 testing, 3 protected: higher is better, for the chart.
    static std::optional<int> verdictLevel(const QString &verdictName);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void failuresChanged();

private:
    QList<Point> m_points;
    QMap<QDate, qint64> m_failures;
};

} // namespace Sts::Ui
