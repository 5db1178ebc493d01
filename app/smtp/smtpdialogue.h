// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "common/resulttype.h"
#include "smtpstep.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Sts::Smtp {

struct SmtpReply;
struct SmtpProbeResult;

//! The SMTP dialogue of a probe as one table (smtpdialogue.cpp): for each step, what entering
//! it sends, the reply that lets the session go on and where that leads, and what a sender
//! reports when the session fails there. Pure: SmtpProbe drives it with the socket, TLS and
//! timers; this decides what follows each reply.
namespace Dialogue {

//! A finding to add: its definition and the arguments of its message.
struct Observation
{
    const FindingDefinition *definition = nullptr;
    QStringList arguments;
};

//! What follows a reply.
struct Transition
{
    Step next = Step::Done;          //!< when the session goes on: the step to enter
    QList<Observation> observations; //!< what the reply showed that does not end the session
    bool failed = false;             //!< the session ends here, at \a failedAt
    Step failedAt = Step::Connect;   //!< may be later than the step replied to (no STARTTLS in EHLO)
    Observation failure;             //!< the finding that says why
    QString error;                   //!< translated, one line
    TlsRpt::FailureType resultType;  //!< RFC 8460 result type a sender reports, or none
};

//! What entering \a step sends ("EHLO <heloName>", "STARTTLS", "QUIT"), or nothing.
QByteArray command(Step step, const QString &heloName);
//! The step waits for a reply from the server (the banner, or the answer to its command).
bool awaitsReply(Step step);
//! "the greeting", "the reply to EHLO", ... in English: a finding's argument (findingPhrase()),
//! QCoreApplication::translate("Findings", ...) for people.
QString waitingFor(Step step);
//! RFC 8460 §4.3.2.1: what a sender reports when the session fails at \a step; failures before
//! STARTTLS are no TLS failures, after the handshake the chain decides.
TlsRpt::FailureType resultTypeAt(Step step);
//! Judges \a reply, the answer awaited at \a step, and records what it tells (banner, EHLO
//! keywords) in \a result.
Transition afterReply(Step step, const SmtpReply &reply, SmtpProbeResult &result);

} // namespace Dialogue
} // namespace Sts::Smtp
