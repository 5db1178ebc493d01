// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/resulttype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sts::TlsRpt {

//! RFC 8460 §4.3 policy types; Unknown keeps a sender's own word in PolicyReport::typeName.
enum class PolicyType
{
    Sts,
    Tlsa,
    NoPolicyFound,
    Unknown,
};

QString policyTypeName(PolicyType type); //!< "sts", "tlsa", "no-policy-found"; empty for Unknown
PolicyType policyTypeFromName(QStringView name);

//! One `failure-details` entry: sessions that failed for one reason between one pair of hosts.
struct FailureDetail
{
    ResultType resultType = ResultType::Unknown;
    QString resultTypeName; //!< as the sender wrote it
    QString sendingMtaIp;
    QString receivingMxHostname;
    QString receivingMxHelo;
    QString receivingIp;
    QString additionalInformation;
    QString failureReasonCode;
    qint64 failedSessionCount = 0;

    QJsonObject toJson() const; //!< snake_case keys, empty fields left out
    bool operator==(const FailureDetail &other) const = default;
};

//! One `policies` entry: the policy a sender applied and how its sessions went.
struct PolicyReport
{
    PolicyType type = PolicyType::Unknown;
    QString typeName; //!< as the sender wrote it
    QStringList policyStrings;
    QString domain; //!< lower case, no trailing dot; empty when the sender left it out
    QStringList mxHosts;
    qint64 successful = 0; //!< total-successful-session-count
    qint64 failed = 0;     //!< total-failure-session-count
    QList<FailureDetail> failureDetails;

    //! The sum of the failure details' counts, which senders do not always make equal `failed`.
    qint64 failureDetailTotal() const;
    QJsonObject toJson() const;
    //! toJson() without "failure_details", for writers that write them one by one.
    QJsonObject summaryJson() const;
    bool operator==(const PolicyReport &other) const = default;
};

//! One TLS-RPT aggregate report (RFC 8460 §4), normalised: dates in UTC, lists always lists.
struct Report
{
    QString organization; //!< organization-name
    QString contactInfo;  //!< empty when missing or null
    QString reportId;
    QDateTime start; //!< UTC
    QDateTime end;   //!< UTC
    QList<PolicyReport> policies;

    qint64 successful() const;
    qint64 failed() const;
    qint64 failureDetailTotal() const;
    //! The date sessions are counted for: the UTC date of the start of the range.
    QDate day() const { return start.date(); }
    //! snake_case summary for JSON output, without the policies.
    QJsonObject toJson() const;
    bool operator==(const Report &other) const = default;
};

//! RFC 3339 text of \a time in UTC, seconds precision ("2016-04-01T00:00:00Z").
QString utcText(const QDateTime &time);

} // namespace Sts::TlsRpt

Q_DECLARE_METATYPE(Sts::TlsRpt::Report)
