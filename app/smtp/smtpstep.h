// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Sts::Smtp {

//! The steps of a probe, in order; a failure names the step it happened at.
enum class Step
{
    Connect,
    Banner,
    Ehlo,
    StartTls,
    Handshake,
    EhloAfterTls,
    Quit,
    Done,
};

QString
stepName(Step step); //!< stable: "connect", "banner", "ehlo", "starttls", "handshake", "ehlo-tls", "quit", "done"
QString stepText(Step step); //!< translated, for people: "TCP connect", "TLS handshake", ...
//! stepText() in English, QT_TRANSLATE_NOOP("Findings", ...): a finding's argument (findingPhrase()).
const char *stepPhrase(Step step);
Step stepFromName(const QString &name); //!< the inverse of stepName(); Connect for an unknown name

} // namespace Sts::Smtp

Q_DECLARE_METATYPE(Sts::Smtp::Step)
