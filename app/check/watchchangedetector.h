// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"
#include "common/finding.h"

#include <QDateTime>
#include <QString>

namespace Sts::Check {

//! What changed between two checks of a watched domain, in the terms that decide whether mail
//! keeps flowing: each change is a Finding with a stable code (watch.*, see watchcatalog.h and
//! docs/findings.md), a severity, and the names of what changed in Finding::details (the
//! arguments, language-independent). A check that could not run, was cancelled or is
//! inconclusive is no change: it is "not compared" (comparable() says so, changes() is empty).
//! Pure functions of their arguments: usable from any thread.
class WatchChangeDetector
{
public:
    explicit WatchChangeDetector(int expiryWarningDays = 21);

    //! A result another can be compared with: complete, not cancelled, no error, a verdict on
    //! the domain (not inconclusive).
    static bool comparable(const CheckResult &result);
    //! Translated: why \a result is not compared ("the check was cancelled", ...); empty when it is.
    static QString notComparedReason(const CheckResult &result);

    //! The changes from \a before to \a after, judged at \a now; empty when either is not
    //! comparable or nothing that matters changed. Includes standing() of \a after.
    Findings changes(const CheckResult &before, const CheckResult &after, const QDateTime &now) const;
    //! What is worth reporting about \a result alone, with nothing to compare it with (a domain's
    //! first watched check): certificates expiring within the warning days or before senders'
    //! cached enforce policy would.
    Findings standing(const CheckResult &result, const QDateTime &now) const;

    //! The identity of a reported change, so that it is reported once and not at every run: code,
    //! subject and details (never a count of days that moves on by itself).
    static QString changeKey(const Finding &change);
    //! A change worth waking someone for: a warning or an error.
    static bool isProblem(const Finding &change);

private:
    int m_expiryWarningDays;
};

} // namespace Sts::Check
