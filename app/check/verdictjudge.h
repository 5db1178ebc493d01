// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"

namespace Sts::Check {

//! Judges what a sender following RFC 8461 would do with what a check collected: the record,
//! the policy, each MX's coverage and TLS result, and the verdict for the domain. Pure, so it
//! runs on every partial snapshot and in unit tests without a network.
class VerdictJudge
{
public:
    //! Fills in the derived fields of \a result from its raw answers and probe results.
    static void judge(CheckResult &result);

    //! \a result with its sentences (summary, cause, next step, why a host is not observable, the
    //! protection assessment) judged again where it is shown, in the language loaded in this
    //! thread: checks make them in English (ThreadLanguage), for JSON and the history.
    static CheckResult forDisplay(CheckResult result);
};

} // namespace Sts::Check
