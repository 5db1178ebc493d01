// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchstate.h"

#include <algorithm>

namespace Sts::Check {

WatchState::WatchState(CheckHistory &history, int expiryWarningDays)
    : m_history(history)
    , m_detector(expiryWarningDays)
{}

WatchState::Outcome WatchState::record(const CheckResult &result, const QDateTime &now)
{
    Outcome outcome;
    outcome.domain = result.domain;
    outcome.notComparedReason = WatchChangeDetector::notComparedReason(result);
    if (!outcome.notComparedReason.isEmpty())
        return outcome; // the kept check stays the reference
    outcome.compared = true;
    // The watch's own reference: a manual check in between must not swallow the change.
    const std::optional<CheckResult> before = m_history.watchReference(result.domain);
    outcome.firstCheck = !before;
    const Findings found = before ? m_detector.changes(*before, result, now) : m_detector.standing(result, now);
    const QSet<QString> reported = m_history.reportedChanges(result.domain);
    QSet<QString> standing;
    for (const Finding &change : found) {
        const QString key = WatchChangeDetector::changeKey(change);
        standing.insert(key);
        (reported.contains(key) ? outcome.stillStanding : outcome.changes).append(change);
    }
    std::stable_sort(outcome.changes.begin(), outcome.changes.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    // The check, the reference and what was reported move together or not at all.
    // Not kept (0) when writing failed: the next check is compared with the same reference again.
    outcome.historyId = m_history.recordWatched(result, standing).valueOr(0);
    return outcome;
}

} // namespace Sts::Check
