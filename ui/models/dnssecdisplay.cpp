// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnssecdisplay.h"

#include "stateicons.h"

#include <QCoreApplication>

namespace Sts::Ui {

QString DnssecDisplay::text(Net::DnssecStatus status)
{
    switch (status) {
    case Net::DnssecStatus::Secure:
        return QCoreApplication::translate("DnssecDisplay", "secure");
    case Net::DnssecStatus::Bogus:
        return QCoreApplication::translate("DnssecDisplay", "bogus");
    case Net::DnssecStatus::Unknown:
        return QCoreApplication::translate("DnssecDisplay", "unknown");
    case Net::DnssecStatus::Insecure:
        break;
    }
    return QCoreApplication::translate("DnssecDisplay", "insecure");
}

QString DnssecDisplay::explanation(Net::DnssecStatus status)
{
    switch (status) {
    case Net::DnssecStatus::Secure:
        return QCoreApplication::translate("DnssecDisplay",
                                           "Signed and validated from the trust anchor: this answer cannot be forged.");
    case Net::DnssecStatus::Bogus:
        return QCoreApplication::translate(
            "DnssecDisplay", "Signed, but the signatures do not validate: validating resolvers refuse this answer.");
    case Net::DnssecStatus::Unknown:
        return QCoreApplication::translate(
            "DnssecDisplay", "Not validated: the resolver this machine uses drops DNSSEC signatures, so whether the "
                             "answer is signed cannot be seen from here.");
    case Net::DnssecStatus::Insecure:
        break;
    }
    return QCoreApplication::translate(
        "DnssecDisplay", "Not signed: an attacker on the path could forge this answer (DANE needs it signed).");
}

QIcon DnssecDisplay::icon(Net::DnssecStatus status)
{
    return StateIcons::forDnssec(status);
}

} // namespace Sts::Ui
