// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportaggregator.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Sts::TlsRpt {

namespace {

//! Reports [first, last) of the list being aggregated.
struct Chunk
{
    qsizetype first = 0;
    qsizetype last = 0;
};

//! Small chunks keep every thread busy to the end; large ones keep the merging cheap.
QList<Chunk> chunksFor(qsizetype count, int threads)
{
    const qsizetype size = std::max<qsizetype>(256, count / (qsizetype(std::max(threads, 1)) * 4));
    QList<Chunk> chunks;
    for (qsizetype first = 0; first < count; first += size)
        chunks.append({first, std::min(count, first + size)});
    return chunks;
}

} // namespace

void ReportAggregator::add(Aggregation &aggregation, const Report &report, const ReportFilter &filter)
{
    const QDate day = report.day();
    if (!filter.coversDay(day))
        return;
    SessionCounts reportCounts;
    // The report's own paths, summed first: it counts once per path however many details name it.
    QMap<FailurePath::Key, FailurePath> paths;
    bool covered = filter.policyDomain.isEmpty();
    for (const PolicyReport &policy : report.policies) {
        if (!filter.coversDomain(policy.domain))
            continue;
        covered = true;
        ++aggregation.policies;
        const SessionCounts counts{policy.successful, policy.failed};
        reportCounts += counts;
        aggregation.perPolicyDomain[policy.domain] += counts;
        for (const FailureDetail &detail : policy.failureDetails) {
            const qint64 failed = detail.failedSessionCount;
            addCounts(aggregation.failureDetailTotal, failed);
            addCounts(aggregation.failedPerResultType[detail.resultTypeName], failed);
            const QString &mx = detail.receivingMxHostname.isEmpty() ? detail.receivingIp : detail.receivingMxHostname;
            addCounts(aggregation.failedPerReceivingMx[mx], failed);
            addCounts(aggregation.failedPerSendingIp[detail.sendingMtaIp], failed);
            addCounts(paths[{report.organization, policy.domain, mx, detail.resultTypeName}].failedSessions, failed);
        }
    }
    if (!covered)
        return;
    ++aggregation.reports;
    aggregation.totals += reportCounts;
    aggregation.perDay[day] += reportCounts;
    aggregation.perOrganization[report.organization] += reportCounts;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        FailurePath &path = it.value();
        path.reports = 1;
        path.firstSeen = day;
        path.lastSeen = day;
        path.lastReportId = report.reportId;
        path.lastReportStart = report.start;
        aggregation.failurePaths[it.key()].merge(path);
    }
}

Aggregation ReportAggregator::aggregate(const QList<Report> &reports, const ReportFilter &filter)
{
    const ReportFilter normalized = filter.normalized();
    Aggregation aggregation;
    for (const Report &report : reports)
        add(aggregation, report, normalized);
    return aggregation;
}

QFuture<Aggregation> ReportAggregator::aggregateConcurrently(const QList<Report> &reports, const ReportFilter &filter,
                                                             QThreadPool *pool)
{
    if (reports.isEmpty())
        return QtFuture::makeReadyFuture(Aggregation());
    if (!pool)
        pool = QThreadPool::globalInstance();
    const ReportFilter normalized = filter.normalized();
    // The lambda holds a shallow copy of the list: implicitly shared, read-only in every thread.
    const auto sumChunk = [reports, normalized](const Chunk &chunk) {
        Aggregation partial;
        for (qsizetype i = chunk.first; i < chunk.last; ++i)
            add(partial, reports.at(i), normalized);
        return partial;
    };
    const auto merge = [](Aggregation &result, const Aggregation &partial) { result.merge(partial); };
    return QtConcurrent::mappedReduced<Aggregation>(pool, chunksFor(reports.size(), pool->maxThreadCount()), sumChunk,
                                                    merge, QtConcurrent::UnorderedReduce);
}

} // namespace Sts::TlsRpt
