// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkhistory.h"
#include "watchchangedetector.h"

#include <QDateTime>

namespace Sts::Check {

//! The state of watched domains kept in the check history: each new check of a domain is compared
//! with the last one the watch kept (CheckHistory::watchReference(), never a manual check made in
//! between), kept in turn, and what changed is reported once: a change still found
//! at the next check (a certificate that expires soon) is not news again; one that goes away and
//! comes back is. A check that is not comparable changes nothing and is not kept.
class WatchState
{
public:
    struct Outcome
    {
        QString domain;
        bool compared = false;
        QString notComparedReason; //!< translated; empty when compared
        bool firstCheck = false;   //!< nothing kept to compare with: only standing findings
        qint64 historyId = 0;      //!< the kept check
        Findings changes;          //!< new since the last report, most severe first
        Findings stillStanding;    //!< found again but already reported
    };

    //! \a history must be open and stay open while this state is used (same thread).
    explicit WatchState(CheckHistory &history, int expiryWarningDays = 21);

    Outcome record(const CheckResult &result, const QDateTime &now);

private:
    CheckHistory &m_history;
    WatchChangeDetector m_detector;
};

} // namespace Sts::Check
