// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aggregation.h"

namespace Sts::TlsRpt {

namespace {

template <typename Key, typename Value>
void addAll(QMap<Key, Value> &into, const QMap<Key, Value> &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        into[it.key()] += it.value();
}

} // namespace

std::optional<double> SessionCounts::successRate() const
{
    if (total() <= 0)
        return std::nullopt;
    return double(successful) / double(total());
}

SessionCounts &SessionCounts::operator+=(const SessionCounts &other)
{
    successful += other.successful;
    failed += other.failed;
    return *this;
}

void Aggregation::merge(const Aggregation &other)
{
    reports += other.reports;
    policies += other.policies;
    totals += other.totals;
    failureDetailTotal += other.failureDetailTotal;
    addAll(perDay, other.perDay);
    addAll(perOrganization, other.perOrganization);
    addAll(perPolicyDomain, other.perPolicyDomain);
    addAll(failedPerResultType, other.failedPerResultType);
    addAll(failedPerReceivingMx, other.failedPerReceivingMx);
    addAll(failedPerSendingIp, other.failedPerSendingIp);
}

} // namespace Sts::TlsRpt
