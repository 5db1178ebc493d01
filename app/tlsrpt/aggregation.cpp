// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aggregation.h"

#include "common/saturating.h"

#include <tuple>

namespace Sts::TlsRpt {

namespace {

template <typename Key, typename Value>
void addAll(QMap<Key, Value> &into, const QMap<Key, Value> &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        addCounts(into[it.key()], it.value());
}

} // namespace

qint64 SessionCounts::total() const
{
    return saturatingAdd(successful, failed);
}

std::optional<double> SessionCounts::successRate() const
{
    if (total() <= 0)
        return std::nullopt;
    // In floating point: a saturated total() would make 2^63 - 1 of twice that read as 100 %.
    return double(successful) / (double(successful) + double(failed));
}

SessionCounts &SessionCounts::operator+=(const SessionCounts &other)
{
    successful = saturatingAdd(successful, other.successful);
    failed = saturatingAdd(failed, other.failed);
    return *this;
}

void addCounts(qint64 &into, qint64 value)
{
    into = saturatingAdd(into, value);
}

void addCounts(SessionCounts &into, const SessionCounts &value)
{
    into += value;
}

bool FailurePath::Key::operator<(const Key &other) const
{
    return std::tie(organization, policyDomain, receivingMx, resultType) <
           std::tie(other.organization, other.policyDomain, other.receivingMx, other.resultType);
}

void FailurePath::merge(const FailurePath &other)
{
    if (other.reports == 0 && other.failedSessions == 0)
        return;
    addCounts(failedSessions, other.failedSessions);
    addCounts(reports, other.reports);
    if (!firstSeen.isValid() || (other.firstSeen.isValid() && other.firstSeen < firstSeen))
        firstSeen = other.firstSeen;
    if (!lastSeen.isValid() || other.lastSeen > lastSeen)
        lastSeen = other.lastSeen;
    // The same latest report whichever order the partial sums are merged in.
    if (lastReportId.isEmpty() ||
        std::tie(other.lastReportStart, other.lastReportId) > std::tie(lastReportStart, lastReportId)) {
        lastReportStart = other.lastReportStart;
        lastReportId = other.lastReportId;
    }
}

void Aggregation::merge(const Aggregation &other)
{
    reports += other.reports;
    policies += other.policies;
    totals += other.totals;
    addCounts(failureDetailTotal, other.failureDetailTotal);
    addAll(perDay, other.perDay);
    addAll(perOrganization, other.perOrganization);
    addAll(perPolicyDomain, other.perPolicyDomain);
    addAll(failedPerResultType, other.failedPerResultType);
    addAll(failedPerReceivingMx, other.failedPerReceivingMx);
    addAll(failedPerSendingIp, other.failedPerSendingIp);
    for (auto it = other.failurePaths.cbegin(); it != other.failurePaths.cend(); ++it)
        failurePaths[it.key()].merge(it.value());
}

} // namespace Sts::TlsRpt
