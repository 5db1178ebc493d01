// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sts::Check {

struct CheckResult;

//! DANE TLSA records for the keys the MX hosts of a check present now ("3 1 1": SHA-256 of the
//! public key, which survives certificate renewals that keep the key), in zone-file form with
//! the rollover advice, for the policy wizard and whoever edits the zone.
class TlsaProposal
{
public:
    //! Empty when no MX presented a certificate.
    static QString zoneText(const CheckResult &live);
};

} // namespace Sts::Check
