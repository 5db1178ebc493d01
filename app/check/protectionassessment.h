// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Sts::Check {

struct CheckResult;

//! What mail to a domain is protected against, threat by threat, from what the check saw: the
//! policy's mode and max_age, DNSSEC, DANE and reporting. Each answer says why in one sentence.
struct ProtectionAssessment
{
    Q_DECLARE_TR_FUNCTIONS(Sts::Check::ProtectionAssessment)

public:
    enum class Threat
    {
        PassiveEavesdropping, //!< reading mail on the wire without touching it
        StartTlsDowngrade,    //!< stripping STARTTLS so that mail goes in clear text
        ForgedCertificate,    //!< a man in the middle with a certificate of their own
        MxSpoofing,           //!< forged MX answers that send mail to another host
        FirstContact,         //!< attacking a sender that has no policy cached yet
        PolicyExpiry,         //!< a cached policy running out while the attacker blocks its refresh
        UnnoticedFailures,    //!< not an attack: failures and attacks nobody hears of
    };
    enum class State
    {
        Protected,
        Partly,
        NotProtected,
        Unknown, //!< the check did not see enough (running, cancelled, or this machine's view)
    };
    struct Item
    {
        Threat threat;
        State state;
        QString why; //!< translated, one sentence
    };

    QList<Item> items;

    static ProtectionAssessment assess(const CheckResult &result);
    static QString threatName(Threat threat); //!< stable: "passive-eavesdropping", "starttls-downgrade", ...
    static QString threatText(Threat threat); //!< translated
    static QString stateName(State state);    //!< stable: "protected", "partly", "not-protected", "unknown"
    static QString stateText(State state);    //!< translated
    //! [{"threat", "state", "why"}, ...]
    QJsonArray toJson() const;
    static ProtectionAssessment fromJson(const QJsonArray &json); //!< what toJson() wrote
};

} // namespace Sts::Check
