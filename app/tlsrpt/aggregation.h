// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Sts::TlsRpt {

//! Sessions as the policies' summaries count them.
struct SessionCounts
{
    qint64 successful = 0;
    qint64 failed = 0;

    //! Held at the largest qint64 rather than wrapping, as every sum of counts (saturatingAdd).
    qint64 total() const;
    //! successful / total in [0, 1]; none when no session was reported.
    std::optional<double> successRate() const;
    SessionCounts &operator+=(const SessionCounts &other);
    bool operator==(const SessionCounts &other) const = default;
};

//! \a into += \a value for the two kinds of count an Aggregation keeps, saturating: for code
//! that sums either kind (the dashboard's "others").
void addCounts(qint64 &into, qint64 value);
void addCounts(SessionCounts &into, const SessionCounts &value);

//! Failed sessions on one path: one sending organization failed to deliver to one receiving MX
//! of one policy domain for one result type, summed over the failure details of every report
//! that names it, with the days it was first and last reported.
struct FailurePath
{
    struct Key
    {
        QString organization;
        QString policyDomain; //!< "" for policies without a domain
        QString receivingMx;  //!< receiving-mx-hostname, or receiving-ip, or ""
        QString resultType;   //!< as the sender wrote it

        bool operator<(const Key &other) const;
        bool operator==(const Key &other) const = default;
    };

    qint64 failedSessions = 0;
    qint64 reports = 0; //!< reports with at least one failure detail on the path
    QDate firstSeen;    //!< the earliest Report::day() of those reports
    QDate lastSeen;     //!< the latest
    //! The latest of those reports (by start, then report-id): where a drill-down goes.
    QString lastReportId;
    QDateTime lastReportStart;

    void merge(const FailurePath &other);
    bool operator==(const FailurePath &other) const = default;
};

//! What a set of reports says, summed and broken down. Sessions per day, organization and
//! policy domain come from the policies' summaries; sessions per result type, receiving MX and
//! sending IP can only come from the failure details, which real senders do not always make
//! add up to the summaries (failureDetailTotal next to totals.failed shows by how much).
struct Aggregation
{
    qint64 reports = 0;
    qint64 policies = 0;
    SessionCounts totals;
    qint64 failureDetailTotal = 0; //!< failed sessions according to the failure details

    QMap<QDate, SessionCounts> perDay; //!< the day a report counts for (Report::day())
    QMap<QString, SessionCounts> perOrganization;
    QMap<QString, SessionCounts> perPolicyDomain; //!< "" for policies without a domain
    QMap<QString, qint64> failedPerResultType;    //!< the result type as the sender wrote it
    //! receiving-mx-hostname, or receiving-ip when the sender gave no host name, or "".
    QMap<QString, qint64> failedPerReceivingMx;
    QMap<QString, qint64> failedPerSendingIp; //!< "" when the sender gave none
    //! Sender x policy domain x receiving MX x result type, from the failure details.
    QMap<FailurePath::Key, FailurePath> failurePaths;

    void merge(const Aggregation &other);
    bool operator==(const Aggregation &other) const = default;
};

} // namespace Sts::TlsRpt

Q_DECLARE_METATYPE(Sts::TlsRpt::Aggregation)
