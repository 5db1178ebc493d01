// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
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

    void merge(const Aggregation &other);
    bool operator==(const Aggregation &other) const = default;
};

} // namespace Sts::TlsRpt

Q_DECLARE_METATYPE(Sts::TlsRpt::Aggregation)
