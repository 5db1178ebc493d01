// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QString>

namespace Sts::Check {

//! Which attack a problem leaves open, in the words a postmaster uses.
enum class Exposure
{
    None,              //!< nothing an attacker gains (informational, or about reporting)
    StartTlsDowngrade, //!< an attacker on the path strips STARTTLS and reads mail in clear text
    ManInTheMiddle,    //!< an attacker presents their own certificate and reads mail
    DnsSpoofing,       //!< forged DNS answers redirect mail before a policy is cached
    MailLoss,          //!< not an attack: compliant senders stop delivering
    Blindness,         //!< failures and attacks go unnoticed
};

//! What a finding means beyond its message: the exposure and the usual cause and fix.
struct FindingAdvice
{
    Exposure exposure = Exposure::None;
    QString exposureText; //!< translated; empty for Exposure::None
    QString explanation;  //!< translated: what usually causes it and what to do

    static FindingAdvice forFinding(const Finding &finding);
};

} // namespace Sts::Check
