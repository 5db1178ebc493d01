// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"
#include "common/finding.h"
#include "net/dnsanswer.h"

#include <QIcon>

namespace Sts::Ui {

//! The state icons: each state has its own shape (circle, triangle, octagon, square; padlocks
//! for DNSSEC), so that it reads without colour.
class StateIcons
{
public:
    static QIcon forSeverity(Severity severity);
    static QIcon forVerdict(Check::Verdict verdict);
    static QIcon running();
    static QIcon forDnssec(Net::DnssecStatus status);
};

} // namespace Sts::Ui
