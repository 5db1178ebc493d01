// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"
#include "common/finding.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Sts::Check {

//! One watched domain after a background check, as a watch list shows it: the verdict, the
//! policy mode, the nearest certificate expiry, and what changed since the check before. A check
//! that could not run (cancelled, an error, inconclusive) is no change: \a compared is false and
//! \a notComparedReason says why; the rest then describes the check as it was.
struct WatchOutcome
{
    QString domain;
    QDateTime checked; //!< when the check started
    Verdict verdict = Verdict::Pending;
    QString policyMode;        //!< modeName() of a valid policy; empty without one
    QDateTime nearestExpiry;   //!< the soonest notAfter of the certificates seen (MX and policy host)
    QString nearestExpiryHost; //!< whose certificate that is
    bool compared = false;
    QString notComparedReason; //!< translated; empty when compared
    qint64 historyId = 0;      //!< the recorded check; 0 when it was not kept
    bool firstCheck = false;   //!< nothing earlier to compare with: \a changes are standing findings
    Findings changes;          //!< since the check before (WatchChangeDetector), most severe first

    //! The verdict, mode and nearest expiry of \a result; compared stays false.
    static WatchOutcome summarize(const CheckResult &result);
};

} // namespace Sts::Check

Q_DECLARE_METATYPE(Sts::Check::WatchOutcome)
